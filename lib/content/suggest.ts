/** Edit distance between two short strings (slugs, field names). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function wordsOf(slug: string): string[] {
  return slug.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

function wordsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length >= 3 && longer.startsWith(shorter)) return true;
  return shorter.length >= 4 && editDistance(a, b) <= 1;
}

/**
 * The closest known name to a mistyped one, or undefined when nothing is close.
 * Shared words count first ("hot-spot" → "hot-and-cold-spots"), then edit distance ("bone-scna" → "bone-scan").
 */
export function closestMatch(input: string, candidates: Iterable<string>): string | undefined {
  const inputWords = wordsOf(input);
  let best: { candidate: string; sharedWords: number; distance: number } | undefined;
  for (const candidate of candidates) {
    const candidateWords = wordsOf(candidate);
    const sharedWords = inputWords.filter((word) =>
      candidateWords.some((other) => wordsMatch(word, other)),
    ).length;
    const distance = editDistance(input.toLowerCase(), candidate.toLowerCase());
    // Most of the words shared, or a small typo: anything looser suggests the wrong thing.
    const closeEnough =
      sharedWords * 2 >= Math.max(inputWords.length, 1) ||
      distance <= Math.max(2, Math.floor(input.length / 4));
    if (!closeEnough) continue;
    if (
      !best ||
      sharedWords > best.sharedWords ||
      (sharedWords === best.sharedWords && distance < best.distance)
    ) {
      best = { candidate, sharedWords, distance };
    }
  }
  return best?.candidate;
}

/** ` (did you mean "x"?)` or an empty string. */
export function didYouMean(input: string, candidates: Iterable<string>, prefix = ''): string {
  const match = closestMatch(input, candidates);
  return match ? ` (did you mean "${prefix}${match}"?)` : '';
}
