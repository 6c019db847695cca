/**
 * `npm run validate:html`: every page of the built site (out/**\/*.html) through the Nu HTML Checker
 * in one run. Fails when any page has an error, when no pages were found (a check that checked
 * nothing must not pass) or when the checker cannot run. Warnings are listed but do not fail.
 * Usage: tsx scripts/validate-html.ts [directory]   (default: out/ beside this script's project)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  HtmlCheckUnavailable,
  checkHtmlPages,
  findHtmlPages,
  formatProblems,
  htmlCheckPassed,
} from './html-validation';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const directory = path.resolve(process.argv[2] ?? path.join(projectRoot, 'out'));

function run(): number {
  let pages: string[];
  try {
    pages = findHtmlPages(directory);
  } catch (error) {
    console.error(
      `HTML check: cannot read ${directory} (${(error as Error).message}). Run "npm run build" first.`,
    );
    return 1;
  }
  if (pages.length === 0) {
    console.error(`HTML check: no .html pages found in ${directory}. Run "npm run build" first.`);
    return 1;
  }

  console.log(
    `HTML check: ${pages.length} pages in ${path.relative(projectRoot, directory) || '.'}`,
  );
  const started = Date.now();
  let check;
  try {
    check = checkHtmlPages(pages);
  } catch (error) {
    if (error instanceof HtmlCheckUnavailable) {
      console.error(`HTML check could not run.\n${error.message}`);
      return 1;
    }
    throw error;
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);

  if (check.warnings.length > 0) {
    console.log(`\n${check.warnings.length} warnings (listed, not failing):`);
    console.log(formatProblems(check.warnings, directory));
  }
  if (check.errors.length > 0) {
    const pagesWithErrors = new Set(check.errors.map((error) => error.file)).size;
    console.error(
      `\n${check.errors.length} errors on ${pagesWithErrors} of ${check.pagesChecked} pages:`,
    );
    console.error(formatProblems(check.errors, directory));
  }
  const passed = htmlCheckPassed(check);
  console.log(
    `\nHTML check ${passed ? 'passed' : 'FAILED'}: ${check.pagesChecked} pages checked, ` +
      `${check.errors.length} errors, ${check.warnings.length} warnings (${seconds} s).`,
  );
  return passed ? 0 : 1;
}

process.exitCode = run();
