import type { Metadata } from 'next';
import { getSiteConfig } from '@/lib/site';

/** The link-preview image, drawn at build time by app/og.png/route.tsx. */
export const OG_IMAGE = {
  url: '/og.png',
  width: 1200,
  height: 630,
  alt: 'Bone Health Explained: breast cancer and your bones, in plain English',
};

/**
 * Title, description, canonical URL and link-preview cards for one page (relative URLs resolve
 * against the site config's baseUrl, set as metadataBase in the root layout).
 */
export function pageMetadata(page: { title: string; description: string; path: string }): Metadata {
  const config = getSiteConfig();
  return {
    title: page.title,
    description: page.description,
    alternates: { canonical: page.path },
    openGraph: {
      title: page.title,
      description: page.description,
      url: page.path,
      siteName: config.siteName,
      locale: config.language.replace('-', '_'),
      type: 'website',
      images: [OG_IMAGE],
    },
    twitter: {
      card: 'summary_large_image',
      title: page.title,
      description: page.description,
      images: [OG_IMAGE],
    },
  };
}
