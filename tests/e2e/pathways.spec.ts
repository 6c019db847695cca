import { expect, test, type Locator, type Page } from '@playwright/test';
import { getAllTopics, getPathways } from '@/lib/site';

const pathways = getPathways();

type Pathway = (typeof pathways)[number];

/**
 * Each pathway has its own part of the page, named by its title, offering one item (a link or a
 * checkbox) for each of its topics; `more` checks anything else a part must show.
 */
async function expectEveryPathway(
  page: Page,
  part: { role: 'region' | 'group'; item: 'link' | 'checkbox' },
  more?: (section: Locator, items: Locator, pathway: Pathway) => Promise<void>,
) {
  for (const pathway of pathways) {
    const section = page.getByRole(part.role, { name: pathway.title });
    const items = section.getByRole(part.item);
    await expect(items, pathway.title).toHaveCount(pathway.topics.length);
    await more?.(section, items, pathway);
  }
}

test('the home page shows every pathway, each with its topics in reading order', async ({
  page,
}) => {
  await page.goto('/');
  await expectEveryPathway(
    page,
    { role: 'region', item: 'link' },
    async (section, links, pathway) => {
      await expect(section).toContainText(pathway.description);
      for (const [index, topic] of pathway.topics.entries()) {
        await expect(links.nth(index)).toHaveAttribute('href', topic.url);
      }
    },
  );
});

test('the reading-list picker and the A to Z offer every topic of every pathway', async ({
  page,
}) => {
  await page.goto('/reading-list');
  await expectEveryPathway(page, { role: 'group', item: 'checkbox' });
  await page.goto('/topics');
  for (const topic of getAllTopics()) {
    await expect(
      page.locator('main').getByRole('link', { name: topic.title, exact: true }).first(),
    ).toHaveAttribute('href', topic.url);
  }
});
