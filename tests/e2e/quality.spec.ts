import { expect, test, type Page } from '@playwright/test';
import { getAllTopics, getSiteConfig } from '@/lib/site';
import { expectNoAxeViolations } from './axe';
import { PAGES, signpostCall, sitemapPaths } from './site-urls';
import { describeWithoutJavaScript } from './scripts';

/**
 * One visit a page, every check that page must pass: a page load (and its axe run) is most of a
 * browser test's time, so the checks share it rather than each loading the page again.
 */

const topicsByUrl = new Map(getAllTopics().map((topic) => [topic.url, topic]));

async function storageUsed(page: Page): Promise<number[]> {
  return page.evaluate(() => [localStorage.length, sessionStorage.length]);
}

/** Collects every request that leaves the site (the page must not tell anyone else it was read). */
function requestsElsewhere(page: Page, baseURL: string | undefined): string[] {
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseURL ?? '') && !url.startsWith('data:')) elsewhere.push(url);
  });
  return elsewhere;
}

/** The signpost's phone link is whole within the first screen, neither below it nor off the side. */
async function expectSignpostInFirstScreen(page: Page) {
  const box = await signpostCall(page).boundingBox();
  const viewport = page.viewportSize();
  expect(box, 'signpost phone link').not.toBeNull();
  if (!box || !viewport) return;
  expect(box.y + box.height, 'signpost below the first screen').toBeLessThanOrEqual(
    viewport.height,
  );
  expect(box.x + box.width, 'signpost off the side').toBeLessThanOrEqual(viewport.width);
}

/** A title, a description, a canonical URL and link-preview cards, as shared links show them. */
async function expectLinkPreviews(page: Page, path: string) {
  const { baseUrl } = getSiteConfig();
  const meta = (selector: string) => page.locator(selector).first().getAttribute('content');
  expect(await page.title(), 'title').not.toBe('');
  expect(await meta('meta[name="description"]'), 'description').toBeTruthy();
  expect(await page.locator('link[rel="canonical"]').getAttribute('href'), 'canonical').toBe(
    `${baseUrl}${path === '/' ? '' : path}`,
  );
  expect(await meta('meta[property="og:title"]'), 'og:title').toBeTruthy();
  expect(await meta('meta[property="og:image"]'), 'og:image').toBe(`${baseUrl}/og.png`);
  expect(await meta('meta[name="twitter:card"]'), 'twitter:card').toBe('summary_large_image');
}

/** The sitemap, read once a worker: the pages it lists must also carry link previews. */
let listedPaths: string[] | undefined;

for (const path of PAGES) {
  test(`${path}: answers, accessible, private, signposted, described, no sideways scrolling`, async ({
    page,
    context,
    baseURL,
    request,
  }) => {
    listedPaths ??= await sitemapPaths(request);
    const elsewhere = requestsElsewhere(page, baseURL);
    const response = await page.goto(path);
    expect(response?.status(), 'status').toBe(path === '/no-such-page' ? 404 : 200);
    await page.waitForLoadState('networkidle');

    await expectNoAxeViolations(page);

    expect(elsewhere, 'requests to other sites').toEqual([]);
    expect(await context.cookies(), 'cookies').toEqual([]);
    expect(await storageUsed(page), 'localStorage and sessionStorage entries').toEqual([0, 0]);

    await expect(page.locator('h1'), 'one main heading').toHaveCount(1);
    await expectSignpostInFirstScreen(page);
    if (listedPaths.includes(path)) await expectLinkPreviews(page, path);

    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'sideways scrolling at 320 px').toBeLessThanOrEqual(0);
  });
}

const TAB_STOPS_CHECKED = 10;
const TRANSPARENT = /rgba\(0, 0, 0, 0\)|transparent/;

interface Look {
  outline: string;
  shadow: string;
  background: string;
}

/** Focus shows when the shadow or background changes, or a outline appears that has a colour. */
function looksFocused(focused: Look, unfocused: Look): boolean {
  return (
    (focused.shadow !== unfocused.shadow && focused.shadow !== 'none') ||
    (focused.background !== unfocused.background && !TRANSPARENT.test(focused.background)) ||
    (focused.outline !== unfocused.outline &&
      !focused.outline.startsWith('none') &&
      !TRANSPARENT.test(focused.outline))
  );
}

test.describe('keyboard', () => {
  // One page of every template in app/ (each page.tsx, and not-found.tsx).
  for (const path of [
    '/',
    '/topics',
    getAllTopics()[0]?.url ?? '/',
    '/glossary',
    '/glossary/hot-spot',
    '/search?q=zometa',
    '/explain',
    '/reading-list',
    '/help',
    '/about',
    '/offline',
    '/no-such-page',
  ]) {
    test(`${path}: the skip link moves focus to the content, and focus is visible`, async ({
      page,
    }) => {
      await page.goto(path);
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Skip to main content' });
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await page.keyboard.press('Enter');
      await expect(page.locator('main#main-content')).toBeFocused();
      // The next Tab stops, each seen with focus and without: the difference must be visible.
      const invisible: string[] = [];
      for (let stop = 0; stop < TAB_STOPS_CHECKED; stop++) {
        await page.keyboard.press('Tab');
        const look = await page.evaluate(() => {
          const element = document.activeElement;
          if (!(element instanceof HTMLElement) || element === document.body) return null;
          const read = () => {
            const style = getComputedStyle(element);
            return {
              outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
              shadow: style.boxShadow,
              background: style.backgroundColor,
            };
          };
          const focused = read();
          element.blur();
          const unfocused = read();
          element.focus({ preventScroll: true });
          const name = `${element.tagName.toLowerCase()} "${(element.textContent ?? element.getAttribute('aria-label') ?? '').trim().slice(0, 40)}"`;
          return { name, focused, unfocused };
        });
        if (!look) break;
        if (!looksFocused(look.focused, look.unfocused))
          invisible.push(`${look.name}: ${JSON.stringify(look.focused)}`);
      }
      expect(invisible, 'Tab stops that look the same with and without focus').toEqual([]);
    });
  }
});

describeWithoutJavaScript(() => {
  for (const path of PAGES.filter((candidate) => !candidate.includes('?'))) {
    test(`${path}: content, navigation and signpost are all there`, async ({ page }) => {
      await page.goto(path);
      const topic = topicsByUrl.get(path);
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).toBeVisible();
      // A topic reads in full: its title and every section heading.
      if (topic) {
        await expect(heading).toHaveText(topic.title);
        for (const section of topic.tableOfContents) {
          await expect(page.locator(`h2#${section.id}`)).toHaveText(section.text);
        }
      }
      expect((await page.locator('main').innerText()).length).toBeGreaterThan(80);
      await expect(
        page.getByRole('navigation', { name: 'Main' }).getByRole('link').first(),
      ).toBeVisible();
      await expect(signpostCall(page)).toBeVisible();
    });
  }
});
