/**
 * npm run observatory — the MDN HTTP Observatory's scanner (@mdn/mdn-http-observatory, the code
 * behind developer.mozilla.org/observatory) run against the built site served locally as `npm start`
 * serves it. Prints the score and every test's result; fails when any test other than HTTPS
 * redirection and HSTS fails (those two cannot pass on plain-HTTP localhost), or when the CSP test
 * does not get its full pass (default-src 'none', nothing unsafe).
 *
 * The scanner is not a devDependency: installing it runs install scripts that download Chromium's
 * HSTS preload list from GitHub, the public-suffix list and Mozilla's CA bundle, which fails where
 * only the npm registry is reachable (it would break `npm install` for everyone). `npm exec` fetches
 * the pinned version from the npm registry into npm's cache with install scripts off, and the one
 * file the scan needs from them, the HSTS preload list, is written empty: localhost is on no preload
 * list, so the answer is the same.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const SCANNER = '@mdn/mdn-http-observatory@1.4.8';
const port = Number(process.env.PORT ?? 3300);
/** Cannot pass over plain HTTP on localhost; every other test must. */
const NOT_APPLICABLE = new Set(['redirection', 'strict-transport-security']);
const CSP_FULL_PASS = 'csp-implemented-with-no-unsafe-default-src-none';

interface TestResult {
  pass: boolean | null;
  result: string;
  scoreModifier: number;
}
interface ScanResult {
  scan: { grade: string; score: number; testsPassed: number; testsQuantity: number };
  tests: Record<string, TestResult>;
}

/** The scanner's folder in npm's cache, fetched from the npm registry if it is not there yet. */
function scannerFolder(): string {
  const wrapper = execFileSync(
    'npm',
    [
      'exec',
      '--yes',
      '--ignore-scripts',
      `--package=${SCANNER}`,
      '--',
      'sh',
      '-c',
      'readlink -f "$(command -v mdn-http-observatory-scan)"',
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  ).trim();
  const folder = path.dirname(path.dirname(wrapper));
  const preload = path.join(folder, 'conf', 'hsts-preload.json');
  if (!existsSync(preload)) writeFileSync(preload, '{}\n');
  return folder;
}

async function untilServing(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${url} did not answer within 30 s`);
}

function report(result: ScanResult): string[] {
  const { scan, tests } = result;
  console.log(
    `MDN HTTP Observatory on http://localhost:${port}/: score ${scan.score}, grade ${scan.grade}, ${scan.testsPassed} of ${scan.testsQuantity} tests passed`,
  );
  const failures: string[] = [];
  for (const [name, test] of Object.entries(tests)) {
    const modifier = test.scoreModifier > 0 ? `+${test.scoreModifier}` : String(test.scoreModifier);
    const note = NOT_APPLICABLE.has(name) ? ' (cannot pass on plain-HTTP localhost)' : '';
    console.log(`  ${test.pass ? 'pass' : 'FAIL'}  ${name}: ${test.result} (${modifier})${note}`);
    if (!test.pass && !NOT_APPLICABLE.has(name)) failures.push(`${name}: ${test.result}`);
  }
  // The score counts a site's bonuses only once it has an A, which plain HTTP never reaches here.
  const overHttps = Object.entries(tests)
    .filter(([name]) => !NOT_APPLICABLE.has(name))
    .reduce((score, [, test]) => score + test.scoreModifier, 100);
  console.log(
    `Served over HTTPS with HSTS, as deploy/nginx.conf does, the score would be ${overHttps}.`,
  );
  const csp = tests['content-security-policy']?.result;
  if (csp !== CSP_FULL_PASS) failures.push(`content-security-policy: ${csp}, not ${CSP_FULL_PASS}`);
  return failures;
}

async function main() {
  const folder = scannerFolder();
  const server = spawn(path.resolve('node_modules/.bin/tsx'), ['scripts/serve.ts'], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await untilServing(`http://localhost:${port}/`);
    const { scan } = (await import(pathToFileURL(path.join(folder, 'src', 'index.js')).href)) as {
      scan(host: string): Promise<ScanResult>;
    };
    // The scanner takes a host name; "localhost:<port>" is joined into its URLs as they are.
    const failures = report(await scan(`localhost:${port}`));
    if (failures.length > 0) {
      console.error(`observatory: failed:\n  ${failures.join('\n  ')}`);
      process.exitCode = 1;
    }
  } finally {
    server.kill();
  }
}

await main();
