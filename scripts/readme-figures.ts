/**
 * The figures the README quotes about the content (how many topics, terms, report words, searchable
 * documents…), computed from the content itself, so the README cannot drift from it. In the README a
 * figure is written `<!-- figure:glossary-terms -->111<!-- /figure -->`: the comments are invisible
 * on GitHub and mark the span `npm run docs:figures` rewrites. `tests/unit/readme-figures.test.ts`
 * fails, naming the figure, when a written figure is stale, unknown, or one this file computes is
 * quoted nowhere. Timings and sizes (benches, the page budget) are not here: they need a build and
 * vary by machine, so the README says which command printed them and when.
 */
import { readability, median } from '@/lib/content/readability';
import type { LoadedContent } from '@/lib/content/load';
import { buildExplainLexicon } from '@/lib/explain/build';
import { createExplainer } from '@/lib/explain/match';
import type { SiteGraph } from '@/lib/graph/types';
import { buildSearchIndex } from '@/lib/search/build';
import { KIND_CODES } from '@/lib/search/types';
import { REPORTS } from '../tests/fixtures/explain/coverage';

/** A figure as the README writes it: "2,919", "5.1". */
export type Figures = Record<string, string>;

const count = (value: number) => value.toLocaleString('en-GB');

/** The readability figures, read exactly as `npm run check:content` reads them. */
function readabilityFigures(loaded: LoadedContent): Figures {
  const rows = [...loaded.topics, ...loaded.terms, ...loaded.pages].map((document) =>
    readability(document.body),
  );
  const grades = rows.map((row) => row.grade);
  return {
    'median-grade': median(grades).toFixed(1),
    'highest-grade': Math.max(...grades).toFixed(1),
    'longest-sentence-words': count(Math.max(...rows.map((row) => row.longestSentence.words))),
  };
}

/** The realistic searches (content/searches.yaml) and the test fixtures' report excerpts. */
function searchAndFixtureFigures(loaded: LoadedContent): Figures {
  const excerptCounts = Object.values(REPORTS).map((excerpts) => excerpts.length);
  const perKind = new Set(excerptCounts).size === 1 ? excerptCounts[0] : undefined;
  return {
    'search-word-queries': count(loaded.copy.searches?.words.length ?? 0),
    'search-questions': count(loaded.copy.searches?.questions.length ?? 0),
    'report-excerpts': count(excerptCounts.reduce((sum, value) => sum + value, 0)),
    'report-kinds': count(excerptCounts.length),
    // "15 per kind" is only true while every kind has as many: otherwise the figure says so.
    'report-excerpts-per-kind': perKind === undefined ? 'an uneven number' : count(perKind),
  };
}

/** Every figure, by name. */
export function computeFigures(loaded: LoadedContent, site: SiteGraph): Figures {
  const index = buildSearchIndex(site);
  const sectionCode = KIND_CODES.indexOf('section');
  const lexicon = buildExplainLexicon(site);
  return {
    topics: count(site.topics.length),
    pathways: count(site.pathways.length),
    'glossary-terms': count(site.terms.length),
    'report-words': count(site.reportWords.length),
    'report-word-forms': count(site.reportWords.reduce((sum, word) => sum + word.forms.length, 0)),
    // Distinct pages: a source that backs two families of report words counts once.
    'report-word-sources': count(new Set(site.reportWordSources.map((source) => source.url)).size),
    'explain-entries': count(lexicon.entries.length),
    'explain-ways-of-writing': count(createExplainer(lexicon).phraseCount),
    'search-documents': count(index.docs.length),
    'search-sections': count(index.docs.filter(([kind]) => kind === sectionCode).length),
    ...readabilityFigures(loaded),
    ...searchAndFixtureFigures(loaded),
  };
}

const FIGURE = /<!-- figure:([a-z0-9-]+) -->([^<]*)<!-- \/figure -->/g;

export interface FigureCheck {
  /** The text with every known figure brought up to date. */
  text: string;
  /** Figures whose written value is not today's, as "name: written → computed". */
  stale: string[];
  /** Names written in the text that nothing computes. */
  unknown: string[];
  /** Computed figures the text never quotes. */
  unquoted: string[];
}

/** Compares (and rewrites) every marked figure in `text` against `figures`. */
export function checkFigures(text: string, figures: Figures): FigureCheck {
  const stale: string[] = [];
  const unknown = new Set<string>();
  const quoted = new Set<string>();
  const updated = text.replace(FIGURE, (whole, name: string, written: string) => {
    const value = figures[name];
    if (value === undefined) {
      unknown.add(name);
      return whole;
    }
    quoted.add(name);
    if (written !== value) stale.push(`${name}: ${written} → ${value}`);
    return `<!-- figure:${name} -->${value}<!-- /figure -->`;
  });
  const unquoted = Object.keys(figures).filter((name) => !quoted.has(name));
  return { text: updated, stale, unknown: [...unknown], unquoted };
}
