import { expect, test } from '@playwright/test';
import { getAllTerms, getAllTopics, getSiteConfig, getUrgency } from '@/lib/site';
import { printedText } from './print-pdf';

const urgency = getUrgency();
const fastest = urgency.tiers.filter((tier) => tier.level === 'emergency');
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

test.describe('the urgent page says what to do before it explains', () => {
  test.use({ viewport: { width: 360, height: 640 } });

  test('on a 360×640 phone, 999 and the 24-hour line are in the first screen, right under the title', async ({
    page,
  }) => {
    await page.goto(urgency.urgentPage.url);
    const box = page.getByRole('region', { name: /What to do now/ });
    // Nothing comes between the title and what to do.
    await expect(page.locator('h1 + section')).toHaveAttribute('aria-labelledby', 'what-to-do-now');
    for (const tier of fastest) {
      const action = box.locator(`[data-tier="${tier.id}"] strong`);
      await expect(action).toContainText(tier.action.split(' ').slice(0, 3).join(' '));
      const rect = await action.boundingBox();
      if (!rect) throw new Error(`no box for ${tier.id}`);
      // At least the first line of each action can be read without scrolling.
      expect(rect.y + 20, `${tier.action} starts ${rect.y}px down`).toBeLessThanOrEqual(640);
    }
  });
});

test('every page offers urgent help in the signpost, with the helpline hours, for when the line is closed', async ({
  page,
}) => {
  const [helpline] = getSiteConfig().helplines;
  for (const url of ['/', '/glossary/hot-spot', '/topics/bone-scan']) {
    await page.goto(url);
    const signpost = page.getByRole('complementary', { name: 'Talk to someone' });
    await expect(signpost).toContainText(helpline?.shortHours ?? helpline?.hours ?? '');
    await expect(signpost.getByRole('link', { name: /What to do now/ })).toHaveAttribute(
      'href',
      urgency.urgentPage.url,
    );
  }
});

test('/help lists every tier, fastest first, each with when it applies and what to do with no 24-hour number', async ({
  page,
}) => {
  await page.goto('/help');
  const ladder = page.getByRole('region', { name: 'When it is urgent: what to do' });
  const tiers = ladder.locator('[data-tier]');
  await expect(tiers).toHaveCount(urgency.tiers.length);
  for (const [index, tier] of urgency.tiers.entries()) {
    const item = tiers.nth(index);
    await expect(item).toHaveAttribute('data-tier', tier.id);
    await expect(item.getByRole('heading')).toContainText(tier.action);
    await expect(item).toContainText(`If ${tier.when}.`);
    for (const fallback of tier.fallbacks) await expect(item).toContainText(fallback.action);
  }
});

test('the home page box names the fastest actions, not a slower one', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('region', { name: /Worried about a new symptom/ });
  for (const tier of fastest) await expect(box).toContainText(tier.action);
  await expect(box).not.toContainText(/same day|today/i);
  await expect(box.getByRole('link', { name: /Urgent symptoms/ })).toHaveAttribute(
    'href',
    urgency.urgentPage.url,
  );
});

test('a footnote goes to its numbered source, and the source goes back to the sentence', async ({
  page,
}) => {
  const topic = getAllTopics().find((candidate) =>
    candidate.sources.some((source) => source.citedAt.length > 0),
  );
  const source = topic?.sources.find((candidate) => candidate.citedAt.length > 0);
  const place = source?.citedAt[0];
  if (!topic || !source || !place) throw new Error('no topic cites a source');
  await page.goto(topic.url);
  const footnote = page.locator(`#${place}`);
  await expect(footnote).toHaveAccessibleName(`Source ${source.number}`);
  await footnote.click();
  await expect(page).toHaveURL(new RegExp(`#source-${source.number}$`));
  const entry = page.locator(`#source-${source.number}`);
  await expect(entry).toBeInViewport();
  await expect(entry).toContainText(source.title);
  await expect(entry).toContainText('Checked');
  await entry
    .getByRole('link', { name: new RegExp(`^Back to where source ${source.number} is cited`) })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`#${place}$`));
  await expect(footnote).toBeInViewport();
});

test('no page claims a review it did not have', async ({ request }) => {
  const reviewed = new Set(
    getAllTopics()
      .filter((topic) => topic.review.status === 'clinically reviewed')
      .map((topic) => topic.url),
  );
  for (const url of [...getAllTopics(), ...getAllTerms()].map((item) => item.url)) {
    const html = await (await request.get(url)).text();
    expect(html, url).not.toMatch(/last reviewed/i);
    if (reviewed.has(url)) expect(html, url).toMatch(/Reviewed on/);
    else expect(html, url).toMatch(/awaiting clinical review/i);
  }
});

test.describe('printing urgent advice', () => {
  test('care cards and "what to do now" print as legibly as they show: dark ink on white, urgency in words', async ({
    page,
    context,
  }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'one PDF is enough');
    await page.goto(urgency.urgentPage.url);
    const onScreen = (
      await page
        .locator('.care-card h2, .care-card li, .care-card p, .what-to-do-now p')
        .allInnerTexts()
    )
      .map(normalise)
      .filter(Boolean);
    const pdf = await page.pdf({ format: 'A4' });
    const printed = await printedText(context, pdf);
    const fromCards = printed.filter((run) =>
      onScreen.some((text) => text.includes(normalise(run.text))),
    );
    // Every card's text came out on paper…
    expect(fromCards.length).toBeGreaterThan(20);
    const printedWords = normalise(printed.map((run) => run.text).join(' '));
    for (const card of getAllTopics().find((topic) => topic.slug === urgency.urgentPage.slug)
      ?.careCards ?? []) {
      expect(printedWords).toContain(normalise(card.symptoms[0] ?? '').slice(0, 30));
    }
    // …every run of it at least WCAG AA contrast against the paper…
    const faint = fromCards.filter((run) => run.contrast < 4.5);
    expect(
      faint,
      faint.map((run) => `${run.text} (${run.contrast.toFixed(1)}:1)`).join('\n'),
    ).toEqual([]);
    // …with the urgency in words on every emergency card and the box, since colour does not survive the printer.
    const emergencyBoxes = await page.locator('.care-card--emergency, .what-to-do-now').count();
    expect(printedWords.split('Immediate action required:').length - 1).toBeGreaterThanOrEqual(
      emergencyBoxes,
    );
  });
});
