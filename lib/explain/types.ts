/** What the browser downloads to explain a letter: written to out/explain-lexicon.json at build time. */
export interface ExplainLexiconData {
  version: 3;
  /**
   * Everything explained by name: glossary terms, then the words of scan reports.
   * [key, label, definition, url, urlLabel, topicUrl, topicLabel]; links are '' when there is none.
   */
  entries: [
    key: string,
    label: string,
    definition: string,
    url: string,
    urlLabel: string,
    topicUrl: string,
    topicLabel: string,
  ][];
  /**
   * Every way of writing an entry, as its stemmed tokens joined by spaces, with the index of its entry.
   * A short abbreviation written in capitals ("PET", "ER") is marked to match only in capitals.
   */
  phrases: [phrase: string, entry: number, capitalsOnly: 0 | 1][];
  /** Everyday English word stems, sorted and front-coded: a word in here is not listed as unknown. */
  everyday: string;
  /** How bone density numbers are placed in their bands. */
  density: DensityData;
  /** How each part of the spine is named and linked (content/spine.yaml). */
  spine: SpineWords;
}

/** content/bone-density.yaml as the browser needs it. */
export interface DensityData {
  always: string;
  url: string;
  urlLabel: string;
  tAbout: string;
  /** From the highest band down: [how the limit applies, the limit, the band's label]. */
  tBands: [rule: 'atLeast' | 'above' | 'otherwise', limit: number, label: string][];
  zAbout: string;
  zBelow: number;
  zBelowLabel: string;
  zWithinLabel: string;
  bmd: string;
  change: string;
  frax: string;
}

/** How /explain names one part of the spine, with the glossary page that explains it. */
export interface SpineRegionWords {
  /** "lower back (lumbar spine)": completes "The 3rd bone of your …". */
  where: string;
  url: string;
  urlLabel: string;
}

/** content/spine.yaml as the browser needs it, by part of the spine. */
export type SpineWords = Record<'cervical' | 'thoracic' | 'lumbar' | 'sacrum', SpineRegionWords>;

/** A run of the reader's text: plain, or a word or phrase we explain. */
export type ExplainSegment =
  { kind: 'text'; text: string } | { kind: 'term'; text: string; key: string };

/** Something we explain, once however often it appears, in order of first appearance. */
export interface Explanation {
  /** Stable within one result: a glossary slug, a report word, a spine level such as "l3", a score. */
  key: string;
  label: string;
  definition: string;
  /** Where to read more ('' when nowhere), and what that page is about, for "More about …". */
  url: string;
  urlLabel: string;
  /** The explainer that covers it, when there is one beyond the glossary. */
  topicUrl?: string;
  topicLabel?: string;
  /** How it was written in the reader's text, each form once. */
  asWritten: string[];
}

export interface ExplainResult {
  segments: ExplainSegment[];
  explanations: Explanation[];
  /**
   * True when a word we explain comes just after "no", "not" or "nil": the report may be saying it was
   * looked for and not seen, and the meanings must not read as findings.
   */
  explainsANegatedWord: boolean;
  /** Words that are neither explained nor everyday English, each once, as first written. */
  unknownWords: string[];
  /** True when the text was longer than we look at, so the reader knows the end was left out. */
  truncated: boolean;
}
