/*
 * Offline reading: every page a reader opens is kept, with its scripts, styles and data, so it opens
 * again with no signal. A page never opened shows the offline page with the helpline numbers. Nothing
 * about the reader is stored: only the site's own public files, pages by path (never a query).
 *
 * Speed first: a navigation gets the network's response the moment it arrives; keeping the page and
 * its files happens afterwards (event.waitUntil) and never holds the page back. If the network says
 * nothing for NETWORK_TIMEOUT_MS, a copy kept earlier is shown (the network's answer still updates
 * the copy). Each file is downloaded once: the page's own requests are what the worker keeps.
 *
 * Caches are named after the build (VERSION, stamped into out/sw.js by scripts/postbuild.ts)
 * and every older bhe-* cache is deleted when a new build's worker takes over; before that, while the
 * old worker still serves, the new one fetches fresh copies of the pages the reader had kept.
 *
 * Why hand-written, not Serwist or Workbox (issue 14): @serwist/next's classic plugin hooks webpack,
 * which `next build` with Turbopack does not run, and @serwist/turbopack serves the worker from a
 * route handler; Serwist's configurator mode or workbox-build's injectManifest could run over out/
 * after the build without network, but both still need a bundling step (esbuild/rollup) for the
 * worker, and their model is precaching a file list at install, which would make a reader on a slow,
 * metered phone download the whole site. What this site needs (keep the pages a reader opened, with
 * the assets their HTML names including scripts loaded after paint; key /search and /reading-list by
 * path only; keep a page's data from the page's own download) would be custom plugins on top of
 * NetworkFirst/CacheFirst anyway. ~250 readable lines, each behaviour covered by
 * tests/e2e/service-worker.spec.ts, cost less than four build dependencies.
 */
const VERSION = '__SERVICE_WORKER_BUILD_VERSION__';
const PAGES = `bhe-pages-${VERSION}`;
const ASSETS = `bhe-assets-${VERSION}`;
const OFFLINE_URL = '/offline';

/**
 * How long a navigation waits for the network before showing the kept copy. On the slow profile the
 * site is tested with (400 ms round trips), the first byte of a page on a new connection needs about
 * four round trips (DNS, TCP, TLS, request), 1.6–2 s; 4 s leaves that twice over, so a slow but
 * working link still gets the fresh page, while a reader on a dead signal that the phone thinks is
 * alive sees the page they read before within 4 s instead of a blank screen for a minute.
 */
const NETWORK_TIMEOUT_MS = 4000;

/**
 * When a page names data it needs offline (data-keep-offline), the page downloads it itself as it
 * opens. Keeping the page waits this long for that download (and keeps it) before fetching the file
 * itself, so the file is downloaded once per visit, not twice.
 */
const PAGE_DATA_WAIT_MS = 20000;

/** How many pages are fetched at once when a new build's worker refreshes the kept pages. */
const REFRESH_CONCURRENCY = 4;

/** Sent by components/layout/OfflineSupport.tsx from a page that loaded before the worker saw it. */
const KEEP_THIS_PAGE = 'keep-this-page';

/** Data a page needs to work offline, named in its HTML: data-keep-offline="/explain-lexicon.json". */
function dataUrlsIn(html) {
  return [...html.matchAll(/data-keep-offline="(\/[^"\/][^"]*)"/g)].map((match) => match[1]);
}

/** Every script, style and font a page uses, including those its loader starts after first paint. */
function assetUrlsIn(html) {
  return [...new Set([...html.matchAll(/"(\/_next\/static\/[^"\\]+)"/g)].map((match) => match[1]))];
}

/** The address a page is kept under: /search and /reading-list are one static page whatever the query. */
function pageKey(url) {
  const parsed = new URL(url, self.location.origin);
  return parsed.pathname.replace(/\.html$/, '').replace(/\/$/, '') || '/';
}

/* ---- Downloads: one at a time per file, shared by the page's requests and the worker's keeping ---- */

/** Files being downloaded now, by URL, until they are stored. */
const downloading = new Map();

/** Called with the URL once a file is stored; keepData waits on it for the page's own download. */
const storedListeners = new Set();

/**
 * Downloads a file and stores it in the assets cache. If the same file is already on its way (the
 * worker keeping a page and the page asking for it at once), both get the one download. `stored`
 * settles once the file is in the cache (or failed); callers keep the worker alive until then.
 */
function downloadAndKeep(url, init) {
  const existing = downloading.get(url);
  if (existing)
    return { response: existing.response.then((r) => r.clone()), stored: existing.stored };
  const response = fetch(url, init);
  const stored = response
    .then(async (fresh) => {
      if (!fresh.ok) return;
      const assets = await caches.open(ASSETS);
      await assets.put(url, fresh.clone());
      for (const listener of storedListeners) listener(url);
    })
    .catch(() => undefined)
    .finally(() => downloading.delete(url));
  downloading.set(url, { response, stored });
  return { response: response.then((r) => r.clone()), stored };
}

/** Resolves true when `url` is stored by someone else's download within `ms`, false otherwise. */
function storedWithin(url, ms) {
  return new Promise((resolve) => {
    const listener = (storedUrl) => {
      if (storedUrl === url) finish(true);
    };
    const timer = setTimeout(() => finish(false), ms);
    function finish(stored) {
      clearTimeout(timer);
      storedListeners.delete(listener);
      resolve(stored);
    }
    storedListeners.add(listener);
  });
}

/* ---- Keeping pages ---- */

/**
 * Keeps a page and every file its HTML names. `pageFetchesData`: the page is open under this worker
 * and downloads its own data, which handleData keeps; only if it has not within PAGE_DATA_WAIT_MS
 * does the worker fetch it. `httpCache`: the page was just read, so its files may come from the
 * browser's HTTP cache instead of the network.
 */
async function keepPage(key, response, { pageFetchesData, httpCache }) {
  const html = await response.text();
  // A fresh Response carries no URL: the reader's query (a search, a reading list) is not stored.
  // The body is decoded text now, so the network's encoding and length no longer describe it.
  const headers = new Headers(response.headers);
  headers.delete('content-encoding');
  headers.delete('content-length');
  const page = new Response(html, { status: response.status, headers });
  await (await caches.open(PAGES)).put(key, page);
  const assets = await caches.open(ASSETS);
  const init = httpCache ? { cache: 'force-cache' } : undefined;
  await Promise.all([
    ...dataUrlsIn(html).map(async (url) => {
      if (await assets.match(url)) return;
      if (downloading.has(url)) return downloading.get(url).stored;
      if (pageFetchesData && (await storedWithin(url, PAGE_DATA_WAIT_MS))) return;
      if (!(await assets.match(url))) return downloadAndKeep(url, init).stored;
    }),
    ...assetUrlsIn(html).map(async (url) => {
      if (!(await assets.match(url))) return downloadAndKeep(url, init).stored;
    }),
  ]);
}

/**
 * Fetches a page and keeps it. If that fails while a new build's worker is installing, the copy the
 * old worker kept is carried over with its files, so nothing the reader could read offline is lost.
 */
async function fetchAndKeepPage(key, { httpCache }) {
  try {
    const response = await fetch(key, httpCache ? { cache: 'force-cache' } : undefined);
    if (response.ok) return await keepPage(key, response, { pageFetchesData: false, httpCache });
  } catch {
    // Offline or the host failed: try the old copy below.
  }
  await carryOverOldCopy(key);
}

async function carryOverOldCopy(key) {
  const old = await caches.match(key);
  if (!old) return;
  const html = await old.clone().text();
  await (await caches.open(PAGES)).put(key, old);
  const assets = await caches.open(ASSETS);
  await Promise.all(
    [...dataUrlsIn(html), ...assetUrlsIn(html)].map(async (url) => {
      if (await assets.match(url)) return;
      const file = await caches.match(url);
      if (file) await assets.put(url, file);
    }),
  );
}

/** Pages kept by an older build's worker, by path. */
async function pagesKeptByOlderBuilds() {
  const names = (await caches.keys()).filter(
    (name) => name.startsWith('bhe-pages-') && name !== PAGES,
  );
  const keys = new Set();
  for (const name of names) {
    for (const request of await (await caches.open(name)).keys()) keys.add(pageKey(request.url));
  }
  return [...keys];
}

/* ---- Lifecycle ---- */

self.addEventListener('install', (event) => {
  // Runs while the old worker (if any) still serves pages, so this takes nothing from them.
  event.waitUntil(
    (async () => {
      const keys = [
        OFFLINE_URL,
        ...(await pagesKeptByOlderBuilds()).filter((key) => key !== OFFLINE_URL),
      ];
      for (let start = 0; start < keys.length; start += REFRESH_CONCURRENCY) {
        await Promise.all(
          keys
            .slice(start, start + REFRESH_CONCURRENCY)
            .map((key) => fetchAndKeepPage(key, { httpCache: false })),
        );
      }
      // The offline page is the one thing every reader needs: without it, try again next visit.
      if (!(await (await caches.open(PAGES)).match(OFFLINE_URL))) {
        throw new Error(`${OFFLINE_URL} could not be kept`);
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  // Quick on purpose: pages' requests wait until activation ends.
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith('bhe-') && name !== PAGES && name !== ASSETS)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

/**
 * A page that loaded before this worker controlled it (a first visit) asks to be kept. Its files were
 * just downloaded by the page, so they may come from the HTTP cache. By path only: a query (a search,
 * a reading list) is never sent again.
 */
self.addEventListener('message', (event) => {
  const source = event.source;
  if (event.data !== KEEP_THIS_PAGE || !source || typeof source.url !== 'string') return;
  if (new URL(source.url).origin !== self.location.origin) return;
  event.waitUntil(fetchAndKeepPage(pageKey(source.url), { httpCache: true }));
});

/* ---- Requests ---- */

async function keptPage(key) {
  return (await caches.open(PAGES)).match(key);
}

/**
 * Network first: the network's response whenever it answers within NETWORK_TIMEOUT_MS; after that the
 * kept copy if there is one (else keep waiting for the network); with no network, the kept copy or
 * the offline page.
 */
async function networkFirst(network, key) {
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(resolve, NETWORK_TIMEOUT_MS, 'timeout');
  });
  try {
    const first = await Promise.race([network, timeout]);
    if (first !== 'timeout') return first;
    return (await keptPage(key)) ?? (await network);
  } catch {
    return (await keptPage(key)) ?? (await keptPage(OFFLINE_URL)) ?? Response.error();
  } finally {
    clearTimeout(timer);
  }
}

function handleNavigation(event) {
  const key = pageKey(event.request.url);
  const network = fetch(event.request);
  // Keeping the page starts from its own copy of the response and runs after the response has gone
  // to the browser; if the network answers after the timeout, the kept copy is still updated.
  event.waitUntil(
    network
      .then((response) =>
        response.ok
          ? keepPage(key, response.clone(), { pageFetchesData: true, httpCache: false })
          : undefined,
      )
      .catch(() => undefined),
  );
  event.respondWith(networkFirst(network, key));
}

/** Hashed assets never change: cache first. */
async function handleAsset(event) {
  const url = new URL(event.request.url).pathname;
  const kept = await (await caches.open(ASSETS)).match(url);
  if (kept) return kept;
  const { response, stored } = downloadAndKeep(url);
  event.waitUntil(stored);
  return response;
}

/** Data and other public files: network first, kept for offline (this is how the word list is kept). */
async function handleData(event) {
  const url = new URL(event.request.url);
  const key = url.pathname + url.search;
  const { response, stored } = downloadAndKeep(key);
  event.waitUntil(stored);
  try {
    return await response;
  } catch {
    return (await (await caches.open(ASSETS)).match(key)) ?? Response.error();
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') handleNavigation(event);
  else if (url.pathname.startsWith('/_next/static/')) event.respondWith(handleAsset(event));
  else event.respondWith(handleData(event));
});
