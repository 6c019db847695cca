/**
 * Runs after every build, right after the security headers and before any compression (which must see
 * the stamped file): stamps the build's version into out/sw.js (see scripts/service-worker-version.ts).
 * Exits non-zero, naming the file, when there is nothing to stamp.
 */
import { stampServiceWorker } from './service-worker-version';

try {
  const version = stampServiceWorker('out', '.next');
  console.log(`service worker: out/sw.js stamped with build version ${version}`);
} catch (error) {
  console.error(`service worker: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
