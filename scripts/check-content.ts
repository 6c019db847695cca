/**
 * The content check that runs before every build: reads every file in content/, reports every
 * problem at once as `file › field: message`, and fails when there is any.
 */
import { formatIssue } from '@/lib/content/issues';
import { loadContent } from '@/lib/content/load';
import { buildGraph } from '@/lib/graph/build';
import { CONTENT_DIR } from '@/lib/site';

const result = buildGraph(loadContent(CONTENT_DIR));

for (const warning of result.warnings) console.warn(`warning: ${formatIssue(warning)}`);

if (!result.graph) {
  console.error(`\n${result.issues.length} content error(s) — the site was not built:\n`);
  for (const issue of result.issues) console.error(`  ${formatIssue(issue)}`);
  console.error(
    '\nFix these in content/ and run the command again. README.md › "Changing the content" explains each field.',
  );
  process.exit(1);
}

const { topics, terms, pathways } = result.graph;
console.log(
  `content ok: ${topics.length} topics in ${pathways.length} pathways, ${terms.length} glossary terms, ${result.warnings.length} warning(s)`,
);
