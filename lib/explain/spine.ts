/**
 * Spine levels as reports write them: "L3", "T12", "C5", "S1", and ranges such as "L3-L5", "L3-4",
 * "T12/L1" or "L2 to L4". Each region numbers its bones from the top.
 */
import type { Token } from './match';
import type { Explanation } from './types';

interface Region {
  count: number;
  /** Where the bones are, in plain words, then the medical name. */
  where: string;
  /** The glossary term that explains the region, when the site has one. */
  slug: string;
  name: string;
}

const REGIONS: Record<string, Region> = {
  C: {
    count: 7,
    where: 'neck (cervical spine)',
    slug: 'cervical-spine',
    name: 'the cervical spine',
  },
  T: {
    count: 12,
    where: 'upper and middle back (thoracic spine)',
    slug: 'thoracic-spine',
    name: 'the thoracic spine',
  },
  L: {
    count: 5,
    where: 'lower back (lumbar spine)',
    slug: 'lumbar-spine',
    name: 'the lumbar spine',
  },
  S: {
    count: 5,
    where: 'sacrum, the bone at the base of your spine',
    slug: 'sacrum',
    name: 'the sacrum',
  },
};

interface Level {
  letter: string;
  number: number;
}

export interface SpineMatch {
  tokenCount: number;
  explanation: Omit<Explanation, 'asWritten'>;
}

function parseLevel(raw: string, letter?: string): Level | undefined {
  const match = /^([CTLS])?(\d{1,2})$/i.exec(raw);
  const found = (match?.[1] ?? letter)?.toUpperCase();
  const number = Number(match?.[2]);
  const region = found === undefined ? undefined : REGIONS[found];
  if (!found || !region || number < 1 || number > region.count) return undefined;
  return { letter: found, number };
}

/** "T2-weighted" (an MRI setting), "T2 N1 M0" (tumour staging) and "stage T2" are not the spine. */
function isNotSpine(tokens: Token[], index: number): boolean {
  const next = tokens[index + 1]?.raw.toLowerCase() ?? '';
  const previous = tokens[index - 1]?.raw.toLowerCase() ?? '';
  return (
    /^(?:weighted|w|wi|flair|stir)$/.test(next) ||
    /^[nm][0-3x][a-d]?$/.test(next) ||
    /^(?:stage|staged|grade|staging)$/.test(previous)
  );
}

const ordinal = (number: number) => {
  const tens = number % 100;
  const suffix =
    tens >= 11 && tens <= 13
      ? 'th'
      : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[number % 10] ?? 'th');
  return `${number}${suffix}`;
};

const name = (level: Level) => `${level.letter}${level.number}`;

function describe(from: Level, to?: Level): string {
  const region = REGIONS[from.letter] as Region;
  const numbering = `Reports number these bones from the top, ${from.letter}1 to ${from.letter}${region.count}.`;
  if (!to) return `The ${ordinal(from.number)} bone of your ${region.where}. ${numbering}`;
  if (to.letter === from.letter) {
    return `The ${ordinal(from.number)} to ${ordinal(to.number)} bones of your ${region.where}. ${numbering}`;
  }
  const toRegion = REGIONS[to.letter] as Region;
  return `From the ${ordinal(from.number)} bone of your ${region.where} to the ${ordinal(to.number)} bone of your ${toRegion.where}.`;
}

function explanationFor(
  from: Level,
  to: Level | undefined,
  termSlugs: Set<string>,
): SpineMatch['explanation'] {
  const region = REGIONS[from.letter] as Region;
  const label = to ? `${name(from)} to ${name(to)}` : name(from);
  const link = termSlugs.has(region.slug)
    ? { url: `/glossary/${region.slug}`, urlLabel: region.name }
    : { url: '/glossary/vertebrae', urlLabel: 'the vertebrae' };
  return {
    key: `spine-${label.toLowerCase().replace(/ /g, '-')}`,
    label,
    definition: describe(from, to),
    ...link,
  };
}

const RANGE_GAP = /^\s*(?:[-‐‑–—/]|to)\s*$/i;

/** A spine level (or range of levels) starting at this token, if there is one. */
export function spineLevelAt(
  tokens: Token[],
  text: string,
  index: number,
  termSlugs: Set<string>,
): SpineMatch | undefined {
  const token = tokens[index];
  if (!token || !/^[CTLS]\d/i.test(token.raw) || isNotSpine(tokens, index)) return undefined;
  const from = parseLevel(token.raw);
  if (!from) return undefined;

  // "L3-4", "T12/L1", "L2 to L4": the second level may name its region or borrow the first's.
  const next = tokens[index + 1];
  const afterNext = tokens[index + 2];
  const rangeEnd =
    next && RANGE_GAP.test(text.slice(token.end, next.start))
      ? { token: next, tokenCount: 2 }
      : next?.raw.toLowerCase() === 'to' &&
          afterNext &&
          /^\s+$/.test(text.slice(next.end, afterNext.start))
        ? { token: afterNext, tokenCount: 3 }
        : undefined;
  if (rangeEnd) {
    const to = parseLevel(rangeEnd.token.raw, from.letter);
    const order = 'CTLS';
    const isLater =
      to &&
      (order.indexOf(to.letter) > order.indexOf(from.letter) ||
        (to.letter === from.letter && to.number > from.number));
    if (to && isLater) {
      return { tokenCount: rangeEnd.tokenCount, explanation: explanationFor(from, to, termSlugs) };
    }
  }
  return { tokenCount: 1, explanation: explanationFor(from, undefined, termSlugs) };
}
