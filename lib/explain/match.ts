/**
 * Finds the words of a letter or report that this site explains. Runs in the browser: the reader's
 * text is never sent anywhere. Kept to small pure functions so every rule is unit-tested.
 */
import { foldText, isStopWord, stem } from '@/lib/search/normalize';
import { decodeVocabulary } from '@/lib/search/types';
import { densityMatches } from './density';
import { spineLevelAt, type SpineMatch } from './spine';
import type { ExplainLexiconData, ExplainResult, ExplainSegment, Explanation } from './types';

/** We look at this much of a paste: many letters' worth. The rest is shown, not explained. */
export const MAX_EXPLAIN_CHARACTERS = 50_000;

/** Marks a one-word key stored exactly as written, not stemmed (see lib/explain/build.ts). */
export const EXACT = '=';
/** Marks a short mixed-case abbreviation ("Hb", "Hx") that matches only in exactly that case. */
export const AS_WRITTEN = '^';

/** The key a phrase is stored under: its words folded and stemmed, so "Lesions" finds "lesion". */
export function phraseKey(phrase: string): string {
  return tokenize(phrase)
    .map((token) => token.key)
    .join(' ');
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

/**
 * Words with their places in the original text ("Paget's" stays one word; hyphens split). A "#" is a
 * token of its own: reports write it for a fracture ("# NOF", "L1 #"); so is a "?" written before a
 * word ("? fracture", "?mets"), a query.
 */
export function tokenize(text: string): Token[] {
  return [
    ...text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|#|(?<![\p{L}\p{N}])\?(?=\s?\p{L})/gu),
  ].map((match) => {
    const { key, folded } = foldAndStem(match[0]);
    return { raw: match[0], start: match.index, end: match.index + match[0].length, key, folded };
  });
}

// A letter repeats the same words many times: folding and stemming each once keeps a long paste fast.
const foldedForms = new Map<string, { key: string; folded: string }>();
const MAX_REMEMBERED_FORMS = 50_000;

function foldAndStem(raw: string): { key: string; folded: string } {
  let known = foldedForms.get(raw);
  if (!known) {
    const folded = /^[a-z0-9]+$/i.test(raw) ? raw.toLowerCase() : foldText(raw);
    known = { key: stem(folded), folded };
    if (foldedForms.size >= MAX_REMEMBERED_FORMS) foldedForms.clear();
    foldedForms.set(raw, known);
  }
  return known;
}

const isCapitals = (raw: string) => raw === raw.toUpperCase() && raw !== raw.toLowerCase();

/** A sentence or clause ends between two words: a phrase never runs across it ("left hip. Bone scan"). */
const PHRASE_BREAK = /[.,;:!?()[\]]|\n\s*\n/;

/** True when the text between two words ends a phrase; checked without copying the gap. */
function breaksPhrase(text: string, from: number, to: number): boolean {
  // Most gaps are one space.
  if (to - from === 1 && text.charCodeAt(from) === 32) return false;
  return PHRASE_BREAK.test(text.slice(from, to));
}

/** Words a report uses to say something was looked for and not seen ("No bone metastases"). */
const NEGATIONS = new Set(['no', 'not', 'nil', 'without', 'negative', 'absent', 'free', 'nothing']);
const NEGATION_REACH = 4;

/** True when a "no", "not" or "nil" comes shortly before this word, in the same clause. */
function followsNegation(tokens: Token[], text: string, index: number): boolean {
  for (let back = index - 1; back >= Math.max(0, index - NEGATION_REACH); back--) {
    const token = tokens[back];
    const next = tokens[back + 1];
    if (!token || !next || breaksPhrase(text, token.end, next.start)) return false;
    if (NEGATIONS.has(token.folded)) return true;
  }
  return false;
}

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

/** The lexicon as /explain looks words up in it. */
interface CompiledLexicon {
  entries: Omit<Explanation, 'asWritten'>[];
  phrases: Map<string, { term: number; capitalsOnly: ExplainLexiconData['phrases'][number][2] }>;
  /** Every leading part of every phrase: the search for a longer phrase stops as soon as none starts so. */
  prefixes: Set<string>;
  everyday: Set<string>;
  /** How each part of the spine is named and linked (content/spine.yaml). */
  spine: ExplainLexiconData['spine'];
}

function compileLexicon(data: ExplainLexiconData): CompiledLexicon {
  const entries: Omit<Explanation, 'asWritten'>[] = data.entries.map(
    ([key, label, definition, url, urlLabel, topicUrl, topicLabel]) => ({
      key,
      label,
      definition,
      url,
      urlLabel,
      ...(topicUrl ? { topicUrl, topicLabel } : {}),
    }),
  );
  const phrases = new Map(
    data.phrases.map(([key, term, capitalsOnly]) => [key, { term, capitalsOnly }]),
  );
  const prefixes = new Set<string>();
  for (const [key] of data.phrases) {
    const parts = key.split(' ');
    for (let length = 1; length < parts.length; length++)
      prefixes.add(parts.slice(0, length).join(' '));
  }
  return {
    entries,
    phrases,
    prefixes,
    everyday: new Set(decodeVocabulary(data.everyday)),
    spine: data.spine,
  };
}

/** Every explanation that could start at token `index`: a spine level, a phrase, a hyphen-joined word. */
function candidatesAt(
  lexicon: CompiledLexicon,
  tokens: Token[],
  text: string,
  index: number,
  found: Candidate[],
): void {
  const { entries, phrases, prefixes } = lexicon;
  const spine: SpineMatch | undefined = spineLevelAt(tokens, text, index, lexicon.spine);
  if (spine)
    found.push({ first: index, end: index + spine.tokenCount, explanation: spine.explanation });

  // "#1" is a number in a list, not a fracture.
  if (
    tokens[index]?.raw === '#' &&
    /^\s?\d/.test(text.slice(tokens[index]?.end ?? 0, (tokens[index]?.end ?? 0) + 2))
  )
    return;
  let key = '';
  for (let length = 1; index + length <= tokens.length; length++) {
    const token = tokens[index + length - 1];
    const previous = length > 1 ? tokens[index + length - 2] : undefined;
    if (!token) break;
    if (previous && breaksPhrase(text, previous.end, token.start)) break;
    key = length === 1 ? token.key : `${key} ${token.key}`;
    const phrase =
      phrases.get(key) ??
      (length === 1
        ? (phrases.get(`${EXACT}${token.folded}`) ?? phrases.get(`${AS_WRITTEN}${token.raw}`))
        : undefined);
    if (phrase && !(phrase.capitalsOnly && !isCapitals(token.raw))) {
      const explanation = entries[phrase.term];
      if (explanation) found.push({ first: index, end: index + length, explanation });
    }
    if (!prefixes.has(key)) break;
  }

  // "hot-spot", "osteo-lytic", or a word broken across two lines of a PDF ("meta-\nstatic").
  const current = tokens[index];
  const next = tokens[index + 1];
  if (
    current &&
    next &&
    next.start - current.end >= 1 &&
    text.charCodeAt(current.end) !== 32 &&
    HYPHEN_JOIN.test(text.slice(current.end, next.start))
  ) {
    const joined = phrases.get(stem(foldText(current.raw + next.raw)));
    const explanation = joined && entries[joined.term];
    if (explanation) found.push({ first: index, end: index + 2, explanation });
  }
}

/** Bone density numbers ("T-score -2.6", "0.812 g/cm2", a FRAX "12%"), by the tokens they cover. */
function densityCandidates(data: ExplainLexiconData, tokens: Token[], text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of densityMatches(text, data.density)) {
    const first = tokens.findIndex((token) => token.end > match.start);
    let end = first;
    while (end < tokens.length && (tokens[end]?.start ?? Infinity) < match.end) end++;
    if (first >= 0 && end > first) found.push({ first, end, explanation: match.explanation });
  }
  return found;
}

/** The longest phrase wins ("osteonecrosis of the jaw" before "jaw"); then the earlier one. */
function chooseCandidates(candidates: Candidate[], tokenCount: number) {
  candidates.sort((a, b) => b.end - b.first - (a.end - a.first) || a.first - b.first);
  const covered: boolean[] = new Array<boolean>(tokenCount).fill(false);
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
  return { chosen, covered };
}

/** The text cut into plain runs and explained words, and each explanation with the forms written. */
function segmentsOf(chosen: Candidate[], tokens: Token[], text: string, fullText: string) {
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
  return { segments, explanations: [...explanations.values()] };
}

/** Words not explained that are not everyday English: what the reader could ask their team about. */
function unknownWords(tokens: Token[], covered: boolean[], everyday: Set<string>): string[] {
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

export function createExplainer(data: ExplainLexiconData): Explainer {
  const lexicon = compileLexicon(data);

  function explain(fullText: string): ExplainResult {
    const text = fullText.slice(0, MAX_EXPLAIN_CHARACTERS);
    const tokens = tokenize(text);
    const candidates: Candidate[] = [];
    for (let index = 0; index < tokens.length; index++)
      candidatesAt(lexicon, tokens, text, index, candidates);
    candidates.push(...densityCandidates(data, tokens, text));
    const { chosen, covered } = chooseCandidates(candidates, tokens.length);
    return {
      ...segmentsOf(chosen, tokens, text, fullText),
      explainsANegatedWord: chosen.some(({ first }) => followsNegation(tokens, text, first)),
      unknownWords: unknownWords(tokens, covered, lexicon.everyday),
      truncated: fullText.length > MAX_EXPLAIN_CHARACTERS,
    };
  }

  return { explain, phraseCount: lexicon.phrases.size };
}
