/*
 * Offline reading: every page a reader opens is kept, with its scripts and styles, so it opens
 * again with no signal. A page never opened shows the offline page with the helpline number.
 * Pages are fetched fresh when there is a connection (network first); hashed assets never change
 * (cache first). Nothing about the reader is stored: only the site's own public files.
 */
const VERSION = 'v2';
const PAGES = `bhe-pages-${VERSION}`;
const ASSETS = `bhe-assets-${VERSION}`;
const OFFLINE_URL = '/offline';

/** Data a page needs to work offline, named in its HTML: data-keep-offline="/explain-lexicon.json". */
function dataUrlsIn(html) {
  return [...html.matchAll(/data-keep-offline="(\/[^"\/][^"]*)"/g)].map((match) => match[1]);
}

/** Every script, style and font a page uses, including those its loader starts after first paint. */
function assetUrlsIn(html) {
  return [...new Set([...html.matchAll(/"(\/_next\/static\/[^"\\]+)"/g)].map((match) => match[1]))];
}

async function cachePageWithAssets(url, response) {
  const pages = await caches.open(PAGES);
  await pages.put(url, response.clone());
  const html = await response.text();
  const assets = await caches.open(ASSETS);
  await Promise.all(
    dataUrlsIn(html).map(async (url) => {
      try {
        const data = await fetch(url);
        if (data.ok) await assets.put(url, data);
      } catch {
        // Kept on the next visit.
      }
    }),
  );
  await Promise.all(
    assetUrlsIn(html).map(async (asset) => {
      if (!(await assets.match(asset))) {
        try {
          await assets.add(asset);
        } catch {
          // A missing asset only matters offline; the page itself is kept.
        }
      }
    }),
  );
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    fetch(OFFLINE_URL)
      .then((response) => (response.ok ? cachePageWithAssets(OFFLINE_URL, response) : undefined))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => ![PAGES, ASSETS].includes(name))
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim())
      .then(keepOpenPages),
  );
});

/**
 * On a first visit the worker starts after the page has loaded, so the page was not kept: fetch the
 * pages open now into the cache. By path only: a query (a search, a reading list) is never sent again.
 */
async function keepOpenPages() {
  const windows = await self.clients.matchAll({ type: 'window' });
  await Promise.all(
    windows.map(async (client) => {
      const key = pageKey(client.url);
      if (new URL(client.url).origin !== self.location.origin) return;
      try {
        const response = await fetch(key);
        if (response.ok) await cachePageWithAssets(key, response);
      } catch {
        // Kept on the next visit.
      }
    }),
  );
}

/** The address a page is kept under: /search and /reading-list are one static page whatever the query. */
function pageKey(url) {
  const parsed = new URL(url);
  return parsed.pathname.replace(/\.html$/, '').replace(/\/$/, '') || '/';
}

async function handleNavigation(request) {
  const key = pageKey(request.url);
  try {
    const response = await fetch(request);
    if (response.ok) await cachePageWithAssets(key, response.clone());
    return response;
  } catch {
    const pages = await caches.open(PAGES);
    return (await pages.match(key)) ?? (await pages.match(OFFLINE_URL)) ?? Response.error();
  }
}

async function handleAsset(request) {
  const assets = await caches.open(ASSETS);
  const cached = await assets.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await assets.put(request, response.clone());
  return response;
}

async function handleData(request) {
  const assets = await caches.open(ASSETS);
  try {
    const response = await fetch(request);
    if (response.ok) await assets.put(request, response.clone());
    return response;
  } catch {
    return (await assets.match(request)) ?? Response.error();
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(handleNavigation(request));
  else if (url.pathname.startsWith('/_next/static/')) event.respondWith(handleAsset(request));
  else event.respondWith(handleData(request));
});
