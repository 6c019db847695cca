import Fuse from 'fuse.js';

const MAX_TYPO_CANDIDATES = 3;
const MAX_LOOK_ALIKES = 40;

function characterPairs(word: string): string[] {
  const padded = ` ${word} `;
  return Array.from({ length: padded.length - 1 }, (_, index) => padded.slice(index, index + 2));
}

/**
 * Corrections for a word the index does not have. Character pairs narrow the vocabulary to a few
 * dozen look-alikes, then fuse.js scores those short strings: it never runs over whole texts, so a
 * typo costs the same at any size. The pair index is built on the first typo, not before: most
 * searches never need it.
 */
export function createTypoFinder(vocabulary: string[]): (word: string) => string[] {
  let pairIndex: Map<string, number[]> | undefined;
  const wordsByPair = () => {
    if (pairIndex) return pairIndex;
    pairIndex = new Map<string, number[]>();
    vocabulary.forEach((word, position) => {
      for (const pair of new Set(characterPairs(word))) {
        const list = pairIndex?.get(pair);
        if (list) list.push(position);
        else pairIndex?.set(pair, [position]);
      }
    });
    return pairIndex;
  };

  return function typoMatches(word: string): string[] {
    if (word.length < 4 || word.length > 24 || /\d/.test(word)) return [];
    const pairs = [...new Set(characterPairs(word))];
    const shared = new Map<number, number>();
    for (const pair of pairs) {
      for (const position of wordsByPair().get(pair) ?? [])
        shared.set(position, (shared.get(position) ?? 0) + 1);
    }
    const lookAlikes = [...shared]
      .filter(([position, count]) => {
        const candidate = vocabulary[position] ?? '';
        return (
          count >= Math.ceil(pairs.length * 0.4) && Math.abs(candidate.length - word.length) <= 2
        );
      })
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_LOOK_ALIKES)
      .map(([position]) => vocabulary[position] ?? '');
    if (lookAlikes.length === 0) return [];
    return new Fuse(lookAlikes, { includeScore: true, threshold: 0.34, ignoreLocation: true })
      .search(word, { limit: MAX_TYPO_CANDIDATES })
      .map((result) => result.item);
  };
}

/**
 * "Did you mean": the titles of pages and terms closest to a query that found nothing. Titles, not
 * every word: it offers what the site is about, and a short list keeps a fuzzy pass over it fast.
 */
export function createSuggester(titles: string[]): (query: string, limit?: number) => string[] {
  let finder: Fuse<string> | undefined;
  return (query, limit = 5) => {
    const trimmed = query.slice(0, 60).trim();
    if (trimmed.length < 2) return [];
    finder ??= new Fuse(titles, { threshold: 0.4, ignoreLocation: true });
    return finder.search(trimmed, { limit }).map((result) => result.item);
  };
}
