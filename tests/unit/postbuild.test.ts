/**
 * The post-build step (scripts/postbuild.ts) run as `npm run build` runs it, on the real output of
 * `next build` (the fixture site in tests/fixtures/site/, built with `crossOrigin` set, which once made
 * the step rewrite 0 pages with exit 0), from a folder whose name has a space.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { elementsOf } from '@/scripts/html-elements';
import { htmlPagesIn } from '@/scripts/out-files';
import { deferredScripts } from '@/scripts/scripts-after-paint';
import { contentSecurityPolicy, inlineHashes, policyInPage } from '@/scripts/security-headers';
import { builtFixtureSite } from './built-fixture-site';

const { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } = fs;

const projectRoot = path.resolve(import.meta.dirname, '../..');
let built = '';

beforeAll(() => {
  built = builtFixtureSite();
}, 600_000);

/**
 * A checkout in a fresh folder with a space in its name, as a reader's or editor's may be: the
 * scripts (a "run as main" check compares the script's own path), package.json, node_modules, and
 * the built site.
 */
function copyOfBuild(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'bhe post build '));
  cpSync(path.join(projectRoot, 'scripts'), path.join(root, 'scripts'), { recursive: true });
  cpSync(path.join(projectRoot, 'package.json'), path.join(root, 'package.json'));
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'));
  cpSync(path.join(built, 'out'), path.join(root, 'out'), { recursive: true });
  mkdirSync(path.join(root, '.next'));
  cpSync(path.join(built, '.next', 'BUILD_ID'), path.join(root, '.next', 'BUILD_ID'));
  return root;
}

function runPostbuild(root: string) {
  return spawnSync(
    path.join(projectRoot, 'node_modules/.bin/tsx'),
    [path.join(root, 'scripts/postbuild.ts')],
    { cwd: root, encoding: 'utf8' },
  );
}

const frameworkScripts = (html: string) =>
  elementsOf(html).filter(
    (element) =>
      element.name === 'script' &&
      (element.attributes.src ?? '').includes('/_next/static/') &&
      !('nomodule' in element.attributes),
  );

describe('the post-build step on a real next build', { timeout: 120_000 }, () => {
  it('starts every page’s scripts after first paint and gives every page its CSP, in a meta tag and in every host’s headers', () => {
    const root = copyOfBuild();
    const pages = htmlPagesIn(path.join(root, 'out'));
    expect(pages.map((page) => path.basename(page))).toEqual(
      expect.arrayContaining(['index.html', 'about.html', 'counter.html', '404.html']),
    );
    // As built: the framework scripts carry crossorigin, in more than one attribute order.
    const before = readFileSync(path.join(root, 'out', 'counter.html'), 'utf8');
    expect(frameworkScripts(before).every((script) => 'crossorigin' in script.attributes)).toBe(
      true,
    );

    const result = runPostbuild(root);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`scripts after paint: ${pages.length} pages`);
    expect(result.stdout).toContain(`security headers: ${pages.length} pages`);

    const served = JSON.parse(readFileSync(path.join(root, 'serve.json'), 'utf8')) as {
      headers: { source: string; headers: { key: string; value: string }[] }[];
    };
    const netlify = readFileSync(path.join(root, 'out', '_headers'), 'utf8');
    const nginx = readFileSync(path.join(root, 'deploy', 'nginx.conf'), 'utf8');
    for (const page of pages) {
      const name = path.relative(path.join(root, 'out'), page);
      const html = readFileSync(page, 'utf8');
      expect(frameworkScripts(html), name).toEqual([]);
      expect(deferredScripts(html).length, name).toBeGreaterThan(0);
      const hashes = inlineHashes(elementsOf(html));
      const metaPolicy = policyInPage(html);
      expect(metaPolicy, name).toBe(contentSecurityPolicy(hashes, 'meta'));
      expect(metaPolicy, name).not.toContain('unsafe-inline');
      expect(metaPolicy, name).not.toContain('frame-ancestors');
      // The loader, too, is allowed by its hash.
      expect(hashes.scripts.length, name).toBeGreaterThan(1);
      const headerPolicy = contentSecurityPolicy(hashes, 'header');
      expect(headerPolicy).toContain("frame-ancestors 'none'");
      expect(served.headers.find((rule) => rule.source === name)?.headers).toEqual([
        { key: 'Content-Security-Policy', value: headerPolicy },
      ]);
      expect(netlify).toContain(`  Content-Security-Policy: ${headerPolicy}\n`);
      expect(nginx).toContain(`add_header Content-Security-Policy "${headerPolicy}" always;`);
    }
    expect(readFileSync(path.join(root, 'out', 'sw.js'), 'utf8')).not.toContain(
      '__SERVICE_WORKER_BUILD_VERSION__',
    );
    expect(result.stdout).toMatch(/precompress: \d+ files/);
  });

  it('fails, naming the page, when a page cannot be rewritten, and writes no headers', () => {
    const root = copyOfBuild();
    const about = path.join(root, 'out', 'about.html');
    const html = readFileSync(about, 'utf8');
    // A page whose framework scripts are not where the step looks for them.
    writeFileSync(about, html.replaceAll('/_next/static/chunks/', '/assets/'));
    const result = runPostbuild(root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('postbuild failed at "scripts after paint"');
    expect(result.stderr).toContain('about.html: no framework <script');
    expect(result.stderr).not.toContain('counter.html');
    expect(() => readFileSync(path.join(root, 'serve.json'))).toThrow();
  });

  it('fails, naming the page, when a page has a style attribute no CSP without unsafe-inline allows', () => {
    const root = copyOfBuild();
    const counter = path.join(root, 'out', 'counter.html');
    writeFileSync(counter, readFileSync(counter, 'utf8').replace('<h1>', '<h1 style="color:red">'));
    const result = runPostbuild(root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('postbuild failed at "security headers"');
    expect(result.stderr).toContain(
      'counter.html: 1 style attribute(s), the first <h1 style="color:red">',
    );
  });

  it('fails when there is no out/ at all', () => {
    const root = copyOfBuild();
    rmSync(path.join(root, 'out'), { recursive: true });
    const result = runPostbuild(root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('out does not exist: run `next build` first');
  });
});
