import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkHtmlPages,
  findHtmlPages,
  htmlCheckPassed,
  HtmlCheckUnavailable,
  parseVnuJson,
} from '@/scripts/html-validation';

// These run the real vnu.jar with Java: a checker that is not really run cannot find the known error.
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/html');
const VALID = 'search-box-valid.html';
const ROOT = path.resolve(import.meta.dirname, '../..');
const JVM_TIMEOUT = 120_000;

/**
 * The header search as it was before it followed the ARIA Authoring Practices: the same page with
 * `type="search"` (a searchbox cannot take role="combobox") and no enterkeyhint. Made from the valid
 * page, so the two differ in exactly that.
 */
function invalidSearchPage(): string {
  const valid = readFileSync(path.join(FIXTURES, VALID), 'utf8');
  const invalid = valid
    .replace('type="text"', 'type="search"')
    .replace(/\n *enterkeyhint="search"/, '');
  if (invalid.split('\n').length !== valid.split('\n').length - 1) {
    throw new Error(`${VALID} no longer has the type and enterkeyhint this test changes`);
  }
  return invalid;
}

/** The lines of a page's `<input …/>`, so the expected line follows the file if it is reformatted. */
function inputLines(html: string): [number, number] {
  const lines = html.split('\n');
  const start = lines.findIndex((line) => line.includes('<input')) + 1;
  const end = lines.findIndex((line, index) => index >= start - 1 && line.includes('/>')) + 1;
  return [start, end];
}

function runCli(directory: string) {
  return spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/validate-html.ts', directory],
    { cwd: ROOT, encoding: 'utf8' },
  );
}

describe('the HTML check', () => {
  // A folder with a space in its name, as a checkout might be.
  let work: string;
  let invalidSite: string;
  let validSite: string;
  let emptySite: string;

  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'html check '));
    invalidSite = path.join(work, 'site with error');
    validSite = path.join(work, 'valid site');
    emptySite = path.join(work, 'empty site');
    mkdirSync(path.join(invalidSite, 'topics'), { recursive: true });
    mkdirSync(validSite);
    mkdirSync(emptySite);
    copyFileSync(path.join(FIXTURES, VALID), path.join(invalidSite, 'index.html'));
    writeFileSync(path.join(invalidSite, 'topics', 'bone scan.html'), invalidSearchPage());
    copyFileSync(path.join(FIXTURES, VALID), path.join(validSite, 'index.html'));
  });

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it(
    'finds the known error, on the right page and line, and fails',
    () => {
      const pages = findHtmlPages(invalidSite);
      expect(pages.map((page) => path.relative(invalidSite, page))).toEqual([
        'index.html',
        path.join('topics', 'bone scan.html'),
      ]);
      const check = checkHtmlPages(pages);
      expect(check.pagesChecked).toBe(2);
      const [first, last] = inputLines(invalidSearchPage());
      expect(check.errors.map(({ file, message }) => ({ file, message }))).toEqual([
        {
          file: path.join(invalidSite, 'topics', 'bone scan.html'),
          message: 'Bad value “combobox” for attribute “role” on element “input”.',
        },
        {
          file: path.join(invalidSite, 'topics', 'bone scan.html'),
          message: 'Attribute “aria-expanded” not allowed on element “input” at this point.',
        },
      ]);
      for (const error of check.errors) {
        expect(error.line).toBeGreaterThanOrEqual(first);
        expect(error.line).toBeLessThanOrEqual(last);
      }
      expect(htmlCheckPassed(check)).toBe(false);
    },
    JVM_TIMEOUT,
  );

  it('a check of no pages does not pass', () => {
    expect(findHtmlPages(emptySite)).toEqual([]);
    expect(htmlCheckPassed(checkHtmlPages([]))).toBe(false);
  });

  it('says plainly when Java is missing', () => {
    expect(() => checkHtmlPages([path.join(FIXTURES, VALID)], 'no-such-java')).toThrow(
      /needs Java 11 or later, and "no-such-java" was not found/,
    );
  });

  it(
    'the CLI lists errors by page and line and exits non-zero; a valid site passes; an empty one fails',
    () => {
      const failing = runCli(invalidSite);
      expect(failing.status).toBe(1);
      expect(failing.stdout).toContain('HTML check: 2 pages');
      expect(failing.stderr).toMatch(
        /2 errors on 1 of 2 pages:\ntopics\/bone scan\.html:\n {2}line \d+: Bad value “combobox”/,
      );
      expect(failing.stdout).toContain('HTML check FAILED: 2 pages checked, 2 errors');

      const passing = runCli(validSite);
      expect(passing.stderr).toBe('');
      expect(passing.stdout).toContain('HTML check passed: 1 pages checked, 0 errors');
      expect(passing.status).toBe(0);

      const empty = runCli(emptySite);
      expect(empty.status).toBe(1);
      expect(empty.stderr).toContain('no .html pages found');
    },
    JVM_TIMEOUT * 2,
  );
});

// vnu's JSON report read without Java: what fails the check and what does not.
describe('reading the HTML check report', () => {
  it('sorts vnu messages: errors fail, warnings and info do not, other output is refused', () => {
    const report = JSON.stringify({
      messages: [
        { type: 'info', url: 'file:/site/a.html', message: 'Trailing slash on void elements' },
        { type: 'info', subType: 'warning', url: 'file:/site/a.html', lastLine: 3, message: 'W' },
        { type: 'non-document-error', url: 'file:/site/b%20c.html', message: 'IO error' },
        { type: 'error', url: 'file:/site/a.html', lastLine: 9, message: 'E' },
      ],
    });
    const check = parseVnuJson(report, 2);
    expect(check.warnings.map(({ file, line }) => [file, line])).toEqual([['/site/a.html', 3]]);
    expect(check.errors.map(({ file, line, message }) => [file, line, message])).toEqual([
      ['/site/b c.html', undefined, 'IO error'],
      ['/site/a.html', 9, 'E'],
    ]);
    expect(htmlCheckPassed(check)).toBe(false);
    expect(htmlCheckPassed(parseVnuJson('{"messages":[]}', 2))).toBe(true);
    expect(() => parseVnuJson('Error: Unable to access jarfile', 2)).toThrow(HtmlCheckUnavailable);
  });

  it('drops only the meta CSP warnings about the site’s own files, which vnu sees with no origin', () => {
    const blocked = (what: string) =>
      `Resource violates Content Security Policy (meta tag): external script “${what}” blocked by “script-src” directive.`;
    const report = JSON.stringify({
      messages: [
        { type: 'info', subType: 'warning', url: 'file:/a.html', message: blocked('/_next/a.js') },
        {
          type: 'info',
          subType: 'warning',
          url: 'file:/a.html',
          message: blocked('//cdn.example/a.js'),
        },
        {
          type: 'info',
          subType: 'warning',
          url: 'file:/a.html',
          message: blocked('https://x.example/a.js'),
        },
      ],
    });
    expect(parseVnuJson(report, 1).warnings.map(({ message }) => message)).toEqual([
      blocked('//cdn.example/a.js'),
      blocked('https://x.example/a.js'),
    ]);
  });
});
