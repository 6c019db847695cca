/**
 * The last stage of scripts/postbuild.ts: writes `file.br` (brotli, quality 11) and `file.gz` (gzip, level 9)
 * next to each compressible file in out/, so every host can send compressed files without compressing
 * on each request: scripts/serve.ts (`npm start`, `npm run serve`, the browser tests), nginx with
 * `gzip_static`/`brotli_static` (deploy/nginx.conf). On a 400 kbps phone link the bytes are the wait.
 *
 * Files under 1 KB are left alone (a compressed copy saves a few bytes against an extra file and a
 * Vary header), and a compressed copy that is not smaller is not written.
 */
import { statSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { filesUnder } from './out-files';

const COMPRESSIBLE = /\.(html|js|css|json|svg|txt|xml|webmanifest)$/;
const SMALLEST_WORTH_COMPRESSING = 1024;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

interface Totals {
  files: number;
  bytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

/** Writes `file + suffix` when it is smaller than the original; removes a stale one otherwise. */
async function writeIfSmaller(file: string, suffix: string, original: Buffer, packed: Buffer) {
  if (packed.length < original.length) {
    await writeFile(file + suffix, packed);
    return packed.length;
  }
  await rm(file + suffix, { force: true });
  return original.length;
}

async function compressFile(file: string, totals: Totals) {
  const original = await readFile(file);
  // Both run in libuv's thread pool, so files are compressed on every core at once.
  const [brotlied, gzipped] = await Promise.all([
    brotli(original, {
      params: {
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: original.length,
      },
    }),
    gzip(original, { level: zlib.constants.Z_BEST_COMPRESSION }),
  ]);
  const brotliBytes = await writeIfSmaller(file, '.br', original, brotlied);
  const gzipBytes = await writeIfSmaller(file, '.gz', original, gzipped);
  if (brotliBytes === original.length && gzipBytes === original.length) return;
  totals.files += 1;
  totals.bytes += original.length;
  totals.brotliBytes += brotliBytes;
  totals.gzipBytes += gzipBytes;
}

/** Post-build stage: compresses out/; throws when it compressed nothing (an empty build). */
export async function precompress(outDir: string): Promise<string> {
  const candidates = filesUnder(outDir).filter(
    (file) => COMPRESSIBLE.test(file) && statSync(file).size >= SMALLEST_WORTH_COMPRESSING,
  );
  const totals: Totals = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
  const started = Date.now();
  // A few files at a time: enough to keep the thread pool busy without reading all of out/ at once.
  const parallel = Math.max(2, os.availableParallelism());
  for (let start = 0; start < candidates.length; start += parallel) {
    await Promise.all(
      candidates.slice(start, start + parallel).map((file) => compressFile(file, totals)),
    );
  }
  if (totals.files === 0) {
    throw new Error(
      `compressed no files in ${outDir} (${candidates.length} candidates of 1 KB or more): is the build empty?`,
    );
  }
  const mb = (bytes: number) => (bytes / 1_000_000).toFixed(2);
  return `${totals.files} files, ${mb(totals.bytes)} MB → brotli ${mb(totals.brotliBytes)} MB, gzip ${mb(totals.gzipBytes)} MB (${((Date.now() - started) / 1000).toFixed(1)} s)`;
}
