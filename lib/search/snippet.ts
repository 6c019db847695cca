import { foldText, stem } from './normalize';
import type { DocumentRecord } from './corpus';
import type { HighlightSegment, SearchResult } from './types';

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

/** A document the ranking kept: its score, and the words to highlight in its snippet. */
export interface RankedDocument {
  docIndex: number;
  words: Set<string>;
  score: number;
}

/** The ranked documents as results: each address once, at most `limit`, snippets highlighted. */
export function shapeResults(
  ranked: RankedDocument[],
  documents: DocumentRecord[],
  limit: number,
): SearchResult[] {
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
