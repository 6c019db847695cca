import { expect, test, type Page } from '@playwright/test';
import { STATIC_ROUTES } from '@/lib/routes';
import { getAllTerms, getAllTopics, getSiteConfig } from '@/lib/site';
import { expectNoAxeViolations } from './axe';

/** Every page the build produces, plus the query-driven views and the 404 page. */
const PAGES = [
  ...STATIC_ROUTES,
  ...getAllTopics().map((topic) => topic.url),
  ...getAllTerms().map((term) => term.url),
  '/search?q=hot%20spot',
  '/search?q=xqzvw',
  '/reading-list?t=bone-scan,hot-and-cold-spots,symptoms&note=Please%20read%20before%20clinic',
  '/offline',
  '/no-such-page',
];

const [mainHelpline] = getSiteConfig().helplines;
const telHref = `tel:${mainHelpline?.number.replace(/\s/g, '')}`;

async function storageUsed(page: Page): Promise<number[]> {
  return page.evaluate(() => [localStorage.length, sessionStorage.length]);
}

for (const path of PAGES) {
  test(`${path}: accessible, private, signposted, no sideways scrolling`, async ({
    page,
    context,
    baseURL,
  }) => {
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(baseURL ?? '') && !url.startsWith('data:')) elsewhere.push(url);
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');

    await expectNoAxeViolations(page);

    expect(elsewhere, 'requests to other sites').toEqual([]);
    expect(await context.cookies(), 'cookies').toEqual([]);
    expect(await storageUsed(page), 'localStorage and sessionStorage entries').toEqual([0, 0]);

    const call = page
      .getByRole('complementary', { name: 'Talk to someone' })
      .locator(`a[href="${telHref}"]`);
    const box = await call.boundingBox();
    const viewport = page.viewportSize();
    expect(
      box && viewport && box.y + box.height <= viewport.height,
      'signpost in the first screen',
    ).toBe(true);

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

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const path of PAGES.filter((candidate) => !candidate.includes('?'))) {
    test(`${path}: content, navigation and signpost are all there`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect((await page.locator('main').innerText()).length).toBeGreaterThan(80);
      await expect(
        page.getByRole('navigation', { name: 'Main' }).getByRole('link').first(),
      ).toBeVisible();
      await expect(
        page
          .getByRole('complementary', { name: 'Talk to someone' })
          .locator(`a[href="${telHref}"]`),
      ).toBeVisible();
    });
  }
});
