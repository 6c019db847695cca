/**
 * Finds the words of a letter or report that this site explains. Runs in the browser: the reader's
 * text is never sent anywhere. Kept to small pure functions so every rule is unit-tested.
 */
import { foldText, isStopWord, stem, words } from '@/lib/search/normalize';
import { decodeVocabulary } from '@/lib/search/types';
import { spineLevelAt, type SpineMatch } from './spine';
import type {
  ExplainLexiconData,
  ExplainResult,
  ExplainSegment,
  ExplainTerm,
  Explanation,
} from './types';

/** We look at this much of a paste: many letters' worth. The rest is shown, not explained. */
export const MAX_EXPLAIN_CHARACTERS = 50_000;

/** Marks a one-word key stored exactly as written, not stemmed (see lib/explain/build.ts). */
export const EXACT = '=';

/** The key a phrase is stored under: its words folded and stemmed, so "Lesions" finds "lesion". */
export function phraseKey(phrase: string): string {
  return words(phrase).map(stem).join(' ');
}

export interface Token {
  /** As written, for display. */
  raw: string;
  start: number;
  end: number;
  /** Folded (lower case, no accents or apostrophes) and stemmed, for lookups. */
  key: string;
  /** Folded but not stemmed, for words stored exactly. */
  folded: string;
}

/** Words with their places in the original text ("Paget's" stays one word; hyphens split). */
export function tokenize(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)].map((match) => {
    const folded = foldText(match[0]);
    return {
      raw: match[0],
      start: match.index,
      end: match.index + match[0].length,
      key: stem(folded),
      folded,
    };
  });
}

const isCapitals = (raw: string) => raw === raw.toUpperCase() && raw !== raw.toLowerCase();

/** A sentence or clause ends between two words: a phrase never runs across it ("left hip. Bone scan"). */
const PHRASE_BREAK = /[.,;:!?()[\]]|\n\s*\n/;

/** Only a hyphen (and a line break, as in text copied from a PDF) between two words. */
const HYPHEN_JOIN = /^[-‐‑]\s*$/;

interface Candidate {
  first: number;
  /** One past the last token. */
  end: number;
  explanation: Omit<Explanation, 'asWritten'>;
}

export interface Explainer {
  explain(text: string): ExplainResult;
  /** How many phrases the lexicon holds, for the benchmark's report. */
  phraseCount: number;
}

export function createExplainer(data: ExplainLexiconData): Explainer {
  const terms: ExplainTerm[] = data.terms.map(([slug, term, definition]) => ({
    slug,
    term,
    definition,
    url: `/glossary/${slug}`,
  }));
  const phrases = new Map(
    data.phrases.map(([key, term, capitalsOnly]) => [key, { term, capitalsOnly }]),
  );
  const longestPhrase = Math.max(1, ...data.phrases.map(([key]) => key.split(' ').length));
  const everyday = new Set(decodeVocabulary(data.everyday));
  const termSlugs = new Set(terms.map((term) => term.slug));

  const termExplanation = (index: number): Omit<Explanation, 'asWritten'> | undefined => {
    const term = terms[index];
    return (
      term && {
        key: term.slug,
        label: term.term,
        definition: term.definition,
        url: term.url,
        urlLabel: term.term,
      }
    );
  };

  function candidatesAt(tokens: Token[], text: string, index: number): Candidate[] {
    const found: Candidate[] = [];
    const spine: SpineMatch | undefined = spineLevelAt(tokens, text, index, termSlugs);
    if (spine)
      found.push({ first: index, end: index + spine.tokenCount, explanation: spine.explanation });

    let key = '';
    for (let length = 1; length <= longestPhrase && index + length <= tokens.length; length++) {
      const token = tokens[index + length - 1];
      const previous = length > 1 ? tokens[index + length - 2] : undefined;
      if (!token) break;
      if (previous && PHRASE_BREAK.test(text.slice(previous.end, token.start))) break;
      key = length === 1 ? token.key : `${key} ${token.key}`;
      const phrase =
        phrases.get(key) ?? (length === 1 ? phrases.get(`${EXACT}${token.folded}`) : undefined);
      if (!phrase) continue;
      if (phrase.capitalsOnly && !isCapitals(token.raw)) continue;
      const explanation = termExplanation(phrase.term);
      if (explanation) found.push({ first: index, end: index + length, explanation });
    }

    // "hot-spot", "osteo-lytic", or a word broken across two lines of a PDF ("meta-\nstatic").
    const current = tokens[index];
    const next = tokens[index + 1];
    if (current && next && HYPHEN_JOIN.test(text.slice(current.end, next.start))) {
      const joined = phrases.get(stem(foldText(current.raw + next.raw)));
      const explanation = joined && termExplanation(joined.term);
      if (explanation) found.push({ first: index, end: index + 2, explanation });
    }
    return found;
  }

  function unknownWords(tokens: Token[], covered: boolean[]): string[] {
    const seen = new Set<string>();
    const unknown: string[] = [];
    tokens.forEach((token, index) => {
      if (covered[index] || !/^\p{L}+(?:['’]\p{L}+)*$/u.test(token.raw)) return;
      const folded = token.folded;
      // Two capitals ("OA", "NM") are an abbreviation worth asking about; other short words are not.
      const isShortAbbreviation = folded.length === 2 && isCapitals(token.raw);
      if (
        (folded.length < 3 && !isShortAbbreviation) ||
        isStopWord(folded) ||
        everyday.has(token.key) ||
        seen.has(folded)
      )
        return;
      seen.add(folded);
      unknown.push(token.raw);
    });
    return unknown;
  }

  function explain(fullText: string): ExplainResult {
    const text = fullText.slice(0, MAX_EXPLAIN_CHARACTERS);
    const tokens = tokenize(text);
    const candidates = tokens.flatMap((_, index) => candidatesAt(tokens, text, index));
    // The longest phrase wins ("osteonecrosis of the jaw" before "jaw"); then the earlier one.
    candidates.sort((a, b) => b.end - b.first - (a.end - a.first) || a.first - b.first);

    const covered: boolean[] = new Array<boolean>(tokens.length).fill(false);
    const chosen: Candidate[] = [];
    for (const candidate of candidates) {
      let free = true;
      for (let index = candidate.first; index < candidate.end && free; index++)
        free = !covered[index];
      if (!free) continue;
      for (let index = candidate.first; index < candidate.end; index++) covered[index] = true;
      chosen.push(candidate);
    }
    chosen.sort((a, b) => a.first - b.first);

    const segments: ExplainSegment[] = [];
    const explanations = new Map<string, Explanation>();
    let position = 0;
    for (const { first, end, explanation } of chosen) {
      const start = tokens[first]?.start ?? position;
      const stop = tokens[end - 1]?.end ?? start;
      if (start > position) segments.push({ kind: 'text', text: text.slice(position, start) });
      const written = text.slice(start, stop);
      segments.push({ kind: 'term', text: written, key: explanation.key });
      position = stop;

      const entry = explanations.get(explanation.key) ?? { ...explanation, asWritten: [] };
      const form = written.replace(/\s+/g, ' ');
      if (!entry.asWritten.some((seen) => seen.toLowerCase() === form.toLowerCase()))
        entry.asWritten.push(form);
      explanations.set(explanation.key, entry);
    }
    if (position < fullText.length) segments.push({ kind: 'text', text: fullText.slice(position) });

    return {
      segments,
      explanations: [...explanations.values()],
      unknownWords: unknownWords(tokens, covered),
      truncated: fullText.length > MAX_EXPLAIN_CHARACTERS,
    };
  }

  return { explain, phraseCount: phrases.size };
}
