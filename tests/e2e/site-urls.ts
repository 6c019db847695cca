import type { APIRequestContext } from '@playwright/test';

/** Every page the build published, read from its own sitemap, as paths on the test server. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const response = await request.get('/sitemap.xml');
  const xml = await response.text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => new URL(match[1] ?? '').pathname,
  );
  if (paths.length === 0) throw new Error('sitemap.xml lists no pages');
  return paths;
}
