/**
 * Checks built pages with the Nu HTML Checker (the W3C's validator, shipped as vnu.jar by the
 * `vnu-jar` package), run locally with Java: no network, one JVM for every page. The CLI is
 * scripts/validate-html.ts; this module is what it and the unit test share.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlPagesIn } from './out-files';

/** One message from the checker, reduced to what a reader of the report needs. */
export interface HtmlProblem {
  /** Absolute path of the page. */
  file: string;
  line: number | undefined;
  column: number | undefined;
  message: string;
  /** A few characters of the page around the problem, as the checker quotes them. */
  extract: string | undefined;
}

export interface HtmlCheck {
  pagesChecked: number;
  errors: HtmlProblem[];
  warnings: HtmlProblem[];
}

/** Why the check could not run at all (as opposed to a page being invalid). */
export class HtmlCheckUnavailable extends Error {}

/** The vnu.jar inside the installed `vnu-jar` package. */
export function vnuJarPath(): string {
  const require = createRequire(import.meta.url);
  // The package's main module exports the jar's path (as a String object).
  return String(require('vnu-jar'));
}

/** Every .html file under `directory`, sorted, as absolute paths. */
export function findHtmlPages(directory: string): string[] {
  return htmlPagesIn(path.resolve(directory));
}

interface VnuMessage {
  type?: unknown;
  subType?: unknown;
  url?: unknown;
  lastLine?: unknown;
  firstColumn?: unknown;
  message?: unknown;
  extract?: unknown;
}

/** vnu names pages by file: URL; the report names them by path. */
function pathFromVnuUrl(url: unknown): string {
  if (typeof url !== 'string') return '(no page named)';
  if (!url.startsWith('file:')) return url;
  try {
    return fileURLToPath(url);
  } catch {
    return decodeURIComponent(url.replace(/^file:\/*/, '/'));
  }
}

const numberOrUndefined = (value: unknown) => (typeof value === 'number' ? value : undefined);

/**
 * vnu checks each page as a file, with no origin, so it reports the page's own scripts and styles
 * (site paths such as "/_next/…") as blocked by the meta tag's `'self'`. Served from any origin they
 * are allowed (the browser tests find no violation); a resource from elsewhere is still reported.
 */
const SAME_SITE_BLOCKED_BY_META_CSP =
  /^Resource violates Content Security Policy \(meta tag\): external \w+ “\/(?!\/)/;

/**
 * Sorts vnu's `--format json` output into errors and warnings. Errors are type "error" and
 * "non-document-error" (a page that could not be read or parsed counts against the check);
 * warnings are type "info" with subType "warning"; plain info messages are dropped. Output that is
 * not vnu's JSON throws, so a checker that printed something else cannot pass as "no errors".
 */
export function parseVnuJson(output: string, pagesChecked: number): HtmlCheck {
  let parsed: unknown;
  try {
    parsed = JSON.parse(output);
  } catch {
    throw new HtmlCheckUnavailable(
      `The HTML checker did not print its JSON report. It printed:\n${output.slice(0, 2000)}`,
    );
  }
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    !('messages' in parsed) ||
    !Array.isArray(parsed.messages)
  ) {
    throw new HtmlCheckUnavailable('The HTML checker\'s report has no "messages" list.');
  }
  const errors: HtmlProblem[] = [];
  const warnings: HtmlProblem[] = [];
  for (const raw of parsed.messages as VnuMessage[]) {
    const problem: HtmlProblem = {
      file: pathFromVnuUrl(raw.url),
      line: numberOrUndefined(raw.lastLine),
      column: numberOrUndefined(raw.firstColumn),
      message: typeof raw.message === 'string' ? raw.message : JSON.stringify(raw),
      extract: typeof raw.extract === 'string' ? raw.extract : undefined,
    };
    if (raw.type === 'error' || raw.type === 'non-document-error') errors.push(problem);
    else if (
      raw.type === 'info' &&
      raw.subType === 'warning' &&
      !SAME_SITE_BLOCKED_BY_META_CSP.test(problem.message)
    )
      warnings.push(problem);
  }
  return { pagesChecked, errors, warnings };
}

/**
 * Runs vnu once over all `pages` (one JVM) and returns what it found. Throws HtmlCheckUnavailable
 * with a plain explanation when Java is missing or the checker cannot start.
 */
export function checkHtmlPages(pages: string[], java = 'java'): HtmlCheck {
  if (pages.length === 0) return { pagesChecked: 0, errors: [], warnings: [] };
  const result = spawnSync(
    java,
    ['-jar', vnuJarPath(), '--format', 'json', '--exit-zero-always', ...pages],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (result.error) {
    const missing = (result.error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new HtmlCheckUnavailable(
      missing
        ? `The HTML check needs Java 11 or later, and "${java}" was not found on this machine.\n` +
            'Install a Java runtime (on Debian or Ubuntu: apt-get install openjdk-17-jre-headless),\n' +
            'then run "npm run validate:html" again. Nothing about the pages themselves is wrong.'
        : `The HTML checker could not start: ${result.error.message}`,
    );
  }
  // vnu writes its report to stderr; anything else there (a Java error) makes the JSON unreadable.
  if (result.status !== 0) {
    throw new HtmlCheckUnavailable(
      `The HTML checker stopped with exit code ${result.status}:\n${`${result.stderr}${result.stdout}`.slice(0, 2000)}`,
    );
  }
  return parseVnuJson(result.stderr, pages.length);
}

/** True when the check passed: at least one page checked and no errors. */
export function htmlCheckPassed(check: HtmlCheck): boolean {
  return check.pagesChecked > 0 && check.errors.length === 0;
}

/** Problems grouped by page, each with its line and message, paths shown relative to `base`. */
export function formatProblems(problems: HtmlProblem[], base: string): string {
  const byPage = new Map<string, HtmlProblem[]>();
  for (const problem of problems) {
    const list = byPage.get(problem.file) ?? [];
    list.push(problem);
    byPage.set(problem.file, list);
  }
  const lines: string[] = [];
  for (const [file, list] of [...byPage].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`${path.relative(base, file) || file}:`);
    for (const problem of list) {
      const where = problem.line === undefined ? '' : `line ${problem.line}: `;
      const extract = problem.extract
        ? `\n      ${problem.extract.replace(/\s+/g, ' ').trim()}`
        : '';
      lines.push(`  ${where}${problem.message}${extract}`);
    }
  }
  return lines.join('\n');
}
