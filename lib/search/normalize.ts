/**
 * Text → search tokens, the same at build time and in the browser. Kept free of imports so the
 * browser bundle stays small.
 */

/** Longest query we look at: enough for any real question, and it bounds the work per keystroke. */
export const MAX_QUERY_CHARACTERS = 120;
export const MAX_QUERY_TOKENS = 8;

const STOP_WORDS = new Set(
  'a about also an and any are as at be been but by can could do does each for from had has have how i if in into is it its just may me might more most much my of on one or other our over so some such than that the their them then there these they this those to too us very was we were what when where which while who why will with would you your'.split(
    ' ',
  ),
);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** Lower case, accents removed, apostrophes dropped ("Paget's" → "pagets"). */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '');
}

/** Words made of letters and digits; everything else (regex characters, emoji, control characters) splits. */
export function words(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

const VOWEL = /[aeiouy]/;

/**
 * A light English stemmer: plurals and -ing/-ed forms share a stem ("scans", "scanning", "scanned" →
 * "scan"). Irregular forms (metastasis/metastases, vertebra/vertebrae) are in content/synonyms.yaml.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let stemmed = word;
  if (stemmed.endsWith('ies') && stemmed.length > 4) stemmed = `${stemmed.slice(0, -3)}y`;
  else if (/(?:ss|us|is)$/.test(stemmed)) return stemmed;
  else if (/(?:sh|ch|x|z)es$/.test(stemmed)) stemmed = stemmed.slice(0, -2);
  else if (stemmed.endsWith('s')) stemmed = stemmed.slice(0, -1);
  for (const suffix of ['ing', 'ed']) {
    const base = stemmed.slice(0, -suffix.length);
    if (stemmed.endsWith(suffix) && base.length >= 3 && VOWEL.test(base)) {
      stemmed = /([bdfglmnprt])\1$/.test(base) ? base.slice(0, -1) : base;
      break;
    }
  }
  return stemmed;
}

/** Index and query tokens: folded, split, stop words dropped, stemmed. */
export function tokens(text: string): string[] {
  return words(text)
    .filter((word) => !isStopWord(word))
    .map(stem);
}

/** A query made safe: bounded length and token count, whatever was typed or pasted. */
export function queryTokens(query: string): string[] {
  return tokens(query.slice(0, MAX_QUERY_CHARACTERS)).slice(0, MAX_QUERY_TOKENS);
}
