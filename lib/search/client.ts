import { fetchOnce } from '@/lib/fetch-once';
import {
  arrayOf,
  isNumber,
  isString,
  isStringArray,
  objectOf,
  oneOf,
  parserFor,
  tupleOf,
} from '@/lib/shape';
import { createSearcher } from './engine';
import type { SearchIndexData } from './types';

export const SEARCH_INDEX_URL = '/search-index.json';

const isSearchIndex = objectOf<SearchIndexData>({
  version: oneOf(1),
  docs: arrayOf(tupleOf(isNumber, isString, isString, isString, isString, isNumber)),
  vocabulary: isString,
  postings: isStringArray,
  synonyms: arrayOf(isStringArray),
});

/** Checks the shape of a downloaded index (a stale cached copy, a proxy error page) before use. */
export const parseSearchIndex = parserFor(isSearchIndex, 'search index');

/** Fetches the index once, on first use, and builds the searcher. A failed fetch can be tried again. */
export const loadSearcher = fetchOnce(SEARCH_INDEX_URL, (data) =>
  createSearcher(parseSearchIndex(data)),
);
