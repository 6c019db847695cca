import { describe, expect, it } from 'vitest';
import { createSearcher } from '@/lib/search/engine';
import { getSearchIndex } from '@/lib/site';
import { seededRandom } from '@/lib/seeded-random';

const searcher = createSearcher(getSearchIndex());

const PIECES = [
  '.*+?^${}()|[]\\/',
  '(?<x>a)\\1',
  '😀🦴🩻👩🏽‍⚕️',
  'سرطان الثدي', // right-to-left
  '\u202Ehot spot\u202C',
  '\u0000\u0007\u001b[31m\u007f',
  '\uD800', // a lone surrogate
  '<script>alert(1)</script>',
  "'; DROP TABLE--",
  'hot spot',
  'Zometa',
  'métástasis',
  '   ',
  '',
  '\n\t\r',
  'constructor',
  '__proto__',
  'toString',
];

function hostileInput(next: () => number): string {
  const kind = Math.floor(next() * 5);
  if (kind === 0) return 'a'.repeat(10_000);
  if (kind === 1) {
    return Array.from({ length: 10_000 }, () =>
      String.fromCharCode(Math.floor(next() * 0xffff)),
    ).join('');
  }
  const count = 1 + Math.floor(next() * 6);
  return Array.from({ length: count }, () => PIECES[Math.floor(next() * PIECES.length)] ?? '').join(
    next() < 0.5 ? ' ' : '',
  );
}

describe('search with hostile input', () => {
  it('answers 10,000 generated hostile inputs without throwing, each in bounded time', () => {
    const next = seededRandom(20261122);
    let slowest = 0;
    for (let i = 0; i < 10_000; i++) {
      const input = hostileInput(next);
      const started = performance.now();
      const results = searcher.search(input, 10);
      slowest = Math.max(slowest, performance.now() - started);
      expect(Array.isArray(results)).toBe(true);
      expect(results.length).toBeLessThanOrEqual(10);
      searcher.suggest(input);
    }
    // Generous, so a busy CI machine never flakes: the point is "bounded", not "fast" (see bench:search).
    expect(slowest).toBeLessThan(250);
  }, 300_000);

  it('treats prototype names as ordinary words', () => {
    expect(() => searcher.search('constructor __proto__ toString hasOwnProperty')).not.toThrow();
  });

  it('still finds the words inside noisy input', () => {
    const top = searcher.search('😀 (hot) [spot]?? ', 3).map((result) => result.url.split('#')[0]);
    expect(top).toContain('/topics/hot-and-cold-spots');
  });
});
