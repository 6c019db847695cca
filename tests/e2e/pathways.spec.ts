import { expect, test } from '@playwright/test';
import { getAllTopics, getPathways } from '@/lib/site';

const pathways = getPathways();

test('the home page shows every pathway, each with its topics in reading order', async ({
  page,
}) => {
  await page.goto('/');
  for (const pathway of pathways) {
    const section = page.getByRole('region', { name: pathway.title });
    await expect(section).toContainText(pathway.description);
    const links = section.getByRole('link');
    await expect(links).toHaveCount(pathway.topics.length);
    for (const [index, topic] of pathway.topics.entries()) {
      await expect(links.nth(index)).toHaveAttribute('href', topic.url);
    }
  }
});

test('the reading-list picker and the A to Z offer every topic of every pathway', async ({
  page,
}) => {
  await page.goto('/reading-list');
  for (const pathway of pathways) {
    const group = page.getByRole('group', { name: pathway.title });
    await expect(group.getByRole('checkbox')).toHaveCount(pathway.topics.length);
  }
  await page.goto('/topics');
  for (const topic of getAllTopics()) {
    await expect(
      page.locator('main').getByRole('link', { name: topic.title, exact: true }).first(),
    ).toHaveAttribute('href', topic.url);
  }
});
