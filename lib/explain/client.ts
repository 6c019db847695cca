import { createExplainer, type Explainer } from './match';
import { SPINE_REGIONS } from './spine';
import type { ExplainLexiconData } from './types';

export const EXPLAIN_LEXICON_URL = '/explain-lexicon.json';

let loading: Promise<Explainer> | undefined;

const isTuple = (value: unknown, check: (items: unknown[]) => boolean) =>
  Array.isArray(value) && check(value);

const isString = (item: unknown) => typeof item === 'string';

function isDensity(value: unknown): value is ExplainLexiconData['density'] {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    [
      'always',
      'url',
      'urlLabel',
      'tAbout',
      'zAbout',
      'zBelowLabel',
      'zWithinLabel',
      'bmd',
      'change',
      'frax',
    ].every((field) => isString(record[field])) &&
    typeof record.zBelow === 'number' &&
    Array.isArray(record.tBands) &&
    record.tBands.every((band: unknown) =>
      isTuple(
        band,
        (items) =>
          items.length === 3 &&
          ['atLeast', 'above', 'otherwise'].includes(String(items[0])) &&
          typeof items[1] === 'number' &&
          isString(items[2]),
      ),
    )
  );
}

function isSpine(value: unknown): value is ExplainLexiconData['spine'] {
  if (typeof value !== 'object' || value === null) return false;
  return SPINE_REGIONS.every((region) => {
    const words: unknown = (value as Record<string, unknown>)[region];
    return (
      typeof words === 'object' &&
      words !== null &&
      ['where', 'url', 'urlLabel'].every((field) =>
        isString((words as Record<string, unknown>)[field]),
      )
    );
  });
}

/**
 * Checks the shape of the downloaded word list (a stale cached copy, a proxy error page) before use.
 * Hand-written rather than zod: this runs in the browser, where every kilobyte counts.
 */
export function parseExplainLexicon(value: unknown): ExplainLexiconData {
  if (
    typeof value === 'object' &&
    value !== null &&
    'version' in value &&
    value.version === 3 &&
    'entries' in value &&
    Array.isArray(value.entries) &&
    value.entries.every((entry: unknown) =>
      isTuple(entry, (items) => items.length === 7 && items.every(isString)),
    ) &&
    'phrases' in value &&
    Array.isArray(value.phrases) &&
    value.phrases.every((phrase: unknown) =>
      isTuple(
        phrase,
        (items) =>
          items.length === 3 &&
          typeof items[0] === 'string' &&
          typeof items[1] === 'number' &&
          (items[2] === 0 || items[2] === 1),
      ),
    ) &&
    'everyday' in value &&
    typeof value.everyday === 'string' &&
    'density' in value &&
    isDensity(value.density) &&
    'spine' in value &&
    isSpine(value.spine)
  ) {
    return {
      version: 3,
      entries: value.entries,
      phrases: value.phrases,
      everyday: value.everyday,
      density: value.density,
      spine: value.spine,
    };
  }
  throw new Error('explain word list: unexpected format');
}

/** Fetches the word list once (the service worker keeps it for offline use). A failure can be retried. */
export function loadExplainer(): Promise<Explainer> {
  loading ??= fetch(EXPLAIN_LEXICON_URL)
    .then((response) => {
      if (!response.ok) throw new Error(`explain word list: HTTP ${response.status}`);
      return response.json();
    })
    .then((data: unknown) => createExplainer(parseExplainLexicon(data)))
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
