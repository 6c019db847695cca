import { fetchOnce } from '@/lib/fetch-once';
import { arrayOf, isNumber, isString, objectOf, oneOf, parserFor, tupleOf } from '@/lib/shape';
import { createExplainer } from './match';
import type { DensityData, ExplainLexiconData, SpineRegionWords, SpineWords } from './types';

export const EXPLAIN_LEXICON_URL = '/explain-lexicon.json';

const isDensity = objectOf<DensityData>({
  always: isString,
  url: isString,
  urlLabel: isString,
  tAbout: isString,
  tBands: arrayOf(tupleOf(oneOf('atLeast', 'above', 'otherwise'), isNumber, isString)),
  zAbout: isString,
  zBelow: isNumber,
  zBelowLabel: isString,
  zWithinLabel: isString,
  bmd: isString,
  change: isString,
  frax: isString,
});

const isSpineRegion = objectOf<SpineRegionWords>({
  where: isString,
  url: isString,
  urlLabel: isString,
});

// Every part of the spine (TypeScript insists on each key of SpineWords).
const isSpine = objectOf<SpineWords>({
  cervical: isSpineRegion,
  thoracic: isSpineRegion,
  lumbar: isSpineRegion,
  sacrum: isSpineRegion,
});

const isLexicon = objectOf<ExplainLexiconData>({
  version: oneOf(3),
  entries: arrayOf(tupleOf(isString, isString, isString, isString, isString, isString, isString)),
  phrases: arrayOf(tupleOf(isString, isNumber, oneOf(0, 1))),
  everyday: isString,
  density: isDensity,
  spine: isSpine,
});

/** Checks the shape of the downloaded word list (a stale cached copy, a proxy error page) before use. */
export const parseExplainLexicon = parserFor(isLexicon, 'explain word list');

/** Fetches the word list once (the service worker keeps it for offline use). A failure can be retried. */
export const loadExplainer = fetchOnce(EXPLAIN_LEXICON_URL, (data) =>
  createExplainer(parseExplainLexicon(data)),
);
