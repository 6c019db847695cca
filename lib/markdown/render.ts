import type { Heading as MdastHeading, Root } from 'mdast';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkHtml from 'remark-html';
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { visit } from 'unist-util-visit';
import { SLUG_PATTERN } from '@/lib/content/schema';

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
export interface HtmlBlocks {
  intro: string;
  sections: { id: string; heading: string; html: string }[];
}

export interface RenderedMarkdown {
  html: string;
  blocks: HtmlBlocks;
  headings: DocumentHeading[];
  sections: PlainSection[];
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

function plainSections(tree: Root): PlainSection[] {
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

function analyse(tree: Root): Omit<RenderedMarkdown, 'html' | 'sections' | 'blocks'> {
  const slugger = new GithubSlugger();
  const headings: DocumentHeading[] = [];
  const links: DocumentLink[] = [];
  const problems: MarkdownProblem[] = [];

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
        problems.some((problem) => problem.line === line && problem.message.startsWith('raw HTML'))
      )
        return;
      problems.push({ line, message: 'raw HTML is not allowed in content: write it in Markdown' });
    } else if (node.type === 'image') {
      problems.push({
        line,
        message: 'images are not supported in content yet: describe it in words',
      });
    }
  });
  return { headings, links, problems };
}

const processor = remark().use(remarkGfm).use(remarkHtml, { sanitize: sanitizeSchema });

/** Markdown → sanitised HTML plus what the graph needs to validate it (headings, links, problems). */
const toHtml = (children: Root['children']) =>
  String(processor.stringify({ type: 'root', children })).trim();

function htmlBlocks(tree: Root): HtmlBlocks {
  const blocks: HtmlBlocks = { intro: '', sections: [] };
  let pending: Root['children'] = [];
  let current: { id: string; heading: string } | undefined;
  const flush = () => {
    if (current) blocks.sections.push({ ...current, html: toHtml(pending) });
    else blocks.intro = toHtml(pending);
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
  return blocks;
}

export function renderMarkdown(markdown: string): RenderedMarkdown {
  const tree = processor.parse(markdown);
  const analysis = analyse(tree);
  const sections = plainSections(tree);
  // Our plugins only parse and compile; no transform replaces the tree, so it is compiled as analysed.
  const html = toHtml(tree.children);
  return { html, ...analysis, blocks: htmlBlocks(tree), sections };
}
