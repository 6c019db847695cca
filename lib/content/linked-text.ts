/**
 * A short sentence from a YAML file that may carry links, written as in Markdown: `[words](/address)`,
 * or `**[words](/address)**` for a bold link. Nothing else is read as markup. Components render the
 * segments; no HTML strings.
 */
export type LinkedSegment =
  { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string; bold: boolean };

export type LinkedText = LinkedSegment[];

const LINK = /(\*\*)?\[([^\]\n]+)\]\(([^)\s]+)\)(\*\*)?/g;

/** The segments of the text, and what looks like a link but is not one (for the content check). */
export function parseLinkedText(text: string): { segments: LinkedText; problems: string[] } {
  const segments: LinkedText = [];
  const problems: string[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const [whole, open, words = '', href = '', close] = match;
    const start = match.index;
    if (start > last) segments.push({ kind: 'text', text: text.slice(last, start) });
    const bold = Boolean(open && close);
    // "**[a](/b)" or "[a](/b)**": a half-written bold keeps its stars as text, and is reported.
    if (open && !close) segments.push({ kind: 'text', text: open });
    segments.push({ kind: 'link', text: words, href, bold });
    if (close && !open) segments.push({ kind: 'text', text: close });
    if (Boolean(open) !== Boolean(close)) {
      problems.push(`"${whole}": a bold link has "**" on both sides, like **[words](/address)**`);
    }
    last = start + whole.length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  for (const segment of segments) {
    if (segment.kind === 'text' && /\]\(|\[[^\]]*\]\s*\(/.test(segment.text)) {
      problems.push(`"${segment.text.trim()}": a link is written [words](/address), with no spaces in the address`);
    }
  }
  return { segments, problems };
}

/** The text as a reader sees it, without link addresses: for search and checks. */
export const plainLinkedText = (segments: LinkedText) =>
  segments.map((segment) => segment.text).join('');
