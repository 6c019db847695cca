import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { getAllTopics } from '@/lib/site';
import { printedDocument } from './print-pdf';

/**
 * A nurse prints a reading list to hand over: three topics fit on one sheet of A4, and the address
 * printed at the foot (where the sheet came from) wraps onto the paper instead of running off it.
 */

// The worst case for length: the three topics with the longest titles and summaries.
const longest = [...getAllTopics()]
  .sort((a, b) => b.title.length + b.summary.length - (a.title.length + a.summary.length))
  .slice(0, 3);
const LIST_PATH = `/reading-list?t=${longest.map((topic) => topic.slug).join(',')}`;

// Chromium's default print margins (0.4 inch), in CSS and in PDF points.
const MARGIN = '0.4in';
const MARGIN_PT = 0.4 * 72;

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Prints the open list to an A4 PDF and reads it back: its pages, and the footer's runs of text. */
async function printList(page: Page, context: BrowserContext) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your reading list');
  await expect(page.getByRole('img', { name: 'QR code for this reading list' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const stamp = normalise(await page.locator('.print-stamp').innerText());
  expect(stamp).toMatch(/^Printed from http.*\/reading-list\?t=.* on \d{1,2} \w+ \d{4}\.$/);
  const pdf = await page.pdf({
    format: 'A4',
    margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN },
  });
  const printed = await printedDocument(context, pdf);
  const footer = printed.runs.filter((run) => stamp.includes(normalise(run.text)));
  // The whole address came out on paper (pdf.js skips runs under 4 characters, so compare loosely).
  expect(normalise(footer.map((run) => run.text).join(''))).toContain('Printed from http');
  return { ...printed, footer };
}

/** Runs of text that start before the left margin or end past the right one. */
function outsideThePrintableWidth(
  runs: { text: string; left: number; right: number }[],
  width: number,
) {
  return runs
    .filter((run) => run.left < MARGIN_PT - 0.5 || run.right > width - MARGIN_PT + 0.5)
    .map((run) => `"${run.text}" from ${run.left.toFixed(1)} to ${run.right.toFixed(1)} pt`);
}

test.describe('printing a reading list', () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'print does not depend on the screen: one PDF');
  });

  test('three topics fit on one A4 page, the footer address inside the page', async ({
    page,
    context,
  }) => {
    await page.goto(LIST_PATH);
    const printed = await printList(page, context);
    expect(printed.pageCount).toBe(1);
    // What the sheet is for is on it: every topic, its address, and the helplines.
    const text = normalise(printed.runs.map((run) => run.text).join(' '));
    for (const topic of longest) expect(text).toContain(topic.url);
    expect(text).toContain('Questions or worried?');
    expect(text).toContain('If it is urgent');
    expect(outsideThePrintableWidth(printed.footer, printed.pageWidth)).toEqual([]);
  });

  test('a long list address, with a note, wraps in the footer instead of running off the page', async ({
    page,
    context,
  }) => {
    const note = 'Please read these before your appointment with the breast care team next week';
    await page.goto(`${LIST_PATH}&note=${encodeURIComponent(note)}`);
    const printed = await printList(page, context);
    // The address is long enough to need more than one line.
    expect(printed.footer.length).toBeGreaterThan(1);
    expect(outsideThePrintableWidth(printed.footer, printed.pageWidth)).toEqual([]);
  });
});
