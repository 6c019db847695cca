import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/routes';
import { getSiteConfig } from '@/lib/site';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  const { baseUrl } = getSiteConfig();
  return { rules: { userAgent: '*', allow: '/' }, sitemap: absoluteUrl(baseUrl, '/sitemap.xml') };
}
