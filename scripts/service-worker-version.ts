/**
 * The service worker's build version (a stage of scripts/postbuild.ts, after every build):
 * writes the build's identity into out/sw.js in place of the placeholder, so
 * the service worker names its caches after the build and deletes the caches of every older one.
 *
 * The identity is a hash of the contents of out/_next/static (the scripts, styles and fonts pages
 * use), leaving out Next.js's per-build folder (out/_next/static/<BUILD_ID>/), whose name is random on
 * every build. So rebuilding the same code keeps the same version and readers keep their offline copies;
 * any change to an asset gives a new version, and the worker replaces the old caches.
 *
 * Fails with a non-zero exit naming the file when out/sw.js is missing or has no placeholder: a
 * worker left unstamped would never prune old caches.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { filesUnder } from './out-files';

/** What public/sw.js says in place of the version; the build replaces it in out/sw.js. */
export const VERSION_PLACEHOLDER = '__SERVICE_WORKER_BUILD_VERSION__';

/**
 * The build's identity: the first 16 hex digits of a sha256 over every asset's path and contents,
 * without the folder named `buildId` (random per build, and not an asset any page keeps offline).
 */
export function buildVersion(outDir: string, buildId?: string): string {
  const staticDir = path.join(outDir, '_next', 'static');
  if (!existsSync(staticDir)) {
    throw new Error(`${staticDir} does not exist: run \`next build\` before stamping the worker`);
  }
  const skipped = buildId ? path.join(staticDir, buildId) + path.sep : undefined;
  const hash = createHash('sha256');
  let count = 0;
  for (const file of filesUnder(staticDir)) {
    if (skipped && file.startsWith(skipped)) continue;
    // Compressed copies (scripts/precompress.ts, after stamping) are the same asset, not a new one.
    if (/\.(br|gz)$/.test(file)) continue;
    hash.update(path.relative(staticDir, file).split(path.sep).join('/'));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
    count += 1;
  }
  if (count === 0) throw new Error(`${staticDir} holds no assets: the build looks incomplete`);
  return hash.digest('hex').slice(0, 16);
}

/** The worker's source with the placeholder replaced; throws naming `file` if there is none. */
export function stampVersion(source: string, version: string, file: string): string {
  if (!/^[\w-]+$/.test(version)) {
    throw new Error(`${file}: version "${version}" must be letters, digits, - or _`);
  }
  const found = source.split(VERSION_PLACEHOLDER).length - 1;
  if (found === 0) {
    throw new Error(
      `${file}: no ${VERSION_PLACEHOLDER} to replace (already stamped, or public/sw.js lost its placeholder)`,
    );
  }
  return source.replaceAll(VERSION_PLACEHOLDER, version);
}

export function stampServiceWorker(outDir: string, nextDir: string): string {
  const workerFile = path.join(outDir, 'sw.js');
  if (!existsSync(workerFile)) throw new Error(`${workerFile} does not exist: nothing to stamp`);
  const buildIdFile = path.join(nextDir, 'BUILD_ID');
  const buildId = existsSync(buildIdFile) ? readFileSync(buildIdFile, 'utf8').trim() : undefined;
  const version = buildVersion(outDir, buildId);
  writeFileSync(workerFile, stampVersion(readFileSync(workerFile, 'utf8'), version, workerFile));
  return version;
}
