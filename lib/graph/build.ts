import type { ContentIssue } from '@/lib/content/issues';
import type { ContentDocument, LoadedContent } from '@/lib/content/load';
import type {
  GlossaryFrontmatter,
  Source,
  TopicFrontmatter,
  UrgencyFile,
} from '@/lib/content/schema';
import { didYouMean } from '@/lib/content/suggest';
import { renderMarkdown, type DocumentHeading, type RenderedMarkdown } from '@/lib/markdown/render';
import { pageUrl, termUrl, topicUrl } from '@/lib/routes';
import {
  Citations,
  richText,
  type AcuteOncologyLine,
  type RichText,
} from '@/lib/content/rich-text';
import { resolveCareCard, resolveTiers } from '@/lib/content/urgency';
import { checkCopy } from './copy';
import { checkLink, type LinkTargets } from './links';
import { checkReportWords } from './report-words';
import { checkWritingRules } from './rules';
import type {
  CitedSource,
  PageNode,
  PathwayNode,
  SiteGraph,
  TermLink,
  TermNode,
  TopicLink,
  TopicNode,
} from './types';

export interface GraphResult {
  graph?: SiteGraph;
  issues: ContentIssue[];
  warnings: ContentIssue[];
}

function bodyIssues(
  document: ContentDocument<unknown>,
  rendered: RenderedMarkdown,
  targets: LinkTargets,
  issues: ContentIssue[],
): Set<string> {
  const linkedTerms = new Set<string>();
  const at = (line: number) => `body line ${document.bodyStartLine + line - 1}`;
  for (const problem of rendered.problems) {
    issues.push({ file: document.file, field: at(problem.line), message: problem.message });
  }
  for (const link of rendered.links) {
    const result = checkLink(link.url, rendered.headings, targets);
    if (!result.ok)
      issues.push({ file: document.file, field: at(link.line), message: result.message });
    else if (result.kind === 'term' && result.slug) linkedTerms.add(result.slug);
  }
  return linkedTerms;
}

function checkPathways(loaded: LoadedContent, pathwaysFile: string, issues: ContentIssue[]): void {
  const seenSlugs = new Set<string>();
  const seenOrders = new Map<number, string>();
  loaded.pathways.forEach((pathway, index) => {
    if (seenSlugs.has(pathway.slug)) {
      issues.push({
        file: pathwaysFile,
        field: `[${index}].slug`,
        message: `duplicate slug "${pathway.slug}"`,
      });
    }
    seenSlugs.add(pathway.slug);
    const sameOrder = seenOrders.get(pathway.order);
    if (sameOrder) {
      issues.push({
        file: pathwaysFile,
        field: `[${index}].order`,
        message: `${pathway.order} is also the order of "${sameOrder}"`,
      });
    }
    seenOrders.set(pathway.order, pathway.slug);
  });
}

function checkTopicReferences(
  topics: ContentDocument<TopicFrontmatter>[],
  topicSlugs: Set<string>,
  pathwaySlugs: Set<string>,
  issues: ContentIssue[],
): void {
  const orderOwner = new Map<string, string>();
  for (const topic of topics) {
    const { pathway, order, related } = topic.data;
    if (!pathwaySlugs.has(pathway)) {
      issues.push({
        file: topic.file,
        field: 'pathway',
        message: `unknown pathway "${pathway}"${didYouMean(pathway, pathwaySlugs)}`,
      });
    } else {
      const key = `${pathway}#${order}`;
      const owner = orderOwner.get(key);
      if (owner) {
        issues.push({
          file: topic.file,
          field: 'order',
          message: `${order} is also used by ${owner} in pathway "${pathway}"`,
        });
      }
      orderOwner.set(key, topic.file);
    }
    related.forEach((slug, index) => {
      if (slug === topic.slug) {
        issues.push({
          file: topic.file,
          field: `related[${index}]`,
          message: 'a topic cannot be related to itself',
        });
      } else if (!topicSlugs.has(slug)) {
        issues.push({
          file: topic.file,
          field: `related[${index}]`,
          message: `unknown topic "${slug}"${didYouMean(slug, topicSlugs)}`,
        });
      }
    });
  }
}

function checkTermReferences(
  terms: ContentDocument<GlossaryFrontmatter>[],
  topicSlugs: Set<string>,
  issues: ContentIssue[],
): void {
  const nameOwner = new Map<string, string>();
  for (const term of terms) nameOwner.set(term.data.term.toLowerCase(), term.file);
  for (const term of terms) {
    term.data.related.forEach((slug, index) => {
      if (!topicSlugs.has(slug)) {
        issues.push({
          file: term.file,
          field: `related[${index}]`,
          message: `unknown topic "${slug}"${didYouMean(slug, topicSlugs)}`,
        });
      }
    });
    const names = [
      ...term.data.aliases.map((name, index) => ({ name, field: `aliases[${index}]` })),
      ...term.data.misspellings.map((name, index) => ({ name, field: `misspellings[${index}]` })),
    ];
    names.forEach(({ name: alias, field }) => {
      const owner = nameOwner.get(alias.toLowerCase());
      if (owner && owner !== term.file) {
        issues.push({
          file: term.file,
          field,
          message: `duplicate name "${alias}": also used by ${owner}, so a search or a link could not tell them apart`,
        });
      } else {
        nameOwner.set(alias.toLowerCase(), term.file);
      }
    });
  }
}

const byTitle = (a: { title: string }, b: { title: string }) =>
  a.title.localeCompare(b.title, 'en-GB');

/** Every glossary slug, including those whose file was rejected (so a link to one is not reported twice). */
const knownTermSlugs = (loaded: LoadedContent) =>
  new Set([...loaded.terms.map((term) => term.slug), ...loaded.rejected.terms]);

/** Checks every reference from one file to another that is not a link in a body. */
function checkReferences(loaded: LoadedContent, issues: ContentIssue[]): void {
  checkPathways(loaded, loaded.pathwaysFile, issues);
  const pathwaySlugs = new Set(loaded.pathways.map((pathway) => pathway.slug));
  const topicSlugs = new Set([
    ...loaded.topics.map((topic) => topic.slug),
    ...loaded.rejected.topics,
  ]);
  checkTopicReferences(loaded.topics, topicSlugs, pathwaySlugs, issues);
  checkTermReferences(loaded.terms, topicSlugs, issues);

  issues.push(...checkWritingRules(loaded, topicSlugs));
  const termSlugs = knownTermSlugs(loaded);
  issues.push(...checkReportWords(loaded, topicSlugs, termSlugs));
  if (loaded.boneDensity && !topicSlugs.has(loaded.boneDensity.topic)) {
    issues.push({
      file: loaded.boneDensityFile,
      field: 'topic',
      message: `unknown topic "${loaded.boneDensity.topic}"${didYouMean(loaded.boneDensity.topic, topicSlugs)}`,
    });
  }
}

/** Every document rendered once, with the citations its key points and body share. */
interface RenderedContent {
  topicCitations: Map<string, Citations>;
  termCitations: Map<string, Citations>;
  keyPoints: Map<string, RichText[]>;
  topics: Map<string, RenderedMarkdown>;
  terms: Map<string, RenderedMarkdown>;
  pages: Map<string, RenderedMarkdown>;
}

function renderContent(loaded: LoadedContent, issues: ContentIssue[]): RenderedContent {
  const acuteLine: AcuteOncologyLine | undefined = loaded.site?.acuteOncologyLine;
  const citationsOf = (sources: Source[]) => new Citations(sources.map((source) => source.id));
  const topicCitations = new Map(
    loaded.topics.map((topic) => [topic.slug, citationsOf(topic.data.sources)]),
  );
  const termCitations = new Map(
    loaded.terms.map((term) => [term.slug, citationsOf(term.data.sources)]),
  );
  // Key points come first on the page, so they are cited first: citations are numbered in page order.
  const keyPoints = new Map(
    loaded.topics.map((topic) => [
      topic.slug,
      topic.data.keyPoints.map((point, index): RichText => {
        const problems: string[] = [];
        const rich = richText(point, {
          citations: topicCitations.get(topic.slug),
          acuteLine,
          problems,
        });
        for (const message of problems)
          issues.push({ file: topic.file, field: `keyPoints[${index}]`, message });
        return rich;
      }),
    ]),
  );
  const render = (document: ContentDocument<unknown>, citations: Citations | undefined) =>
    [document.slug, renderMarkdown(document.body, { citations, acuteLine })] as const;
  return {
    topicCitations,
    termCitations,
    keyPoints,
    topics: new Map(loaded.topics.map((topic) => render(topic, topicCitations.get(topic.slug)))),
    terms: new Map(loaded.terms.map((term) => render(term, termCitations.get(term.slug)))),
    pages: new Map(loaded.pages.map((page) => render(page, new Citations([])))),
  };
}

/** A topic's `##` headings: its "On this page" list, and what a `#section` link may point to. */
const tableOfContents = (rendered: RenderedMarkdown | undefined): DocumentHeading[] =>
  rendered?.headings.filter((heading) => heading.depth === 2) ?? [];

/**
 * Checks every body: its Markdown problems, each link and #section, and that a topic's diagram sits
 * after a section it has. Returns the glossary terms each topic's body links to, and every page and
 * section a link may name (the copy files' links are checked against them too).
 */
function checkBodies(
  loaded: LoadedContent,
  rendered: RenderedContent,
  issues: ContentIssue[],
): { termsLinkedFrom: Map<string, Set<string>>; targets: LinkTargets } {
  const headingsOf = (documents: Map<string, RenderedMarkdown>, rejected: string[]) =>
    new Map<string, DocumentHeading[] | null>([
      ...[...documents].map(([slug, markdown]): [string, DocumentHeading[]] => [
        slug,
        markdown.headings,
      ]),
      ...rejected.map((slug): [string, null] => [slug, null]),
    ]);
  const targets: LinkTargets = {
    topics: headingsOf(rendered.topics, loaded.rejected.topics),
    terms: headingsOf(rendered.terms, loaded.rejected.terms),
    pages: headingsOf(rendered.pages, loaded.rejected.pages),
  };

  const termsLinkedFrom = new Map<string, Set<string>>();
  for (const topic of loaded.topics) {
    const markdown = rendered.topics.get(topic.slug);
    if (markdown) termsLinkedFrom.set(topic.slug, bodyIssues(topic, markdown, targets, issues));
  }
  for (const term of loaded.terms) {
    const markdown = rendered.terms.get(term.slug);
    if (markdown) bodyIssues(term, markdown, targets, issues);
  }
  for (const page of loaded.pages) {
    const markdown = rendered.pages.get(page.slug);
    if (markdown) bodyIssues(page, markdown, targets, issues);
  }

  for (const topic of loaded.topics) {
    const diagram = topic.data.diagram;
    const headings = tableOfContents(rendered.topics.get(topic.slug));
    if (diagram && !headings.some((heading) => heading.id === diagram.after)) {
      issues.push({
        file: topic.file,
        field: 'diagram.after',
        message: `no section "#${diagram.after}" in this topic${didYouMean(
          diagram.after,
          headings.map((heading) => heading.id),
          '#',
        )}`,
      });
    }
  }
  return { termsLinkedFrom, targets };
}

/** What is not wrong but should be seen to: overdue reviews, pathways with nothing in them yet. */
function contentWarnings(loaded: LoadedContent, today: string): ContentIssue[] {
  const warnings: ContentIssue[] = [];
  for (const topic of loaded.topics) {
    if (topic.data.review.nextReview < today) {
      warnings.push({
        file: topic.file,
        field: 'review.nextReview',
        message: `review overdue since ${topic.data.review.nextReview}: the page tells readers so`,
      });
    }
  }
  for (const pathway of loaded.pathways) {
    if (!loaded.topics.some((topic) => topic.data.pathway === pathway.slug)) {
      warnings.push({
        file: loaded.pathwaysFile,
        field: pathway.slug,
        message: 'pathway has no topics yet',
      });
    }
  }
  return warnings;
}

/** Looks up what validation has already vouched for: a miss here is a bug, not bad content. */
function linkers(loaded: LoadedContent, urgency: UrgencyFile) {
  const topicLink = (slug: string): TopicLink => {
    const topic = loaded.topics.find((candidate) => candidate.slug === slug);
    if (!topic) throw new Error(`topic "${slug}" vanished after validation`);
    return { slug, url: topicUrl(slug), title: topic.data.title, summary: topic.data.summary };
  };
  const termLink = (slug: string): TermLink => {
    const term = loaded.terms.find((candidate) => candidate.slug === slug);
    if (!term) throw new Error(`term "${slug}" vanished after validation`);
    return { slug, url: termUrl(slug), term: term.data.term, definition: term.data.definition };
  };
  const cardsOf = (ids: string[]) =>
    ids.map((id) => {
      const card = resolveCareCard(urgency, id);
      if (!card) throw new Error(`care card "${id}" vanished after validation`);
      return card;
    });
  return { topicLink, termLink, cardsOf };
}

type Linkers = ReturnType<typeof linkers>;

const citedSources = (sources: Source[], citations: Citations | undefined): CitedSource[] =>
  sources.map((source, index) => ({
    ...source,
    number: index + 1,
    citedAt: citations?.places.get(source.id) ?? [],
  }));

/** Topics whose related list or body links to each topic, by the linked topic's slug. */
function backlinksOf(loaded: LoadedContent, rendered: RenderedContent): Map<string, Set<string>> {
  const backlinks = new Map<string, Set<string>>();
  for (const topic of loaded.topics) {
    const linked = new Set(topic.data.related);
    for (const link of rendered.topics.get(topic.slug)?.links ?? []) {
      const match = /^\/topics\/([^/#]+)/.exec(link.url);
      if (match?.[1]) linked.add(match[1]);
    }
    for (const target of linked) {
      if (target === topic.slug) continue;
      backlinks.set(target, (backlinks.get(target) ?? new Set()).add(topic.slug));
    }
  }
  return backlinks;
}

/** Each topic in reading order, with its place in its pathway and everything its page shows. */
function topicNodes(
  loaded: LoadedContent,
  rendered: RenderedContent,
  pathways: PathwayNode[],
  termsLinkedFrom: Map<string, Set<string>>,
  { topicLink, termLink, cardsOf }: Linkers,
  today: string,
): TopicNode[] {
  const backlinks = backlinksOf(loaded, rendered);
  return pathways
    .flatMap((pathway) => pathway.topics)
    .map((link) => {
      const topic = loaded.topics.find((candidate) => candidate.slug === link.slug);
      const markdown = rendered.topics.get(link.slug);
      const pathway = pathways.find((candidate) =>
        candidate.topics.some((item) => item.slug === link.slug),
      );
      if (!topic || !markdown || !pathway)
        throw new Error(`topic "${link.slug}" vanished after validation`);
      const position = pathway.topics.findIndex((item) => item.slug === link.slug);
      return {
        ...link,
        file: topic.file,
        pathway: { slug: pathway.slug, title: pathway.title },
        order: topic.data.order,
        keyPoints: rendered.keyPoints.get(link.slug) ?? [],
        keywords: topic.data.keywords,
        questions: topic.data.questions,
        careCards: cardsOf(topic.data.careCards),
        sources: citedSources(topic.data.sources, rendered.topicCitations.get(link.slug)),
        review: { ...topic.data.review, overdue: topic.data.review.nextReview < today },
        body: markdown.body,
        diagram: topic.data.diagram,
        tableOfContents: tableOfContents(markdown),
        related: topic.data.related.map((slug) => topicLink(slug)),
        backlinks: [...(backlinks.get(link.slug) ?? [])]
          .filter((slug) => !topic.data.related.includes(slug))
          .map((slug) => topicLink(slug))
          .sort(byTitle),
        previous: pathway.topics[position - 1],
        next: pathway.topics[position + 1],
        plainSections: markdown.plainSections,
        terms: [...(termsLinkedFrom.get(link.slug) ?? [])]
          .map(termLink)
          .sort((a, b) => a.term.localeCompare(b.term)),
      };
    });
}

/** The glossary, A to Z, each term with the topics whose bodies use it. */
function termNodes(
  loaded: LoadedContent,
  rendered: RenderedContent,
  topics: TopicNode[],
  { topicLink, termLink, cardsOf }: Linkers,
): TermNode[] {
  return loaded.terms
    .map((term) => ({
      ...termLink(term.slug),
      file: term.file,
      aliases: term.data.aliases,
      misspellings: term.data.misspellings,
      html: rendered.terms.get(term.slug)?.html ?? '',
      plainText: (rendered.terms.get(term.slug)?.plainSections ?? [])
        .map((section) => section.text)
        .join(' '),
      careCards: cardsOf(term.data.careCards),
      sources: citedSources(term.data.sources, rendered.termCitations.get(term.slug)),
      related: term.data.related.map((slug) => topicLink(slug)),
      usedIn: topics
        .filter((topic) => topic.terms.some((used) => used.slug === term.slug))
        .map((topic) => topicLink(topic.slug)),
    }))
    .sort((a, b) => a.term.localeCompare(b.term, 'en-GB'));
}

function pageNodes(loaded: LoadedContent, rendered: RenderedContent): PageNode[] {
  return loaded.pages.map((page) => ({
    slug: page.slug,
    url: pageUrl(page.slug),
    title: page.data.title,
    description: page.data.description,
    keywords: page.data.keywords,
    html: rendered.pages.get(page.slug)?.html ?? '',
    headings: rendered.pages.get(page.slug)?.headings ?? [],
    plainSections: rendered.pages.get(page.slug)?.plainSections ?? [],
  }));
}

/** Report words as /explain lists them, each linked to the term and topic that explain it more. */
function reportWordNodes(loaded: LoadedContent, { topicLink, termLink }: Linkers) {
  return loaded.reportWords.flatMap(({ data }) =>
    data.words.map((word) => ({
      // Shown as a heading: "Expansile", not "expansile"; abbreviations keep their capitals.
      label: (word.forms[0] ?? '').replace(/^\p{Ll}/u, (first) => first.toUpperCase()),
      forms: word.forms,
      meaning: word.meaning,
      ...(word.glossary ? { glossary: termLink(word.glossary) } : {}),
      ...(word.topic ? { topic: topicLink(word.topic) } : {}),
    })),
  );
}

/**
 * Cross-document step, in stages: check every reference between files (pathways, related topics,
 * glossary terms), render every body once, check its links and #sections, then — only when nothing
 * is wrong — link it all into the topic graph the routes render.
 */
export function buildGraph(loaded: LoadedContent, options: { today?: string } = {}): GraphResult {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const issues = [...loaded.issues];
  checkReferences(loaded, issues);
  const rendered = renderContent(loaded, issues);
  const { termsLinkedFrom, targets } = checkBodies(loaded, rendered, issues);
  const copy = checkCopy(loaded, targets, knownTermSlugs(loaded));
  issues.push(...copy.issues);
  const warnings = contentWarnings(loaded, today);

  const { site, urgency, boneDensity } = loaded;
  if (issues.length > 0 || !site || !urgency || !boneDensity || !copy.copy)
    return { issues, warnings };

  const link = linkers(loaded, urgency);
  const pathways: PathwayNode[] = [...loaded.pathways]
    .sort((a, b) => a.order - b.order)
    .map((pathway) => ({
      ...pathway,
      topics: loaded.topics
        .filter((topic) => topic.data.pathway === pathway.slug)
        .sort((a, b) => a.data.order - b.data.order)
        .map((topic) => link.topicLink(topic.slug)),
    }));
  const topics = topicNodes(loaded, rendered, pathways, termsLinkedFrom, link, today);

  return {
    graph: {
      config: site,
      pathways,
      topics,
      terms: termNodes(loaded, rendered, topics, link),
      pages: pageNodes(loaded, rendered),
      synonyms: loaded.synonyms,
      urgency: { tiers: resolveTiers(urgency), urgentPage: link.topicLink(urgency.urgentPage) },
      reportWords: reportWordNodes(loaded, link),
      reportWordSources: loaded.reportWords.flatMap(({ data }) => data.sources),
      boneDensity: { ...boneDensity, topic: link.topicLink(boneDensity.topic) },
      copy: copy.copy,
      warnings,
    },
    issues,
    warnings,
  };
}
