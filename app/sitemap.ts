import type { MetadataRoute } from 'next';
import { STATIC_ROUTES, absoluteUrl } from '@/lib/routes';
import { getSite } from '@/lib/site';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const { config, topics, terms, pages } = getSite();
  // The home page is the bare base URL, as its canonical link says.
  const url = (path: string) => absoluteUrl(config.baseUrl, path).replace(/\/$/, '');
  // /search has no content of its own (its results are worked out in the browser), so it is left out.
  const staticPaths = new Set<string>(
    [...STATIC_ROUTES, ...pages.map((page) => page.url)].filter((path) => path !== '/search'),
  );
  return [
    ...[...staticPaths].map((path) => ({ url: url(path) })),
    ...topics.map((topic) => ({ url: url(topic.url), lastModified: topic.review.updated })),
    ...terms.map((term) => ({ url: url(term.url) })),
  ];
}
