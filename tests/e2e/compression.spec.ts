/**
 * The static server (scripts/serve.ts, as `npm start` runs it) sends the brotli and gzip copies that
 * scripts/precompress.ts wrote at build time, chosen by the browser's Accept-Encoding, and the bytes
 * a reader gets once decoded are exactly the built file's. Requests go through node:http, which does
 * not decode anything, so the test sees what is on the wire.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const OUT = path.resolve('out');

interface WireResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function fetchRaw(
  baseURL: string,
  urlPath: string,
  headers: Record<string, string>,
  method = 'GET',
): Promise<WireResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(new URL(urlPath, baseURL), { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end();
  });
}

function decoded(response: WireResponse): Buffer {
  const coding = response.headers['content-encoding'];
  if (coding === 'br') return brotliDecompressSync(response.body);
  if (coding === 'gzip') return gunzipSync(response.body);
  if (coding === undefined) return response.body;
  throw new Error(`unexpected Content-Encoding ${coding}`);
}

/** A framework chunk the home page loads (its name changes with every build). */
function homePageChunk(): string {
  const html = readFileSync(path.join(OUT, 'index.html'), 'utf8');
  const chunk = [...html.matchAll(/\/_next\/static\/chunks\/[\w.-]+\.js/g)]
    .map((match) => match[0])
    .find((url) => readFileSync(path.join(OUT, url)).length > 10_000);
  if (!chunk) throw new Error('out/index.html loads no script chunk over 10 KB');
  return chunk;
}

const FILES = [
  { name: 'a page', url: '/topics/bone-scan', file: 'topics/bone-scan.html', type: 'text/html' },
  { name: 'a script chunk', url: homePageChunk(), file: homePageChunk(), type: 'javascript' },
  {
    name: 'the search index',
    url: '/search-index.json',
    file: 'search-index.json',
    type: 'application/json',
  },
];

const ENCODINGS = [
  { acceptEncoding: 'br', expected: 'br' },
  { acceptEncoding: 'gzip', expected: 'gzip' },
  // What a current Chromium sends: brotli wins.
  { acceptEncoding: 'gzip, deflate, br, zstd', expected: 'br' },
  { acceptEncoding: 'identity', expected: undefined },
] as const;

for (const { name, url, file, type } of FILES) {
  for (const { acceptEncoding, expected } of ENCODINGS) {
    test(`${name} asked for with Accept-Encoding: ${acceptEncoding} comes ${expected ?? 'uncompressed'} and decodes to the built file`, async ({
      baseURL,
    }) => {
      const original = readFileSync(path.join(OUT, file));
      const response = await fetchRaw(baseURL ?? '', url, { 'Accept-Encoding': acceptEncoding });

      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBe(expected);
      expect(response.headers['vary']).toMatch(/accept-encoding/i);
      expect(response.headers['content-type']).toContain(type);
      expect(Number(response.headers['content-length'])).toBe(response.body.length);
      if (expected) expect(response.body.length).toBeLessThan(original.length / 2);
      expect(decoded(response).equals(original)).toBe(true);
      if (type === 'text/html') {
        expect(response.headers['content-security-policy']).toMatch(
          /script-src 'self' 'sha256-[^']+'/,
        );
      }
    });
  }
}

test('a request without Accept-Encoding gets the file as it is', async ({ baseURL }) => {
  const response = await fetchRaw(baseURL ?? '', '/search-index.json', {});
  expect(response.headers['content-encoding']).toBeUndefined();
  expect(response.body.equals(readFileSync(path.join(OUT, 'search-index.json')))).toBe(true);
});

test('HEAD gives the same headers as GET and no body', async ({ baseURL }) => {
  const headers = { 'Accept-Encoding': 'br' };
  const get = await fetchRaw(baseURL ?? '', '/topics/bone-scan', headers);
  const head = await fetchRaw(baseURL ?? '', '/topics/bone-scan', headers, 'HEAD');
  expect(head.status).toBe(200);
  expect(head.body.length).toBe(0);
  for (const key of ['content-encoding', 'content-length', 'content-type', 'vary']) {
    expect(head.headers[key], key).toBe(get.headers[key]);
  }
});

test('a byte range is a range of the file itself, never of a compressed copy', async ({
  baseURL,
}) => {
  const response = await fetchRaw(baseURL ?? '', '/search-index.json', {
    'Accept-Encoding': 'br, gzip',
    Range: 'bytes=100-199',
  });
  const original = readFileSync(path.join(OUT, 'search-index.json'));
  expect(response.status).toBe(206);
  expect(response.headers['content-encoding']).toBeUndefined();
  expect(response.headers['content-range']).toBe(`bytes 100-199/${original.length}`);
  expect(response.body.equals(original.subarray(100, 200))).toBe(true);
});

test('an unknown address gets the 404 page, compressed, with its own CSP', async ({ baseURL }) => {
  const response = await fetchRaw(baseURL ?? '', '/topics/no-such-topic', {
    'Accept-Encoding': 'br',
  });
  expect(response.status).toBe(404);
  expect(response.headers['content-encoding']).toBe('br');
  expect(response.headers['content-security-policy']).toMatch(/script-src 'self'/);
  expect(decoded(response).equals(readFileSync(path.join(OUT, '404.html')))).toBe(true);
});

test('the browser gets the page and its scripts compressed, and runs them', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const scripts: { file: string; encoding?: string }[] = [];
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (pathname.startsWith('/_next/static/chunks/')) {
      scripts.push({ file: pathname, encoding: response.headers()['content-encoding'] });
    }
  });
  const response = await page.goto('/topics/bone-scan');
  expect(await response?.headerValue('content-encoding')).toBe('br');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The scripts start just after the first paint (scripts/scripts-after-paint.ts).
  await page.waitForLoadState('networkidle');
  expect(scripts.length).toBeGreaterThan(0);
  // Files under 1 KB have no compressed copy (scripts/precompress.ts): they come as they are.
  expect(scripts).toEqual(
    scripts.map(({ file }) => ({
      file,
      encoding: readFileSync(path.join(OUT, file)).length < 1024 ? undefined : 'br',
    })),
  );
  expect(errors).toEqual([]);
});
