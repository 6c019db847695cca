import { createConceptFinder } from './concepts';
import { openCorpus } from './corpus';
import { queryTokens } from './normalize';
import { rank } from './rank';
import { shapeResults } from './snippet';
import { createSuggester, createTypoFinder } from './typos';
import type { SearchIndexData, SearchResult } from './types';

export interface Searcher {
  search(query: string, limit?: number): SearchResult[];
  /** Close words to offer when a search finds nothing. */
  suggest(query: string, limit?: number): string[];
}

/**
 * The search engine that runs in the browser over the downloaded index. A query goes through four
 * steps, one module each: normalised into stems (normalize.ts), grouped into concepts with their
 * synonyms, completions and typo corrections (concepts.ts, typos.ts), ranked by BM25 and what the
 * question is about (rank.ts, over corpus.ts), and shaped into results with highlights (snippet.ts).
 */
export function createSearcher(index: SearchIndexData): Searcher {
  const corpus = openCorpus(index);
  const concepts = createConceptFinder(index.synonyms, {
    has: corpus.has,
    completions: corpus.completions,
    typoMatches: createTypoFinder(corpus.vocabulary),
  });
  const suggest = createSuggester([
    ...new Set(
      // Pages and terms, not report words: "Did you mean" offers what the site is about.
      corpus.documents
        .filter((document) => document.kind !== 'section' && document.kind !== 'report')
        .map((document) => document.title),
    ),
  ]);

  function search(query: string, limit = 10): SearchResult[] {
    const stems = queryTokens(query);
    if (stems.length === 0) return [];
    const ranked = rank(corpus, stems, concepts(stems), limit);
    return shapeResults(ranked, corpus.documents, limit);
  }

  return { search, suggest };
}
