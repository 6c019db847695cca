import type { ResolvedCareCard, ResolvedTier } from '@/lib/content/urgency';
import type { RichText } from '@/lib/content/rich-text';
import type {
  BoneDensityFile,
  DiagramName,
  Helpline,
  Review,
  SiteConfig,
  Source,
  SynonymGroup,
} from '@/lib/content/schema';
import type { ContentIssue } from '@/lib/content/issues';
import type { SiteCopy } from './copy';
import type { DocumentHeading, PlainSection, SectionedHtml } from '@/lib/markdown/render';

export type { ResolvedCareCard, ResolvedTier, RichText };
export type { Helpline, SiteConfig, Source, DocumentHeading, PlainSection, SectionedHtml };

/** Enough about a topic to link to it: lists, related topics, previous and next. */
export interface TopicLink {
  slug: string;
  url: string;
  title: string;
  summary: string;
}

export interface TermLink {
  slug: string;
  url: string;
  term: string;
  definition: string;
}

export interface PathwayNode {
  slug: string;
  title: string;
  description: string;
  order: number;
  topics: TopicLink[];
}

/** A source as a page lists it: its number, and the ids of the places that cite it (for back-links). */
export interface CitedSource extends Source {
  number: number;
  citedAt: string[];
}

export interface ReviewInfo extends Review {
  /** True when nextReview has passed at build time: the page says so rather than hiding it. */
  overdue: boolean;
}

export interface TopicNode extends TopicLink {
  file: string;
  pathway: { slug: string; title: string };
  order: number;
  /** "In short", with footnotes and the hospital's number as segments. */
  keyPoints: RichText[];
  keywords: string[];
  questions: string[];
  careCards: ResolvedCareCard[];
  sources: CitedSource[];
  review: ReviewInfo;
  diagram?: { name: DiagramName; after: string };
  /** The body as HTML, split at its `##` sections, for rendering each heading with its link controls. */
  body: SectionedHtml;
  /** The `##` headings, for "On this page". */
  tableOfContents: DocumentHeading[];
  related: TopicLink[];
  /** Topics whose related list or body links here. */
  backlinks: TopicLink[];
  previous?: TopicLink;
  next?: TopicLink;
  /** Glossary terms this topic's body links to. */
  terms: TermLink[];
  /** The body as plain text, one entry a `##` section, for the search index. */
  plainSections: PlainSection[];
}

export interface TermNode extends TermLink {
  file: string;
  aliases: string[];
  /** Matched by search and /explain, never shown. */
  misspellings: string[];
  html: string;
  /** The body as plain text, for search. */
  plainText: string;
  careCards: ResolvedCareCard[];
  sources: CitedSource[];
  related: TopicLink[];
  /** Topics whose body links to this term. */
  usedIn: TopicLink[];
}

export interface ReportWordNode {
  label: string;
  forms: string[];
  meaning: string;
  glossary?: TermLink;
  topic?: TopicLink;
}

export interface PageNode {
  slug: string;
  url: string;
  title: string;
  description: string;
  keywords: string[];
  html: string;
  headings: DocumentHeading[];
  plainSections: PlainSection[];
}

export interface SiteGraph {
  config: SiteConfig;
  pathways: PathwayNode[];
  /** In reading order: pathway by pathway, topic by topic. */
  topics: TopicNode[];
  /** A to Z. */
  terms: TermNode[];
  pages: PageNode[];
  /** Groups of words that mean the same to a reader (content/synonyms.yaml). */
  synonyms: SynonymGroup[];
  /** The urgency model: its tiers fastest first, and the page "urgent? what to do now" opens. */
  urgency: { tiers: ResolvedTier[]; urgentPage: TopicLink };
  /** The words of scan reports, with plain meanings, for /explain (content/report-words). */
  reportWords: ReportWordNode[];
  /** Where the report vocabulary came from, for the README and /about. */
  reportWordSources: Source[];
  /** How /explain places bone density numbers (content/bone-density.yaml). */
  boneDensity: Omit<BoneDensityFile, 'topic'> & { topic: TopicLink };
  /** The words around the articles: the home page, the diagrams, the parts of the spine. */
  copy: SiteCopy;
  warnings: ContentIssue[];
}
