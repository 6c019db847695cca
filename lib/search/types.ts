/**
 * What a result points at: the intro of a topic, one of its sections, a glossary term, a page, or a
 * word from scan reports (content/report-words), whose snippet is its plain meaning.
 */
export type SearchKind = 'topic' | 'section' | 'term' | 'page' | 'report';

export const KIND_CODES: readonly SearchKind[] = ['topic', 'section', 'term', 'page', 'report'];

/**
 * The index as shipped to the browser (search-index.json): small tuples rather than objects, because
 * every byte is downloaded on a phone.
 */
export interface SearchIndexData {
  version: 1;
  /**
   * [kind code, url, title, heading ('' for none), snippet, length in body tokens]. A section's url is
   * just "#id" and its title '' : both come from the page before it (see expandDocuments).
   */
  docs: [number, string, string, string, string, number][];
  /** The sorted stems, front-coded: each entry is one base-36 digit of shared prefix, then the rest. */
  vocabulary: string;
  /**
   * Postings for each stem in vocabulary order, precomputed at build time and packed as text: for each
   * document with the word, the gap from the previous document number in base 36, then one capital
   * letter for its weight (A = lowest). See encodePostings / decodePostings.
   */
  postings: string[];
  /** Groups of phrases (stems joined by spaces) that mean the same thing. */
  synonyms: string[][];
}

export function encodeVocabulary(sortedWords: string[]): string {
  let previous = '';
  return sortedWords
    .map((word) => {
      let shared = 0;
      while (
        shared < Math.min(35, previous.length, word.length) &&
        previous[shared] === word[shared]
      )
        shared++;
      previous = word;
      return `${shared.toString(36)}${word.slice(shared)}`;
    })
    .join(',');
}

export function decodeVocabulary(packed: string): string[] {
  let previous = '';
  return packed === ''
    ? []
    : packed.split(',').map((entry) => {
        previous = previous.slice(0, parseInt(entry.charAt(0), 36)) + entry.slice(1);
        return previous;
      });
}

/** Weights are stored on a log scale, one letter each. */
const WEIGHT_LEVELS = 26;
const WEIGHT_BASE = 1.6;

export function encodeWeight(weight: number): string {
  const level = Math.min(
    WEIGHT_LEVELS - 1,
    Math.max(0, Math.round(Math.log(weight) / Math.log(WEIGHT_BASE))),
  );
  return String.fromCharCode(65 + level);
}

export function decodeWeight(letter: string): number {
  return WEIGHT_BASE ** (letter.charCodeAt(0) - 65);
}

/** [[document, weight], …] in document order → "0C3A12F…" */
export function encodePostings(entries: [number, number][]): string {
  let previous = 0;
  return entries
    .map(([doc, weight]) => {
      const gap = (doc - previous).toString(36);
      previous = doc;
      return `${gap}${encodeWeight(weight)}`;
    })
    .join('');
}

export function decodePostings(packed: string): [number, number][] {
  const entries: [number, number][] = [];
  let doc = 0;
  for (const match of packed.matchAll(/([0-9a-z]+)([A-Z])/g)) {
    doc += parseInt(match[1] ?? '0', 36);
    entries.push([doc, decodeWeight(match[2] ?? 'A')]);
  }
  return entries;
}

export interface HighlightSegment {
  text: string;
  highlight: boolean;
}

export interface SearchResult {
  url: string;
  kind: SearchKind;
  title: string;
  heading: string | null;
  snippet: HighlightSegment[];
  score: number;
}
