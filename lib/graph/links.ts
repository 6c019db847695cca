import { didYouMean } from '@/lib/content/suggest';
import type { DocumentHeading } from '@/lib/markdown/render';
import { STATIC_ROUTES } from '@/lib/routes';

/**
 * What a link may point at: every document's section ids, keyed by slug. `null` marks a document
 * that exists but failed validation, so its sections cannot be checked (it has its own error).
 */
export interface LinkTargets {
  topics: ReadonlyMap<string, readonly DocumentHeading[] | null>;
  terms: ReadonlyMap<string, readonly DocumentHeading[] | null>;
  pages: ReadonlyMap<string, readonly DocumentHeading[] | null>;
}

export type LinkKind = 'topic' | 'term' | 'page' | 'anchor' | 'external';

export type LinkCheck =
  { ok: true; kind: LinkKind; slug?: string } | { ok: false; message: string };

function checkAnchor(
  anchor: string,
  headings: readonly DocumentHeading[] | null,
  where: string,
  shownUrl: string,
): LinkCheck | undefined {
  if (!anchor || !headings || headings.some((heading) => heading.id === anchor)) return undefined;
  const ids = headings.map((heading) => heading.id);
  return {
    ok: false,
    message: `link to "${shownUrl}": ${where} has no section "#${anchor}"${didYouMean(anchor, ids, '#')}`,
  };
}

/**
 * Checks one Markdown link against what the site really has. `ownHeadings` are the sections of the
 * document the link sits in, for same-page `#section` links.
 */
export function checkLink(
  url: string,
  ownHeadings: readonly DocumentHeading[],
  targets: LinkTargets,
): LinkCheck {
  if (url.startsWith('#')) {
    return checkAnchor(url.slice(1), ownHeadings, 'this page', url) ?? { ok: true, kind: 'anchor' };
  }
  if (/^(https:|mailto:|tel:)/.test(url)) return { ok: true, kind: 'external' };
  if (url.startsWith('http:'))
    return { ok: false, message: `link to "${url}": use https:// for links to other sites` };
  if (!url.startsWith('/')) {
    return {
      ok: false,
      message: `link to "${url}": site links start with "/", like /topics/bone-scan`,
    };
  }

  const [rawPath = '', anchor = ''] = url.split('#');
  const pathname = rawPath.length > 1 ? rawPath.replace(/\/$/, '') : rawPath;
  const collection = /^\/(topics|glossary)\/([^/]+)$/.exec(pathname);
  if (collection) {
    const isTopic = collection[1] === 'topics';
    const slug = collection[2] ?? '';
    const documents = isTopic ? targets.topics : targets.terms;
    const headings = documents.get(slug);
    if (headings === undefined) {
      const base = isTopic ? '/topics/' : '/glossary/';
      return {
        ok: false,
        message: `link to unknown ${isTopic ? 'topic' : 'glossary term'} "${pathname}"${didYouMean(slug, documents.keys(), base)}`,
      };
    }
    return (
      checkAnchor(anchor, headings, pathname, url) ?? {
        ok: true,
        kind: isTopic ? 'topic' : 'term',
        slug,
      }
    );
  }
  const pageHeadings = targets.pages.get(pathname.slice(1));
  if (pageHeadings !== undefined)
    return checkAnchor(anchor, pageHeadings, pathname, url) ?? { ok: true, kind: 'page' };
  if ((STATIC_ROUTES as readonly string[]).includes(pathname)) {
    return anchor
      ? { ok: false, message: `link to "${url}": ${pathname} has no sections to link to` }
      : { ok: true, kind: 'page' };
  }
  const known = [...STATIC_ROUTES, ...[...targets.pages.keys()].map((slug) => `/${slug}`)];
  return {
    ok: false,
    message: `link to "${url}", a page that does not exist${didYouMean(pathname, known)}`,
  };
}
