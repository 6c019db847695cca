import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { buildGraph } from '@/lib/graph/build';
import { checkFigures, computeFigures } from '@/scripts/readme-figures';

describe('the figures README.md quotes', () => {
  it('match the content today (npm run docs:figures updates them)', () => {
    const loaded = loadContent('content');
    const { graph } = buildGraph(loaded);
    if (!graph) throw new Error('content/ has errors: run npm run check:content');
    const check = checkFigures(readFileSync('README.md', 'utf8'), computeFigures(loaded, graph));
    expect(check.unknown, 'figures in README.md that nothing computes').toEqual([]);
    expect(check.unquoted, 'computed figures README.md never quotes').toEqual([]);
    expect(check.stale, 'stale figures in README.md: run npm run docs:figures').toEqual([]);
  }, 60_000);

  it('names a stale figure with what it says and what it should say, and rewrites only the span', () => {
    const text =
      'We have <!-- figure:topics -->28<!-- /figure --> topics and <!-- figure:typo -->1<!-- /figure -->.';
    const check = checkFigures(text, { topics: '29', terms: '111' });
    expect(check.stale).toEqual(['topics: 28 → 29']);
    expect(check.unknown).toEqual(['typo']);
    expect(check.unquoted).toEqual(['terms']);
    expect(check.text).toBe(
      'We have <!-- figure:topics -->29<!-- /figure --> topics and <!-- figure:typo -->1<!-- /figure -->.',
    );
  });
});
