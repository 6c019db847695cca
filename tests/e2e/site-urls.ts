import type { APIRequestContext, Page } from '@playwright/test';
import { STATIC_ROUTES } from '@/lib/routes';
import { getAllTerms, getAllTopics, getSiteConfig } from '@/lib/site';

/** Every page the build produces, plus the query-driven views and the 404 page. */
export const PAGES = [
  ...STATIC_ROUTES,
  ...getAllTopics().map((topic) => topic.url),
  ...getAllTerms().map((term) => term.url),
  '/search?q=hot%20spot',
  '/search?q=xqzvw',
  '/reading-list?t=bone-scan,hot-and-cold-spots,symptoms&note=Please%20read%20before%20clinic',
  '/offline',
  '/no-such-page',
];

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

const [mainHelpline] = getSiteConfig().helplines;
const telHref = `tel:${mainHelpline?.number.replace(/\s/g, '')}`;

/** The main helpline's phone link in the signpost every page carries ("Talk to someone"). */
export const signpostCall = (page: Page) =>
  page.getByRole('complementary', { name: 'Talk to someone' }).locator(`a[href="${telHref}"]`);
