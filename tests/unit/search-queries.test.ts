import { describe, expect, it } from 'vitest';
import type { SearchesFile } from '@/lib/content/copy-schema';
import { loadContent } from '@/lib/content/load';
import { buildSearchIndex } from '@/lib/search/build';
import { createSearcher, type Searcher } from '@/lib/search/engine';
import { CONTENT_DIR, getSearchIndex } from '@/lib/site';
import { searchRates } from '../fixtures/search/rates';
import { fixtureSite } from '../fixtures/ui';

const fixture = fixtureSite();
/** The fixture site (tests/fixtures/content): the behaviour of search, whatever the real pages say. */
const searcher = createSearcher(buildSearchIndex(fixture));

const top3Pages = (engine: Searcher, query: string) =>
  engine.search(query, 3).map((result) => result.url.split('#')[0]);

/**
 * The promise content/searches.yaml makes for its site: every word search has its page in the top
 * 3, and at least 80% of the whole questions. The list lives beside the pages it names, so an editor
 * who renames or rewrites a page changes it there, and the content check keeps its pages real.
 */
function keepsItsPromises(site: string, engine: Searcher, searches: SearchesFile | undefined) {
  describe(`search keeps the promises of ${site}`, () => {
    it('has a list of searches', () => expect(searches?.words.length).toBeGreaterThan(0));
    it.each(searches?.words ?? [])('"%s" has %s in its top 3', (query, expected) => {
      const urls = engine
        .search(query, 3)
        .map((result) => (expected.includes('#') ? result.url : result.url.split('#')[0]));
      expect(urls).toContain(expected);
    });

    it('answers whole questions and report phrases: 80% or more in the top 3', () => {
      const rates = searchRates(engine, searches?.questions ?? []);
      // The misses are printed so a drop says which question stopped working.
      expect(
        rates.top3 / rates.total,
        `missed:\n${rates.missed.join('\n')}`,
      ).toBeGreaterThanOrEqual(0.8);
    });
  });
}

keepsItsPromises(
  'content/searches.yaml',
  createSearcher(getSearchIndex()),
  loadContent(CONTENT_DIR).copy.searches,
);
keepsItsPromises(
  'the fixture site',
  searcher,
  loadContent('tests/fixtures/content/valid/content').copy.searches,
);

describe('search finds what people type', () => {
  it('forgives typos, and knows brand names, aliases, US spellings and lay words', () => {
    expect(top3Pages(searcher, 'metastisis')).toContain('/topics/bone-scan');
    expect(top3Pages(searcher, 'zomete')).toContain('/glossary/zoledronic-acid');
    expect(searcher.search('Zometa', 1)[0]?.url).toBe('/glossary/zoledronic-acid');
    expect(top3Pages(searcher, 'tumor')).toContain('/topics/bone-scan');
    expect(top3Pages(searcher, 'bone mets')).toContain('/topics/bone-scan');
    expect(top3Pages(searcher, 'radiotracer')).toContain('/glossary/tracer');
  });

  it('lets the one content word of a question lead, not its filler words', () => {
    const [first] = searcher.search('how long do I stay on zometa', 3);
    expect(first?.url).toBe('/glossary/zoledronic-acid');
    expect(top3Pages(searcher, 'what should I do about numb legs')).toContain(
      '/topics/urgent-symptoms',
    );
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
    const meaning = fixture.reportWords.find((word) => word.label === 'Hyperintense')?.meaning;
    expect(first?.snippet.map((segment) => segment.text).join('')).toBe(meaning);
    // A report word with a glossary entry is found through that entry, once.
    const urls = searcher.search('tracer avid focus', 5).map((result) => result.url);
    expect(urls[0]).toBe('/glossary/hot-spot');
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('finds the page about urgent symptoms from the symptoms and lay words it lists', () => {
    const urgentPage = fixture.urgency.urgentPage.url;
    for (const query of ['unsteady on feet back pain', 'numb legs']) {
      expect(top3Pages(searcher, query), query).toContain(urgentPage);
    }
  });

  it('links a section result to its heading on the page', () => {
    const section = searcher.search('hot spot', 5).find((result) => result.kind === 'section');
    const [path, id] = section?.url.split('#') ?? [];
    const topic = fixture.topics.find((candidate) => candidate.url === path);
    expect(id).toBeTruthy();
    expect(topic?.tableOfContents.find((heading) => heading.id === id)?.text).toBe(
      section?.heading,
    );
  });

  it('highlights the matched words in the snippet', () => {
    const topic = searcher
      .search('hot spot', 3)
      .find((result) => result.url === '/topics/hot-and-cold-spots');
    const highlighted = topic?.snippet
      .filter((segment) => segment.highlight)
      .map((segment) => segment.text.toLowerCase());
    expect(highlighted).toEqual(expect.arrayContaining(['hot']));
    expect(highlighted?.some((word) => word.startsWith('spot'))).toBe(true);
  });

  it('suggests close words when nothing matches', () => {
    expect(searcher.search('xqzv', 5)).toEqual([]);
    expect(searcher.suggest('bone scna')).toContain('Bone scans');
  });

  it('returns nothing for an empty or stop-word-only query', () => {
    expect(searcher.search('')).toEqual([]);
    expect(searcher.search('   ')).toEqual([]);
    expect(searcher.search('what is the')).toEqual([]);
  });
});
