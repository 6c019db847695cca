import { expect, test } from '@playwright/test';
import { expectAlive } from './alive';
import type { TopicNode as Topic } from '@/lib/graph/types';
import { getAllTopics, getTopicBySlug } from '@/lib/site';
import { expectNoAxeViolations } from './axe';
import { describeWithoutJavaScript } from './scripts';

/** A topic the site must have for these tests, found by what it needs. */
function topicWith(what: string, has: (topic: Topic) => boolean): Topic {
  const topic = getAllTopics().find(has);
  if (!topic) throw new Error(`no topic with ${what}`);
  return topic;
}

const withTerms = topicWith(
  'glossary terms and three sections',
  (topic) => topic.terms.length > 0 && topic.tableOfContents.length > 2,
);
const withCareCards = topicWith('care cards', (topic) => topic.careCards.length > 0);

test.describe('section links', () => {
  test('every section heading links to itself, and "Copy link" copies the full address', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const section = withTerms.tableOfContents[1];
    if (!section) throw new Error('topic has too few sections');
    await page.goto(withTerms.url);
    for (const heading of withTerms.tableOfContents) {
      await expect(page.locator(`h2#${heading.id} > a`)).toHaveAttribute('href', `#${heading.id}`);
    }
    const copy = page.getByRole('button', { name: `Copy link to “${section.text}”` });
    await expectAlive(copy);
    await copy.click();
    await expect(page.getByRole('status').filter({ hasText: 'copied' })).toHaveText(
      `Link to “${section.text}” copied`,
    );
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseURL}${withTerms.url}#${section.id}`);
  });
});

test.describe('definitions in place', () => {
  test('a glossary link shows its meaning on keyboard focus, and Escape closes it', async ({
    page,
  }) => {
    await page.goto(withTerms.url);
    // Definitions in place come with the page's scripts, which start after its first paint.
    await expectAlive(page.getByRole('button', { name: /^Copy link to/ }).first());
    const body = page.locator('#article-body');
    const firstTermLink = body.locator('a[href^="/glossary/"]').first();
    const href = await firstTermLink.getAttribute('href');
    const term = withTerms.terms.find((candidate) => candidate.url === href);
    if (!term) throw new Error(`no term for ${href}`);
    // Reach it by keyboard, as a reader would: Tab until it has focus.
    await body.locator('h2 a').first().focus();
    for (let presses = 0; presses < 80; presses++) {
      if (await firstTermLink.evaluate((link) => link === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    await expect(firstTermLink).toBeFocused();
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toContainText(term.definition);
    await expect(firstTermLink).toHaveAttribute(
      'aria-describedby',
      (await tooltip.getAttribute('id')) ?? '',
    );
    await page.keyboard.press('Escape');
    await expect(tooltip).toBeHidden();
    await expect(firstTermLink).toBeFocused();
  });

  describeWithoutJavaScript(() => {
    test('glossary words stay plain links to their pages', async ({ page }) => {
      await page.goto(withTerms.url);
      const link = page.locator('#article-body a[href^="/glossary/"]').first();
      await link.click();
      await expect(page).toHaveURL(/\/glossary\//);
    });
  });
});

test.describe('print', () => {
  test('printing hides the chrome and keeps the signpost, care cards and where the page came from', async ({
    page,
  }) => {
    await page.goto(withCareCards.url);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByRole('combobox', { name: 'Search this site' })).toBeHidden();
    await expect(page.getByRole('button', { name: /Copy link/ }).first()).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
    await expect(page.getByRole('complementary', { name: 'Talk to someone' })).toBeVisible();
    await expect(page.getByRole('region', { name: /Talk to someone/ })).toBeVisible();
    await expect(page.locator('.care-card').first()).toBeVisible();
    await expect(page.getByText(/^Printed from http.* on \d{1,2} \w+ \d{4}\.$/)).toBeVisible();
    const breakInside = await page
      .locator('.care-card')
      .first()
      .evaluate((card) => getComputedStyle(card).breakInside);
    expect(breakInside).toBe('avoid');
  });
});

test.describe('diagrams', () => {
  for (const { slug, name } of [
    { slug: 'where-it-spreads', name: /breast cancer/i },
    { slug: 'having-a-bone-scan', name: /bone scan/i },
  ]) {
    test(`${slug}: the diagram has an accessible name and a text version`, async ({ page }) => {
      const topic = getTopicBySlug(slug);
      if (!topic?.diagram) throw new Error(`${slug}: diagram not set in frontmatter`);
      await page.goto(topic.url);
      const diagram = page
        .locator(`section[aria-labelledby="${topic.diagram.after}"]`)
        .getByRole('img');
      await expect(diagram).toHaveAccessibleName(name);
      await expect(diagram).toHaveAccessibleDescription(/.+/);
    });
  }
});

test.describe('accessibility', () => {
  const pages = [
    withCareCards?.url ?? '/',
    '/topics/where-it-spreads',
    '/topics/having-a-bone-scan',
    withTerms?.url ?? '/',
    '/glossary/hot-spot',
    '/reading-list',
    '/reading-list?t=bone-scan,hot-and-cold-spots&note=Read%20before%20clinic',
    '/search?q=hot%20spot',
  ];
  for (const path of pages) {
    test(`axe finds no WCAG A or AA problems on ${path}`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await expectNoAxeViolations(page);
    });
  }
});
