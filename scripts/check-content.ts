/**
 * The content check that runs before every build and in `npm test`: reads every file in content/,
 * reports every problem at once as `file › field: message`, prints a readability table for every
 * topic, term and page, and fails when there is any error.
 */
import { checkContent } from '@/lib/content/check';
import { formatIssue } from '@/lib/content/issues';
import { median, READABILITY_LIMITS } from '@/lib/content/readability';
import { CONTENT_DIR } from '@/lib/site';

const result = checkContent(CONTENT_DIR);
const { issues, rows } = result;

if (rows.length > 0) {
  const width = Math.max(...rows.map((row) => row.file.length));
  console.log(`${'file'.padEnd(width)}  words  grade  longest sentence`);
  for (const row of rows) {
    console.log(
      `${row.file.padEnd(width)}  ${String(row.words).padStart(5)}  ${row.grade.toFixed(1).padStart(5)}  ${String(row.longestSentence.words).padStart(3)} words`,
    );
  }
  const grades = rows.map((row) => row.grade);
  console.log(
    `\nFlesch-Kincaid grade: median ${median(grades).toFixed(1)} (target ≤ ${READABILITY_LIMITS.targetMedianGrade}), ` +
      `highest ${Math.max(...grades).toFixed(1)} (limit ${READABILITY_LIMITS.maxGrade}); ` +
      `longest sentence ${Math.max(...rows.map((row) => row.longestSentence.words))} words (limit ${READABILITY_LIMITS.maxSentenceWords})\n`,
  );
}

for (const warning of result.warnings) console.warn(`warning: ${formatIssue(warning)}`);

if (issues.length > 0 || !result.graph) {
  console.error(`\n${issues.length} content error(s) — the site was not built:\n`);
  for (const issue of issues) console.error(`  ${formatIssue(issue)}`);
  console.error(
    '\nFix these in content/ and run the command again. README.md › "Changing the content" explains each field.',
  );
  process.exit(1);
}

const { topics, terms, pathways } = result.graph;
console.log(
  `content ok: ${topics.length} topics in ${pathways.length} pathways, ${terms.length} glossary terms, ${result.warnings.length} warning(s)`,
);
