import { describe, expect, it } from 'vitest';
import { createSearcher } from '@/lib/search/engine';
import { getAllTopics, getSearchIndex } from '@/lib/site';
import { QUERIES } from '../fixtures/search/queries';
import { QUESTIONS } from '../fixtures/search/questions';
import { searchRates } from '../fixtures/search/rates';

const searcher = createSearcher(getSearchIndex());

describe('search finds what people type', () => {
  it.each(QUERIES)('"%s" has %s in its top 3', (query, expected) => {
    const top3 = searcher.search(query, 3).map((result) => result.url.split('#')[0]);
    expect(top3).toContain(expected);
  });

  it('answers whole questions and report phrases as people type them: 80% or more in the top 3', () => {
    const rates = searchRates(searcher, QUESTIONS);
    // The misses are printed so a drop says which question stopped working.
    expect(rates.top3 / rates.total, `missed:\n${rates.missed.join('\n')}`).toBeGreaterThanOrEqual(
      0.8,
    );
  });

  it('lets the one content word of a question lead, not its filler words', () => {
    const [first] = searcher.search('how long do I stay on letrozole', 3);
    expect(first?.url).not.toMatch(/bone-density-scan/);
    const urls = searcher
      .search('what should I eat to keep my bones strong', 3)
      .map((result) => result.url.split('#')[0]);
    expect(urls).toContain('/topics/calcium-vitamin-d-and-diet');
  });

  it('ranks the explainer whose title names the subject first, not one that mentions it', () => {
    expect(searcher.search('can they see cancer on a bone scan', 1)[0]?.url).toBe(
      '/topics/bone-scan',
    );
    expect(searcher.search('bone scan', 1)[0]?.url).toBe('/topics/bone-scan');
  });

  it('finds the plain meaning of a phrase copied from a report', () => {
    const [first] = searcher.search('hyperintense on STIR', 3);
    expect(first?.kind).toBe('report');
    expect(first?.url).toBe('/explain#word=hyperintense');
    expect(first?.snippet.map((segment) => segment.text).join('')).toMatch(/brighter|bright/i);
    // A report word with a glossary entry is found through that entry, once.
    const urls = searcher.search('photopenic defect', 5).map((result) => result.url);
    expect(urls[0]).toBe('/glossary/cold-spot');
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('finds the page about urgent symptoms from the symptoms and lay words it lists', () => {
    for (const query of ['unsteady on feet back pain', 'cannot wee']) {
      const urls = searcher.search(query, 3).map((result) => result.url.split('#')[0]);
      expect(urls, query).toContain('/topics/urgent-symptoms');
    }
  });

  it('links a section result to its heading on the page', () => {
    const section = searcher
      .search('dental check before starting', 5)
      .find((result) => result.kind === 'section');
    const [path, id] = section?.url.split('#') ?? [];
    const topic = getAllTopics().find((candidate) => candidate.url === path);
    expect(id).toBeTruthy();
    expect(topic?.tableOfContents.find((heading) => heading.id === id)?.text).toBe(
      section?.heading,
    );
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
