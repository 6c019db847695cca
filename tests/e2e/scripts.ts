import { test, type Page } from '@playwright/test';

/** Next's framework and page scripts: the files a slow connection delivers last. */
export const SCRIPT_FILES = /\/_next\/static\/chunks\/.+\.js$/;

export interface Held {
  /** Lets every held request (and every later one) through. */
  release: () => void;
  /** Whether the page has asked for a matching file yet. */
  asked: () => boolean;
}

/**
 * Holds back every request for `files` until `release()`, as a weak signal would, so a test can
 * look at the page in the moment before they arrive.
 */
export async function holdRequests(page: Page, files: string | RegExp): Promise<Held> {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let asked = false;
  await page.route(files, async (route) => {
    asked = true;
    await released;
    await route.continue();
  });
  return { release, asked: () => asked };
}

/** Holds back the page's scripts (see holdRequests). */
export async function holdScripts(page: Page): Promise<() => void> {
  return (await holdRequests(page, SCRIPT_FILES)).release;
}

/** Tests whose pages load with JavaScript switched off, as some readers' browsers do. */
export function describeWithoutJavaScript(body: () => void, title = 'without JavaScript') {
  test.describe(title, () => {
    test.use({ javaScriptEnabled: false });
    body();
  });
}
