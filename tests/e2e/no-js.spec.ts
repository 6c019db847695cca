import { expect, test, type Page } from '@playwright/test';
import { EXAMPLE_REPORT } from '@/components/explain/ExplainTool';
import { getAllTopics, getTopicBySlug } from '@/lib/site';
import { expectAlive } from './alive';
import { describeWithoutJavaScript } from './scripts';

/**
 * Without JavaScript, nothing is offered that cannot work ("Copy link", "Try an example", "Clear"),
 * and a reading list link says at once why the list is not there and what to do instead. With
 * JavaScript the same controls are there and work.
 */

const article = getAllTopics().find((topic) => topic.tableOfContents.length > 1);
const listSlugs = ['bone-scan', 'hot-and-cold-spots', 'managing-bone-pain'];
const listTopics = listSlugs.map((slug) => {
  const topic = getTopicBySlug(slug);
  if (!topic) throw new Error(`no topic "${slug}"`);
  return topic;
});
const LIST_PATH = `/reading-list?t=${listSlugs.join(',')}`;

const SCRIPT_ONLY_BUTTONS = /^(Copy link|Try an example|Clear|Print this list|Share)\b/;

/** Every button on the page a reader can see, by its accessible name. */
async function visibleButtons(page: Page): Promise<string[]> {
  const buttons = page.locator('button:visible');
  const names: string[] = [];
  for (const button of await buttons.all()) {
    names.push(((await button.getAttribute('aria-label')) ?? (await button.innerText())).trim());
  }
  return names;
}

/**
 * The text that follows the page's h1, in reading order, as far as a reader can see it: each visible
 * run of text after the heading (not inside it), trimmed, the first `count` of them.
 */
function textAfterHeading(page: Page, count: number): Promise<string[]> {
  return page.evaluate((wanted) => {
    const heading = document.querySelector('h1');
    if (!heading) throw new Error('no h1');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    walker.currentNode = heading;
    const found: string[] = [];
    for (let node = walker.nextNode(); node && found.length < wanted; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!text || !parent || heading.contains(node)) continue;
      if (!parent.checkVisibility({ visibilityProperty: true })) continue;
      const box = parent.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      found.push(text);
    }
    return found;
  }, count);
}

describeWithoutJavaScript(() => {
  test('/explain offers no "Try an example" or "Clear", says the tool needs JavaScript, and the box still says what it is for', async ({
    page,
  }) => {
    await page.goto('/explain');
    for (const name of ['Try an example', 'Clear']) {
      await expect(page.getByRole('button', { name })).toBeHidden();
    }
    expect((await visibleButtons(page)).filter((name) => SCRIPT_ONLY_BUTTONS.test(name))).toEqual(
      [],
    );
    // (Playwright's getByText skips <noscript>, so the paragraph inside it is found by tag.)
    const needsScripts = page.locator('p', { hasText: 'This tool needs JavaScript' });
    await expect(needsScripts).toBeVisible();
    await expect(needsScripts.getByRole('link', { name: 'glossary A to Z' })).toHaveAttribute(
      'href',
      '/glossary',
    );
    // The box keeps its label, and nothing claims an explanation is on its way.
    await expect(
      page.getByRole('textbox', { name: 'Words from your letter or report' }),
    ).toBeVisible();
    await expect(page.getByText('Getting the word list ready')).toBeHidden();
  });

  test('an article offers no "Copy link": its headings are plain links to copy instead', async ({
    page,
  }) => {
    if (!article) throw new Error('no topic with sections');
    await page.goto(article.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
    expect(await page.locator('button:visible', { hasText: 'Copy link' }).count()).toBe(0);
    expect((await visibleButtons(page)).filter((name) => SCRIPT_ONLY_BUTTONS.test(name))).toEqual(
      [],
    );
    const section = article.tableOfContents[0];
    await expect(page.locator(`h2#${section?.id} > a`)).toHaveAttribute('href', `#${section?.id}`);
  });

  test('a reading list link says first, under the heading, that the list needs JavaScript and what to do instead', async ({
    page,
  }) => {
    await page.goto(LIST_PATH);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const [first, second] = await textAfterHeading(page, 2);
    expect(first).toBe('Sent a link to a reading list?');
    expect(second).toMatch(/^Reading lists need JavaScript, which is switched off in this browser/);
    // What to do instead: open the topics from this page or the A to Z, or use another browser.
    const message = page.locator('p', { hasText: 'Reading lists need JavaScript' });
    await expect(message).toContainText('open the link in a browser with JavaScript switched on');
    await expect(message.getByRole('link', { name: 'A to Z of topics' })).toHaveAttribute(
      'href',
      '/topics',
    );
    await message.getByRole('link', { name: 'list of all topics' }).click();
    const allTopics = page.getByRole('region', { name: 'All topics', exact: true });
    await expect(allTopics).toBeInViewport();
    for (const topic of listTopics) {
      await expect(allTopics.getByRole('link', { name: topic.title, exact: true })).toBeVisible();
    }
    // Nothing that needs scripts is offered, and "Opening…" (for pages with scripts) is not shown.
    expect((await visibleButtons(page)).filter((name) => SCRIPT_ONLY_BUTTONS.test(name))).toEqual(
      [],
    );
    await expect(page.getByText('Opening your reading list')).toBeHidden();
  });
});

test.describe('with JavaScript', () => {
  test('/explain: "Try an example" fills the box and explains it; "Clear" empties it', async ({
    page,
  }) => {
    await page.goto('/explain');
    const example = page.getByRole('button', { name: 'Try an example' });
    await expect(example).toBeVisible();
    await expectAlive(example);
    await example.click();
    const box = page.getByRole('textbox', { name: 'Words from your letter or report' });
    await expect(box).toHaveValue(EXAMPLE_REPORT);
    await expect(page.getByRole('heading', { name: 'Lytic', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect(box).toHaveValue('');
    await expect(box).toBeFocused();
    await expect(page.getByRole('button', { name: 'Clear' })).toBeDisabled();
    await expect(page.getByText('This tool needs JavaScript')).toBeHidden();
  });

  test('an article offers "Copy link" beside its headings, and it copies', async ({
    page,
    context,
    baseURL,
  }) => {
    if (!article) throw new Error('no topic with sections');
    const section = article.tableOfContents[0];
    if (!section) throw new Error('no section');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(article.url);
    const copy = page.getByRole('button', { name: `Copy link to “${section.text}”` });
    await expect(copy).toBeVisible();
    await expectAlive(copy);
    await copy.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL}${article.url}#${section.id}`,
    );
  });

  test('a reading list link shows the list, with "Copy link", and no message about JavaScript', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(LIST_PATH);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your reading list');
    await expect(page.getByText('Reading lists need JavaScript')).toBeHidden();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      new RegExp(`/reading-list\\?t=${listSlugs.join(',')}$`),
    );
  });
});
