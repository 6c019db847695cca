/**
 * npm run build runs this after `next build` (the `postbuild` script): the one post-build step, its
 * stages in order, each a function in its own module. Every stage fails, naming the page or file,
 * when it did nothing or left a page unfinished; the first failure stops the step with exit 1, so a
 * build that looks green always shipped pages that start their scripts after first paint and carry
 * their CSP.
 *
 * This file is only ever run, never imported: it has no "am I the main module" check (comparing
 * process.argv[1] with import.meta.url is false in a folder whose name has a space, and such a check
 * once made three stages do nothing with exit 0). Paths are the working directory's out/ and .next/.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { htmlPagesIn } from './out-files';
import { precompress } from './precompress';
import { startScriptsAfterPaint } from './scripts-after-paint';
import { writeSecurityHeaders } from './security-headers';
import { stampServiceWorker } from './service-worker-version';

const projectDir = process.cwd();
const outDir = path.join(projectDir, 'out');

function pagesOf(): string[] {
  if (!existsSync(outDir)) throw new Error(`${outDir} does not exist: run \`next build\` first`);
  const pages = htmlPagesIn(outDir);
  if (pages.length === 0) throw new Error(`${outDir} holds no .html pages: the build looks empty`);
  return pages;
}

/** In this order: the CSP hashes the loader that stage 1 writes; compression sees the final files. */
const stages: { name: string; run: () => string | Promise<string> }[] = [
  { name: 'scripts after paint', run: () => startScriptsAfterPaint(outDir, pagesOf()) },
  { name: 'security headers', run: () => writeSecurityHeaders(outDir, projectDir, pagesOf()) },
  {
    name: 'service worker',
    run: () =>
      `out/sw.js stamped with build version ${stampServiceWorker(outDir, path.join(projectDir, '.next'))}`,
  },
  { name: 'precompress', run: () => precompress(outDir) },
];

for (const stage of stages) {
  try {
    console.log(`postbuild: ${stage.name}: ${await stage.run()}`);
  } catch (error) {
    console.error(
      `postbuild failed at "${stage.name}": ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
}
