import { expect, test, type Page } from '@playwright/test';
import { MIN_TARGET_PX, tapTargetProblems } from './tap-targets';

/**
 * Large text and 400 % zoom (WCAG 1.4.4, 1.4.10, 2.5.8). Every template is read two ways:
 * - "200 % text": a 360 × 640 phone whose default text size is 32 px (what Android's largest font
 *   setting does), emulated with Chromium's own default-font-size preference, so every rem doubles;
 * - "400 % zoom": 1280 × 1024 at 400 % is a 320 × 256 CSS px viewport at the normal 16 px;
 * - the same 32 px text on a 1280 × 800 desktop, where side-by-side layouts come back.
 * In both, the page never scrolls sideways (a wide table scrolls in its own named, focusable box with
 * a visible hint), no text is cut off, the header search shows 12 or more characters, the signpost's
 * phone number is within the first two screens, and every tap target is at least 24 × 24 px or spaced
 * as WCAG allows (tests/e2e/tap-targets.ts).
 *
 * Each test sets its own screen and text size, so it runs once: in the project whose kind of device
 * it stands for (a phone's large text in "phone", a wide screen and desktop zoom in "desktop").
 */

const READING_LIST = '/reading-list?t=bone-scan,scans-compared,hot-and-cold-spots';
const EXPLAIN_TEXT =
  'Increased tracer uptake at L3 and in the left 7th rib. A lytic lesion in the L3 vertebral body. ' +
  'Sclerotic change at T12/L1. No evidence of pathological fracture. Appearances are in keeping with bone mets.';

interface Template {
  path: string;
  /** Waits for what scripts draw (search results, a reading list, explained words). */
  ready?: (page: Page) => Promise<void>;
}

const TEMPLATES: Template[] = [
  { path: '/' },
  { path: '/topics' },
  { path: '/topics/bone-scan' },
  { path: '/topics/scans-compared' },
  { path: '/glossary' },
  { path: '/glossary/hot-spot' },
  {
    path: '/search?q=zometa',
    ready: async (page) => {
      await expect(
        page
          .getByRole('main')
          .getByRole('link', { name: /zoledronic/i })
          .first(),
      ).toBeVisible();
    },
  },
  { path: '/reading-list' },
  {
    path: READING_LIST,
    ready: async (page) => {
      await expect(page.getByRole('heading', { name: 'Open this list on a phone' })).toBeVisible();
      await expect(page.getByRole('img', { name: /QR code/i })).toBeVisible();
    },
  },
  {
    path: '/explain',
    ready: async (page) => {
      const box = page.getByRole('textbox', { name: 'Words from your letter or report' });
      await expect(box).toBeEnabled();
      await box.fill(EXPLAIN_TEXT);
      await expect(page.locator('.explained-word a').first()).toBeVisible();
    },
  },
  { path: '/help' },
  { path: '/about' },
  { path: '/offline' },
  { path: '/no-such-page' },
];

const MODES = [
  { name: '200 % text', width: 360, height: 640, fontSize: 32, onPhone: true },
  { name: '200 % text on a wide screen', width: 1280, height: 800, fontSize: 32, onPhone: false },
  { name: '400 % zoom', width: 320, height: 256, fontSize: 16, onPhone: false },
] as const;

/** Runs the tests of this describe in the phone project only, or in the desktop project only. */
function onlyOn(device: 'phone' | 'desktop') {
  test.skip(
    ({ isMobile }) => isMobile !== (device === 'phone'),
    `sets its own screen: checked once, in the ${device} project`,
  );
}

/** Chromium's default text size (Settings › Appearance › Font size), set before the page loads. */
async function setDefaultFontSize(page: Page, fontSize: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', {
    fontSizes: { standard: fontSize, fixed: Math.round(fontSize * 0.8125) },
  });
}

interface LayoutReport {
  rootFontSize: string;
  pageWidth: number;
  viewportWidth: number;
  viewportHeight: number;
  /** Boxes that cut their own content off (overflow hidden or clip, or an ellipsis). */
  clipped: string[];
  /** Boxes that scroll sideways, with what makes them an acceptable table scroller. */
  sidewaysScrollers: {
    element: string;
    hasTable: boolean;
    role: string | null;
    tabIndex: number;
    name: string;
    hintVisible: boolean;
    cue: boolean;
  }[];
  /** Each search box (the header's, and /search's and the 404 page's own): average characters it shows. */
  searchCharacters: { box: string; characters: number }[];
  /** Top of the signpost's phone link, from the top of the page. */
  signpostPhoneTop: number | null;
  /** Buttons whose one-word label is split over two lines ("Sear" / "ch"). */
  brokenLabels: string[];
}

function readLayout(page: Page): Promise<LayoutReport> {
  return page.evaluate(() => {
    const html = document.documentElement;
    const describe = (element: Element) => {
      const classes = [...element.classList].slice(0, 4).join('.');
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return `<${element.tagName.toLowerCase()}${classes ? `.${classes}` : ''}> "${text}"`;
    };
    const visible = (element: Element) => {
      if (!element.checkVisibility({ visibilityProperty: true })) return false;
      const rect = element.getBoundingClientRect();
      // Visually-hidden text (1 px, clipped on purpose) is for screen readers.
      return rect.width > 1 && rect.height > 1;
    };

    const clipped: string[] = [];
    const sidewaysScrollers: LayoutReport['sidewaysScrollers'] = [];
    for (const element of document.querySelectorAll('body *')) {
      if (!(element instanceof HTMLElement) || !visible(element)) continue;
      const style = getComputedStyle(element);
      const cuts = (overflow: string) => overflow === 'hidden' || overflow === 'clip';
      const scrolls = (overflow: string) => overflow === 'auto' || overflow === 'scroll';
      const wider = element.scrollWidth > element.clientWidth + 1;
      const taller = element.scrollHeight > element.clientHeight + 1;
      if ((cuts(style.overflowX) && wider) || (cuts(style.overflowY) && taller)) {
        clipped.push(describe(element));
      } else if (style.textOverflow === 'ellipsis' && wider) {
        clipped.push(describe(element));
      } else if (scrolls(style.overflowX) && wider) {
        const labelledBy = element.getAttribute('aria-labelledby');
        const name =
          element.getAttribute('aria-label') ??
          (labelledBy ? (document.getElementById(labelledBy)?.textContent ?? '') : '');
        const hint = element.querySelector('.table-scroll-hint');
        const shadowOrBorder =
          style.backgroundImage !== 'none' ||
          style.boxShadow !== 'none' ||
          parseFloat(style.borderLeftWidth) > 0;
        sidewaysScrollers.push({
          element: describe(element),
          hasTable: element.querySelector('table') !== null,
          role: element.getAttribute('role'),
          tabIndex: element.tabIndex,
          name: name.trim(),
          hintVisible: hint !== null && visible(hint),
          cue: shadowOrBorder,
        });
      }
    }

    // A search box's text area (inside its padding) over the font's average letter width.
    const context = document.createElement('canvas').getContext('2d');
    const sample = 'abcdefghijklmnopqrstuvwxyz';
    const searchCharacters = [...document.querySelectorAll<HTMLInputElement>('input[name="q"]')]
      .filter(visible)
      .map((input) => {
        const style = getComputedStyle(input);
        const textWidth =
          input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        if (!context) return { box: input.id, characters: 0 };
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const letterWidth = context.measureText(sample).width / sample.length;
        return {
          box: input.closest('header') ? 'header' : input.id,
          characters: textWidth / letterWidth,
        };
      });

    // A button's one-word label on two lines means the word was broken: a squeezed button. (A long
    // word in a link in running text may break at 200 % text rather than widen the page; a hyphen
    // is a fair place for a line to end.)
    const brokenLabels = [...document.querySelectorAll('button, [role="button"]')]
      .filter(visible)
      .filter((control) => {
        const words = (control.textContent ?? '').trim().split(/[\s-]+/);
        if (words.length !== 1 || (words[0]?.length ?? 0) < 4) return false;
        const range = document.createRange();
        range.selectNodeContents(control);
        const lineTops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        return lineTops.size > 1;
      })
      .map(describe);

    const phone = document.querySelector('aside[aria-label="Talk to someone"] a[href^="tel:"]');
    return {
      brokenLabels,
      rootFontSize: getComputedStyle(html).fontSize,
      pageWidth: html.scrollWidth,
      viewportWidth: html.clientWidth,
      viewportHeight: window.innerHeight,
      clipped,
      sidewaysScrollers,
      searchCharacters,
      signpostPhoneTop: phone ? phone.getBoundingClientRect().top + window.scrollY : null,
    };
  });
}

for (const mode of MODES) {
  test.describe(`${mode.name} (${mode.width} × ${mode.height}, ${mode.fontSize} px text)`, () => {
    onlyOn(mode.onPhone ? 'phone' : 'desktop');
    test.beforeEach(async ({ page }) => {
      await page.setViewportSize({ width: mode.width, height: mode.height });
      await setDefaultFontSize(page, mode.fontSize);
    });

    for (const template of TEMPLATES) {
      test(`${template.path}: no sideways scroll, nothing cut off, search and signpost usable, tap targets`, async ({
        page,
      }) => {
        await page.goto(template.path);
        await template.ready?.(page);
        const layout = await readLayout(page);

        expect
          .soft(layout.rootFontSize, 'the emulated default text size reaches the page')
          .toBe(`${mode.fontSize}px`);
        expect
          .soft(layout.pageWidth, 'the page scrolls sideways')
          .toBeLessThanOrEqual(layout.viewportWidth);
        expect.soft(layout.clipped, 'text cut off').toEqual([]);
        expect.soft(layout.brokenLabels, 'one-word labels broken mid-word').toEqual([]);
        for (const scroller of layout.sidewaysScrollers) {
          expect
            .soft(scroller, `only a table scrolls sideways: ${scroller.element}`)
            .toMatchObject({
              hasTable: true,
              role: 'region',
              tabIndex: 0,
              hintVisible: true,
              cue: true,
            });
          expect.soft(scroller.name, 'the table scroller has a name').not.toBe('');
        }
        expect.soft(layout.searchCharacters.map((search) => search.box)).toContain('header');
        for (const search of layout.searchCharacters) {
          expect
            .soft(search.characters, `characters the ${search.box} search box shows`)
            .toBeGreaterThanOrEqual(12);
        }
        expect.soft(layout.signpostPhoneTop, 'the signpost phone link').not.toBeNull();
        expect
          .soft(
            layout.signpostPhoneTop ?? Infinity,
            'the signpost phone link is within the first two screens',
          )
          .toBeLessThan(2 * layout.viewportHeight);

        expect(
          await tapTargetProblems(page, { alwaysTargets: '.explained-word a' }),
          `tap targets under ${MIN_TARGET_PX} px and too close to another`,
        ).toEqual([]);
      });
    }

    test('the scans table scrolls in its own box, with a hint while there is more to see, and the keyboard can scroll it', async ({
      page,
    }) => {
      await page.goto('/topics/scans-compared');
      const scroller = page.getByRole('region', { name: 'Table: The scans side by side' });
      await expect(scroller.getByRole('table')).toBeVisible();
      const hint = scroller.getByText('Scroll sideways to see the whole table.');
      const wide = await scroller.evaluate((element) => element.scrollWidth > element.clientWidth);
      expect(wide, 'the table is wider than a narrow screen').toBe(mode.width < 400);
      if (!wide) {
        await expect(hint).toBeHidden();
        return;
      }
      await expect(hint).toBeVisible();
      await scroller.focus();
      await page.keyboard.press('ArrowRight');
      await expect
        .poll(() => scroller.evaluate((element) => element.scrollLeft))
        .toBeGreaterThan(0);
    });

    test('the marked words in /explain are at least 24 px tall', async ({ page }) => {
      await page.goto('/explain');
      await TEMPLATES.find((template) => template.path === '/explain')?.ready?.(page);
      const heights = await page
        .locator('.explained-word a')
        .evaluateAll((links) => links.map((link) => link.getBoundingClientRect().height));
      expect(heights.length).toBeGreaterThan(3);
      expect(Math.min(...heights)).toBeGreaterThanOrEqual(MIN_TARGET_PX);
    });

    test('the reading list QR panel puts its text below the QR code, or beside it with room for 20 characters a line', async ({
      page,
    }) => {
      await page.goto(READING_LIST);
      await TEMPLATES.find((template) => template.path === READING_LIST)?.ready?.(page);
      const panel = page.getByRole('region', { name: 'Open this list on a phone' });
      const instructions = panel.getByText('Point your phone’s camera at the QR code');
      const qrCode = panel.getByRole('img', { name: /QR code/i });
      const [text, qr] = await Promise.all([instructions.boundingBox(), qrCode.boundingBox()]);
      if (!text || !qr) throw new Error('the QR panel has no text or no QR code on screen');
      const charactersALine = await instructions.evaluate((element, width) => {
        const style = getComputedStyle(element);
        const context = document.createElement('canvas').getContext('2d');
        if (!context) return 0;
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const sample = 'abcdefghijklmnopqrstuvwxyz';
        return width / (context.measureText(sample).width / sample.length);
      }, text.width);
      const below = text.y >= qr.y + qr.height - 1;
      if (below) {
        // Stacked: the text has the panel's whole width, at least as wide as the QR code.
        expect(text.width).toBeGreaterThanOrEqual(qr.width - 1);
      } else {
        expect(charactersALine, 'characters a line beside the QR code').toBeGreaterThanOrEqual(20);
      }
    });
  });
}

test.describe('at the default text size (360 × 640, 16 px)', () => {
  onlyOn('phone');
  for (const template of TEMPLATES) {
    test(`${template.path}: no button's one-word label is broken mid-word`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 640 });
      await page.goto(template.path);
      await template.ready?.(page);
      expect((await readLayout(page)).brokenLabels).toEqual([]);
    });
  }
});
