import path from 'node:path';
import { ContentError } from '@/lib/content/issues';
import { loadContent, termSlug } from '@/lib/content/load';
import { buildGraph } from '@/lib/graph/build';
import type { SiteGraph, TermNode, TopicNode } from '@/lib/graph/types';
import { buildExplainLexicon } from '@/lib/explain/build';
import type { ExplainLexiconData } from '@/lib/explain/types';
import { buildSearchIndex } from '@/lib/search/build';
import type { SearchIndexData } from '@/lib/search/types';
import type { NearMissPage } from '@/lib/near-miss';

/** `CONTENT_DIR` lets tests build the site from fixture content. */
export const CONTENT_DIR = path.resolve(process.env.CONTENT_DIR || 'content');

let cached: SiteGraph | undefined;

/** The one entry point routes use: content read, validated and linked once per process. */
export function getSite(): SiteGraph {
  if (!cached) {
    const result = buildGraph(loadContent(CONTENT_DIR));
    if (!result.graph) throw new ContentError(result.issues);
    cached = result.graph;
  }
  return cached;
}

export const getSiteConfig = () => getSite().config;
export const getPathways = () => getSite().pathways;
export const getAllTopics = () => getSite().topics;
export const getAllTerms = () => getSite().terms;
/** The urgency model: tiers fastest first, and the page "urgent? what to do now" opens. */
export const getUrgency = () => getSite().urgency;
/** The words around the articles: content/home.yaml, diagrams.yaml and spine.yaml. */
export const getCopy = () => getSite().copy;

export function getTopicBySlug(slug: string): TopicNode | undefined {
  return getSite().topics.find((topic) => topic.slug === slug);
}

export function getTermBySlug(slug: string): TermNode | undefined {
  return getSite().terms.find((term) => term.slug === slug);
}

export function getPage(slug: 'help' | 'about') {
  const page = getSite().pages.find((candidate) => candidate.slug === slug);
  if (!page) throw new Error(`content/pages/${slug}.md is missing`);
  return page;
}

let cachedIndex: SearchIndexData | undefined;

/** The search index the browser downloads on first use of search (served as /search-index.json). */
export function getSearchIndex(): SearchIndexData {
  cachedIndex ??= buildSearchIndex(getSite());
  return cachedIndex;
}

let cachedLexicon: ExplainLexiconData | undefined;

/** What "What does my letter mean?" downloads to explain a letter in the browser. */
export function getExplainLexicon(): ExplainLexiconData {
  cachedLexicon ??= buildExplainLexicon(getSite());
  return cachedLexicon;
}

/** Every page an unknown address may have meant, with the names it answers to (for the 404 page). */
export function getNearMissPages(): NearMissPage[] {
  return [
    ...getAllTopics().map((topic) => ({
      url: topic.url,
      title: topic.title,
      names: [topic.slug, termSlug(topic.title)],
    })),
    ...getAllTerms().map((term) => ({
      url: term.url,
      title: `${term.term} (glossary)`,
      names: [...new Set([term.slug, ...[...term.aliases, ...term.misspellings].map(termSlug)])],
    })),
  ];
}
