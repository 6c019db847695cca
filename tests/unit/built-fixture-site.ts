/**
 * The fixture site (tests/fixtures/site/) built with the real `next build`, once: the build is kept
 * in .cache/fixture-site/ (not under node_modules, where Turbopack would not compile JSX) under a hash of the fixture's files and Next.js's version, so a second run
 * of the tests reuses it (a build takes a minute or more on a busy 2-core machine).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { filesUnder } from '@/scripts/out-files';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const fixture = path.join(projectRoot, 'tests/fixtures/site');

function fixtureHash(): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(path.join(projectRoot, 'node_modules/next/package.json')));
  for (const file of filesUnder(fixture, (name) => name === 'out' || name === '.next')) {
    hash.update(path.relative(fixture, file));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/** The folder holding the fixture's `out/` and `.next/BUILD_ID`, straight from `next build`. */
export function builtFixtureSite(): string {
  const site = path.join(projectRoot, '.cache/fixture-site', fixtureHash());
  const done = path.join(site, 'built');
  if (existsSync(done)) return site;
  rmSync(site, { recursive: true, force: true });
  mkdirSync(path.dirname(site), { recursive: true });
  cpSync(fixture, site, { recursive: true });
  try {
    execFileSync(
      process.execPath,
      [path.join(projectRoot, 'node_modules/next/dist/bin/next'), 'build'],
      { cwd: site, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' },
    );
  } catch (error) {
    const output = error as { stdout?: string; stderr?: string };
    throw new Error(
      `next build of the fixture site in ${site} failed:\n${output.stdout}${output.stderr}`,
    );
  }
  writeFileSync(done, '');
  return site;
}
