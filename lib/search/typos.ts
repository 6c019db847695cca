const MAX_TYPO_CANDIDATES = 3;
const MAX_LOOK_ALIKES = 40;
/** Share of a typed word's letters that may be wrong for a vocabulary word to count as meant. */
const TYPO_THRESHOLD = 0.34;
/** The same for "Did you mean", which compares a whole query with page titles. */
const SUGGESTION_THRESHOLD = 0.4;
const MAX_SUGGESTION_QUERY = 60;

function characterPairs(word: string): string[] {
  const padded = ` ${word} `;
  return Array.from({ length: padded.length - 1 }, (_, index) => padded.slice(index, index + 2));
}

/**
 * The fewest slips (a letter left out, added, changed, or two letters swapped) that turn `typed` into
 * some run of letters in `text`: "metastisis" is 1 from "metastasis", "zometa" 0 from "zometa (zoledronic
 * acid)". Damerau–Levenshtein (optimal string alignment) where the text may start and end anywhere
 * (Sellers), over words of a few letters, so a plain table is fast enough.
 */
export function slips(typed: string, text: string): number {
  // rows[i][j]: slips to match typed[0..i) ending at text[j]; row 0 is all 0, as a match starts anywhere.
  let beforeLast: number[] = [];
  let last = Array.from({ length: text.length + 1 }, () => 0);
  for (let i = 1; i <= typed.length; i++) {
    const row = [i];
    for (let j = 1; j <= text.length; j++) {
      const same = typed[i - 1] === text[j - 1];
      let best = Math.min(
        (last[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (last[j - 1] ?? 0) + (same ? 0 : 1),
      );
      if (i > 1 && j > 1 && typed[i - 1] === text[j - 2] && typed[i - 2] === text[j - 1])
        best = Math.min(best, (beforeLast[j - 2] ?? 0) + 1);
      row[j] = best;
    }
    beforeLast = last;
    last = row;
  }
  return Math.min(...last);
}

/** The candidates within the threshold, closest first (ties keep the candidates' order), at most `limit`. */
function closest(
  typed: string,
  candidates: string[],
  threshold: number,
  limit: number,
  // How much longer texts lose against shorter ones at the same closeness (0: not at all).
  lengthPenalty: (candidate: string) => number = () => 1,
): string[] {
  return candidates
    .map((candidate, order) => {
      const text = candidate.toLowerCase();
      const share = slips(typed, text) / typed.length;
      // Only the whole text scores 0: found inside a longer one, a short text still wins.
      const score = text === typed ? 0 : Math.max(share, 0.001) ** lengthPenalty(candidate);
      return { candidate, order, share, score };
    })
    .filter(({ share }) => share <= threshold)
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

/**
 * Corrections for a word the index does not have. Character pairs narrow the vocabulary to a few
 * dozen look-alikes, then `slips` ranks those short words: it never runs over whole texts, so a typo
 * costs the same at any size. The pair index is built on the first typo, not before: most searches
 * never need it.
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
    return closest(word, lookAlikes, TYPO_THRESHOLD, MAX_TYPO_CANDIDATES);
  };
}

/** 1 for a one-word title, less for longer ones: a close match in a short title is the better offer. */
const titleWeight = (title: string) => 1 / Math.sqrt(Math.max(1, title.split(/\s+/).length));

/**
 * "Did you mean": the titles of pages and terms closest to a query that found nothing. Titles, not
 * every word: it offers what the site is about, and a short list keeps the pass over it fast.
 */
export function createSuggester(titles: string[]): (query: string, limit?: number) => string[] {
  return (query, limit = 5) => {
    const trimmed = query.slice(0, MAX_SUGGESTION_QUERY).trim().toLowerCase();
    if (trimmed.length < 2) return [];
    return closest(trimmed, titles, SUGGESTION_THRESHOLD, limit, titleWeight);
  };
}
