import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';

/** One sentence a reader reads, with the body line it starts on. */
export interface ProseSentence {
  text: string;
  /** 1-based line in the Markdown it came from. */
  line: number;
  /**
   * What a reader takes in with this sentence: for a list item, the heading or paragraph that
   * introduces the list (and, in a nested list, its parent item); for a table cell, its row and the
   * header row. An urgency check reads the two together.
   */
  leadIn?: string;
}

/** `[^nice-ng234]`: a footnote citing one of the page's sources. */
export const FOOTNOTE_SOURCE = String.raw`\[\^([^\]\s]+)\]`;
export const footnoteMarkers = () => new RegExp(FOOTNOTE_SOURCE, 'g');
export const hasFootnote = (text: string) => new RegExp(FOOTNOTE_SOURCE).test(text);

// A full stop ends a sentence, except after an abbreviation a reader reads through.
const SENTENCE_END = /(?<=[.!?])(?<!\b(?:e\.g|i\.e|etc|approx|Dr|Mr|Mrs|Ms|vs)\.)["'”’)\]]*\s+/u;
const WORD = /[\p{L}\p{N}]+/u;
const parser = remark().use(remarkGfm);

/** A marker written after the full stop belongs to the sentence before it: move it inside. */
const markersBeforePunctuation = (text: string) =>
  text.replace(new RegExp(`([.!?])((?:${FOOTNOTE_SOURCE})+)`, 'g'), '$2$1');

function splitBlock(text: string, line: number, leadIn: string | undefined): ProseSentence[] {
  const sentences: ProseSentence[] = [];
  const normalised = markersBeforePunctuation(text);
  let offset = 0;
  for (const piece of normalised.split(SENTENCE_END)) {
    const start = normalised.indexOf(piece, offset);
    offset = start + piece.length;
    const sentence = piece.replace(/\s+/g, ' ').trim();
    if (!WORD.test(sentence.replace(footnoteMarkers(), ''))) continue;
    const linesBefore = normalised.slice(0, Math.max(0, start)).split('\n').length - 1;
    sentences.push({ text: sentence, line: line + linesBefore, ...(leadIn ? { leadIn } : {}) });
  }
  return sentences;
}

const joinContext = (...parts: (string | undefined)[]) =>
  parts.filter(Boolean).join(' ').replace(/\s+/g, ' ').trim() || undefined;

/**
 * The prose of a Markdown body, sentence by sentence: paragraphs, list items and table cells, each
 * ending a sentence as it does for a reader. Headings, code and raw HTML are not sentences; a link
 * counts by its words. Footnote markers stay in the text (see FOOTNOTE_SOURCE).
 */
export function proseSentences(markdown: string): ProseSentence[] {
  const sentences: ProseSentence[] = [];
  const walk = (node: Root | RootContent, leadIn: string | undefined) => {
    if (node.type === 'code' || node.type === 'html' || node.type === 'heading') return;
    if (node.type === 'paragraph') {
      sentences.push(...splitBlock(toString(node), node.position?.start.line ?? 0, leadIn));
      return;
    }
    if (node.type === 'table') {
      const [header, ...rows] = node.children;
      const headerText = header ? header.children.map((cell) => toString(cell)).join('; ') : undefined;
      for (const row of node.children) {
        for (const cell of row.children) {
          const others = row.children.filter((other) => other !== cell).map((other) => toString(other)).join('; ');
          const context = joinContext(leadIn, row === header || !rows.length ? undefined : headerText, others);
          sentences.push(...splitBlock(toString(cell), cell.position?.start.line ?? 0, context));
        }
      }
      return;
    }
    if (!('children' in node)) return;
    // What introduces the next list: the heading or paragraph just before it, read with any outer lead-in.
    let introduces: string | undefined;
    for (const child of node.children) {
      walk(child, child.type === 'list' ? joinContext(leadIn, introduces) : leadIn);
      introduces = child.type === 'paragraph' || child.type === 'heading' ? toString(child) : undefined;
    }
  };
  walk(parser.parse(markdown), undefined);
  return sentences;
}

/** The sentences of one line of frontmatter text (a key point, a summary). */
export function textSentences(text: string): ProseSentence[] {
  return splitBlock(text, 0, undefined);
}

/** A sentence as a reader sees it: no footnote markers. */
export const readerText = (sentence: string) =>
  sentence.replace(footnoteMarkers(), '').replace(/\s+([.,;:!?])/g, '$1');
