/**
 * The "information prescription" reading list: a list of explainers that lives only in its link,
 * `/reading-list?t=bone-scan,hot-and-cold-spots&note=…`. Nothing is stored anywhere.
 *
 * Pure functions, safe in the browser: no imports from the content pipeline (which pulls in zod).
 */

import { SLUG_PATTERN, absoluteUrl } from './routes';

export const READING_LIST_PATH = '/reading-list';

/** The most characters a note may have, in the textarea and in a link. */
export const NOTE_MAX_LENGTH = 280;

/** Bounds on what a hostile or mangled link can make us look at. */
const MAX_PIECES = 200;
const MAX_UNKNOWN = 20;
const MAX_UNKNOWN_LENGTH = 60;

// Control characters other than tab and newline, and the bidirectional overrides and isolates
// that could make a note display differently from what it says.
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export interface ParsedReadingList {
  /** Known topic slugs, in the order given, each once. */
  slugs: string[];
  /** What the link asked for that is not a topic, as written (trimmed, shortened), each once. */
  unknown: string[];
  /** The note, plain text, at most NOTE_MAX_LENGTH characters; '' when there is none. */
  note: string;
}

/** Replaces lone surrogates (which encodeURIComponent cannot encode) with U+FFFD. */
function wellFormed(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += value.slice(i, i + 2);
        i++;
      } else {
        out += '\uFFFD';
      }
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      out += '\uFFFD';
    } else {
      out += value.charAt(i);
    }
  }
  return out;
}

/** Cuts to at most `max` UTF-16 units (as a textarea's maxlength counts) without halving an emoji. */
function cut(value: string, max: number): string {
  if (value.length <= max) return value;
  const code = value.charCodeAt(max - 1);
  return value.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/**
 * A note as plain, safe text: line endings made `\n`, control and direction-override characters
 * removed, tabs made spaces, trimmed, and cut to NOTE_MAX_LENGTH characters.
 */
export function cleanNote(raw: string): string {
  const text = wellFormed(raw)
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(UNSAFE_CHARACTERS, '')
    .trim();
  return cut(text, NOTE_MAX_LENGTH).trimEnd();
}

function displayUnknown(piece: string): string {
  const clean = wellFormed(piece).replace(UNSAFE_CHARACTERS, '');
  return clean.length > MAX_UNKNOWN_LENGTH ? `${cut(clean, MAX_UNKNOWN_LENGTH)}…` : clean;
}

/**
 * Reads a reading list from a query string. Accepts `t` as one comma-separated parameter
 * (`?t=a,b`, the link we make) and as repeated parameters (`?t=a&t=b`, what the picker form sends
 * without JavaScript), or a mix, in the order given. Slugs are trimmed and lower-cased; duplicates
 * are kept once, at their first place; empty pieces are ignored; anything else unknown is reported.
 */
export function parseReadingList(
  searchParams: URLSearchParams,
  knownSlugs: ReadonlySet<string> | readonly string[],
): ParsedReadingList {
  const known = knownSlugs instanceof Set ? knownSlugs : new Set(knownSlugs);
  const pieces = searchParams
    .getAll('t')
    .flatMap((value) => value.split(',', MAX_PIECES))
    .slice(0, MAX_PIECES);

  const slugs: string[] = [];
  const unknown: string[] = [];
  const seen = new Set<string>();
  for (const piece of pieces) {
    const trimmed = piece.trim();
    if (!trimmed) continue;
    const slug = trimmed.toLowerCase();
    if (seen.has(slug)) continue;
    seen.add(slug);
    if (known.has(slug)) slugs.push(slug);
    else if (unknown.length < MAX_UNKNOWN) unknown.push(displayUnknown(trimmed));
  }

  return { slugs, unknown, note: cleanNote(searchParams.get('note') ?? '') };
}

/**
 * The canonical, readable link to a reading list: `${baseUrl}/reading-list?t=a,b,c&note=…`.
 * Slugs are written as they are (they are kebab-case, so the commas stay readable); only the note
 * is encoded. Pass `''` as the base URL for a path on this site.
 */
export function readingListUrl(baseUrl: string, slugs: readonly string[], note = ''): string {
  for (const slug of slugs) {
    if (!SLUG_PATTERN.test(slug)) throw new RangeError(`not a topic slug: "${slug}"`);
  }
  const params: string[] = [];
  const unique = [...new Set(slugs)];
  if (unique.length > 0) params.push(`t=${unique.join(',')}`);
  const cleaned = cleanNote(note);
  if (cleaned) params.push(`note=${encodeURIComponent(cleaned)}`);
  return absoluteUrl(baseUrl, `${READING_LIST_PATH}${params.length ? `?${params.join('&')}` : ''}`);
}

/**
 * Set on <html> before the first paint when the address holds a list (app/reading-list/page.tsx), so
 * a reader sent a list sees "Opening…" rather than the picker while the scripts arrive.
 */
export const OPENING_LIST_CLASS = 'opening-reading-list';
