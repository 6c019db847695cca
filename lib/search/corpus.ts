import { queryTokens } from './normalize';
import {
  decodePostings,
  decodeVocabulary,
  KIND_CODES,
  type SearchIndexData,
  type SearchResult,
} from './types';

const BM25_K1 = 1.2;
const BM25_B = 0.5;
const MAX_PREFIX_EXPANSIONS = 8;

export interface DocumentRecord {
  kind: SearchResult['kind'];
  url: string;
  title: string;
  heading: string | null;
  snippet: string;
  length: number;
  /** For a section of a topic: the topic's own document, which its sections lend their words to. */
  topicIndex?: number;
}

/** The downloaded index, opened for lookups: documents, vocabulary and BM25 scores per word. */
export interface Corpus {
  documents: DocumentRecord[];
  /** Each document's title as stems, padded with spaces: ` bone scan `. */
  titleStems: string[];
  /** The sorted vocabulary of stems. */
  vocabulary: string[];
  has(stemmed: string): boolean;
  /** Inverse document frequency: how much finding this word says about a document. */
  idf(stemmed: string): number;
  /** BM25 score of each document that has the word. */
  scoresFor(stemmed: string): Map<number, number>;
  /** Longer words that start with `prefix` (the word being typed), a few at most. */
  completions(prefix: string): string[];
}

/**
 * A section is stored as "#id" with no title: it takes both from the page before it (see
 * buildSearchIndex), and a section of a topic remembers the topic.
 */
function decodeDocuments(docs: SearchIndexData['docs']): DocumentRecord[] {
  let parent = { url: '', title: '', index: -1, kind: 'page' as SearchResult['kind'] };
  return docs.map(([kindCode, url, title, heading, snippet, length], docIndex) => {
    const kind = KIND_CODES[kindCode] ?? 'section';
    if (!url.startsWith('#')) parent = { url, title, index: docIndex, kind };
    return {
      kind,
      url: url.startsWith('#') ? `${parent.url}${url}` : url,
      title: title || parent.title,
      heading: heading || null,
      snippet,
      length,
      ...(url.startsWith('#') && parent.kind === 'topic' ? { topicIndex: parent.index } : {}),
    };
  });
}

/**
 * Postings are decoded when a word is first looked up, not all at once when the index arrives: that
 * keeps the moment search becomes ready short on a slow phone.
 */
function lazyPostings(vocabulary: string[], packed: string[]) {
  const positionOf = new Map(vocabulary.map((stemmed, position) => [stemmed, position]));
  const decoded = new Map<string, ReturnType<typeof decodePostings>>();
  return {
    has: (stemmed: string) => positionOf.has(stemmed),
    get(stemmed: string) {
      const position = positionOf.get(stemmed);
      if (position === undefined) return undefined;
      let list = decoded.get(stemmed);
      if (!list) {
        list = decodePostings(packed[position] ?? '');
        decoded.set(stemmed, list);
      }
      return list;
    },
  };
}

/** Binary search in the sorted vocabulary for the words that complete a prefix. */
function completionsIn(vocabulary: string[], prefix: string): string[] {
  let low = 0;
  let high = vocabulary.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((vocabulary[middle] ?? '') < prefix) low = middle + 1;
    else high = middle;
  }
  const found: string[] = [];
  for (let i = low; i < vocabulary.length && found.length < MAX_PREFIX_EXPANSIONS; i++) {
    const word = vocabulary[i] ?? '';
    if (!word.startsWith(prefix)) break;
    if (word !== prefix) found.push(word);
  }
  return found;
}

export function openCorpus(index: SearchIndexData): Corpus {
  const documents = decodeDocuments(index.docs);
  // Titles as stems, to tell a page that is about a question's subject from one that mentions it.
  const titleStems = documents.map((document) => ` ${queryTokens(document.title).join(' ')} `);
  const averageLength =
    documents.reduce((total, document) => total + document.length, 0) /
    Math.max(documents.length, 1);
  const vocabulary = decodeVocabulary(index.vocabulary);
  const postings = lazyPostings(vocabulary, index.postings);

  const idf = (stemmed: string): number => {
    const frequency = postings.get(stemmed)?.length ?? 0;
    return Math.log(1 + (documents.length - frequency + 0.5) / (frequency + 0.5));
  };

  function scoresFor(stemmed: string): Map<number, number> {
    const scores = new Map<number, number>();
    const list = postings.get(stemmed);
    if (!list) return scores;
    const inverse = idf(stemmed);
    for (const [docIndex, frequency] of list) {
      const length = documents[docIndex]?.length ?? averageLength;
      const norm = BM25_K1 * (1 - BM25_B + (BM25_B * length) / averageLength);
      scores.set(docIndex, (inverse * frequency * (BM25_K1 + 1)) / (frequency + norm));
    }
    return scores;
  }

  return {
    documents,
    titleStems,
    vocabulary,
    has: postings.has,
    idf,
    scoresFor,
    completions: (prefix) => completionsIn(vocabulary, prefix),
  };
}
