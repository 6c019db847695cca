/**
 * Spine levels as reports write them: "L3", "T12" (or "D12", dorsal), "C5", "S1", ranges such as
 * "L3-L5", "L3-4" or "L2 to L4", and levels between two bones such as "L4/5" or "T12/L1" (usually the
 * disc or joint there). Each region numbers its bones from the top.
 */
import type { Token } from './match';
import type { Explanation, SpineRegionWords, SpineWords } from './types';

/** The parts of the spine, top to bottom. Their words and glossary links are in content/spine.yaml. */
export const SPINE_REGIONS = ['cervical', 'thoracic', 'lumbar', 'sacrum'] as const;
type RegionName = (typeof SPINE_REGIONS)[number];

interface Region {
  name: RegionName;
  /** How many bones reports number in this part, from the top. */
  count: number;
}

const THORACIC: Region = { name: 'thoracic', count: 12 };

const REGIONS: Record<string, Region> = {
  C: { name: 'cervical', count: 7 },
  T: THORACIC,
  // Some reports say "dorsal" for the thoracic spine: D1 to D12.
  D: THORACIC,
  L: { name: 'lumbar', count: 5 },
  S: { name: 'sacrum', count: 5 },
};

/** Top to bottom, for telling a range ("T12-L1") from a list written backwards. */
const ORDER = ['C', 'T', 'L', 'S'];
const position = (level: Level) =>
  (ORDER.indexOf(level.letter === 'D' ? 'T' : level.letter) + 1) * 100 + level.number;

interface Level {
  letter: string;
  number: number;
}

export interface SpineMatch {
  tokenCount: number;
  explanation: Omit<Explanation, 'asWritten'>;
}

function parseLevel(raw: string, letter?: string): Level | undefined {
  const match = /^([CTDLS])?(\d{1,2})$/i.exec(raw);
  const found = (match?.[1] ?? letter)?.toUpperCase();
  const number = Number(match?.[2]);
  const region = found === undefined ? undefined : REGIONS[found];
  if (!found || !region || number < 1 || number > region.count) return undefined;
  return { letter: found, number };
}

/** Words near a "T1" that show an MRI setting, a nerve, a blood test or tumour staging, not a bone. */
const NOT_SPINE_AFTER =
  /^(?:weighted|w|wi|flair|stir|signal|sequence|sequences|hyperintense|hypointense|images?|nerve|nerves|root|roots|radiculopathy|dermatome)$/;
// "Sagittal T1, axial T2": an MRI sequence named with the plane it was taken in.
const NOT_SPINE_BEFORE =
  /^(?:stage|staged|grade|staging|on|low|high|free|bright|dark|sagittal|axial|coronal|sag|cor|ax)$/;

/**
 * "T2-weighted", "low T1 signal", "T1 and T2 sequences", "axial T2", "coronal T1", "L5 nerve root",
 * "free T4", "T2 N1 M0".
 */
function isNotSpine(tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1]?.raw.toLowerCase() ?? '';
  const following = tokens.slice(index + 1, index + 4).map((token) => token.raw.toLowerCase());
  return (
    NOT_SPINE_BEFORE.test(previous) ||
    following.some((word) => NOT_SPINE_AFTER.test(word)) ||
    /^[nm][0-3x][a-d]?$/.test(following[0] ?? '')
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
const regionOf = (level: Level) => REGIONS[level.letter] as Region;

function describe(from: Level, to: Level | undefined, between: boolean, words: SpineWords): string {
  const region = regionOf(from);
  const whereOf = (level: Level) => words[regionOf(level).name].where;
  const numbering = `Reports number these bones from the top, ${from.letter}1 to ${from.letter}${region.count}.`;
  if (!to) return `The ${ordinal(from.number)} bone of your ${whereOf(from)}. ${numbering}`;
  const sameRegion = regionOf(to) === region;
  if (between) {
    const bones = sameRegion
      ? `the ${ordinal(from.number)} and ${ordinal(to.number)} bones of your ${whereOf(from)}`
      : `the ${ordinal(from.number)} bone of your ${whereOf(from)} and the ${ordinal(to.number)} bone of your ${whereOf(to)}`;
    return `The level between ${bones}: often the disc or the joints that join them.`;
  }
  if (sameRegion) {
    return `The ${ordinal(from.number)} to ${ordinal(to.number)} bones of your ${whereOf(from)}. ${numbering}`;
  }
  return `From the ${ordinal(from.number)} bone of your ${whereOf(from)} to the ${ordinal(to.number)} bone of your ${whereOf(to)}.`;
}

function explanationFor(
  from: Level,
  to: Level | undefined,
  between: boolean,
  words: SpineWords,
): SpineMatch['explanation'] {
  const region: SpineRegionWords = words[regionOf(from).name];
  const label = to ? `${name(from)}${between ? '/' : ' to '}${name(to)}` : name(from);
  return {
    key: `spine-${label.toLowerCase().replace(/\//g, '-').replace(/ /g, '-')}`,
    label,
    definition: describe(from, to, between, words),
    url: region.url,
    urlLabel: region.urlLabel,
  };
}

const RANGE_GAP = /^\s*(?:[-‐‑–—/]|to)\s*$/i;

/** A spine level (or range of levels) starting at this token, if there is one. */
export function spineLevelAt(
  tokens: Token[],
  text: string,
  index: number,
  words: SpineWords,
): SpineMatch | undefined {
  const token = tokens[index];
  if (!token || !/^[CTDLS]\d/i.test(token.raw) || isNotSpine(tokens, index)) return undefined;
  const from = parseLevel(token.raw);
  if (!from) return undefined;

  // "L3-4", "T12/L1", "L2 to L4": the second level may name its region or borrow the first's.
  const next = tokens[index + 1];
  const afterNext = tokens[index + 2];
  const gap = next ? text.slice(token.end, next.start) : '';
  const rangeEnd =
    next && RANGE_GAP.test(gap)
      ? { token: next, tokenCount: 2 }
      : next?.raw.toLowerCase() === 'to' &&
          afterNext &&
          /^\s+$/.test(text.slice(next.end, afterNext.start))
        ? { token: afterNext, tokenCount: 3 }
        : undefined;
  if (rangeEnd) {
    const to = parseLevel(rangeEnd.token.raw, from.letter);
    if (to && position(to) > position(from)) {
      // "L4/5" and "L5/S1": a slash between neighbouring bones names the level between them.
      const neighbours =
        position(to) - position(from) === 1 ||
        (regionOf(to) !== regionOf(from) &&
          to.number === 1 &&
          from.number === regionOf(from).count);
      const between = gap.includes('/') && neighbours;
      return {
        tokenCount: rangeEnd.tokenCount,
        explanation: explanationFor(from, to, between, words),
      };
    }
  }
  return { tokenCount: 1, explanation: explanationFor(from, undefined, false, words) };
}
