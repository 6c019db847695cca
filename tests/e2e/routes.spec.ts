import { expect, test } from '@playwright/test';
import { getAllTerms, getAllTopics, getSiteConfig } from '@/lib/site';
import { sitemapPaths } from './site-urls';

const [mainHelpline] = getSiteConfig().helplines;
const telHref = `tel:${mainHelpline?.number.replace(/\s/g, '')}`;

test('the sitemap lists every topic, every glossary term and every fixed page', async ({
  request,
}) => {
  const paths = await sitemapPaths(request);
  for (const topic of getAllTopics()) expect(paths).toContain(topic.url);
  for (const term of getAllTerms()) expect(paths).toContain(term.url);
  for (const fixed of ['/', '/topics', '/glossary', '/help', '/about'])
    expect(paths).toContain(fixed);
});

test('every page answers, and its signpost phone link is in the first phone screen', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const viewport = page.viewportSize();
  for (const path of await sitemapPaths(request)) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('h1'), path).toHaveCount(1);
    const call = page
      .getByRole('complementary', { name: 'Talk to someone' })
      .locator(`a[href="${telHref}"]`);
    const box = await call.boundingBox();
    expect(box, `${path}: signpost phone link`).not.toBeNull();
    if (box && viewport) {
      expect(box.y + box.height, `${path}: signpost below the first screen`).toBeLessThanOrEqual(
        viewport.height,
      );
      expect(box.x + box.width, `${path}: signpost off the side`).toBeLessThanOrEqual(
        viewport.width,
      );
    }
  }
});

test('robots.txt points at the sitemap', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${getSiteConfig().baseUrl}/sitemap.xml`);
});

test('an unknown address shows a helpful 404 with the signpost', async ({ page }) => {
  const response = await page.goto('/topics/no-such-topic');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We cannot find that page');
  await expect(page.getByRole('link', { name: 'All topics from A to Z' })).toHaveAttribute(
    'href',
    '/topics',
  );
  await expect(
    page.getByRole('complementary', { name: 'Talk to someone' }).locator(`a[href="${telHref}"]`),
  ).toBeVisible();
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

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('topic pages still read in full, with navigation and the signpost', async ({ page }) => {
    for (const topic of getAllTopics()) {
      await page.goto(topic.url);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic.title);
      for (const section of topic.tableOfContents) {
        await expect(page.locator(`h2#${section.id}`)).toHaveText(section.text);
      }
      await expect(
        page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Topics A to Z' }),
      ).toBeVisible();
      await expect(
        page
          .getByRole('complementary', { name: 'Talk to someone' })
          .locator(`a[href="${telHref}"]`),
      ).toBeVisible();
    }
  });
});

test('every page has a title, a description, a canonical URL and link-preview cards', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const { baseUrl } = getSiteConfig();
  for (const path of await sitemapPaths(request)) {
    await page.goto(path);
    const meta = (selector: string) => page.locator(selector).first().getAttribute('content');
    expect(await page.title(), path).not.toBe('');
    expect(await meta('meta[name="description"]'), path).toBeTruthy();
    expect(await page.locator('link[rel="canonical"]').getAttribute('href'), path).toBe(
      `${baseUrl}${path === '/' ? '' : path}`,
    );
    expect(await meta('meta[property="og:title"]'), path).toBeTruthy();
    expect(await meta('meta[property="og:image"]'), path).toBe(`${baseUrl}/og.png`);
    expect(await meta('meta[name="twitter:card"]'), path).toBe('summary_large_image');
  }
  const image = await request.get('/og.png');
  expect(image.headers()['content-type']).toBe('image/png');
});
