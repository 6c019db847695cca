import type { ContentIssue } from '@/lib/content/issues';
import type { ContentDocument, LoadedContent } from '@/lib/content/load';
import type { GlossaryFrontmatter, TopicFrontmatter } from '@/lib/content/schema';
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
import type { Source } from '@/lib/content/schema';
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

/**
 * Cross-document step: checks every reference between files (pathways, related topics, glossary
 * terms, links and #sections), then builds the topic graph the routes render.
 */
export function buildGraph(loaded: LoadedContent, options: { today?: string } = {}): GraphResult {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const issues = [...loaded.issues];
  const warnings: ContentIssue[] = [];
  const pathwaysFile = loaded.pathwaysFile;

  checkPathways(loaded, pathwaysFile, issues);
  const pathwaySlugs = new Set(loaded.pathways.map((pathway) => pathway.slug));
  const topicSlugs = new Set([
    ...loaded.topics.map((topic) => topic.slug),
    ...loaded.rejected.topics,
  ]);
  checkTopicReferences(loaded.topics, topicSlugs, pathwaySlugs, issues);
  checkTermReferences(loaded.terms, topicSlugs, issues);

  issues.push(...checkWritingRules(loaded, topicSlugs));
  const termSlugs = new Set([...loaded.terms.map((term) => term.slug), ...loaded.rejected.terms]);
  issues.push(...checkReportWords(loaded, topicSlugs, termSlugs));
  if (loaded.boneDensity && !topicSlugs.has(loaded.boneDensity.topic)) {
    issues.push({
      file: loaded.boneDensityFile,
      field: 'topic',
      message: `unknown topic "${loaded.boneDensity.topic}"${didYouMean(loaded.boneDensity.topic, topicSlugs)}`,
    });
  }

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
  const renderedTopics = new Map(
    loaded.topics.map((topic) => [
      topic.slug,
      renderMarkdown(topic.body, { citations: topicCitations.get(topic.slug), acuteLine }),
    ]),
  );
  const renderedTerms = new Map(
    loaded.terms.map((term) => [
      term.slug,
      renderMarkdown(term.body, { citations: termCitations.get(term.slug), acuteLine }),
    ]),
  );
  const renderedPages = new Map(
    loaded.pages.map((page) => [
      page.slug,
      renderMarkdown(page.body, { citations: new Citations([]), acuteLine }),
    ]),
  );
  const headingsOf = (rendered: Map<string, RenderedMarkdown>, rejected: string[]) =>
    new Map<string, DocumentHeading[] | null>([
      ...[...rendered].map(([slug, markdown]): [string, DocumentHeading[]] => [
        slug,
        markdown.headings,
      ]),
      ...rejected.map((slug): [string, null] => [slug, null]),
    ]);
  const targets: LinkTargets = {
    topics: headingsOf(renderedTopics, loaded.rejected.topics),
    terms: headingsOf(renderedTerms, loaded.rejected.terms),
    pages: headingsOf(renderedPages, loaded.rejected.pages),
  };
  const copy = checkCopy(loaded, targets, termSlugs);
  issues.push(...copy.issues);

  const termsLinkedFrom = new Map<string, Set<string>>();
  for (const topic of loaded.topics) {
    const rendered = renderedTopics.get(topic.slug);
    if (rendered) termsLinkedFrom.set(topic.slug, bodyIssues(topic, rendered, targets, issues));
  }
  for (const term of loaded.terms) {
    const rendered = renderedTerms.get(term.slug);
    if (rendered) bodyIssues(term, rendered, targets, issues);
  }
  for (const page of loaded.pages) {
    const rendered = renderedPages.get(page.slug);
    if (rendered) bodyIssues(page, rendered, targets, issues);
  }

  for (const topic of loaded.topics) {
    const diagram = topic.data.diagram;
    const sections =
      renderedTopics.get(topic.slug)?.headings.filter((heading) => heading.depth === 2) ?? [];
    if (diagram && !sections.some((section) => section.id === diagram.after)) {
      issues.push({
        file: topic.file,
        field: 'diagram.after',
        message: `no section "#${diagram.after}" in this topic${didYouMean(
          diagram.after,
          sections.map((section) => section.id),
          '#',
        )}`,
      });
    }
  }
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
        file: pathwaysFile,
        field: pathway.slug,
        message: 'pathway has no topics yet',
      });
    }
  }

  const urgency = loaded.urgency;
  const boneDensity = loaded.boneDensity;
  if (issues.length > 0 || !loaded.site || !urgency || !boneDensity || !copy.copy)
    return { issues, warnings };

  const cardsOf = (ids: string[]) =>
    ids.map((id) => {
      const card = resolveCareCard(urgency, id);
      if (!card) throw new Error(`care card "${id}" vanished after validation`);
      return card;
    });
  const citedSources = (sources: Source[], citations: Citations | undefined): CitedSource[] =>
    sources.map((source, index) => ({
      ...source,
      number: index + 1,
      citedAt: citations?.places.get(source.id) ?? [],
    }));

  const sortedPathways = [...loaded.pathways].sort((a, b) => a.order - b.order);
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

  const pathways: PathwayNode[] = sortedPathways.map((pathway) => ({
    ...pathway,
    topics: loaded.topics
      .filter((topic) => topic.data.pathway === pathway.slug)
      .sort((a, b) => a.data.order - b.data.order)
      .map((topic) => topicLink(topic.slug)),
  }));
  const readingOrder = pathways.flatMap((pathway) => pathway.topics);

  const backlinks = new Map<string, Set<string>>();
  for (const topic of loaded.topics) {
    const linked = new Set(topic.data.related);
    for (const link of renderedTopics.get(topic.slug)?.links ?? []) {
      const match = /^\/topics\/([^/#]+)/.exec(link.url);
      if (match?.[1]) linked.add(match[1]);
    }
    for (const target of linked) {
      if (target === topic.slug) continue;
      backlinks.set(target, (backlinks.get(target) ?? new Set()).add(topic.slug));
    }
  }

  const topics: TopicNode[] = readingOrder.map((link) => {
    const topic = loaded.topics.find((candidate) => candidate.slug === link.slug);
    const rendered = renderedTopics.get(link.slug);
    const pathway = pathways.find((candidate) =>
      candidate.topics.some((item) => item.slug === link.slug),
    );
    if (!topic || !rendered || !pathway)
      throw new Error(`topic "${link.slug}" vanished after validation`);
    const position = pathway.topics.findIndex((item) => item.slug === link.slug);
    return {
      ...link,
      file: topic.file,
      pathway: { slug: pathway.slug, title: pathway.title },
      order: topic.data.order,
      keyPoints: keyPoints.get(link.slug) ?? [],
      keywords: topic.data.keywords,
      questions: topic.data.questions,
      careCards: cardsOf(topic.data.careCards),
      sources: citedSources(topic.data.sources, topicCitations.get(link.slug)),
      review: { ...topic.data.review, overdue: topic.data.review.nextReview < today },
      blocks: rendered.blocks,
      diagram: topic.data.diagram,
      sections: rendered.headings.filter((heading) => heading.depth === 2),
      related: topic.data.related.map((slug) => topicLink(slug)),
      backlinks: [...(backlinks.get(link.slug) ?? [])]
        .filter((slug) => !topic.data.related.includes(slug))
        .map((slug) => topicLink(slug))
        .sort(byTitle),
      previous: pathway.topics[position - 1],
      next: pathway.topics[position + 1],
      plainSections: rendered.sections,
      terms: [...(termsLinkedFrom.get(link.slug) ?? [])]
        .map(termLink)
        .sort((a, b) => a.term.localeCompare(b.term)),
    };
  });

  const terms: TermNode[] = loaded.terms
    .map((term) => ({
      ...termLink(term.slug),
      file: term.file,
      aliases: term.data.aliases,
      misspellings: term.data.misspellings,
      html: renderedTerms.get(term.slug)?.html ?? '',
      plainText: (renderedTerms.get(term.slug)?.sections ?? [])
        .map((section) => section.text)
        .join(' '),
      careCards: cardsOf(term.data.careCards),
      sources: citedSources(term.data.sources, termCitations.get(term.slug)),
      related: term.data.related.map((slug) => topicLink(slug)),
      usedIn: topics
        .filter((topic) => topic.terms.some((used) => used.slug === term.slug))
        .map((topic) => topicLink(topic.slug)),
    }))
    .sort((a, b) => a.term.localeCompare(b.term, 'en-GB'));

  const pages: PageNode[] = loaded.pages.map((page) => ({
    slug: page.slug,
    url: pageUrl(page.slug),
    title: page.data.title,
    description: page.data.description,
    keywords: page.data.keywords,
    html: renderedPages.get(page.slug)?.html ?? '',
    headings: renderedPages.get(page.slug)?.headings ?? [],
    plainSections: renderedPages.get(page.slug)?.sections ?? [],
  }));

  return {
    graph: {
      config: loaded.site,
      pathways,
      topics,
      terms,
      pages,
      synonyms: loaded.synonyms,
      urgency: { tiers: resolveTiers(urgency), urgentPage: topicLink(urgency.urgentPage) },
      reportWords: loaded.reportWords.flatMap(({ data }) =>
        data.words.map((word) => ({
          // Shown as a heading: "Expansile", not "expansile"; abbreviations keep their capitals.
          label: (word.forms[0] ?? '').replace(/^\p{Ll}/u, (first) => first.toUpperCase()),
          forms: word.forms,
          meaning: word.meaning,
          ...(word.glossary ? { glossary: termLink(word.glossary) } : {}),
          ...(word.topic ? { topic: topicLink(word.topic) } : {}),
        })),
      ),
      reportWordSources: loaded.reportWords.flatMap(({ data }) => data.sources),
      boneDensity: { ...boneDensity, topic: topicLink(boneDensity.topic) },
      copy: copy.copy,
      warnings,
    },
    issues,
    warnings,
  };
}
