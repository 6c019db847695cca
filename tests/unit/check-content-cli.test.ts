import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(projectRoot, 'tests/fixtures/content');

/** Runs the real pre-build content check (what `npm run build` runs first) in a copy of the fixture site. */
function runCheck(invalidCase?: string) {
  const root = mkdtempSync(path.join(tmpdir(), 'bhe-cli-'));
  cpSync(path.join(fixtures, 'valid'), root, { recursive: true });
  if (invalidCase) cpSync(path.join(fixtures, 'invalid', invalidCase), root, { recursive: true });
  return spawnSync(
    path.join(projectRoot, 'node_modules/.bin/tsx'),
    [
      '--tsconfig',
      path.join(projectRoot, 'tsconfig.json'),
      path.join(projectRoot, 'scripts/check-content.ts'),
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: '' } },
  );
}

describe('the pre-build content check', () => {
  it('passes valid content and says what it found', () => {
    const result = runCheck();
    expect(result.stdout).toContain('content ok: 4 topics in 3 pathways, 7 glossary terms');
    expect(result.stdout).toMatch(/content\/topics\/bone-scan\.md +\d+ +\d+\.\d +\d+ words/);
    expect(result.stdout).toContain('Flesch-Kincaid grade: median');
    expect(result.status).toBe(0);
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
  ])('fails the build for %s, naming the file and the field', (invalidCase, message) => {
    const result = runCheck(invalidCase);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('the site was not built');
    expect(result.status).toBe(1);
  });

  it('builds with an overdue review but lists it as a warning', () => {
    const result = runCheck('overdue-review');
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(
      'warning: content/topics/hot-and-cold-spots.md › review.nextReview: review overdue',
    );
  });
});
