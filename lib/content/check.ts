/**
 * The pre-build content check, as a function: every problem in a content folder at once, plus a
 * readability row for every topic, term and page. scripts/check-content.ts prints it and sets the
 * exit code; tests call this directly, which is seconds faster than starting the script.
 */
import type { ContentIssue } from '@/lib/content/issues';
import { loadContent } from '@/lib/content/load';
import { readability, READABILITY_LIMITS, type ReadabilityReport } from '@/lib/content/readability';
import { buildGraph, type GraphResult } from '@/lib/graph/build';

export interface ReadabilityRow extends ReadabilityReport {
  file: string;
}

export interface ContentCheck extends GraphResult {
  rows: ReadabilityRow[];
}

/** A body that reads above the grade limit, or has a sentence over the word limit, is an error. */
function readabilityIssues(rows: ReadabilityRow[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const row of rows) {
    if (row.grade > READABILITY_LIMITS.maxGrade) {
      issues.push({
        file: row.file,
        field: 'body',
        message: `reads at grade ${row.grade}; at most ${READABILITY_LIMITS.maxGrade} (shorter sentences, shorter words)`,
      });
    }
    if (row.longestSentence.words > READABILITY_LIMITS.maxSentenceWords) {
      issues.push({
        file: row.file,
        field: 'body',
        message: `a sentence of ${row.longestSentence.words} words (at most ${READABILITY_LIMITS.maxSentenceWords}): "${row.longestSentence.text}"`,
      });
    }
  }
  return issues;
}

/** Checks the content in `contentDir`; file names in issues are relative to `projectRoot`. */
export function checkContent(contentDir: string, projectRoot = process.cwd()): ContentCheck {
  const loaded = loadContent(contentDir, projectRoot);
  const result = buildGraph(loaded);
  const documents = [...loaded.topics, ...loaded.terms, ...loaded.pages];
  const rows = documents.map((document) => ({ file: document.file, ...readability(document.body) }));
  return { ...result, issues: [...result.issues, ...readabilityIssues(rows)], rows };
}
