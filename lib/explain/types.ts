/** What the browser downloads to explain a letter: written to out/explain-lexicon.json at build time. */
export interface ExplainLexiconData {
  version: 1;
  /** One per glossary term: [slug, term, short definition]. */
  terms: [slug: string, term: string, definition: string][];
  /**
   * Every way of writing a term, as its stemmed tokens joined by spaces, with the index of its term.
   * A short abbreviation written in capitals ("PET", "ER") is marked to match only in capitals.
   */
  phrases: [phrase: string, term: number, capitalsOnly: 0 | 1][];
  /** Everyday English word stems, sorted and front-coded: a word in here is not listed as unknown. */
  everyday: string;
}

/** One glossary term as the browser shows it beside the reader's text. */
export interface ExplainTerm {
  slug: string;
  term: string;
  definition: string;
  url: string;
}

/** A run of the reader's text: plain, or a word or phrase we explain. */
export type ExplainSegment =
  { kind: 'text'; text: string } | { kind: 'term'; text: string; key: string };

/** Something we explain, once however often it appears, in order of first appearance. */
export interface Explanation {
  /** Stable within one result: a glossary slug, or a spine level such as "l3". */
  key: string;
  label: string;
  definition: string;
  url: string;
  /** What the linked page is about, for "More about …". */
  urlLabel: string;
  /** How it was written in the reader's text, each form once. */
  asWritten: string[];
}

export interface ExplainResult {
  segments: ExplainSegment[];
  explanations: Explanation[];
  /** Words that are neither explained nor everyday English, each once, as first written. */
  unknownWords: string[];
  /** True when the text was longer than we look at, so the reader knows the end was left out. */
  truncated: boolean;
}
