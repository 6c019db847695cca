/**
 * "/topics/bone-scans" → "/topics/bone-scan": the page an address almost names. Runs in the browser on
 * the 404 page; the list of pages and the names they answer to are built from the content.
 */
import { editDistance } from '@/lib/content/suggest';
import { arrayOf, isString, isStringArray, objectOf, parserFor } from '@/lib/shape';

export interface NearMissPage {
  url: string;
  title: string;
  /** The slug and the other names the page answers to, as slugs ("hotspot" for "/glossary/hot-spot"). */
  names: string[];
}

/** Letters and digits only, singular: "Hot-Spots" → "hotspot". */
const squash = (slug: string) =>
  slug
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .replace(/(?:es|s)$/, '');

/** The page an unknown address most likely meant, or undefined when none is close enough. */
export function nearestPage(pathname: string, pages: NearMissPage[]): NearMissPage | undefined {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // A broken escape is just more letters to compare.
  }
  const parts = decoded
    .toLowerCase()
    .replace(/\.html?$/, '')
    .split('/')
    .filter(Boolean);
  const wanted = squash(parts.at(-1) ?? '');
  if (wanted.length < 3) return undefined;
  const section = parts.length > 1 ? `/${parts[0]}/` : '';
  let best: { page: NearMissPage; score: number } | undefined;
  for (const page of pages) {
    for (const name of page.names) {
      const candidate = squash(name);
      // Close in spelling (about one slip in four letters), or one name containing the other.
      const limit = Math.max(1, Math.floor(Math.min(wanted.length, candidate.length) / 4));
      const distance =
        candidate === wanted
          ? 0
          : candidate.length >= 4 && (candidate.startsWith(wanted) || wanted.startsWith(candidate))
            ? 1
            : editDistance(wanted, candidate);
      if (distance > limit) continue;
      // The same kind of page first: a mistyped topic address most likely meant a topic.
      const score = distance + (section && !page.url.startsWith(section) ? 0.5 : 0);
      if (!best || score < best.score) best = { page, score };
    }
  }
  return best?.page;
}

const isPageList = arrayOf(
  objectOf<NearMissPage>({ url: isString, title: isString, names: isStringArray }),
);

/** Checks the downloaded list's shape (a stale copy, an error page) before use. */
export const parseNearMissPages = parserFor(isPageList, 'near-miss list');
