/**
 * `npm run docs:figures`: rewrites the marked figures in README.md from the content (see
 * scripts/readme-figures.ts) and says what changed. Fails, naming them, on a figure nothing computes
 * or a computed one the README never quotes, and when the README has no figures at all.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { ContentError } from '@/lib/content/issues';
import { loadContent } from '@/lib/content/load';
import { buildGraph } from '@/lib/graph/build';
import { CONTENT_DIR } from '@/lib/site';
import { checkFigures, computeFigures } from './readme-figures';

const README = 'README.md';
const loaded = loadContent(CONTENT_DIR);
const { graph, issues } = buildGraph(loaded);
if (!graph) throw new ContentError(issues);

const result = checkFigures(readFileSync(README, 'utf8'), computeFigures(loaded, graph));
const problems = [
  ...result.unknown.map(
    (name) => `${README}: figure "${name}" is not one scripts/readme-figures.ts computes`,
  ),
  ...result.unquoted.map((name) => `${README}: figure "${name}" is computed but quoted nowhere`),
];
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
writeFileSync(README, result.text);
console.log(
  result.stale.length > 0
    ? `${README}: updated ${result.stale.length} figure(s):\n  ${result.stale.join('\n  ')}`
    : `${README}: every figure is up to date`,
);
