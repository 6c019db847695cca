import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { SLUG_PATTERN } from '@/lib/routes';
import type { ContentIssue } from './issues';
import {
  glossarySchema,
  pageSchema,
  pathwaysFileSchema,
  synonymsFileSchema,
  siteConfigSchema,
  topicSchema,
  type GlossaryFrontmatter,
  type PageFrontmatter,
  type Pathway,
  type SiteConfig,
  type SynonymGroup,
  type TopicFrontmatter,
  type UrgencyFile,
  urgencyFileSchema,
  boneDensityFileSchema,
  reportWordsFileSchema,
  type BoneDensityFile,
  type ReportWordsFile,
} from './schema';
import { validate } from './validate';
import {
  diagramsFileSchema,
  homeFileSchema,
  searchesFileSchema,
  spineFileSchema,
  type DiagramsFile,
  type HomeFile,
  type SearchesFile,
  type SpineFile,
} from './copy-schema';

/** One Markdown file after its frontmatter has been validated. */
export interface ContentDocument<Data> {
  slug: string;
  /** Path relative to the project root, used in every message about this file. */
  file: string;
  data: Data;
  body: string;
  /** Line of the file where the Markdown body starts, so body problems point at real lines. */
  bodyStartLine: number;
}

export interface LoadedContent {
  site?: SiteConfig;
  pathways: Pathway[];
  /** Groups of words that mean the same to a reader, for search and /explain. */
  synonyms: SynonymGroup[];
  /** Where the pathways came from, for messages about them. */
  pathwaysFile: string;
  /** The one urgency model (content/urgency.yaml). */
  urgency?: UrgencyFile;
  urgencyFile: string;
  siteFile: string;
  /** How /explain places bone density numbers (content/bone-density.yaml). */
  boneDensity?: BoneDensityFile;
  boneDensityFile: string;
  /** The words of scan reports, family by family (content/report-words/*.yaml). */
  reportWords: { file: string; data: ReportWordsFile }[];
  /** Words that pages and the diagrams show around the articles, each with the file it came from. */
  copy: LoadedCopy;
  topics: ContentDocument<TopicFrontmatter>[];
  terms: ContentDocument<GlossaryFrontmatter>[];
  pages: ContentDocument<PageFrontmatter>[];
  /**
   * Files that exist but failed validation. References to them are not reported as unknown too:
   * one mistake gets one message.
   */
  rejected: { topics: string[]; terms: string[]; pages: string[] };
  issues: ContentIssue[];
}

/** content/home.yaml, content/diagrams.yaml and content/spine.yaml (undefined when invalid). */
export interface LoadedCopy {
  home?: HomeFile;
  homeFile: string;
  diagrams?: DiagramsFile;
  diagramsFile: string;
  spine?: SpineFile;
  spineFile: string;
  /** What people type into search and the page each should find (content/searches.yaml). */
  searches?: SearchesFile;
  searchesFile: string;
}

export const REQUIRED_PAGES = ['help', 'about'] as const;

/** `Paget's disease` → `pagets-disease`: the URL a glossary term must have. */
export function termSlug(term: string): string {
  return term
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function readYamlFile<Schema extends z.ZodType>(
  absolutePath: string,
  file: string,
  schema: Schema,
  issues: ContentIssue[],
): z.output<Schema> | undefined {
  if (!existsSync(absolutePath)) {
    issues.push({ file, field: '', message: 'file is missing' });
    return undefined;
  }
  let data: unknown;
  try {
    data = parseYaml(readFileSync(absolutePath, 'utf8'));
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` (line ${error.linePos[0].line})` : '';
    issues.push({ file, field: '', message: `is not valid YAML${where}: ${firstLine(error)}` });
    return undefined;
  }
  const result = validate(schema, data, file);
  issues.push(...result.issues);
  return result.value;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

function readMarkdownFolder<Schema extends z.ZodType>(
  folder: string,
  displayFolder: string,
  schema: Schema,
  issues: ContentIssue[],
): { documents: ContentDocument<z.output<Schema>>[]; rejected: string[] } {
  const documents: ContentDocument<z.output<Schema>>[] = [];
  const rejected: string[] = [];
  if (!existsSync(folder)) {
    issues.push({ file: displayFolder, field: '', message: 'folder is missing' });
    return { documents, rejected };
  }
  const fileBySlug = new Map<string, string>();
  for (const name of readdirSync(folder).sort()) {
    const file = `${displayFolder}/${name}`;
    if (name.startsWith('.')) continue;
    if (!name.endsWith('.md')) {
      issues.push({ file, field: '', message: 'only Markdown (.md) files belong in this folder' });
      continue;
    }
    const slug = name.slice(0, -'.md'.length).toLowerCase();
    if (!SLUG_PATTERN.test(slug)) {
      issues.push({ file, field: 'file name', message: 'must be kebab-case, like "hot-and-cold-spots.md"' });
      continue;
    }
    if (name !== name.toLowerCase()) {
      issues.push({ file, field: 'file name', message: `must be lower case, like "${slug}.md"` });
    }
    const earlier = fileBySlug.get(slug);
    if (earlier) {
      issues.push({ file, field: 'file name', message: `duplicate slug "${slug}": also used by ${earlier}` });
      continue;
    }
    fileBySlug.set(slug, file);

    const source = readFileSync(path.join(folder, name), 'utf8');
    let parsed: matter.GrayMatterFile<string>;
    try {
      // An empty options object stops gray-matter from caching by content, which would share state between files.
      parsed = matter(source, {});
    } catch (error) {
      issues.push({ file, field: 'frontmatter', message: `is not valid YAML: ${firstLine(error)}` });
      rejected.push(slug);
      continue;
    }
    if (Object.keys(parsed.data).length === 0) {
      issues.push({ file, field: 'frontmatter', message: 'is missing: start the file with a "---" block of fields' });
      rejected.push(slug);
      continue;
    }
    const result = validate(schema, parsed.data, file);
    issues.push(...result.issues);
    if (result.value === undefined) {
      rejected.push(slug);
      continue;
    }
    const frontmatterLines = source.slice(0, source.length - parsed.content.length).split('\n').length;
    documents.push({ slug, file, data: result.value, body: parsed.content, bodyStartLine: frontmatterLines });
  }
  return { documents, rejected };
}

/** A word in two groups would make search expand it two ways: each word belongs to one group. */
function checkSynonyms(groups: SynonymGroup[], file: string, issues: ContentIssue[]): void {
  const groupOf = new Map<string, number>();
  groups.forEach(({ words, searchOnly }, groupIndex) => {
    words.forEach((word, wordIndex) => {
      const key = word.toLowerCase();
      const earlier = groupOf.get(key);
      if (earlier !== undefined) {
        issues.push({
          file,
          field: searchOnly ? `[${groupIndex}].searchOnly[${wordIndex}]` : `[${groupIndex}][${wordIndex}]`,
          message: `"${word}" is already in group [${earlier}] (${groups[earlier]?.words[0] ?? ''}): a word belongs to one group`,
        });
      } else {
        groupOf.set(key, groupIndex);
      }
    });
  });
}

function loadCopy(
  contentDir: string,
  display: (...parts: string[]) => string,
  issues: ContentIssue[],
): LoadedCopy {
  const read = <Schema extends z.ZodType>(name: string, schema: Schema) =>
    readYamlFile(path.join(contentDir, name), display(name), schema, issues);
  return {
    home: read('home.yaml', homeFileSchema),
    homeFile: display('home.yaml'),
    diagrams: read('diagrams.yaml', diagramsFileSchema),
    diagramsFile: display('diagrams.yaml'),
    spine: read('spine.yaml', spineFileSchema),
    spineFile: display('spine.yaml'),
    searches: read('searches.yaml', searchesFileSchema),
    searchesFile: display('searches.yaml'),
  };
}

/** Reads and validates every content file, collecting every problem instead of stopping at the first. */
export function loadContent(contentDir: string, projectRoot = process.cwd()): LoadedContent {
  const issues: ContentIssue[] = [];
  const display = (...parts: string[]) =>
    path.relative(projectRoot, path.join(contentDir, ...parts)).split(path.sep).join('/');

  const site = readYamlFile(path.join(contentDir, 'site.yaml'), display('site.yaml'), siteConfigSchema, issues);
  const pathways =
    readYamlFile(path.join(contentDir, 'pathways.yaml'), display('pathways.yaml'), pathwaysFileSchema, issues) ?? [];
  const urgencyFile = display('urgency.yaml');
  const urgency = readYamlFile(path.join(contentDir, 'urgency.yaml'), urgencyFile, urgencyFileSchema, issues);
  const boneDensityFile = display('bone-density.yaml');
  const boneDensity = readYamlFile(path.join(contentDir, 'bone-density.yaml'), boneDensityFile, boneDensityFileSchema, issues);
  const reportWordsFolder = path.join(contentDir, 'report-words');
  const reportWords = (existsSync(reportWordsFolder) ? readdirSync(reportWordsFolder).sort() : [])
    .filter((name) => !name.startsWith('.'))
    .flatMap((name) => {
      const file = display('report-words', name);
      if (!name.endsWith('.yaml')) {
        issues.push({ file, field: '', message: 'only YAML (.yaml) files belong in this folder' });
        return [];
      }
      const data = readYamlFile(path.join(reportWordsFolder, name), file, reportWordsFileSchema, issues);
      return data ? [{ file, data }] : [];
    });
  const copy = loadCopy(contentDir, display, issues);
  const synonymsFile = display('synonyms.yaml');
  const synonyms = readYamlFile(path.join(contentDir, 'synonyms.yaml'), synonymsFile, synonymsFileSchema, issues) ?? [];
  checkSynonyms(synonyms, synonymsFile, issues);
  const topicFiles = readMarkdownFolder(path.join(contentDir, 'topics'), display('topics'), topicSchema, issues);
  const termFiles = readMarkdownFolder(path.join(contentDir, 'glossary'), display('glossary'), glossarySchema, issues);
  const pageFiles = readMarkdownFolder(path.join(contentDir, 'pages'), display('pages'), pageSchema, issues);
  const [topics, terms, pages] = [topicFiles.documents, termFiles.documents, pageFiles.documents];
  const rejected = { topics: topicFiles.rejected, terms: termFiles.rejected, pages: pageFiles.rejected };

  for (const term of terms) {
    const expected = termSlug(term.data.term);
    if (expected !== term.slug) {
      issues.push({
        file: term.file,
        field: 'term',
        message: `"${term.data.term}" belongs in ${expected}.md (a term's URL is its name in kebab-case)`,
      });
    }
  }
  for (const required of REQUIRED_PAGES) {
    if (!pages.some((page) => page.slug === required) && !rejected.pages.includes(required)) {
      issues.push({ file: display('pages', `${required}.md`), field: '', message: 'file is missing' });
    }
  }
  return {
    site,
    pathways,
    synonyms,
    pathwaysFile: display('pathways.yaml'),
    urgency,
    urgencyFile,
    siteFile: display('site.yaml'),
    boneDensity,
    boneDensityFile,
    reportWords,
    copy,
    topics,
    terms,
    pages,
    rejected,
    issues,
  };
}
