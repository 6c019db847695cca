import { createSearcher, type Searcher } from './engine';
import type { SearchIndexData } from './types';

export const SEARCH_INDEX_URL = '/search-index.json';

let loading: Promise<Searcher> | undefined;

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * Checks the shape of a downloaded index (a stale cached copy, a proxy error page) before use. A
 * hand-written guard rather than zod: this runs in the browser, where every kilobyte counts.
 */
export function parseSearchIndex(value: unknown): SearchIndexData {
  if (
    typeof value === 'object' &&
    value !== null &&
    'version' in value &&
    value.version === 1 &&
    'docs' in value &&
    Array.isArray(value.docs) &&
    value.docs.every(
      (doc: unknown) =>
        Array.isArray(doc) &&
        doc.length === 6 &&
        typeof doc[0] === 'number' &&
        typeof doc[5] === 'number' &&
        doc.slice(1, 5).every((field: unknown) => typeof field === 'string'),
    ) &&
    'vocabulary' in value &&
    typeof value.vocabulary === 'string' &&
    'postings' in value &&
    isStringArray(value.postings) &&
    'synonyms' in value &&
    Array.isArray(value.synonyms) &&
    value.synonyms.every(isStringArray)
  ) {
    return {
      version: 1,
      docs: value.docs,
      vocabulary: value.vocabulary,
      postings: value.postings,
      synonyms: value.synonyms,
    };
  }
  throw new Error('search index: unexpected format');
}

/** Fetches the index once, on first use, and builds the searcher. A failed fetch can be tried again. */
export function loadSearcher(): Promise<Searcher> {
  loading ??= fetch(SEARCH_INDEX_URL)
    .then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
      return response.json();
    })
    .then((data: unknown) => createSearcher(parseSearchIndex(data)))
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
