import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { getSiteConfig, getTopicBySlug } from '@/lib/site';
import { expectAlive } from './alive';
import { expectNoAxeViolations } from './axe';
import { describeWithoutJavaScript, holdScripts } from './scripts';

const { baseUrl, helplines } = getSiteConfig();

function topic(slug: string) {
  const found = getTopicBySlug(slug);
  if (!found) throw new Error(`no topic "${slug}" in the content`);
  return found;
}

// Picked out of page order, and across pathways, so the order of the list is the order of ticking.
const picks = [topic('hot-and-cold-spots'), topic('managing-bone-pain'), topic('bone-scan')];
const pickedSlugs = picks.map((picked) => picked.slug);
const listLink = `${baseUrl}/reading-list?t=${pickedSlugs.join(',')}`;

const QR_ALT = 'QR code for this reading list';

/** The picker, once its scripts are live (ticks made before that are kept, but in page order). */
async function openPicker(page: Page) {
  await page.goto('/reading-list');
  await expectAlive(page.getByRole('button', { name: 'Make the link' }));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A row of the chosen order: its number, then its title (then its buttons). */
const row = (position: number, title: string) => new RegExp(`^${position}\\. ${escape(title)}`);

/** Draws the QR code's SVG onto a canvas in the page and decodes the pixels with jsQR in Node. */
async function decodeQrCode(page: Page): Promise<string | undefined> {
  const image = page.getByRole('img', { name: QR_ALT });
  await expect(image).toBeVisible();
  const size = 400;
  const pixels = await image.evaluate(async (element, side) => {
    if (!(element instanceof HTMLImageElement)) throw new Error('the QR code is not an <img>');
    const prefix = 'data:image/svg+xml;utf8,';
    if (!element.src.startsWith(prefix)) throw new Error('the QR code is not an SVG data URL');
    // The SVG has a viewBox but no size: give it one, so it is drawn square and sharp.
    const svg = new DOMParser().parseFromString(
      decodeURIComponent(element.src.slice(prefix.length)),
      'image/svg+xml',
    ).documentElement;
    svg.setAttribute('width', String(side));
    svg.setAttribute('height', String(side));
    const sized = new Image();
    sized.src = prefix + encodeURIComponent(new XMLSerializer().serializeToString(svg));
    await sized.decode();
    const canvas = document.createElement('canvas');
    canvas.width = side;
    canvas.height = side;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, side, side);
    context.drawImage(sized, 0, 0, side, side);
    return Array.from(context.getImageData(0, 0, side, side).data);
  }, size);
  return jsQR(Uint8ClampedArray.from(pixels), size, size)?.data;
}

test.describe('making a reading list', () => {
  test('tick three topics, make the link, and the list, its link and its QR code agree', async ({
    page,
  }) => {
    await openPicker(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Make a reading list');
    for (const picked of picks) {
      await page.getByRole('checkbox', { name: picked.title, exact: true }).click();
    }
    const chosen = page.getByRole('list', { name: 'Your list, in order' });
    await expect(chosen.getByRole('listitem')).toHaveText(
      picks.map((picked, index) => row(index + 1, picked.title)),
    );

    await page.getByRole('button', { name: 'Make the link' }).click();
    await expect(page).toHaveURL(
      (url) => url.pathname === '/reading-list' && url.search === `?t=${pickedSlugs.join(',')}`,
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your reading list');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

    const list = page.getByRole('list', { name: 'Topics in this list' });
    await expect(list.getByRole('link')).toHaveText(picks.map((picked) => picked.title));
    for (const [index, picked] of picks.entries()) {
      const item = list.getByRole('listitem').nth(index);
      await expect(item.getByRole('link')).toHaveAttribute('href', picked.url);
      await expect(item).toContainText(picked.summary);
      await expect(item).toContainText(`${baseUrl}${picked.url}`);
    }

    await expect(page.locator('#reading-list-link')).toHaveText(listLink);
    expect(await decodeQrCode(page)).toBe(listLink);

    // Back returns to the picker with the choices kept.
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Make a reading list');
    await expect(page.getByRole('checkbox', { name: picks[0]?.title, exact: true })).toBeChecked();
  });

  test('the order can be changed and items removed by keyboard, and focus stays put', async ({
    page,
  }) => {
    const [first, second, third] = picks;
    if (!first || !second || !third) throw new Error('three picks needed');
    await openPicker(page);
    for (const picked of picks) {
      await page.getByRole('checkbox', { name: picked.title, exact: true }).check();
    }
    const chosen = page.getByRole('list', { name: 'Your list, in order' });

    const moveUp = page.getByRole('button', { name: `Move up: ${third.title}` });
    await moveUp.focus();
    await page.keyboard.press('Enter');
    await expect(chosen.getByRole('listitem')).toHaveText([
      row(1, first.title),
      row(2, third.title),
      row(3, second.title),
    ]);
    await expect(moveUp).toBeFocused();
    await page.keyboard.press('Space');
    await expect(chosen.getByRole('listitem').first()).toHaveText(row(1, third.title));
    await expect(moveUp).toBeFocused();
    await expect(moveUp).toHaveAttribute('aria-disabled', 'true');

    const moveDown = page.getByRole('button', { name: `Move down: ${first.title}` });
    await moveDown.focus();
    await page.keyboard.press('Enter');
    await expect(moveDown).toBeFocused();

    await page.getByRole('button', { name: `Remove: ${second.title}` }).focus();
    await page.keyboard.press('Enter');
    await expect(chosen.getByRole('listitem')).toHaveCount(2);
    await expect(page.getByRole('checkbox', { name: second.title, exact: true })).not.toBeChecked();
    await expect(page.locator(':focus')).toHaveText(/^Remove/);

    await page.getByRole('button', { name: 'Make the link' }).click();
    await expect(page).toHaveURL((url) => url.search === `?t=${third.slug},${first.slug}`);
  });

  test('the note has a live character count and goes in the link, encoded', async ({ page }) => {
    await openPicker(page);
    await page.getByRole('checkbox', { name: picks[0]?.title, exact: true }).check();
    const note = page.getByRole('textbox', { name: 'A short note for the reader (optional)' });
    await note.fill('Read before Tuesday & call us?');
    await expect(page.locator('#reading-list-note-count')).toHaveText(
      'You have 250 characters left',
    );
    await expect(note).toHaveAttribute('maxlength', '280');
    await page.getByRole('button', { name: 'Make the link' }).click();
    await expect(page).toHaveURL(
      (url) =>
        url.search === `?t=${picks[0]?.slug}&note=Read%20before%20Tuesday%20%26%20call%20us%3F`,
    );
    await expect(page.getByRole('region', { name: 'A note from your care team' })).toContainText(
      'Read before Tuesday & call us?',
    );
  });

  test('making the link with nothing ticked says what to do', async ({ page }) => {
    await openPicker(page);
    await page.getByRole('button', { name: 'Make the link' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Choose at least one' })).toHaveText(
      'Choose at least one topic for the list.',
    );
    await expect(page).toHaveURL((url) => url.search === '');
  });

  test('the picker and the list pass an accessibility check', async ({ page }) => {
    for (const path of ['/reading-list', `/reading-list?t=${pickedSlugs.join(',')}&note=Hello`]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Reading list');
      await expectNoAxeViolations(page);
    }
  });
});

test.describe('opening a reading list link', () => {
  test('accepts repeated t parameters, any case, and shows each topic once, in order', async ({
    page,
  }) => {
    const [first, second] = picks;
    await page.goto(
      `/reading-list?t=${first?.slug.toUpperCase()}&t=${second?.slug},${first?.slug}`,
    );
    const list = page.getByRole('list', { name: 'Topics in this list' });
    await expect(list.getByRole('link')).toHaveText([first?.title ?? '', second?.title ?? '']);
    await expect(page.locator('#reading-list-link')).toHaveText(
      `${baseUrl}/reading-list?t=${first?.slug},${second?.slug}`,
    );
  });

  test('skips an unknown topic with a gentle message, never an error page', async ({ page }) => {
    const response = await page.goto('/reading-list?t=bone-scan,hotspot');
    expect(response?.status()).toBe(200);
    await expect(
      page.getByText(
        'We could not find 1 of the topics in this link: “hotspot”. The others are below.',
      ),
    ).toBeVisible();
    const list = page.getByRole('list', { name: 'Topics in this list' });
    await expect(list.getByRole('link')).toHaveText([topic('bone-scan').title]);
    await expect(page.locator('#reading-list-link')).toHaveText(
      `${baseUrl}/reading-list?t=bone-scan`,
    );
  });

  test('a link with no topic it knows offers a new list', async ({ page }) => {
    await page.goto('/reading-list?t=hotspot');
    await expect(
      page.getByText('We could not find the topic in this link: “hotspot”.'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Choose topics' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Make a reading list');
  });

  test('shows a note with markup in it as plain text', async ({ page }) => {
    const note = '<script>window.pwned = true</script><b>See you Tuesday</b>';
    await page.goto(`/reading-list?t=bone-scan&note=${encodeURIComponent(note)}`);
    const region = page.getByRole('region', { name: 'A note from your care team' });
    await expect(region.locator('p')).toHaveText(note);
    await expect(region.locator('script, b')).toHaveCount(0);
    expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
  });

  test('"Copy link" copies the full link and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/reading-list?t=${pickedSlugs.join(',')}`);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(listLink);
  });

  test('when the clipboard refuses, the link is selected and the reader told how to copy it', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('not allowed')) },
      });
    });
    await page.goto(`/reading-list?t=${pickedSlugs.join(',')}`);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Press Ctrl+C or long-press to copy' }),
    ).toBeVisible();
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(listLink);
  });

  test('"Print this list" prints, and on paper the buttons go while URLs and the signpost stay', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
    });
    await page.goto(`/reading-list?t=${pickedSlugs.join(',')}&note=Bring%20this%20sheet`);
    await page.getByRole('button', { name: 'Print this list' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes');
    await expect(page.getByRole('img', { name: QR_ALT })).toBeVisible();

    await page.emulateMedia({ media: 'print' });
    for (const name of ['Copy link', 'Print this list', 'Change this list']) {
      await expect(page.getByRole('button', { name })).toBeHidden();
    }
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your reading list');
    for (const picked of picks) {
      await expect(page.getByText(`${baseUrl}${picked.url}`, { exact: true })).toBeVisible();
    }
    await expect(page.getByText('Bring this sheet')).toBeVisible();
    await expect(page.locator('#reading-list-link')).toBeVisible();
    await expect(page.getByRole('img', { name: QR_ALT })).toBeVisible();
    await expect(page.getByText("Your nurse's name:")).toBeVisible();
    await expect(page.getByText('Their phone number:')).toBeVisible();
    const signpost = page.getByRole('region', { name: /Talk to someone/ });
    await expect(signpost).toBeVisible();
    for (const helpline of helplines) await expect(signpost).toContainText(helpline.number);

    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByText("Your nurse's name:")).toBeHidden();
  });
});

test.describe('on a slow connection', () => {
  test('a list link says what is happening while it opens, never the picker, then shows the list', async ({
    page,
  }) => {
    // Hold the page's scripts back, as a slow connection would.
    const release = await holdScripts(page);
    await page.goto(`/reading-list?t=${pickedSlugs.join(',')}`, { waitUntil: 'domcontentloaded' });
    const opening = page.getByRole('status').filter({ hasText: 'Opening your reading list' });
    await expect(opening).toHaveText(
      'Opening your reading list… This can take a moment on a slow connection.',
    );
    await expect(page.getByRole('heading', { name: 'Make a reading list' })).toBeHidden();
    // The message for browsers without JavaScript is not shown to one that is still loading it.
    await expect(page.getByText('Reading lists need JavaScript')).toBeHidden();
    release();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your reading list');
    await expect(opening).toBeHidden();
  });
});

describeWithoutJavaScript(() => {
  test('the picker form submits, and the page lists every topic instead', async ({ page }) => {
    const [first, second] = picks;
    if (!first || !second) throw new Error('two picks needed');
    await page.goto('/reading-list');
    await page.getByRole('checkbox', { name: first.title, exact: true }).check();
    await page.getByRole('checkbox', { name: second.title, exact: true }).check();
    await page.getByRole('textbox', { name: 'A short note for the reader (optional)' }).fill('Hi');
    await page.getByRole('button', { name: 'Make the link' }).click();
    await expect(page).toHaveURL((url) => {
      const params = url.searchParams;
      return (
        url.pathname === '/reading-list' &&
        params.getAll('t').length === 2 &&
        params.getAll('t').includes(first.slug) &&
        params.getAll('t').includes(second.slug) &&
        params.get('note') === 'Hi'
      );
    });
    await expect(page.getByText(/browser may have JavaScript switched off/i)).toBeVisible();
    const allTopics = page.getByRole('region', { name: 'All topics', exact: true });
    for (const picked of picks) {
      await expect(
        allTopics.getByRole('link', { name: picked.title, exact: true }),
      ).toHaveAttribute('href', picked.url);
    }
  });
});
