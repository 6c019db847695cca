/**
 * npm run bench:slow — how long a reader on a weak phone signal waits, with the built site served
 * compressed (brotli/gzip copies from scripts/precompress.ts) and uncompressed (SERVE_COMPRESSION=off).
 * Builds nothing: run `npm run build` first.
 *
 * The profile: 400 kbps down and up (50,000 bytes/s), 400 ms round trips, a CPU 4× slower, a
 * 360×640 phone screen, and a fresh browser context for every run (empty cache, no service worker).
 * For each measurement the clock starts when the page is asked for:
 *
 *   first text        the first contentful paint of the home page
 *   search results    "zometa" typed into the header search as soon as the box shows; stops when a
 *                     suggestion appears
 *   /explain          "lytic lesion" put in the text box as soon as it takes text; stops when an
 *                     explanation of it shows
 *   reading list      a two-topic list link; stops when both titles show
 *
 * Each is run 3 times (BENCH_RUNS) and the median printed, with the bytes that crossed the wire for
 * that page and action (measured once more without throttling, until the network is quiet).
 * A run that takes longer than BENCH_TIMEOUT_S seconds (60) is reported as not finished.
 * Ports: BENCH_PORT (4310) for the compressed server and the next one for the uncompressed one.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { chromium, type Browser, type Locator, type Page } from '@playwright/test';
import { readingListUrl } from '@/lib/reading-list';
import { chromiumPath } from './chromium-path';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TIMEOUT_S = Number(process.env.BENCH_TIMEOUT_S ?? 60);
const FIRST_PORT = Number(process.env.BENCH_PORT ?? 4310);
const NETWORK = { latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 };
const CPU_SLOWDOWN = 4;

const READING_LIST_SLUGS = ['bone-scan', 'bone-density-scan'];
const READING_LIST_TITLES = READING_LIST_SLUGS.map((slug) => {
  const file = path.join('content', 'topics', `${slug}.md`);
  const title: unknown = matter(readFileSync(file, 'utf8')).data.title;
  if (typeof title !== 'string') throw new Error(`${file}: no title in the front matter`);
  return title;
});

interface Measurement {
  name: string;
  /** Opens the page and resolves with the milliseconds since it was asked for. */
  run: (page: Page, baseURL: string) => Promise<number>;
}

const MEASUREMENTS: Measurement[] = [
  {
    name: 'first text (home page)',
    run: async (page, baseURL) => {
      await page.goto(`${baseURL}/`, { waitUntil: 'commit' });
      // The browser's own clock: first contentful paint after the navigation started.
      const handle = await page.waitForFunction(
        () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        undefined,
        { timeout: TIMEOUT_S * 1000, polling: 50 },
      );
      return Number(await handle.jsonValue());
    },
  },
  {
    name: 'header search shows results',
    run: (page, baseURL) =>
      timeUntilVisible(page, `${baseURL}/`, async () => {
        // By its label: the box's role may change (searchbox or combobox).
        const box = page.getByRole('banner').getByLabel('Search this site');
        await box.fill('zometa', { timeout: TIMEOUT_S * 1000 });
        return [page.getByRole('option')];
      }),
  },
  {
    name: '/explain explains pasted text',
    run: (page, baseURL) =>
      timeUntilVisible(page, `${baseURL}/explain`, async () => {
        // fill waits until the box takes text, as a reader would have to.
        await page
          .getByRole('textbox')
          .first()
          .fill('lytic lesion', { timeout: TIMEOUT_S * 1000 });
        return [page.getByRole('heading', { level: 3, name: /lytic/i })];
      }),
  },
  {
    name: 'reading-list link shows its titles',
    run: (page, baseURL) =>
      timeUntilVisible(page, `${baseURL}${readingListUrl('', READING_LIST_SLUGS)}`, async () =>
        READING_LIST_TITLES.map((title) => page.getByRole('link', { name: title, exact: true })),
      ),
  },
];

function remaining(started: number): number {
  return Math.max(1, TIMEOUT_S * 1000 - (Date.now() - started));
}

/**
 * Milliseconds from asking for `url` until the reader has done `act` and sees the first of each
 * locator it returns, in turn, within the overall timeout.
 */
async function timeUntilVisible(
  page: Page,
  url: string,
  act: () => Promise<Locator[]>,
): Promise<number> {
  const started = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  for (const locator of await act())
    await locator.first().waitFor({ state: 'visible', timeout: remaining(started) });
  return Date.now() - started;
}

interface RunResult {
  ms?: number;
  bytes: number;
}

/**
 * One run in a fresh context. Throttled, it gives the time; unthrottled, followed by waiting until
 * the network is quiet, it gives every byte the page and the measured action fetched.
 */
async function measureOnce(
  browser: Browser,
  baseURL: string,
  measurement: Measurement,
  throttled: boolean,
): Promise<RunResult> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 640 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    serviceWorkers: 'block',
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (throttled) {
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...NETWORK });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    }
    let bytes = 0;
    // Bytes as they came over the wire (compressed when the server compressed), headers included.
    cdp.on('Network.loadingFinished', (event) => {
      bytes += event.encodedDataLength;
    });
    try {
      const ms = await measurement.run(page, baseURL);
      if (!throttled) await page.waitForLoadState('networkidle', { timeout: TIMEOUT_S * 1000 });
      return { ms, bytes };
    } catch (error) {
      if (error instanceof Error && error.name === 'TimeoutError') return { bytes };
      throw error;
    }
  } finally {
    await context.close();
  }
}

function median(values: number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? sorted[middle]
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function startServer(port: number, compressed: boolean): ChildProcess {
  // node --import tsx: one process, so stopping it by its id stops the server.
  return spawn(process.execPath, ['--import', 'tsx', path.join('scripts', 'serve.ts')], {
    env: { ...process.env, PORT: String(port), SERVE_COMPRESSION: compressed ? 'on' : 'off' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function waitUntilServing(baseURL: string, server: ChildProcess) {
  for (let attempt = 0; attempt < 150; attempt++) {
    if (server.exitCode !== null) throw new Error(`the server for ${baseURL} stopped: see above`);
    try {
      const response = await fetch(`${baseURL}/`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${baseURL} did not start serving in 30 s`);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kb = (bytes: number) => `${Math.round(bytes / 1000)} KB`;

async function main() {
  const variants = [
    { label: 'compressed', port: FIRST_PORT, compressed: true },
    { label: 'uncompressed', port: FIRST_PORT + 1, compressed: false },
  ];
  const servers = variants.map((variant) => startServer(variant.port, variant.compressed));
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic'],
  });
  try {
    for (const variant of variants) {
      const server = servers[variants.indexOf(variant)];
      if (server) await waitUntilServing(`http://localhost:${variant.port}`, server);
    }
    const rows: string[] = [];
    for (const measurement of MEASUREMENTS) {
      const cells: string[] = [];
      const byteCells: string[] = [];
      for (const variant of variants) {
        const baseURL = `http://localhost:${variant.port}`;
        const { bytes } = await measureOnce(browser, baseURL, measurement, false);
        const results: RunResult[] = [];
        for (let run = 0; run < RUNS; run++) {
          const result = await measureOnce(browser, baseURL, measurement, true);
          console.error(
            `  ${measurement.name}, ${variant.label}, run ${run + 1}: ${result.ms === undefined ? `did not finish in ${TIMEOUT_S} s` : seconds(result.ms)}`,
          );
          results.push(result);
        }
        const finished = results.flatMap((result) => (result.ms === undefined ? [] : [result.ms]));
        const middle = finished.length === results.length ? median(finished) : undefined;
        cells.push(
          middle === undefined
            ? `did not finish in ${TIMEOUT_S} s (${finished.length} of ${results.length} did)`
            : seconds(middle),
        );
        byteCells.push(kb(bytes));
      }
      rows.push(`| ${measurement.name} | ${cells.join(' | ')} | ${byteCells.join(' | ')} |`);
    }
    console.log(
      `\nSlow link: ${NETWORK.downloadThroughput * 8} bit/s each way, ${NETWORK.latency} ms latency, CPU ${CPU_SLOWDOWN}× slower, 360×640, fresh context, no service worker; median of ${RUNS} runs\n`,
    );
    console.log('| until | compressed | uncompressed | bytes, compressed | bytes, uncompressed |');
    console.log('| --- | ---: | ---: | ---: | ---: |');
    for (const row of rows) console.log(row);
  } finally {
    await browser.close();
    for (const server of servers) server.kill();
  }
}

await main();
