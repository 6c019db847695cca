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
/** How much of a section's score its topic borrows for a word the topic's intro does not have. */
const SECTION_SHARE = 0.2;
/** An explainer answers more than a definition does, so it edges ahead when both match as well. */
const KIND_BOOST: Record<SearchResult['kind'], number> = {
  topic: 1.25,
  section: 1,
  term: 1,
  page: 1.1,
  // A report word's meaning is one line: a page that explains it in full edges ahead of it.
  report: 0.9,
};
/**
 * Words a question wraps around what it is about ("how long do I stay on letrozole", "can they see
 * cancer on a bone scan"). They still score where they match, but a page need not have them to count
 * as answering the question.
 */
const QUESTION_WORDS = new Set(
  'see seen show shows keep stay long take get need mean means happen happens tell know ok okay still really actually sure think thing things way someone something anything go going come look say said told lot bit usual usually normal normally worry worried should would could will now next'
    .split(' ')
    .map(stem),
);
const QUESTION_WORD_SHARE = 0.25;
const TITLE_BOOST = 0.5;
const EXACT_TITLE_BOOST = 1.3;
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
  /** For a section of a topic: the topic's own document, which its sections lend their words to. */
  topicIndex?: number;
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
  let parent = { url: '', title: '', index: -1, kind: 'page' as SearchResult['kind'] };
  const documents: DocumentRecord[] = index.docs.map(
    ([kindCode, url, title, heading, snippet, length], docIndex) => {
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
    },
  );
  // Titles as stems, to tell a page that is about a question's subject from one that mentions it.
  const titleStems = documents.map((document) => ` ${queryTokens(document.title).join(' ')} `);
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
      // Pages and terms, not report words: "Did you mean" offers what the site is about, and a
      // short list keeps a fuzzy pass over it fast.
      documents
        .filter((document) => document.kind !== 'section' && document.kind !== 'report')
        .map((document) => document.title),
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

  /** The end of the longest synonym phrase of two or more words that starts at `start`, or 0. */
  function phraseEndAt(stems: string[], start: number): number {
    for (let size = Math.min(longestPhrase, stems.length - start); size >= 2; size--) {
      if (groupsByPhrase.has(stems.slice(start, start + size).join(' '))) return start + size;
    }
    return 0;
  }

  /**
   * True when a phrase overlaps one that starts inside it and runs further: in "cancer on a bone scan"
   * the reader means "bone scan", not "cancer (in the) bone" then "scan". English puts the thing
   * named last, so the later phrase wins.
   */
  function endsInsideLongerPhrase(stems: string[], start: number, size: number): boolean {
    if (size < 2) return false;
    for (let next = start + 1; next < start + size; next++) {
      if (phraseEndAt(stems, next) > start + size) return true;
    }
    return false;
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
        if (!groups || endsInsideLongerPhrase(stems, start, size)) continue;
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
    const isQuestionWord = (concept: Concept) =>
      QUESTION_WORDS.has(concept.alternatives[0]?.stems.join(' ') ?? '');
    // What the question is about: all its concepts when it has no other words.
    const weighed = queryConcepts.some((concept) => !isQuestionWord(concept))
      ? new Set(queryConcepts.filter((concept) => !isQuestionWord(concept)))
      : new Set(queryConcepts);
    const totals = new Map<
      number,
      { score: number; concepts: number; words: Set<string>; inTitle: number }
    >();
    // How much each concept says about the subject: "bone scan" more than "cancer", which is on
    // every page. A title that names the rarer concept is the better answer.
    const importance = new Map(
      queryConcepts.map((concept) => [
        concept,
        Math.max(
          ...concept.alternatives.map((alternative) =>
            alternative.stems.reduce(
              (total, stemmed) => total + (postings.has(stemmed) ? idf(stemmed) : 0),
              0,
            ),
          ),
          Number.EPSILON,
        ),
      ]),
    );
    const weighedImportance = [...weighed].reduce(
      (total, concept) => total + (importance.get(concept) ?? 0),
      0,
    );

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
      // A topic is about what its sections say: "can they see cancer on a bone scan" is answered by
      // "Bone scans", whose intro never says "cancer" but whose sections do. The topic counts the
      // word as present, at a share of the section's score, so its title can lead. (A topic added to
      // the map during this loop is visited too, and skipped: it has no topic above it.)
      for (const [docIndex, { score }] of best) {
        const topicIndex = documents[docIndex]?.topicIndex;
        if (topicIndex === undefined) continue;
        const lent = score * SECTION_SHARE;
        if (lent > (best.get(topicIndex)?.score ?? 0))
          best.set(topicIndex, { score: lent, words: [] });
      }
      // A question's wrapping words ("how long", "see") only tip the balance between pages.
      const share = weighed.has(concept) ? 1 : QUESTION_WORD_SHARE;
      for (const [docIndex, { score, words }] of best) {
        const total = totals.get(docIndex) ?? {
          score: 0,
          concepts: 0,
          words: new Set<string>(),
          inTitle: 0,
        };
        for (const word of words) total.words.add(word);
        // Only explainers and definitions are "about" their title; a section shares its page's title.
        const kind = documents[docIndex]?.kind;
        const named =
          weighed.has(concept) &&
          (kind === 'topic' || kind === 'term' || kind === 'report') &&
          concept.alternatives.some(
            (alternative) =>
              alternative.weight >= WEIGHT.synonym &&
              titleStems[docIndex]?.includes(` ${alternative.stems.join(' ')} `),
          );
        totals.set(docIndex, {
          score: total.score + score * share,
          concepts: total.concepts + (weighed.has(concept) ? 1 : 0),
          words: total.words,
          inTitle: total.inTitle + (named ? (importance.get(concept) ?? 0) : 0),
        });
      }
    }

    const conceptCount = weighed.size;
    // The best few, kept in order as scores arrive: no need to sort every page that matched.
    const keep = limit + 8;
    const ranked: { docIndex: number; words: Set<string>; score: number }[] = [];
    // The whole query is an explainer's whole title ("bone scan" → "Bone scans"): it is the answer.
    const wholeQuery = ` ${stems.join(' ')} `;
    for (const [docIndex, total] of totals) {
      const score =
        (documents[docIndex]?.kind === 'topic' && titleStems[docIndex] === wholeQuery
          ? EXACT_TITLE_BOOST
          : 1) *
        total.score *
        (total.concepts / conceptCount) ** 2 *
        // A page whose title names what the query is about answers it: "bone scan" → "Bone scans".
        (1 + TITLE_BOOST * (total.inTitle / weighedImportance)) *
        KIND_BOOST[documents[docIndex]?.kind ?? 'section'];
      const worst = ranked.at(-1);
      if (
        ranked.length >= keep &&
        worst &&
        (score < worst.score || (score === worst.score && docIndex > worst.docIndex))
      )
        continue;
      let at = ranked.length;
      while (at > 0) {
        const before = ranked[at - 1];
        if (
          !before ||
          before.score > score ||
          (before.score === score && before.docIndex < docIndex)
        )
          break;
        at--;
      }
      ranked.splice(at, 0, { docIndex, words: total.words, score });
      if (ranked.length > keep) ranked.pop();
    }
    const shown = new Set<string>();
    return (
      ranked
        // A glossary term and its body are two documents with one address: show the page once.
        .filter((result) => {
          const url = documents[result.docIndex]?.url ?? '';
          if (shown.has(url)) return false;
          shown.add(url);
          return true;
        })
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
        })
    );
  }

  function suggest(query: string, limit = 5): string[] {
    const trimmed = query.slice(0, 60).trim();
    if (trimmed.length < 2) return [];
    suggestionFinder ??= new Fuse(suggestionWords, { threshold: 0.4, ignoreLocation: true });
    return suggestionFinder.search(trimmed, { limit }).map((result) => result.item);
  }

  return { search, suggest };
}
