import { expect, test, type Locator } from '@playwright/test';
import { SEARCH_INDEX_URL } from '@/lib/search/client';
import { createSearcher } from '@/lib/search/engine';
import { getSearchIndex, getTopicBySlug } from '@/lib/site';
import { expectAlive } from './alive';
import { describeWithoutJavaScript, holdRequests } from './scripts';

const hotAndColdSpots = getTopicBySlug('hot-and-cold-spots');

/** Shown on screen, not only to screen readers: a visually hidden 1×1 px live region passes toBeVisible. */
async function expectShownOnScreen(message: Locator) {
  await expect(message).toBeVisible();
  const box = await message.boundingBox();
  expect(box?.width, 'width of the message').toBeGreaterThan(150);
  expect(box?.height, 'height of the message').toBeGreaterThan(16);
}

test.describe('the header search', () => {
  test('loads nothing for search until the reader starts to search', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto('/topics/bone-scan');
    await page.waitForLoadState('networkidle');
    expect(requested).not.toContain('/search-index.json');
    await page.getByRole('combobox', { name: 'Search this site' }).focus();
    await expect.poll(() => requested).toContain('/search-index.json');
  });

  test('works by keyboard: type, arrows, Escape, Enter', async ({ page }) => {
    await page.goto('/topics/bone-scan');
    const box = page.getByRole('combobox', { name: 'Search this site' });
    await box.focus();
    await page.keyboard.type('zometa');
    const listbox = page.getByRole('listbox', { name: 'Search suggestions' });
    await expect(listbox).toBeVisible();
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    const options = listbox.getByRole('option');
    // The engine's best answer for the brand name comes first: a page about zoledronic acid.
    const [best] = createSearcher(getSearchIndex()).search('zometa', 8);
    if (!best) throw new Error('no result for zometa');
    await expect(options.first()).toContainText(best.title);
    expect(`${best.title} ${best.url}`).toMatch(/zoledronic|bisphosphonate|bone-strengthening/i);
    await expect(page.getByRole('status').filter({ hasText: 'results available' })).toHaveText(
      /\d+ results? available/,
    );

    await page.keyboard.press('ArrowDown');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    const firstId = await options.first().getAttribute('id');
    await expect(box).toHaveAttribute('aria-activedescendant', firstId ?? '');
    await page.keyboard.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowUp');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');

    await page.keyboard.press('Escape');
    await expect(listbox).toBeHidden();
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect(box).toHaveValue('zometa');

    await page.keyboard.press('ArrowDown');
    await expect(listbox).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${best.url.replace(/[#?]/g, '\\$&')}$`));
  });

  test('Enter without choosing a suggestion opens the full results page', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('combobox', { name: 'Search this site' });
    await box.fill('metastisis');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=metastisis/);
    const results = page.getByRole('list', { name: 'Search results' });
    await expect(results.getByRole('link').first()).toBeVisible();
    const hrefs = await results
      .getByRole('link')
      .evaluateAll((links) => links.slice(0, 3).map((link) => link.getAttribute('href')));
    expect(hrefs.some((href) => href?.startsWith('/topics/bone-metastases'))).toBe(true);
  });

  test('a tap on a suggestion opens it', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('combobox', { name: 'Search this site' });
    await box.click();
    await box.pressSequentially('hot spot');
    await page.getByRole('option').filter({ hasText: hotAndColdSpots?.title }).first().click();
    await expect(page).toHaveURL(/\/topics\/hot-and-cold-spots/);
  });

  test.describe('on a slow or failing link', () => {
    // A service worker's own fetches are not seen by page.route, so it is kept out of these tests.
    test.use({ serviceWorkers: 'block' });

    test('says instant results are getting ready while the index arrives, then shows them', async ({
      page,
    }) => {
      // The index is held back, as on a weak signal, until the test has seen the waiting message.
      const { release } = await holdRequests(page, `**${SEARCH_INDEX_URL}`);
      await page.goto('/topics/bone-scan');
      const box = page.getByRole('combobox', { name: 'Search this site' });
      await expectAlive(box);
      await box.focus();
      const waiting = page
        .getByRole('status')
        .filter({ hasText: 'Getting instant results ready… Press Enter to search now.' });
      // Focus alone starts the download but asks nothing, so nothing is said yet.
      await expect(waiting).toHaveCount(0);
      await page.keyboard.type('zometa');
      await expectShownOnScreen(waiting);
      const listbox = page.getByRole('listbox', { name: 'Search suggestions' });
      await expect(listbox).toBeHidden();

      release();
      await expect(listbox.getByRole('option').first()).toContainText(/zoledronic acid/i);
      await expect(waiting).toHaveCount(0);
    });

    test('says so when instant results cannot load, and Enter still searches', async ({ page }) => {
      await page.route(`**${SEARCH_INDEX_URL}`, (route) => route.abort('internetdisconnected'));
      await page.goto('/topics/bone-scan');
      const box = page.getByRole('combobox', { name: 'Search this site' });
      await expectAlive(box);
      await box.focus();
      await page.keyboard.type('zometa');
      await expectShownOnScreen(
        page
          .getByRole('status')
          .filter({ hasText: 'Instant results are not available. Press Enter to search.' }),
      );
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/search\?q=zometa$/);
    });
  });
});

test.describe('the /search page', () => {
  test('lists results as links in a list labelled "Search results"', async ({ page }) => {
    await page.goto('/search?q=hot%20spot');
    const results = page.getByRole('list', { name: 'Search results' });
    await expect(
      results.getByRole('link', { name: hotAndColdSpots?.title }).first(),
    ).toHaveAttribute('href', /^\/topics\/hot-and-cold-spots/);
    await expect(results.locator('mark').first()).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Search this site' }).last()).toHaveValue(
      'hot spot',
    );
  });

  test('a phrase copied from a report finds its plain meaning, and opens it explained', async ({
    page,
  }) => {
    await page.goto('/search?q=hyperintense%20on%20STIR');
    const results = page.getByRole('list', { name: 'Search results' });
    const first = results.getByRole('listitem').first();
    await expect(first.getByRole('link', { name: 'Hyperintense' })).toBeVisible();
    await expect(first).toContainText('A word from scan reports');
    await expect(first).toContainText('brighter than the tissue around it');
    await first.getByRole('link', { name: 'Hyperintense' }).click();
    await expect(page).toHaveURL(/\/explain#word=hyperintense$/);
    await expect(
      page.getByRole('textbox', { name: 'Words from your letter or report' }),
    ).toHaveValue('hyperintense');
    await expect(
      page
        .getByRole('region', { name: 'What these words mean' })
        .getByRole('heading', { name: 'Hyperintense', exact: true }),
    ).toBeVisible();
  });

  test('says so kindly when nothing matches, with close words, the A to Z and the signpost', async ({
    page,
  }) => {
    await page.goto('/search?q=xqzvw');
    await expect(page.getByText('We could not find anything for “xqzvw”.')).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'A to Z of every topic and word' }),
    ).toHaveAttribute('href', '#a-to-z');
    await expect(page.getByRole('region', { name: /Talk to someone/ })).toBeVisible();
  });

  describeWithoutJavaScript(() => {
    test('the header form still submits, and the page offers the A to Z of topics and terms', async ({
      page,
    }) => {
      await page.goto('/topics/bone-scan');
      const box = page.getByRole('combobox', { name: 'Search this site' });
      await box.fill('zometa');
      await box.press('Enter');
      await expect(page).toHaveURL(/\/search\?q=zometa/);
      await expect(page.getByText(/your browser may have JavaScript switched off/)).toBeVisible();
      const aToZ = page.getByRole('region', { name: 'Everything on this site, A to Z' });
      await expect(aToZ.getByRole('link', { name: 'Bone-strengthening drugs' })).toHaveAttribute(
        'href',
        '/topics/bone-strengthening-drugs',
      );
      await expect(aToZ.getByRole('link', { name: 'Zoledronic acid' })).toHaveAttribute(
        'href',
        '/glossary/zoledronic-acid',
      );
    });
  });
});
