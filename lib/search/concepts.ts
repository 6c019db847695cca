/** How much a synonym, a completed prefix or a corrected typo counts next to the word typed. */
export const WEIGHT = { typed: 1, synonym: 0.9, prefix: 0.7, typo: 0.6 } as const;
/** Unknown words corrected per query: bounds the work whatever is pasted in. */
const MAX_TYPO_WORDS = 3;

/** One meaning in the query: the words typed first, then other ways to say them. */
export interface Concept {
  alternatives: { stems: string[]; weight: number }[];
}

interface Vocabulary {
  has(stemmed: string): boolean;
  completions(prefix: string): string[];
  typoMatches(word: string): string[];
}

/**
 * Splits a query into concepts: synonym phrases first (the longest wins), then single words, each
 * with its synonyms, and for the last word typed or an unknown one, its completions or corrections.
 */
export function createConceptFinder(synonyms: string[][], vocabulary: Vocabulary) {
  const groupsByPhrase = new Map<string, string[][]>();
  for (const group of synonyms) {
    const split = group.map((phrase) => phrase.split(' '));
    for (const phrase of group)
      groupsByPhrase.set(phrase, [...(groupsByPhrase.get(phrase) ?? []), ...split]);
  }
  const longestPhrase = Math.max(1, ...synonyms.flat().map((phrase) => phrase.split(' ').length));

  /** The end of the longest synonym phrase of two or more words that starts at `start`, or 0. */
  function phraseEndAt(stems: string[], start: number): number {
    for (let size = Math.min(longestPhrase, stems.length - start); size >= 2; size--) {
      if (groupsByPhrase.has(stems.slice(start, start + size).join(' '))) return start + size;
    }
    return 0;
  }

  /**
   * True when a phrase overlaps one that starts inside it and runs further: in "cancer on a bone
   * scan" the reader means "bone scan", not "cancer (in the) bone" then "scan". English puts the
   * thing named last, so the later phrase wins.
   */
  function endsInsideLongerPhrase(stems: string[], start: number, size: number): boolean {
    if (size < 2) return false;
    for (let next = start + 1; next < start + size; next++) {
      if (phraseEndAt(stems, next) > start + size) return true;
    }
    return false;
  }

  /** The synonym phrase that starts at `start`, as a concept, and how many words it takes. */
  function phraseAt(stems: string[], start: number): { concept: Concept; size: number } | null {
    for (let size = Math.min(longestPhrase, stems.length - start); size >= 1; size--) {
      const phrase = stems.slice(start, start + size);
      const groups = groupsByPhrase.get(phrase.join(' '));
      if (!groups || endsInsideLongerPhrase(stems, start, size)) continue;
      const alternatives = [
        { stems: phrase, weight: WEIGHT.typed },
        ...groups
          .filter((other) => other.join(' ') !== phrase.join(' '))
          .map((other) => ({ stems: other, weight: WEIGHT.synonym })),
      ];
      return { concept: { alternatives }, size };
    }
    return null;
  }

  /** A word with no synonyms, with the words it may be the start of, or corrections if it is unknown. */
  function wordConcept(word: string, completions: string[], correct: boolean): Concept {
    const alternatives: Concept['alternatives'] = [
      { stems: [word], weight: WEIGHT.typed },
      ...completions.map((other) => ({ stems: [other], weight: WEIGHT.prefix })),
    ];
    if (!correct) return { alternatives };
    for (const corrected of vocabulary.typoMatches(word)) {
      alternatives.push({ stems: [corrected], weight: WEIGHT.typo });
      for (const group of groupsByPhrase.get(corrected) ?? []) {
        alternatives.push({ stems: group, weight: WEIGHT.typo * WEIGHT.synonym });
      }
    }
    return { alternatives };
  }

  /** The last word counts as half typed: the header search runs at every keystroke. */
  return function concepts(stems: string[]): Concept[] {
    const found: Concept[] = [];
    let typoWords = 0;
    for (let start = 0; start < stems.length;) {
      const phrase = phraseAt(stems, start);
      if (phrase) {
        found.push(phrase.concept);
        start += phrase.size;
        continue;
      }
      const word = stems[start] ?? '';
      const isLast = start === stems.length - 1;
      const completions = isLast && word.length >= 2 ? vocabulary.completions(word) : [];
      const correct =
        !vocabulary.has(word) && completions.length === 0 && typoWords < MAX_TYPO_WORDS;
      if (correct) typoWords++;
      found.push(wordConcept(word, completions, correct));
      start += 1;
    }
    return found;
  };
}
