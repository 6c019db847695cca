import { expect, test, type Page, type Request } from '@playwright/test';
import { expectAlive } from './alive';
import { getAllTopics, getSiteConfig } from '@/lib/site';
import { installFakeSpeech, type SpeechLog } from '../fixtures/speech';
import { expectNoAxeViolations } from './axe';
import { holdRequests, holdScripts } from './scripts';

// Written for this project: what a carer might copy from a bone scan report.
const REPORT = [
  'NUCLEAR MEDICINE WHOLE BODY BONE SCAN',
  'Findings: There is increased tracer uptake at L3 and in the left 7th rib. A lytic lesion is seen in',
  'the L3 vertebral body on the correlative CT. Sclerotic change at T12/L1. Degenerative changes in',
  'both knees. No evidence of pathological fracture. Appearances are in keeping with bone mets.',
  'Enostosis in the right femoral neck. Schmorl node at L2. Modic type 2 endplate change at L4/5.',
  'Tarlov cyst at S2.',
].join('\n');

/** Words only the pasted text contains: if any request carries one, the text has left the browser. */
const PRIVATE_MARKERS = [
  'Enostosis',
  'Schmorl',
  'Modic',
  'Tarlov',
  'correlative',
  'tracer uptake at L3',
  'left 7th rib',
];

function carriesPastedText(request: Request): string | undefined {
  const payload = `${decodeURIComponent(request.url())} ${request.postData() ?? ''}`;
  return PRIVATE_MARKERS.find((marker) => payload.toLowerCase().includes(marker.toLowerCase()));
}

async function openExplain(page: Page) {
  await page.goto('/explain');
  await expect(
    page.getByRole('textbox', { name: 'Words from your letter or report' }),
  ).toBeEnabled();
}

const textBox = (page: Page) =>
  page.getByRole('textbox', { name: 'Words from your letter or report' });
const explanations = (page: Page) =>
  page.getByRole('region', { name: 'What these words mean' }).getByRole('listitem');

test.describe('What does my letter mean? explaining', () => {
  test('explains each known word of a pasted report, lists the rest, and sends nothing anywhere', async ({
    page,
  }) => {
    const requests: Request[] = [];
    page.on('request', (request) => requests.push(request));
    await openExplain(page);
    const urlBefore = page.url();

    await textBox(page).fill(REPORT);
    const yourText = page.getByRole('region', {
      name: 'Your words, with the ones we explain marked',
    });
    await expect(yourText.getByRole('link', { name: 'lytic', exact: true })).toBeVisible();

    const list = explanations(page);
    await expect(list.filter({ hasText: 'L3' }).first()).toContainText(
      '3rd bone of your lower back',
    );
    const lytic = list.filter({ has: page.getByRole('heading', { name: 'Lytic', exact: true }) });
    await expect(lytic).toContainText('In your text: “lytic”');
    await expect(lytic.getByRole('link', { name: 'More about Lytic' })).toHaveAttribute(
      'href',
      '/glossary/lytic',
    );
    for (const heading of [
      'Hot spot',
      'Vertebral body',
      'Sclerotic',
      'No evidence of',
      'In keeping with',
      'Metastasis',
      'Bone island',
      "Schmorl's node",
      'Cyst',
    ]) {
      await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
    }
    // Tapping a marked word goes to its explanation, without writing the word into the address.
    await yourText.getByRole('link', { name: 'lytic', exact: true }).click();
    await expect(lytic).toBeFocused();
    expect(page.url()).toBe(urlBefore);

    const unknown = page.getByRole('list', { name: 'Words we don’t explain yet' });
    await expect(unknown.getByRole('listitem')).toHaveText(['Modic', 'Tarlov']);
    await expect(page.getByText('so we will not guess. Ask your care team')).toBeVisible();
    // "No evidence of pathological fracture": a word explained may be one that was not seen.
    await expect(
      page
        .getByRole('region', { name: 'What these words mean' })
        .getByText('a word below may be something that was not found'),
    ).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'We explain' })).toContainText(
      'words we do not explain yet',
    );

    // The fixed message: words, not results; the care team and the helpline.
    const notResults = page.getByRole('region', { name: 'This explains words, not your results' });
    const [helpline] = getSiteConfig().helplines;
    await expect(notResults).toContainText('Only your care team can');
    await expect(notResults.getByRole('link', { name: helpline?.number })).toBeVisible();

    // Nothing left the browser and nothing was kept.
    expect(requests.map(carriesPastedText).filter(Boolean)).toEqual([]);
    expect(new URL(page.url()).search).toBe('');
    expect(page.url()).toBe(urlBefore);
    expect(
      await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]),
    ).toEqual([0, 0, '']);
  });

  test('places a bone density number in its band, and links words to the explainer that covers them', async ({
    page,
  }) => {
    await openExplain(page);
    await textBox(page).fill(
      'DXA: L1-L4 T-score -2.6, Z-score -1.1. Appearances of metastatic disease.',
    );
    const tScore = explanations(page).filter({
      has: page.getByRole('heading', { name: 'T-score −2.6' }),
    });
    await expect(tScore).toContainText('in the osteoporosis range');
    await expect(tScore).toContainText('Your team will tell you what this means for you.');
    await expect(
      tScore.getByRole('link', {
        name: /^More about Your bone density results/,
      }),
    ).toHaveAttribute('href', '/topics/bone-density-results');
    const zScore = explanations(page).filter({
      has: page.getByRole('heading', { name: 'Z-score −1.1' }),
    });
    await expect(zScore).toContainText('within the expected range for your age');
    const metastasis = explanations(page).filter({
      has: page.getByRole('heading', { name: 'Metastasis', exact: true }),
    });
    await expect(metastasis.getByRole('link', { name: /^Read: / })).toHaveAttribute(
      'href',
      /^\/topics\//,
    );
  });
});

test.describe('What does my letter mean? accessible and responsive', () => {
  test('is accessible with results on screen', async ({ page }) => {
    await openExplain(page);
    await page.getByRole('button', { name: 'Try an example' }).click();
    await expect(explanations(page).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('stays responsive with 20,000 characters pasted', async ({ page }) => {
    await openExplain(page);
    const long = REPORT.repeat(Math.ceil(20_000 / REPORT.length)).slice(0, 20_000);
    await textBox(page).fill(long);
    await expect(page.getByRole('heading', { name: 'Lytic', exact: true })).toBeVisible();
    // The page still answers: more typing is explained straight after.
    await textBox(page).press('End');
    await textBox(page).pressSequentially(' Zometa');
    await expect(page.getByRole('heading', { name: 'Zoledronic acid', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect(textBox(page)).toHaveValue('');
    await expect(page.getByRole('region', { name: 'What these words mean' })).toHaveCount(0);
  });
});

test.describe('What does my letter mean? offline, without scripts, and before they arrive', () => {
  test('works offline after one visit', async ({ page, context }) => {
    await openExplain(page);
    await textBox(page).fill('lytic');
    await expect(page.getByRole('heading', { name: 'Lytic', exact: true })).toBeVisible();
    // The page asks the service worker to keep it and the files it loaded (lib/offline.ts).
    await expect
      .poll(() =>
        page.evaluate(async () =>
          Boolean(
            (await caches.match('/explain')) && (await caches.match('/explain-lexicon.json')),
          ),
        ),
      )
      .toBe(true);
    await page.waitForLoadState('networkidle');

    await context.setOffline(true);
    await page.reload();
    await expect(textBox(page)).toBeEnabled();
    await textBox(page).fill('A sclerotic area at L2.');
    await expect(page.getByRole('heading', { name: 'Sclerotic', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'L2', exact: true })).toBeVisible();
    await context.setOffline(false);
  });

  test('without JavaScript, the page says the tool needs it, before the box, and offers no buttons', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/explain');
    // Playwright's getByText skips <noscript>: the paragraph inside it is found by tag.
    const message = page.locator('p', { hasText: 'This tool needs JavaScript' });
    await expect(message).toBeVisible();
    await expect(message.getByRole('link', { name: 'glossary A to Z' })).toHaveAttribute(
      'href',
      '/glossary',
    );
    // Read before the box, which keeps its label.
    const box = textBox(page);
    await expect(box).toBeVisible();
    expect((await message.boundingBox())?.y).toBeLessThan((await box.boundingBox())?.y ?? 0);
    for (const name of ['Try an example', 'Clear']) {
      await expect(page.getByRole('button', { name })).toBeHidden();
    }
    await context.close();
  });

  test('on a slow link the box takes typing at once, keeps it, and says what is happening until the explanation comes', async ({
    page,
  }) => {
    // Hold back the page's scripts and then its word list, as a slow connection would.
    const releaseScripts = await holdScripts(page);
    const wordList = await holdRequests(page, '**/explain-lexicon.json');

    await page.goto('/explain', { waitUntil: 'domcontentloaded' });
    const box = textBox(page);
    const status = page.getByRole('status').filter({ hasText: 'Getting the word list ready' });
    // Before any script: the box is usable and the reader is told their explanation is coming.
    await expect(box).toBeEnabled();
    await expect(box).toBeEditable();
    await expect(status).toHaveText(
      'Getting the word list ready… your explanation will appear here.',
    );
    const typed = 'A lytic lesion at L3.';
    await box.click();
    await box.pressSequentially(typed);
    await expect(box).toHaveValue(typed);

    // The scripts arrive while the word list is still on its way: the words stay, so does the status.
    releaseScripts();
    await expectAlive(page.getByRole('button', { name: 'Try an example' }));
    await expect.poll(wordList.asked).toBe(true);
    await expect(box).toHaveValue(typed);
    await expect(status).toBeVisible();
    await expect(explanations(page)).toHaveCount(0);

    // Then the word list: what was typed, from the first key, is explained.
    wordList.release();
    await expect(page.getByRole('heading', { name: 'Lytic', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'L3', exact: true })).toBeVisible();
    await expect(box).toHaveValue(typed);
    await expect(status).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'We explain' })).toBeVisible();
  });

  test('words pasted before the scripts arrive are explained when they do', async ({ page }) => {
    const release = await holdScripts(page);
    await page.goto('/explain', { waitUntil: 'domcontentloaded' });
    await textBox(page).fill('Sclerotic change at T12.');
    release();
    await expect(page.getByRole('heading', { name: 'Sclerotic', exact: true })).toBeVisible();
    await expect(textBox(page)).toHaveValue('Sclerotic change at T12.');
  });
});

test.describe('Listen', () => {
  const topic = getAllTopics().find((candidate) => candidate.slug === 'bone-scan');

  test('reads an article aloud section by section, with pause, resume and stop', async ({
    page,
  }) => {
    if (!topic) throw new Error('no bone-scan topic');
    await page.addInitScript(`(${String(installFakeSpeech)})(window);`);
    const audio: string[] = [];
    page.on('request', (request) => {
      if (['media', 'fetch', 'xhr'].includes(request.resourceType())) audio.push(request.url());
    });
    await page.goto(topic.url);
    const listen = page.getByRole('button', { name: 'Listen to this page' });
    await expectAlive(listen);
    await listen.click();
    const status = page.getByRole('group', { name: 'Listen to this page' }).getByRole('paragraph');
    await expect(status).toHaveText(`Reading: ${topic.title}`);

    const spoken = () =>
      page.evaluate(() => (window as unknown as { __speech: SpeechLog }).__speech.spoken);
    expect((await spoken())[0]).toEqual({
      text: `${topic.title}. ${topic.summary}`,
      lang: 'en-GB',
      voice: 'UK English',
    });
    await page.evaluate(() =>
      (window as unknown as { __speech: SpeechLog }).__speech.finishCurrent(),
    );
    await expect(status).toHaveText('Reading: In short');
    await expect(page.locator('.listen-current')).toHaveCount(1);

    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(status).toHaveText('Paused: In short');
    await page.getByRole('button', { name: 'Resume' }).click();
    await expect(status).toHaveText('Reading: In short');
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect(page.getByRole('button', { name: 'Listen to this page' })).toBeVisible();
    await expect(page.locator('.listen-current')).toHaveCount(0);
    // The browser's own voice: no sound files, nothing fetched to speak.
    expect(audio.filter((url) => !url.endsWith('.json'))).toEqual([]);
  });

  test('is not shown where the browser has no speech synthesis', async ({ page }) => {
    if (!topic) throw new Error('no bone-scan topic');
    await page.addInitScript(() => {
      Reflect.deleteProperty(window, 'speechSynthesis');
      Reflect.deleteProperty(window, 'SpeechSynthesisUtterance');
      Reflect.deleteProperty(Object.getPrototypeOf(window), 'speechSynthesis');
      Reflect.deleteProperty(Window.prototype, 'speechSynthesis');
    });
    await page.goto(topic.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic.title);
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('button', { name: /Listen/ })).toHaveCount(0);
  });
});
