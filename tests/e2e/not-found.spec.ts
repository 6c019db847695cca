import { expect, test } from '@playwright/test';

test.describe('a near-miss address', () => {
  for (const [address, title, url] of [
    ['/topics/bone-scans', 'Bone scans', '/topics/bone-scan'],
    ['/glossary/hotspot', 'Hot spot (glossary)', '/glossary/hot-spot'],
  ] as const) {
    test(`${address} offers ${url} first, before the search box`, async ({ page }) => {
      const response = await page.goto(address);
      expect(response?.status()).toBe(404);
      const suggestion = page.getByRole('link', { name: title, exact: true });
      await expect(suggestion).toHaveAttribute('href', url);
      const search = page.getByRole('main').getByRole('searchbox', { name: 'Search this site' });
      await expect(search).toBeVisible();
      const [suggestionBox, searchBox] = await Promise.all([
        suggestion.boundingBox(),
        search.boundingBox(),
      ]);
      expect(suggestionBox?.y ?? Infinity).toBeLessThan(searchBox?.y ?? 0);
    });
  }

  test('an address nothing resembles gets the search box and the A to Z, and no guess', async ({
    page,
  }) => {
    await page.goto('/topics/qwertyuiop');
    await expect(page.getByText('Did you mean')).toHaveCount(0);
    await expect(
      page.getByRole('main').getByRole('searchbox', { name: 'Search this site' }),
    ).toBeVisible();
  });
});

test('a glossary page shows other names, never the misspellings it also answers to', async ({
  page,
}) => {
  await page.goto('/glossary/osteoporosis');
  const alsoCalled = page.getByText(/^Also called:/);
  await expect(alsoCalled).toContainText('brittle bones');
  await expect(alsoCalled).not.toContainText('osteoperosis');
});
