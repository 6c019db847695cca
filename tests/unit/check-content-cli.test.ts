import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/check';
import { formatIssue } from '@/lib/content/issues';
import { fixtureRoot } from '../fixtures/content';

const projectRoot = path.resolve(import.meta.dirname, '../..');

/** The pre-build check's findings for the valid fixture site, or with one invalid case laid over it. */
function check(invalidCase?: string) {
  const root = fixtureRoot(invalidCase);
  const result = checkContent(path.join(root, 'content'), root);
  return { ...result, errors: result.issues.map(formatIssue), root };
}

/** Runs the real pre-build script (what `npm run build` runs first) in a copy of the fixture site. */
function runScript(invalidCase?: string) {
  return spawnSync(
    path.join(projectRoot, 'node_modules/.bin/tsx'),
    [
      '--tsconfig',
      path.join(projectRoot, 'tsconfig.json'),
      path.join(projectRoot, 'scripts/check-content.ts'),
    ],
    { cwd: fixtureRoot(invalidCase), encoding: 'utf8', env: { ...process.env, CONTENT_DIR: '' } },
  );
}

// Starting tsx takes seconds on a busy machine: the script itself is run once each way, and every
// case below calls the same check in-process.
describe('the pre-build content script', { timeout: 60_000 }, () => {
  it('passes valid content, prints the readability table and says what it found', () => {
    const result = runScript();
    expect(result.stdout).toContain('content ok: 4 topics in 3 pathways, 7 glossary terms');
    expect(result.stdout).toMatch(/content\/topics\/bone-scan\.md +\d+ +\d+\.\d +\d+ words/);
    expect(result.stdout).toContain('Flesch-Kincaid grade: median');
    expect(result.status).toBe(0);
  });

  it('fails the build on an error, naming the file and the field, and lists warnings', () => {
    const result = runScript('hard-to-read');
    expect(result.stderr).toContain(
      'content/glossary/tracer.md › body: a sentence of 39 words (at most 30)',
    );
    expect(result.stderr).toContain('the site was not built');
    expect(result.status).toBe(1);
  });
});

describe('the pre-build content check', () => {
  it('finds nothing wrong with valid content, and reads every document', () => {
    const result = check();
    expect(result.errors).toEqual([]);
    expect(result.graph).toBeDefined();
    expect(result.rows.map((row) => row.file)).toContain('content/topics/bone-scan.md');
  });

  it.each([
    ['invalid-frontmatter', 'content/topics/bone-scan.md › summary: is missing (required)'],
    ['unknown-related-topic', 'content/topics/bone-scan.md › related[1]: unknown topic "hot-spot"'],
    [
      'unknown-pathway',
      'content/topics/hot-and-cold-spots.md › pathway: unknown pathway "scans-and-result"',
    ],
    [
      'unknown-glossary-term',
      'content/topics/bone-scan.md › body line 38: link to unknown glossary term "/glossary/hotspot"',
    ],
    [
      'broken-topic-link',
      'content/glossary/zoledronic-acid.md › body line 8: link to unknown topic',
    ],
    ['broken-anchor', 'has no section "#hotspots"'],
    ['duplicate-slug', 'duplicate slug "bone-scan"'],
    ['no-pathway', 'content/topics/bone-strengthening-drugs.md › pathway: topic is in no pathway'],
    ['invalid-yaml', 'content/topics/bone-scan.md › frontmatter: is not valid YAML'],
    ['hard-to-read', 'content/glossary/tracer.md › body: a sentence of 39 words (at most 30)'],
    [
      'sourcing',
      'content/topics/bone-scan.md › body line 42: states a number ("30", "60") without a footnote',
    ],
    ['urgency', 'content/urgency.yaml › symptoms[6].text: names "back pain"'],
    ['bad-copy', 'content/spine.yaml › lumbar.glossary: unknown glossary term "lumbar-spin"'],
  ])('fails for %s, naming the file and the field', (invalidCase, message) => {
    expect(check(invalidCase).errors.join('\n')).toContain(message);
  });

  it('passes an overdue review but lists it as a warning', () => {
    const result = check('overdue-review');
    expect(result.errors).toEqual([]);
    expect(result.warnings.map(formatIssue).join('\n')).toContain(
      'content/topics/hot-and-cold-spots.md › review.nextReview: review overdue',
    );
  });
});
