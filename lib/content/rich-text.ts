import { telHref } from '@/lib/format';
import { footnoteMarkers } from './prose';
import { didYouMean } from './suggest';

/**
 * Short text from frontmatter and content/urgency.yaml (key points, care cards), with the two things
 * it may carry besides words: footnotes citing the page's sources, and the hospital's 24-hour number.
 * Components render the segments; no HTML strings.
 */
export type RichSegment =
  | { kind: 'text'; text: string }
  | { kind: 'phone'; number: string; href: string }
  | { kind: 'cite'; number: number; id: string };

export type RichText = RichSegment[];

export interface AcuteOncologyLine {
  number: string;
}

/** "your 24-hour acute oncology line": where a hospital has named its line, the number follows it. */
export const ACUTE_LINE_PHRASE = /\b(?:your|the|their|a)\s+24[- ]hour\s+acute\s+oncology\s+line\b/gi;

/** Splits text after each mention of the 24-hour line, so the number can follow as a phone link. */
export function withAcuteLine(text: string, line: AcuteOncologyLine | undefined): RichText {
  if (!line) return text ? [{ kind: 'text', text }] : [];
  const segments: RichText = [];
  let last = 0;
  for (const match of text.matchAll(ACUTE_LINE_PHRASE)) {
    const end = (match.index ?? 0) + match[0].length;
    segments.push({ kind: 'text', text: `${text.slice(last, end)} (` });
    segments.push({ kind: 'phone', number: line.number, href: telHref(line.number) });
    segments.push({ kind: 'text', text: ')' });
    last = end;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments.filter((segment) => segment.kind !== 'text' || segment.text !== '');
}

/**
 * Numbers citations on one page: source N is the Nth in the page's list, and each place that cites it
 * gets its own id, so the source list can link back to every place.
 */
export class Citations {
  private readonly numberOf: Map<string, number>;
  readonly places = new Map<string, string[]>();

  constructor(readonly sourceIds: readonly string[]) {
    this.numberOf = new Map(sourceIds.map((id, index) => [id, index + 1]));
  }

  has(sourceId: string): boolean {
    return this.numberOf.has(sourceId);
  }

  /** A citation of a known source: its number and a new id for this place. */
  cite(sourceId: string): { number: number; id: string } {
    const number = this.numberOf.get(sourceId);
    if (number === undefined) throw new Error(`unknown source "${sourceId}"`);
    const places = this.places.get(sourceId) ?? [];
    const id = `cite-${number}-${places.length + 1}`;
    this.places.set(sourceId, [...places, id]);
    return { number, id };
  }

  unknownMessage(sourceId: string): string {
    return this.sourceIds.length === 0
      ? `footnote [^${sourceId}]: this page lists no sources; add it to \`sources\` with an id, title, publisher, url and checked date`
      : `footnote [^${sourceId}] is not one of this page's sources${didYouMean(sourceId, this.sourceIds)}`;
  }
}

/**
 * A frontmatter line with `[^source-id]` footnotes, as segments. Unknown sources are reported through
 * `problems` and left out of the text.
 */
export function richText(
  text: string,
  options: { citations?: Citations; acuteLine?: AcuteOncologyLine; problems?: string[] },
): RichText {
  const segments: RichText = [];
  let last = 0;
  const addText = (chunk: string) => segments.push(...withAcuteLine(chunk, options.acuteLine));
  for (const match of text.matchAll(footnoteMarkers())) {
    const sourceId = match[1] ?? '';
    addText(text.slice(last, match.index));
    last = (match.index ?? 0) + match[0].length;
    if (options.citations?.has(sourceId)) {
      segments.push({ kind: 'cite', ...options.citations.cite(sourceId) });
    } else {
      options.problems?.push(
        options.citations?.unknownMessage(sourceId) ?? `footnote [^${sourceId}]: footnotes are not allowed here`,
      );
    }
  }
  addText(text.slice(last));
  return segments;
}

/** The words of rich text, for search, metadata and speech. */
export const plainText = (segments: RichText) =>
  segments
    .map((segment) => (segment.kind === 'text' ? segment.text : segment.kind === 'phone' ? segment.number : ''))
    .join('');
