import { expect, test } from '@playwright/test';
import { getTopicBySlug } from '@/lib/site';
import { holdScripts } from './scripts';

/**
 * Pages start their framework scripts after the first paint (scripts/scripts-after-paint.ts). These
 * tests hold the scripts back, act as a quick reader would, then let them through.
 */

const topic = (slug: string) => {
  const found = getTopicBySlug(slug);
  if (!found) throw new Error(`no topic "${slug}"`);
  return found;
};

test('the page is drawn before its scripts arrive, with no script requested first', async ({
  page,
}) => {
  const release = await holdScripts(page);
  const bone = topic('bone-scan');
  await page.goto(bone.url, { waitUntil: 'domcontentloaded' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(bone.title);
  await expect(page.getByRole('heading', { name: 'In short' })).toBeVisible();
  release();
  // Once they arrive the page comes alive: Listen and copy-link work as usual.
  await expect(page.getByRole('button', { name: 'Listen to this page' })).toBeVisible();
});

test('words typed into search before the scripts arrive are searched when they do', async ({
  page,
}) => {
  const release = await holdScripts(page);
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  await page.getByRole('combobox', { name: 'Search this site' }).fill('zometa');
  release();
  await expect(
    page.getByRole('listbox', { name: 'Search suggestions' }).getByRole('option').first(),
  ).toContainText(/zoledronic acid/i);
});

test('a reading list link shows "Opening…", never the picker, until the list is drawn', async ({
  page,
}) => {
  const release = await holdScripts(page);
  await page.goto('/reading-list?t=bone-scan,symptoms', { waitUntil: 'domcontentloaded' });
  await expect(page.getByText('Opening your reading list…')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Make a reading list' })).toBeHidden();
  release();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Your reading list');
  await expect(page.getByText('Opening your reading list…')).toBeHidden();
});

test('the picker is ready to use before its scripts arrive, and early ticks are kept', async ({
  page,
}) => {
  const release = await holdScripts(page);
  await page.goto('/reading-list', { waitUntil: 'domcontentloaded' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Make a reading list');
  const [first, second] = [topic('symptoms'), topic('bone-scan')];
  await page.getByRole('checkbox', { name: first.title, exact: true }).check();
  await page.getByRole('checkbox', { name: second.title, exact: true }).check();
  release();
  // Alive, with both early ticks in the list, in page order.
  const chosen = page.getByRole('list', { name: 'Your list, in order' }).getByRole('listitem');
  await expect(chosen).toHaveCount(2);
  await page.getByRole('button', { name: 'Make the link' }).click();
  await expect(page).toHaveURL(/\/reading-list\?t=/);
  // The comma-separated link only the scripts make: the early ticks were kept by the live picker.
  const slugs = new URL(page.url()).searchParams.get('t')?.split(',') ?? [];
  expect([...slugs].sort()).toEqual([first.slug, second.slug].sort());
});
