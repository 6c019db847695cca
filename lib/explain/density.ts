/**
 * The numbers of a bone density (DEXA) report, placed in their bands: T-scores and Z-scores as reports
 * and patients write them ("T-score -2.6", "T score of −1.8", "T = -2.1", "Z-score: -2.4", ranges
 * "-1.2 to -2.3"), bone mineral density in g/cm², and FRAX percentages. It places a number; it never
 * advises. The bands and wording come from content/bone-density.yaml.
 */
import type { DensityData, Explanation } from './types';

export interface DensityMatch {
  start: number;
  end: number;
  explanation: Omit<Explanation, 'asWritten'>;
}

const NUMBER = String.raw`[-−–+]?\s?\d{1,2}(?:\.\d+)?`;
// "T-score", "T score", "Tscore" (then of / is / : / =), or a bare "T =" / "Z:".
const SCORE = new RegExp(
  String.raw`\b([TZ])(?:[\s-]?scores?\b\s*(?:\(\s*SD\s*\)\s*)?(?:(?:range|ranging|ranged)\s+(?:from|between)|of|is|was|were|at|from|between|:|=)?|\s*[=:])\s*(${NUMBER})(?:\s*(?:to|and)\s*(${NUMBER}))?`,
  'gi',
);
const BMD =
  /\b(\d?\.\d{2,4}|\d\.\d+)\s*(?:g\s*\/\s*cm\s*(?:2|²|\^2)|g\s+per\s+(?:square\s+|sq\.?\s*)?(?:cm2|cm²|centimetre))/gi;
const PERCENT = /(?<![\d.])([-−–+]?\s?\d{1,2}(?:\.\d+)?)\s*%/g;
const FRAX_CONTEXT = /\bFRAX\b|probabilit|fracture risk|risk of (?:a )?(?:major|hip)/i;
const CHANGE_CONTEXT =
  /\b(?:change|changed|since|previous|previously|prior|baseline|compared|loss|gain|increase|decrease|fall|rise)\b/i;
const DENSITY_CONTEXT =
  /\b(?:BMD|bone density|bone mineral density|density|spine|hip|femoral|neck|forearm|L[1-5])\b/i;

/** The sentence a position is in: from the last full stop, semicolon or line break before it to the next. */
function sentenceAround(text: string, position: number): string {
  const before = text.slice(Math.max(0, position - 300), position);
  const start = Math.max(
    before.lastIndexOf('. '),
    before.lastIndexOf('; '),
    before.lastIndexOf('\n'),
  );
  const after = text.slice(position, position + 300);
  const ends = [after.indexOf('. '), after.indexOf('; '), after.indexOf('\n')].filter(
    (index) => index >= 0,
  );
  return `${start >= 0 ? before.slice(start + 1) : before}${ends.length ? after.slice(0, Math.min(...ends)) : after}`;
}

const FALL_WORDS =
  /\b(?:decrease[sd]?|decline[sd]?|loss|lost|fall|fell|fallen|reduc(?:ed|tion)|lower|drop(?:ped)?)\b/i;
const RISE_WORDS = /\b(?:increase[sd]?|gain(?:ed)?|rise|rose|risen|improve(?:d|ment))\b/i;

/**
 * "4.1% (a fall in bone density)": the direction as the report gives it, by its sign or its words.
 * An unsigned number is never given a sign: "decreased by 4.1%" is a fall, not "+4.1%".
 */
function changeLabel(raw: string, value: number, sentence: string): string {
  const signed = /^[-−–+]/.test(raw.trim());
  const falls = signed ? value < 0 : FALL_WORDS.test(sentence) && !RISE_WORDS.test(sentence);
  const rises = signed ? value > 0 : RISE_WORDS.test(sentence) && !FALL_WORDS.test(sentence);
  const written = signed ? `${value > 0 ? '+' : ''}${shown(value)}` : shown(value);
  const direction = falls ? 'a fall' : rises ? 'a rise' : 'a change';
  return `${written}% (${direction} in bone density)`;
}

/** "−2.6" with a real minus sign, however the report wrote it. */
function parse(raw: string): number | undefined {
  const value = Number(raw.replace(/\s/g, '').replace(/[−–]/, '-'));
  return Number.isFinite(value) ? value : undefined;
}
const shown = (value: number) => (value < 0 ? `−${Math.abs(value)}` : String(value));

function tBand(data: DensityData, value: number): string {
  for (const [rule, limit, label] of data.tBands) {
    if (rule === 'otherwise' || (rule === 'atLeast' ? value >= limit : value > limit)) return label;
  }
  return data.tBands.at(-1)?.[2] ?? '';
}

function scoreExplanation(
  data: DensityData,
  letter: 'T' | 'Z',
  values: number[],
): DensityMatch['explanation'] {
  const name = `${letter}-score`;
  const placed = values.map((value) => {
    const band =
      letter === 'T'
        ? tBand(data, value)
        : value <= data.zBelow
          ? data.zBelowLabel
          : data.zWithinLabel;
    return `${shown(value)} is ${letter === 'T' ? 'in ' : ''}${band}.`;
  });
  const label =
    values.length > 1
      ? `${name}s ${values.map(shown).join(' to ')}`
      : `${name} ${shown(values[0] ?? 0)}`;
  return {
    key: `${letter.toLowerCase()}-score:${values.join(':')}`,
    label,
    definition: `${letter === 'T' ? data.tAbout : data.zAbout} ${placed.join(' ')} ${data.always}`,
    url: data.url,
    urlLabel: data.urlLabel,
  };
}

/** Every bone density number in the text, with where it starts and ends. */
export function densityMatches(text: string, data: DensityData): DensityMatch[] {
  const found: DensityMatch[] = [];
  for (const match of text.matchAll(SCORE)) {
    const letter = match[1]?.toUpperCase() === 'T' ? 'T' : 'Z';
    const values = [match[2], match[3]]
      .map((raw) => (raw === undefined ? undefined : parse(raw)))
      .filter((value): value is number => value !== undefined && Math.abs(value) <= 6);
    if (values.length === 0) continue;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      explanation: scoreExplanation(data, letter, values),
    });
  }
  for (const match of text.matchAll(BMD)) {
    const value = match[1] ?? '';
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      explanation: {
        key: `bmd:${value}`,
        label: `${value} g/cm²`,
        definition: `${data.bmd} ${data.always}`,
        url: data.url,
        urlLabel: data.urlLabel,
      },
    });
  }
  // A percentage is a FRAX result in a sentence about FRAX or fracture probability, and a change in
  // bone density in a sentence about a change since an earlier scan. Most texts have no "%" at all.
  for (const match of text.matchAll(PERCENT)) {
    const sentence = sentenceAround(text, match.index);
    const isFrax = FRAX_CONTEXT.test(sentence);
    const isChange = !isFrax && CHANGE_CONTEXT.test(sentence) && DENSITY_CONTEXT.test(sentence);
    const value = parse(match[1] ?? '');
    if (value === undefined || (!isFrax && !isChange)) continue;
    const where = { start: match.index, end: match.index + match[0].length };
    if (isChange) {
      found.push({
        ...where,
        explanation: {
          key: `change:${value}`,
          label: changeLabel(match[1] ?? '', value, sentence),
          definition: `${data.change} ${data.always}`,
          url: data.url,
          urlLabel: data.urlLabel,
        },
      });
    } else {
      const percent = Math.abs(value);
      found.push({
        ...where,
        explanation: {
          key: `frax:${percent}`,
          label: `${percent}% (a ten-year chance)`,
          definition: `${data.frax} A result of ${percent}% means about ${Math.round(percent)} in every 100 people with the same results. ${data.always}`,
          url: data.url,
          urlLabel: data.urlLabel,
        },
      });
    }
  }
  return found;
}
