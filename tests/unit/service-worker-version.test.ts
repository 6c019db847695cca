import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  buildVersion,
  stampServiceWorker,
  stampVersion,
  VERSION_PLACEHOLDER,
} from '@/scripts/service-worker-version';

const folders: string[] = [];

/** A built site in a folder whose path has a space in it, as on many readers' and editors' machines. */
function builtSite(files: Record<string, string>, buildId = 'build-one'): string {
  const root = mkdtempSync(path.join(tmpdir(), 'sw stamp '));
  folders.push(root);
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(root, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  mkdirSync(path.join(root, '.next'), { recursive: true });
  writeFileSync(path.join(root, '.next', 'BUILD_ID'), `${buildId}\n`);
  return root;
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const WORKER = `const VERSION = '${VERSION_PLACEHOLDER}';\nconst PAGES = \`bhe-pages-\${VERSION}\`;\n`;

describe('the service worker build version', () => {
  it('is the same for the same assets, whatever Next.js names the build', () => {
    const assets = { 'out/_next/static/chunks/a.js': 'one', 'out/_next/static/css/b.css': 'two' };
    const first = builtSite({ ...assets, 'out/_next/static/build-one/_buildManifest.js': 'x' });
    const again = builtSite(
      { ...assets, 'out/_next/static/build-two/_buildManifest.js': 'y' },
      'build-two',
    );
    const version = buildVersion(path.join(first, 'out'), 'build-one');
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    expect(buildVersion(path.join(again, 'out'), 'build-two')).toBe(version);
  });

  it('changes when any asset changes', () => {
    const before = builtSite({ 'out/_next/static/chunks/a.js': 'one' });
    const after = builtSite({ 'out/_next/static/chunks/a.js': 'one, changed' });
    expect(buildVersion(path.join(after, 'out'))).not.toBe(buildVersion(path.join(before, 'out')));
  });

  it('is stamped into out/sw.js in place of the placeholder', () => {
    const root = builtSite({ 'out/_next/static/chunks/a.js': 'one', 'out/sw.js': WORKER });
    const version = stampServiceWorker(path.join(root, 'out'), path.join(root, '.next'));
    const stamped = readFileSync(path.join(root, 'out', 'sw.js'), 'utf8');
    expect(stamped).toContain(`const VERSION = '${version}';`);
    expect(stamped).not.toContain(VERSION_PLACEHOLDER);
  });

  it('fails naming the file when there is no placeholder to replace', () => {
    expect(() => stampVersion("const VERSION = 'v2';", 'abc', 'out/sw.js')).toThrow(
      /out\/sw\.js: no __SERVICE_WORKER_BUILD_VERSION__ to replace/,
    );
    const root = builtSite({ 'out/_next/static/chunks/a.js': 'one', 'out/sw.js': WORKER });
    stampServiceWorker(path.join(root, 'out'), path.join(root, '.next'));
    // Stamping twice finds nothing to replace: the second run fails rather than passing silently.
    expect(() => stampServiceWorker(path.join(root, 'out'), path.join(root, '.next'))).toThrow(
      /sw\.js: no __SERVICE_WORKER_BUILD_VERSION__/,
    );
  });

  it('fails naming the file when out/sw.js or the assets are missing', () => {
    const noWorker = builtSite({ 'out/_next/static/chunks/a.js': 'one' });
    expect(() =>
      stampServiceWorker(path.join(noWorker, 'out'), path.join(noWorker, '.next')),
    ).toThrow(/out\/sw\.js does not exist/);
    const noAssets = builtSite({ 'out/sw.js': WORKER });
    expect(() =>
      stampServiceWorker(path.join(noAssets, 'out'), path.join(noAssets, '.next')),
    ).toThrow(/_next\/static does not exist/);
  });
});
