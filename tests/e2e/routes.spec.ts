import { expect, test } from '@playwright/test';
import { getAllTerms, getAllTopics, getSiteConfig } from '@/lib/site';
import { PAGES, signpostCall, sitemapPaths } from './site-urls';

// Each page's own checks (it answers, one h1, the signpost in the first screen, link previews, no
// JavaScript needed) run once a page in quality.spec.ts; this file checks the site as a whole.

test.describe('the site as a whole', () => {
  // Files and headers, not layout: the same at every screen size, so read once.
  test.skip(({ isMobile }) => !isMobile, 'the same on every screen: checked in the phone project');

  test('the sitemap lists every topic, every glossary term and every fixed page, and every page it lists is checked', async ({
    request,
  }) => {
    const paths = await sitemapPaths(request);
    for (const topic of getAllTopics()) expect(paths).toContain(topic.url);
    for (const term of getAllTerms()) expect(paths).toContain(term.url);
    for (const fixed of ['/', '/topics', '/glossary', '/help', '/about'])
      expect(paths).toContain(fixed);
    // quality.spec.ts visits PAGES: a page the sitemap lists but PAGES misses would go unchecked.
    expect(
      paths.filter((path) => !PAGES.includes(path)),
      'sitemap pages not checked',
    ).toEqual([]);
  });

  test('robots.txt points at the sitemap, and the link-preview image is there', async ({
    request,
  }) => {
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toContain(`Sitemap: ${getSiteConfig().baseUrl}/sitemap.xml`);
    const image = await request.get('/og.png');
    expect(image.headers()['content-type']).toBe('image/png');
  });
});

test('an unknown address shows a helpful 404 with the signpost', async ({ page }) => {
  const response = await page.goto('/topics/no-such-topic');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We cannot find that page');
  await expect(page.getByRole('link', { name: 'All topics from A to Z' })).toHaveAttribute(
    'href',
    '/topics',
  );
  await expect(signpostCall(page)).toBeVisible();
  await expect(page.getByRole('region', { name: /Talk to someone/ })).toBeVisible();
});

test('a deep link to a #section lands on that heading', async ({ page }) => {
  const topic = getAllTopics().find((candidate) => candidate.tableOfContents.length >= 3);
  const section = topic?.tableOfContents.at(-1);
  if (!topic || !section) throw new Error('no topic with three sections to link to');
  await page.goto(`${topic.url}#${section.id}`);
  const heading = page.locator(`h2#${section.id}`);
  await expect(heading).toHaveText(section.text);
  await expect(heading).toBeInViewport();
  expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(section.id);
});

test('a topic page has its breadcrumbs, key points, questions, sources, review dates and signpost box', async ({
  page,
}) => {
  const topic = getAllTopics().find((candidate) => candidate.previous && candidate.next);
  if (!topic?.previous || !topic.next) throw new Error('no topic in the middle of a pathway');
  await page.goto(topic.url);
  await expect(page).toHaveTitle(new RegExp(`^${topic.title} \\|`));
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', topic.summary);
  const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(breadcrumb.getByRole('link', { name: topic.pathway.title })).toBeVisible();
  await expect(page.getByRole('region', { name: 'In short' }).getByRole('listitem')).toHaveCount(
    topic.keyPoints.length,
  );
  await expect(
    page.getByRole('region', { name: 'Questions to ask your care team' }).getByRole('listitem'),
  ).toHaveCount(topic.questions.length);
  const review = page.getByRole('region', { name: 'Sources and review' });
  await expect(review).toContainText('Written or updated');
  await expect(review).not.toContainText(/last reviewed/i);
  await expect(review).toContainText('Next review due');
  await expect(review).toContainText('Awaiting clinical review');
  const pathwayNav = page.getByRole('navigation', {
    name: `${topic.pathway.title}: previous and next`,
  });
  await expect(
    pathwayNav.getByRole('link', { name: new RegExp(topic.previous.title) }),
  ).toHaveAttribute('href', topic.previous.url);
  await expect(
    pathwayNav.getByRole('link', { name: new RegExp(topic.next.title) }),
  ).toHaveAttribute('href', topic.next.url);
  await expect(page.getByRole('region', { name: /Talk to someone/ })).toBeVisible();
});

test('care cards show on the topics that have them, with their hidden urgency', async ({
  page,
}) => {
  const topic = getAllTopics().find((candidate) =>
    candidate.careCards.some((card) => card.level === 'emergency'),
  );
  if (!topic) throw new Error('no topic with an emergency care card');
  await page.goto(topic.url);
  const emergency = topic.careCards.find((card) => card.level === 'emergency');
  await expect(
    page.getByRole('heading', { name: `Immediate action required: ${emergency?.heading}` }),
  ).toBeVisible();
});
