import type {
  Blockquote,
  Emphasis,
  Heading as MdastHeading,
  PhrasingContent,
  Root,
  Table,
  Text,
} from 'mdast';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkHtml from 'remark-html';
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { visit } from 'unist-util-visit';
import { footnoteMarkers } from '@/lib/content/prose';
import { withAcuteLine, type AcuteOncologyLine, type Citations } from '@/lib/content/rich-text';
import { SLUG_PATTERN } from '@/lib/routes';

export interface DocumentHeading {
  depth: number;
  id: string;
  text: string;
  /** Line in the Markdown body (1-based), for error messages. */
  line: number;
}

export interface DocumentLink {
  url: string;
  line: number;
}

export interface MarkdownProblem {
  line: number;
  message: string;
}

/** The plain text of one `##` section (or of the intro before the first), for search. */
export interface PlainSection {
  id: string | null;
  heading: string | null;
  text: string;
}

/**
 * The body split at its `##` headings, so a page can render each heading itself (with its self-link
 * and copy-link control) and place diagrams between sections.
 */
export interface SectionedHtml {
  intro: string;
  sections: { id: string; heading: string; html: string }[];
}

export interface RenderedMarkdown {
  html: string;
  /** The same HTML split at its `##` headings. */
  body: SectionedHtml;
  headings: DocumentHeading[];
  plainSections: PlainSection[];
  links: DocumentLink[];
  problems: MarkdownProblem[];
}

/**
 * GitHub's sanitize schema, minus the `user-content-` prefix on ids: our headings carry clean,
 * validated ids (`#hot-spots`) because nurses share and print those links.
 */
const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobber: (defaultSchema.clobber ?? []).filter((attribute) => attribute !== 'id'),
};

/** Ids the page templates use; a section with one of them would break a link or a label. */
const RESERVED_IDS = new Set([
  'main-content',
  'in-short',
  'on-this-page',
  'questions-to-ask',
  'related-topics',
  'read-more',
  'sources-and-review',
  'what-to-do-now',
  'signpost-box-heading',
  'signpost-box-urgent',
  'urgent-help',
  'urgent-entry',
  'offline-urgent',
  'helpline-numbers',
]);

const EXPLICIT_ID = /\s*\{#([^}]*)\}\s*$/;

/** Reads `## Hot spots {#hot-spots}`: the explicit id wins; otherwise the heading text is slugged. */
function assignHeadingId(
  heading: MdastHeading,
  slugger: GithubSlugger,
  problems: MarkdownProblem[],
): string {
  const line = heading.position?.start.line ?? 0;
  const last = heading.children.at(-1);
  const explicit = last?.type === 'text' ? EXPLICIT_ID.exec(last.value) : null;
  if (last?.type === 'text' && explicit) {
    last.value = last.value.slice(0, explicit.index);
    const id = explicit[1] ?? '';
    if (!SLUG_PATTERN.test(id)) {
      problems.push({
        line,
        message: `heading id "{#${id}}" must be kebab-case, like {#hot-spots}`,
      });
    }
    return id;
  }
  return slugger.slug(toString(heading));
}

/** The plain text of each `##` section, as written (before citations, phone links and table hints). */
function plainSectionsOf(tree: Root): PlainSection[] {
  const sections: PlainSection[] = [];
  let current: PlainSection = { id: null, heading: null, text: '' };
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 2) {
      sections.push(current);
      const id = node.data?.hProperties?.id;
      current = {
        id: typeof id === 'string' ? id : null,
        heading: toString(node).trim(),
        text: '',
      };
    } else {
      current.text += ` ${toString(node, { includeImageAlt: false })}`;
    }
  }
  sections.push(current);
  return sections
    .map((section) => ({ ...section, text: section.text.replace(/\s+/g, ' ').trim() }))
    .filter((section) => section.heading !== null || section.text !== '');
}

/**
 * What the pipeline learns about a document while it runs, for the graph to validate: its headings,
 * links and problems, and its plain text for search. Each render has its own.
 */
export interface MarkdownFindings {
  headings: DocumentHeading[];
  links: DocumentLink[];
  /** Problems with the document's structure: headings, raw HTML, images. */
  problems: MarkdownProblem[];
  /** Problems with its footnotes. */
  footnoteProblems: MarkdownProblem[];
  plainSections: PlainSection[];
}

/** GFM reads `[^id]` only when a definition exists; the ones renderMarkdown supplies are not text. */
function remarkDropFootnoteDefinitions() {
  return (tree: Root) => {
    tree.children = tree.children.filter((node) => node.type !== 'footnoteDefinition');
  };
}

/**
 * Gives every heading its id (`{#id}` or slugged), and records headings, links and what content may
 * not contain (a top-level heading, a reserved or duplicate id, raw HTML, images).
 */
function remarkHeadingIdsAndLinks(findings: MarkdownFindings) {
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    const { headings, links, problems } = findings;
    visit(tree, (node) => {
      const line = node.position?.start.line ?? 0;
      if (node.type === 'heading') {
        if (node.depth === 1) {
          problems.push({
            line,
            message: 'use "##" for sections: the page title is the only top-level heading',
          });
        }
        const id = assignHeadingId(node, slugger, problems);
        if (RESERVED_IDS.has(id) || /^(?:source|cite)-\d/.test(id)) {
          problems.push({
            line,
            message: `section id "#${id}" is used by the page itself: choose another`,
          });
        }
        const earlier = headings.find((heading) => heading.id === id);
        if (earlier) {
          problems.push({
            line,
            message: `duplicate section id "#${id}" (also on line ${earlier.line})`,
          });
        }
        node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
        headings.push({ depth: node.depth, id, text: toString(node).trim(), line });
      } else if (node.type === 'link') {
        links.push({ url: node.url, line });
      } else if (node.type === 'definition') {
        links.push({ url: node.url, line });
      } else if (node.type === 'html') {
        if (
          problems.some(
            (problem) => problem.line === line && problem.message.startsWith('raw HTML'),
          )
        )
          return;
        problems.push({
          line,
          message: 'raw HTML is not allowed in content: write it in Markdown',
        });
      } else if (node.type === 'image') {
        problems.push({
          line,
          message: 'images are not supported in content yet: describe it in words',
        });
      }
    });
  };
}

/** Records the plain text by section at this point of the pipeline: the words as the editor wrote them. */
function remarkPlainSections(findings: MarkdownFindings) {
  return (tree: Root) => {
    findings.plainSections = plainSectionsOf(tree);
  };
}

export interface RenderOptions {
  /** Numbers this page's `[^source-id]` footnotes; without it, footnotes are reported as problems. */
  citations?: Citations;
  /** The hospital's 24-hour line, linked after each "your 24-hour acute oncology line". */
  acuteLine?: AcuteOncologyLine;
}

/**
 * Footnotes cite the page's own source list. GFM only reads `[^id]` as a footnote when a definition
 * exists, so one is supplied for every source; each reference becomes a numbered link to the list, and
 * the definitions are dropped (the list is drawn by the page, with its back-links).
 */
function remarkCiteSources({
  citations,
  findings,
}: {
  citations?: Citations;
  findings: MarkdownFindings;
}) {
  const problems = findings.footnoteProblems;
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'footnoteReference' && parent && index !== undefined) {
        if (parent.type === 'heading') {
          problems.push({
            line: node.position?.start.line ?? 0,
            message:
              'footnotes belong in the text, not in a heading: move [^' +
              node.identifier +
              '] to the sentence it supports',
          });
          parent.children.splice(index, 1);
          return index;
        }
        if (!citations?.has(node.identifier)) return;
        const { number, id } = citations.cite(node.identifier);
        const citation: Emphasis = {
          type: 'emphasis',
          children: [],
          data: {
            hName: 'sup',
            hChildren: [
              {
                type: 'element',
                tagName: 'a',
                properties: {
                  href: `#source-${number}`,
                  id,
                  dataFootnoteRef: true,
                  ariaLabel: `Source ${number}`,
                },
                children: [{ type: 'text', value: String(number) }],
              },
            ],
          },
        };
        parent.children.splice(index, 1, citation);
      } else if (node.type === 'text') {
        for (const match of node.value.matchAll(footnoteMarkers())) {
          const sourceId = match[1] ?? '';
          problems.push({
            line: node.position?.start.line ?? 0,
            message:
              citations?.unknownMessage(sourceId) ??
              `footnote [^${sourceId}]: footnotes are not allowed here`,
          });
        }
      }
    });
  };
}

/** After "your 24-hour acute oncology line", the hospital's number as a phone link. */
function remarkLinkAcuteLine(line: AcuteOncologyLine | undefined) {
  return (tree: Root) => {
    if (!line) return;
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || parent.type === 'link') return;
      const segments = withAcuteLine(node.value, line);
      if (segments.length === 1) return;
      const nodes: PhrasingContent[] = segments.map((segment) =>
        segment.kind === 'phone'
          ? { type: 'link', url: segment.href, children: [{ type: 'text', value: segment.number }] }
          : { type: 'text', value: segment.kind === 'text' ? segment.text : '' },
      );
      parent.children.splice(index, 1, ...nodes);
      return index + nodes.length;
    });
  };
}

export const TABLE_SCROLL_HINT = 'Scroll sideways to see the whole table.';

/**
 * A wide table scrolls inside its own box, never the page (large text, 400 % zoom). The box is a
 * named region a keyboard can focus and scroll, and starts with a visible hint that globals.css
 * hides when the table fits. Named after the `##` section the table sits in.
 */
function remarkScrollableTables() {
  return (tree: Root) => {
    let section = '';
    visit(tree, (node, index, parent) => {
      if (node.type === 'heading' && node.depth === 2) section = toString(node).trim();
      if (node.type !== 'table' || !parent || index === undefined) return;
      const table: Table = node;
      const scroller: Blockquote = {
        type: 'blockquote',
        data: {
          hName: 'div',
          hProperties: {
            className: ['table-scroll'],
            role: 'region',
            tabIndex: 0,
            ariaLabel: section ? `Table: ${section}` : 'Table',
          },
        },
        children: [
          {
            type: 'paragraph',
            data: { hProperties: { className: ['table-scroll-hint'] } },
            children: [{ type: 'text', value: TABLE_SCROLL_HINT }],
          },
          table,
        ],
      };
      parent.children.splice(index, 1, scroller);
      return 'skip';
    });
  };
}

/** Lets `tel:` links through, for the hospital's own number, and the table scroller's attributes. */
const sanitizeWithPhones: Schema = {
  ...sanitizeSchema,
  protocols: {
    ...sanitizeSchema.protocols,
    href: [...(sanitizeSchema.protocols?.href ?? []), 'tel'],
  },
  attributes: {
    ...sanitizeSchema.attributes,
    div: [
      ...(sanitizeSchema.attributes?.div ?? []),
      ['className', 'table-scroll'],
      ['role', 'region'],
      'tabIndex',
      'ariaLabel',
    ],
    p: [...(sanitizeSchema.attributes?.p ?? []), ['className', 'table-scroll-hint']],
  },
};

/**
 * The whole pipeline, in the order it runs: parse with GFM, the site's own transforms as unified
 * plugins, then sanitised HTML. Everything runs inside `run`, so a plugin added here with `.use()`
 * takes part like the others (and a transformer that returns a new tree is honoured).
 */
export function markdownProcessor(options: RenderOptions, findings: MarkdownFindings) {
  return remark()
    .use(remarkGfm)
    .use(remarkDropFootnoteDefinitions)
    .use(remarkHeadingIdsAndLinks, findings)
    .use(remarkPlainSections, findings)
    .use(remarkCiteSources, { citations: options.citations, findings })
    .use(remarkLinkAcuteLine, options.acuteLine)
    .use(remarkScrollableTables)
    .use(remarkHtml, { sanitize: sanitizeWithPhones });
}

/** What rendering needs of a processor: one made by markdownProcessor, with plugins added or not. */
interface MarkdownRunner {
  parse(markdown: string): Root;
  runSync(tree: Root): { type: string };
  stringify(tree: Root): unknown;
}

const toHtml = (processor: MarkdownRunner, children: Root['children']) =>
  String(processor.stringify({ type: 'root', children })).trim();

/** The transformed tree split at its `##` headings, each part compiled by the same processor. */
function sectionedHtml(processor: MarkdownRunner, tree: Root): SectionedHtml {
  const body: SectionedHtml = { intro: '', sections: [] };
  let pending: Root['children'] = [];
  let current: { id: string; heading: string } | undefined;
  const flush = () => {
    if (current) body.sections.push({ ...current, html: toHtml(processor, pending) });
    else body.intro = toHtml(processor, pending);
    pending = [];
  };
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 2) {
      flush();
      const id = node.data?.hProperties?.id;
      current = { id: typeof id === 'string' ? id : '', heading: toString(node).trim() };
    } else {
      pending.push(node);
    }
  }
  flush();
  return body;
}

const isRoot = (node: { type: string }): node is Root => node.type === 'root';

const WRITTEN_FOOTNOTE = /^\[\^[^\]\s]+\]:/m;

export const emptyFindings = (): MarkdownFindings => ({
  headings: [],
  links: [],
  problems: [],
  footnoteProblems: [],
  plainSections: [],
});

/**
 * Runs Markdown through a processor made by `markdownProcessor` (parse → run → stringify), with the
 * findings object that processor's plugins fill in.
 */
export function renderWith(
  processor: MarkdownRunner,
  findings: MarkdownFindings,
  markdown: string,
  options: RenderOptions = {},
): RenderedMarkdown {
  const writtenProblems: MarkdownProblem[] = [];
  const written = WRITTEN_FOOTNOTE.exec(markdown);
  if (written) {
    writtenProblems.push({
      line: markdown.slice(0, written.index).split('\n').length,
      message:
        'footnotes are not written in the body: cite a source from `sources` as [^source-id]',
    });
  }
  const definitions = (options.citations?.sourceIds ?? [])
    .map((id) => `[^${id}]: ${id}`)
    .join('\n\n');
  const source = definitions ? `${markdown}\n\n${definitions}\n` : markdown;
  const tree = processor.runSync(processor.parse(source));
  if (!isRoot(tree))
    throw new Error(`a Markdown plugin returned a "${tree.type}" node, not a root`);
  return {
    html: toHtml(processor, tree.children),
    body: sectionedHtml(processor, tree),
    headings: findings.headings,
    plainSections: findings.plainSections,
    links: findings.links,
    problems: [...findings.problems, ...writtenProblems, ...findings.footnoteProblems].sort(
      (a, b) => a.line - b.line,
    ),
  };
}

/** Markdown → sanitised HTML plus what the graph needs to validate it (headings, links, problems). */
export function renderMarkdown(markdown: string, options: RenderOptions = {}): RenderedMarkdown {
  const findings = emptyFindings();
  return renderWith(markdownProcessor(options, findings), findings, markdown, options);
}
