import { plainText } from '@/lib/content/rich-text';
import type { PlainSection, ResolvedCareCard, SiteGraph } from '@/lib/graph/types';
import { tokens } from './normalize';
import {
  encodePostings,
  encodeVocabulary,
  KIND_CODES,
  type SearchIndexData,
  type SearchKind,
} from './types';

/** Longest snippet stored for a result: the index must stay small enough for a phone on weak signal. */
export const SNIPPET_CHARACTERS = 100;

/** Fields that name a document rather than talk about it: they do not make it "longer" for ranking. */
const NAMING_FIELDS = new Set<Field>([
  'title',
  'heading',
  'term',
  'alias',
  'keyword',
  'parentTitle',
]);

/** How much a word counts in each field of a document. */
const FIELD_WEIGHTS = {
  title: 5,
  heading: 4,
  term: 6,
  alias: 4,
  keyword: 3,
  parentTitle: 1,
  summary: 1.5,
  body: 1,
} as const;

type Field = keyof typeof FIELD_WEIGHTS;

interface DocumentInput {
  kind: SearchKind;
  url: string;
  title: string;
  heading: string | null;
  snippet: string;
  fields: [Field, string][];
}

/**
 * /explain with one report word filled in, for a word that has no page of its own. In the fragment,
 * which browsers never send to a server; and it is our word, never the reader's text.
 */
export function explainWordUrl(word: string): string {
  return `/explain#word=${encodeURIComponent(word)}`;
}

export function truncate(text: string, characters = SNIPPET_CHARACTERS): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= characters) return clean;
  const cut = clean.slice(0, characters);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), characters / 2)).replace(/[,;:.]$/, '')}…`;
}

/** A whole topic or page: found by its title and keywords, then its summary and any body text. */
function pageDocument(
  kind: 'topic' | 'page',
  page: { url: string; title: string; keywords: string[] },
  snippet: string,
  summary: string[],
  body: [Field, string][] = [],
): DocumentInput {
  return {
    kind,
    url: page.url,
    title: page.title,
    heading: null,
    snippet,
    fields: [
      ['title', page.title],
      ['keyword', page.keywords.join(' ')],
      ['summary', summary.join(' ')],
      ...body,
    ],
  };
}

/** One document per `##` section, linking to `/page#section`. */
function sectionDocuments(
  parent: { url: string; title: string },
  sections: (PlainSection | undefined)[],
): DocumentInput[] {
  return sections.flatMap((section) =>
    section?.id && section.heading
      ? [
          {
            kind: 'section' as const,
            url: `${parent.url}#${section.id}`,
            title: parent.title,
            heading: section.heading,
            snippet: section.text,
            fields: [
              ['heading', section.heading],
              ['parentTitle', parent.title],
              ['body', section.text],
            ] satisfies [Field, string][],
          },
        ]
      : [],
  );
}

function careCardText(cards: ResolvedCareCard[]): string {
  return cards
    .flatMap((card) => [
      card.heading,
      ...card.symptoms,
      ...card.also.flatMap((also) => also.symptoms),
    ])
    .join(' ');
}

/** Every searchable thing on the site: topic intros, topic sections, glossary terms, help and about. */
export function searchDocuments(graph: SiteGraph): DocumentInput[] {
  const documents: DocumentInput[] = [];
  for (const topic of graph.topics) {
    const [intro, ...sections] =
      topic.plainSections[0]?.heading === null
        ? topic.plainSections
        : [undefined, ...topic.plainSections];
    documents.push(
      pageDocument(
        'topic',
        topic,
        topic.summary,
        [topic.summary, ...topic.keyPoints.map(plainText)],
        [
          ['body', intro?.text ?? ''],
          // Care cards are indexed only on the page about urgent symptoms: they come from the one
          // urgency model and repeat on many pages, so "back pain" would find every page with a spinal
          // card instead of the pages about it.
          ['body', topic.url === graph.urgency.urgentPage.url ? careCardText(topic.careCards) : ''],
        ],
      ),
    );
    documents.push(...sectionDocuments(topic, sections));
  }
  for (const term of graph.terms) {
    documents.push({
      kind: 'term',
      url: term.url,
      title: term.term,
      heading: 'Glossary',
      // The definition's first sentence says what the word means; the term page has the rest.
      snippet: term.definition.split(/(?<=[.!?])\s/)[0] ?? term.definition,
      fields: [
        ['term', term.term],
        ['alias', [...term.aliases, ...term.misspellings].join(' ')],
        ['body', term.definition],
      ],
    });
    // The longer explanation is its own document, so a term still ranks first for its own name
    // while the words of its explanation can find it too.
    if (term.plainText) {
      documents.push({
        kind: 'section',
        url: term.url,
        title: term.term,
        heading: 'Glossary',
        snippet: term.plainText.split(/(?<=[.!?])\s/)[0] ?? term.plainText,
        fields: [['body', term.plainText]],
      });
    }
  }
  for (const page of graph.pages) {
    const helplines =
      page.slug === 'help'
        ? graph.config.helplines
            .map((line) => `${line.name} ${line.number} ${line.hours} ${line.description ?? ''}`)
            .join(' ')
        : '';
    documents.push(pageDocument('page', page, page.description, [page.description, helplines]));
    // The help page's sections answer readers' questions; the about page is found as a whole.
    if (page.slug === 'help') documents.push(...sectionDocuments(page, page.plainSections));
  }
  // A phrase copied from a report ("hyperintense on STIR") finds its plain meaning: through the
  // glossary term that explains it, or a short document of its own. Only its names are indexed, so
  // the index stays small and a meaning's words do not pull in unrelated queries.
  const termDocuments = new Map(
    documents
      .filter((document) => document.kind === 'term')
      .map((document) => [document.url, document]),
  );
  for (const word of graph.reportWords) {
    const term = word.glossary && termDocuments.get(word.glossary.url);
    if (term) {
      term.fields.push(['alias', word.forms.join(' ')]);
      continue;
    }
    documents.push({
      kind: 'report',
      url: word.topic?.url ?? explainWordUrl(word.forms[0] ?? word.label),
      title: word.label,
      heading: null,
      snippet: word.meaning,
      fields: [['term', word.forms.join(' ')]],
    });
  }
  return documents;
}

/** Synonym groups as token phrases, plus each glossary term with its aliases. */
export function synonymGroups(graph: SiteGraph): string[][] {
  const groups = [
    ...graph.synonyms.map((group) => group.words),
    ...graph.terms.map((term) => [term.term, ...term.aliases, ...term.misspellings]),
  ];
  return groups
    .map((group) =>
      withoutRedundantPhrases([
        ...new Set(group.map((phrase) => tokens(phrase).join(' ')).filter(Boolean)),
      ]),
    )
    .filter((group) => group.length > 1);
}

/**
 * "lytic chang" adds nothing to a group that has "lytic": a query with those words already finds the
 * group through the shorter phrase. Dropping such phrases keeps the index small.
 */
function withoutRedundantPhrases(group: string[]): string[] {
  return group.filter(
    (phrase) => !group.some((other) => other !== phrase && ` ${phrase} `.includes(` ${other} `)),
  );
}

/** Builds the precomputed inverted index: the browser only looks words up, it never scans text. */
export function buildSearchIndex(
  graph: SiteGraph,
  documents: DocumentInput[] = searchDocuments(graph),
  options: { snippetCharacters?: number } = {},
): SearchIndexData {
  const postings = new Map<string, [number, number][]>();
  let parent = { url: '', title: '' };
  const docs: SearchIndexData['docs'] = documents.map((document, docIndex) => {
    const weights = new Map<string, number>();
    let length = 0;
    for (const [field, text] of document.fields) {
      for (const token of tokens(text)) {
        weights.set(token, (weights.get(token) ?? 0) + FIELD_WEIGHTS[field]);
        if (!NAMING_FIELDS.has(field)) length++;
      }
    }
    for (const [token, weight] of weights) {
      const list = postings.get(token) ?? [];
      list.push([docIndex, weight]);
      postings.set(token, list);
    }
    const [page = '', anchor] = document.url.split('#');
    const isUnderParent =
      anchor !== undefined && page === parent.url && document.title === parent.title;
    if (anchor === undefined) parent = { url: document.url, title: document.title };
    return [
      KIND_CODES.indexOf(document.kind),
      isUnderParent ? `#${anchor}` : document.url,
      isUnderParent ? '' : document.title,
      document.heading ?? '',
      truncate(document.snippet, options.snippetCharacters),
      length,
    ];
  });
  const sorted = [...postings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    version: 1,
    docs,
    vocabulary: encodeVocabulary(sorted.map(([token]) => token)),
    postings: sorted.map(([, entries]) => encodePostings(entries)),
    synonyms: synonymGroups(graph),
  };
}
