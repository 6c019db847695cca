/**
 * Reads a built page's elements for the post-build steps, with parse5 — the WHATWG HTML tokenizer
 * and tree builder that jsdom uses — rather than regular expressions over the markup. Next.js is free
 * to change how it writes a tag (attribute order, quotes, `crossorigin`, `nonce`, `async=""` or bare
 * `async`, `noModule` spelled in any case, self-closing `/>`), and a script's text may contain
 * anything that looks like a tag; a tokenizer reads all of these as a browser does. A regular
 * expression that matched Next's exact spelling once rewrote 0 pages when `crossOrigin` was set.
 *
 * Pages are never re-serialised: every element comes with its offsets in the source, and changes are
 * spliced in, so every other byte (and so every inline script's hash) stays exactly as built.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

export interface HtmlElement {
  /** Lower-case tag name: `script`, `link`, `meta`, `svg` … */
  name: string;
  /** Attributes by lower-case name, values decoded (`async=""` and bare `async` are both ''). */
  attributes: Record<string, string>;
  /** Offsets of the whole element in the source, end tag included; undefined when it was implied. */
  start?: number;
  end?: number;
  /** Where its start tag ends, i.e. where its content begins. */
  contentStart?: number;
  /** Its text as the browser sees it (for `script` and `style`, the text a CSP hash covers). */
  text: string;
  /** The element it sits in (`head`, `body` …). */
  parent: string;
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function textOf(element: Element): string {
  return element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
}

/** Every element of the page in document order. */
export function elementsOf(html: string): HtmlElement[] {
  const elements: HtmlElement[] = [];
  const visit = (node: Node, parent: string) => {
    if (isElement(node)) {
      const location = node.sourceCodeLocation;
      elements.push({
        name: node.tagName,
        attributes: Object.fromEntries(node.attrs.map((attr) => [attr.name, attr.value])),
        start: location?.startOffset,
        end: location?.endOffset,
        contentStart: location?.startTag?.endOffset,
        text: node.tagName === 'script' || node.tagName === 'style' ? textOf(node) : '',
        parent,
      });
    }
    const children = 'content' in node ? node.content.childNodes : undefined;
    for (const child of [...('childNodes' in node ? node.childNodes : []), ...(children ?? [])]) {
      visit(child, isElement(node) ? node.tagName : '');
    }
  };
  visit(parse(html, { sourceCodeLocationInfo: true }), '');
  return elements;
}

export interface Splice {
  start: number;
  end: number;
  text: string;
}

/**
 * `html` with each range replaced by its text; ranges must not overlap. Applied from the end, and at
 * one offset a removal before an insertion, so an insertion is never removed with its neighbour.
 */
export function splice(html: string, edits: Splice[]): string {
  let result = html;
  for (const edit of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

/** An attribute value safe inside double quotes. */
export function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
}
