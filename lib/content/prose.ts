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
   * For a list item, the sentence that introduces the list ("Call now if you have:"): the item is read
   * with it, so an urgency check sees both.
   */
  leadIn?: string;
}

/** `[^nice-ng234]`: a footnote citing one of the page's sources. */
export const FOOTNOTE_MARKER = /\[\^([^\]\s]+)\]/g;

const SENTENCE_END = /(?<=[.!?])["'”’)\]]*\s+/u;
const WORD = /[\p{L}\p{N}]+/u;
const parser = remark().use(remarkGfm);

/** A marker written after the full stop belongs to the sentence before it: move it inside. */
const markersBeforePunctuation = (text: string) =>
  text.replace(/([.!?])((?:\[\^[^\]\s]+\])+)/g, '$2$1');

function splitBlock(text: string, line: number, leadIn: string | undefined): ProseSentence[] {
  const sentences: ProseSentence[] = [];
  const normalised = markersBeforePunctuation(text);
  let offset = 0;
  for (const piece of normalised.split(SENTENCE_END)) {
    const start = normalised.indexOf(piece, offset);
    offset = start + piece.length;
    const sentence = piece.replace(/\s+/g, ' ').trim();
    if (!WORD.test(sentence.replace(FOOTNOTE_MARKER, ''))) continue;
    const linesBefore = normalised.slice(0, Math.max(0, start)).split('\n').length - 1;
    sentences.push({ text: sentence, line: line + linesBefore, ...(leadIn ? { leadIn } : {}) });
  }
  return sentences;
}

/**
 * The prose of a Markdown body, sentence by sentence: paragraphs, list items and table cells, each
 * ending a sentence as it does for a reader. Headings, code and raw HTML are left out; a link counts
 * by its words. Footnote markers stay in the text (see FOOTNOTE_MARKER).
 */
export function proseSentences(markdown: string): ProseSentence[] {
  const sentences: ProseSentence[] = [];
  const walk = (node: Root | RootContent, leadIn: string | undefined) => {
    if (node.type === 'heading' || node.type === 'code' || node.type === 'html') return;
    if (node.type === 'paragraph' || node.type === 'tableCell') {
      sentences.push(...splitBlock(toString(node), node.position?.start.line ?? 0, leadIn));
      return;
    }
    if (!('children' in node)) return;
    let introduces: string | undefined;
    for (const child of node.children) {
      walk(child, child.type === 'list' ? (introduces ?? leadIn) : leadIn);
      const last = child.type === 'paragraph' ? splitBlock(toString(child), 0, undefined).at(-1) : undefined;
      introduces = last && /:\s*$/.test(last.text) ? last.text : undefined;
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
export const readerText = (sentence: string) => sentence.replace(FOOTNOTE_MARKER, '').replace(/\s+([.,;:!?])/g, '$1');
