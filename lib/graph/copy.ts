import type { ContentIssue } from '@/lib/content/issues';
import type { LoadedContent, LoadedCopy } from '@/lib/content/load';
import { parseLinkedText, type LinkedText } from '@/lib/content/linked-text';
import type { DiagramsFile, HomeFile } from '@/lib/content/copy-schema';
import { SPINE_REGIONS } from '@/lib/explain/spine';
import type { SpineWords } from '@/lib/explain/types';
import { didYouMean } from '@/lib/content/suggest';
import { termUrl } from '@/lib/routes';
import { checkLink, type LinkTargets } from './links';

/** The home page's words, with its links parsed and checked. */
export interface HomeCopy extends Omit<HomeFile, 'explain' | 'more'> {
  explain: { heading: string; text: LinkedText };
  more: LinkedText[];
}

/** Words the pages and diagrams show around the articles (content/home.yaml, diagrams.yaml, spine.yaml). */
export interface SiteCopy {
  home: HomeCopy;
  diagrams: DiagramsFile;
  spine: SpineWords;
}

const EXPLAIN_WORD = '/explain#word=';

/** Every page content/searches.yaml expects a search to find exists: a renamed page fails here. */
function checkSearches(loaded: LoadedContent, targets: LinkTargets): ContentIssue[] {
  const { searches, searchesFile: file }: LoadedCopy = loaded.copy;
  if (!searches) return [];
  const reportForms = new Set(
    loaded.reportWords.flatMap(({ data }) => data.words.flatMap((word) => word.forms)),
  );
  return (['words', 'questions'] as const).flatMap((list) =>
    searches[list].flatMap(([, page], index): ContentIssue[] => {
      const field = `${list}[${index}]`;
      if (page.startsWith(EXPLAIN_WORD)) {
        const word = decodeURIComponent(page.slice(EXPLAIN_WORD.length));
        return reportForms.has(word)
          ? []
          : [{ file, field, message: `"${word}" is not a report word (content/report-words)` }];
      }
      const result = checkLink(page, [], targets);
      return result.ok ? [] : [{ file, field, message: result.message }];
    }),
  );
}

/**
 * Checks every link and glossary term the copy files name against what the site has, so a renamed
 * page or term fails the content check with file and field, and parses the links for rendering.
 */
export function checkCopy(
  loaded: LoadedContent,
  targets: LinkTargets,
  termSlugs: Set<string>,
): { copy?: SiteCopy; issues: ContentIssue[] } {
  const copy = loaded.copy;
  const issues: ContentIssue[] = checkSearches(loaded, targets);
  const linked = (text: string, field: string): LinkedText => {
    const { segments, problems } = parseLinkedText(text);
    for (const message of problems) issues.push({ file: copy.homeFile, field, message });
    for (const segment of segments) {
      if (segment.kind !== 'link') continue;
      const result = checkLink(segment.href, [], targets);
      if (!result.ok) issues.push({ file: copy.homeFile, field, message: result.message });
    }
    return segments;
  };
  const home = copy.home && {
    ...copy.home,
    explain: { ...copy.home.explain, text: linked(copy.home.explain.text, 'explain.text') },
    more: copy.home.more.map((text, index) => linked(text, `more[${index}]`)),
  };
  const spine = copy.spine;
  for (const region of SPINE_REGIONS) {
    const slug = spine?.[region].glossary;
    if (slug !== undefined && !termSlugs.has(slug)) {
      issues.push({
        file: copy.spineFile,
        field: `${region}.glossary`,
        message: `unknown glossary term "${slug}"${didYouMean(slug, termSlugs)}`,
      });
    }
  }
  if (!home || !copy.diagrams || !spine || issues.length > 0) return { issues };
  const spineWords = Object.fromEntries(
    SPINE_REGIONS.map((region) => {
      const { where, glossary, linkText } = spine[region];
      return [region, { where, url: termUrl(glossary), urlLabel: linkText }];
    }),
  ) as SpineWords;
  return { copy: { home, diagrams: copy.diagrams, spine: spineWords }, issues };
}
