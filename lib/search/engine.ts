import Fuse from 'fuse.js';
import { foldText, queryTokens, stem } from './normalize';
import {
  decodePostings,
  decodeVocabulary,
  KIND_CODES,
  type HighlightSegment,
  type SearchIndexData,
  type SearchResult,
} from './types';

const BM25_K1 = 1.2;
const BM25_B = 0.5;
/** How much a synonym, a completed prefix or a corrected typo counts next to the word typed. */
const WEIGHT = { typed: 1, synonym: 0.9, prefix: 0.7, typo: 0.6 } as const;
const MAX_PREFIX_EXPANSIONS = 8;
/** An explainer answers more than a definition does, so it edges ahead when both match as well. */
const KIND_BOOST: Record<SearchResult['kind'], number> = {
  topic: 1.25,
  section: 1,
  term: 1,
  page: 1.1,
};
const MAX_TYPO_CANDIDATES = 3;
const MAX_LOOK_ALIKES = 40;
/** Unknown words corrected per query: bounds the work whatever is pasted in. */
const MAX_TYPO_WORDS = 3;

function characterPairs(word: string): string[] {
  const padded = ` ${word} `;
  return Array.from({ length: padded.length - 1 }, (_, index) => padded.slice(index, index + 2));
}

/** One meaning in the query: the words typed, and other ways to say them. */
interface Concept {
  alternatives: { stems: string[]; weight: number }[];
}

interface DocumentRecord {
  kind: SearchResult['kind'];
  url: string;
  title: string;
  heading: string | null;
  snippet: string;
  length: number;
}

export interface Searcher {
  search(query: string, limit?: number): SearchResult[];
  /** Close words to offer when a search finds nothing. */
  suggest(query: string, limit?: number): string[];
}

/** Splits a snippet into plain and highlighted runs; React renders them, so no HTML is ever built. */
export function highlight(text: string, matched: ReadonlySet<string>): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)) {
    const word = match[0];
    const index = match.index ?? 0;
    if (!matched.has(stem(foldText(word)))) continue;
    if (index > last) segments.push({ text: text.slice(last, index), highlight: false });
    const previous = segments.at(-1);
    if (previous?.highlight && index === last) previous.text += word;
    else segments.push({ text: word, highlight: true });
    last = index + word.length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), highlight: false });
  return segments;
}

/** Starts the snippet near the first highlight when that is far into the text. */
function focusSnippet(segments: HighlightSegment[]): HighlightSegment[] {
  const first = segments.findIndex((segment) => segment.highlight);
  const before = segments
    .slice(0, Math.max(first, 0))
    .reduce((total, segment) => total + segment.text.length, 0);
  if (first <= 0 || before < 90) return segments;
  const lead = segments[first - 1];
  if (!lead) return segments;
  const kept = lead.text.slice(-40);
  const start = kept.indexOf(' ');
  return [{ text: `…${kept.slice(start + 1)}`, highlight: false }, ...segments.slice(first)];
}

export function createSearcher(index: SearchIndexData): Searcher {
  let parent = { url: '', title: '' };
  const documents: DocumentRecord[] = index.docs.map(
    ([kind, url, title, heading, snippet, length]) => {
      if (!url.startsWith('#')) parent = { url, title };
      return {
        kind: KIND_CODES[kind] ?? 'section',
        url: url.startsWith('#') ? `${parent.url}${url}` : url,
        title: title || parent.title,
        heading: heading || null,
        snippet,
        length,
      };
    },
  );
  const averageLength =
    documents.reduce((total, document) => total + document.length, 0) /
    Math.max(documents.length, 1);
  const vocabulary = decodeVocabulary(index.vocabulary);
  // Postings are decoded when a word is first looked up, not all at once when the index arrives:
  // that keeps the moment search becomes ready short on a slow phone.
  const positionOf = new Map(vocabulary.map((stemmed, position) => [stemmed, position]));
  const decoded = new Map<string, ReturnType<typeof decodePostings>>();
  const postings = {
    has: (stemmed: string) => positionOf.has(stemmed),
    get(stemmed: string) {
      const position = positionOf.get(stemmed);
      if (position === undefined) return undefined;
      let list = decoded.get(stemmed);
      if (!list) {
        list = decodePostings(index.postings[position] ?? '');
        decoded.set(stemmed, list);
      }
      return list;
    },
  };
  const groupsByPhrase = new Map<string, string[][]>();
  for (const group of index.synonyms) {
    const split = group.map((phrase) => phrase.split(' '));
    for (const phrase of group)
      groupsByPhrase.set(phrase, [...(groupsByPhrase.get(phrase) ?? []), ...split]);
  }
  const longestPhrase = Math.max(
    1,
    ...index.synonyms.flat().map((phrase) => phrase.split(' ').length),
  );
  // Typos: character pairs narrow the vocabulary to a few dozen look-alikes, then fuse.js scores
  // those short strings. fuse.js never runs over whole texts, so a typo costs the same at any size.
  // Built on the first typo, not before: most searches never need it.
  let pairIndex: Map<string, number[]> | undefined;
  const wordsByPair = () => {
    if (pairIndex) return pairIndex;
    pairIndex = new Map<string, number[]>();
    vocabulary.forEach((word, position) => {
      for (const pair of new Set(characterPairs(word))) {
        const list = pairIndex?.get(pair);
        if (list) list.push(position);
        else pairIndex?.set(pair, [position]);
      }
    });
    return pairIndex;
  };
  const suggestionWords = [
    ...new Set(
      documents.filter((document) => document.kind !== 'section').map((document) => document.title),
    ),
  ];
  let suggestionFinder: Fuse<string> | undefined;

  const idf = (stemmed: string): number => {
    const frequency = postings.get(stemmed)?.length ?? 0;
    return Math.log(1 + (documents.length - frequency + 0.5) / (frequency + 0.5));
  };

  function prefixMatches(prefix: string): string[] {
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

  function typoMatches(word: string): string[] {
    if (word.length < 4 || word.length > 24 || /\d/.test(word)) return [];
    const pairs = [...new Set(characterPairs(word))];
    const shared = new Map<number, number>();
    for (const pair of pairs) {
      for (const position of wordsByPair().get(pair) ?? [])
        shared.set(position, (shared.get(position) ?? 0) + 1);
    }
    const lookAlikes = [...shared]
      .filter(([position, count]) => {
        const candidate = vocabulary[position] ?? '';
        return (
          count >= Math.ceil(pairs.length * 0.4) && Math.abs(candidate.length - word.length) <= 2
        );
      })
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_LOOK_ALIKES)
      .map(([position]) => vocabulary[position] ?? '');
    if (lookAlikes.length === 0) return [];
    return new Fuse(lookAlikes, { includeScore: true, threshold: 0.34, ignoreLocation: true })
      .search(word, { limit: MAX_TYPO_CANDIDATES })
      .map((result) => result.item);
  }

  /** Groups the query into concepts: synonym phrases first (longest wins), then single words. */
  function concepts(stems: string[], isTyping: boolean): Concept[] {
    const found: Concept[] = [];
    let typoWords = 0;
    for (let start = 0; start < stems.length;) {
      let matched = false;
      for (
        let size = Math.min(longestPhrase, stems.length - start);
        size >= 1 && !matched;
        size--
      ) {
        const phrase = stems.slice(start, start + size);
        const groups = groupsByPhrase.get(phrase.join(' '));
        if (!groups) continue;
        const alternatives = [
          { stems: phrase, weight: WEIGHT.typed },
          ...groups
            .filter((other) => other.join(' ') !== phrase.join(' '))
            .map((other) => ({ stems: other, weight: WEIGHT.synonym })),
        ];
        found.push({ alternatives });
        start += size;
        matched = true;
      }
      if (matched) continue;
      const word = stems[start] ?? '';
      const alternatives: Concept['alternatives'] = [{ stems: [word], weight: WEIGHT.typed }];
      const isLast = start === stems.length - 1;
      if (isLast && isTyping && word.length >= 2) {
        alternatives.push(
          ...prefixMatches(word).map((other) => ({ stems: [other], weight: WEIGHT.prefix })),
        );
      }
      if (!postings.has(word) && alternatives.length === 1 && typoWords < MAX_TYPO_WORDS) {
        typoWords++;
        for (const corrected of typoMatches(word)) {
          alternatives.push({ stems: [corrected], weight: WEIGHT.typo });
          for (const group of groupsByPhrase.get(corrected) ?? []) {
            alternatives.push({ stems: group, weight: WEIGHT.typo * WEIGHT.synonym });
          }
        }
      }
      found.push({ alternatives });
      start += 1;
    }
    return found;
  }

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

  function search(query: string, limit = 10): SearchResult[] {
    const stems = queryTokens(query);
    if (stems.length === 0) return [];
    const queryConcepts = concepts(stems, true);
    const totals = new Map<number, { score: number; concepts: number; words: Set<string> }>();

    for (const concept of queryConcepts) {
      // For each document, the alternative that scored best for this concept, and its words to highlight.
      const best = new Map<number, { score: number; words: string[] }>();
      const typed = concept.alternatives[0]?.stems ?? [];
      const typedIdf = typed.every((stemmed) => postings.has(stemmed))
        ? Math.max(...typed.map(idf))
        : Infinity;
      for (const alternative of concept.alternatives) {
        const perStem = alternative.stems.map(scoresFor);
        // A rarer synonym must not outrank the common word the reader typed ("cancer" vs "malignant").
        const rarity =
          alternative.stems === typed
            ? 1
            : Math.min(1, typedIdf / Math.max(...alternative.stems.map(idf), Number.EPSILON));
        const candidates = new Set(perStem.flatMap((scores) => [...scores.keys()]));
        for (const docIndex of candidates) {
          const sum = perStem.reduce((total, scores) => total + (scores.get(docIndex) ?? 0), 0);
          const present = perStem.filter((scores) => scores.has(docIndex)).length;
          // A phrase counts in full only when all its words are there.
          const score =
            (rarity * alternative.weight * sum * present) / alternative.stems.length ** 2;
          if (score > (best.get(docIndex)?.score ?? 0)) {
            // Highlight a phrase only where all of it is there: "bone" alone is not "bone marrow".
            best.set(docIndex, {
              score,
              words: present === alternative.stems.length ? alternative.stems : [],
            });
          }
        }
      }
      for (const [docIndex, { score, words }] of best) {
        const total = totals.get(docIndex) ?? { score: 0, concepts: 0, words: new Set<string>() };
        for (const word of words) total.words.add(word);
        totals.set(docIndex, {
          score: total.score + score,
          concepts: total.concepts + 1,
          words: total.words,
        });
      }
    }

    const conceptCount = queryConcepts.length;
    return [...totals]
      .map(([docIndex, total]) => ({
        docIndex,
        words: total.words,
        score:
          total.score *
          (total.concepts / conceptCount) ** 2 *
          KIND_BOOST[documents[docIndex]?.kind ?? 'section'],
      }))
      .sort((a, b) => b.score - a.score || a.docIndex - b.docIndex)
      .slice(0, limit)
      .flatMap(({ docIndex, score, words }) => {
        const document = documents[docIndex];
        if (!document) return [];
        return [
          {
            url: document.url,
            kind: document.kind,
            title: document.title,
            heading: document.heading,
            snippet: focusSnippet(highlight(document.snippet, words)),
            score: Math.round(score * 1000) / 1000,
          },
        ];
      });
  }

  function suggest(query: string, limit = 5): string[] {
    const trimmed = query.slice(0, 60).trim();
    if (trimmed.length < 2) return [];
    suggestionFinder ??= new Fuse(suggestionWords, { threshold: 0.4, ignoreLocation: true });
    return suggestionFinder.search(trimmed, { limit }).map((result) => result.item);
  }

  return { search, suggest };
}
