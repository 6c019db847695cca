import { describe, expect, it } from 'vitest';
import { createSearcher } from '@/lib/search/engine';
import { getAllTopics, getSearchIndex } from '@/lib/site';
import { QUERIES } from '../fixtures/search/queries';

const searcher = createSearcher(getSearchIndex());

describe('search finds what people type', () => {
  it.each(QUERIES)('"%s" has %s in its top 3', (query, expected) => {
    const top3 = searcher.search(query, 3).map((result) => result.url.split('#')[0]);
    expect(top3).toContain(expected);
  });

  it('links a section result to its heading on the page', () => {
    const section = searcher
      .search('dental check before starting', 5)
      .find((result) => result.kind === 'section');
    const [path, id] = section?.url.split('#') ?? [];
    const topic = getAllTopics().find((candidate) => candidate.url === path);
    expect(id).toBeTruthy();
    expect(topic?.sections.find((heading) => heading.id === id)?.text).toBe(section?.heading);
  });

  it('highlights the matched words in the snippet', () => {
    const [first] = searcher.search('hot spot', 1);
    const highlighted = first?.snippet
      .filter((segment) => segment.highlight)
      .map((segment) => segment.text.toLowerCase());
    expect(highlighted).toEqual(expect.arrayContaining(['hot']));
    expect(highlighted?.some((word) => word.startsWith('spot'))).toBe(true);
  });

  it('suggests close words when nothing matches', () => {
    expect(searcher.search('xqzv', 5)).toEqual([]);
    expect(searcher.suggest('bone scna')).toContain('Bone scan');
  });

  it('returns nothing for an empty or stop-word-only query', () => {
    expect(searcher.search('')).toEqual([]);
    expect(searcher.search('   ')).toEqual([]);
    expect(searcher.search('what is the')).toEqual([]);
  });
});
