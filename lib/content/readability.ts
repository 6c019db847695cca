import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { proseSentences, readerText } from './prose';

/** The limits from content-style.md that a machine can check. */
export const READABILITY_LIMITS = { maxGrade: 8, maxSentenceWords: 30, targetMedianGrade: 6 } as const;

export interface ReadabilityReport {
  words: number;
  sentences: number;
  /** Flesch-Kincaid grade level (US school grade; grade 6 ≈ reading age 11). */
  grade: number;
  longestSentence: { words: number; text: string };
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** The sentences a reader reads (footnote markers left out), in order. */
export function sentencesOf(markdown: string): string[] {
  return proseSentences(markdown).map((sentence) => readerText(sentence.text));
}

/** Scores a Markdown body with Flesch-Kincaid, using the `syllable` package to count syllables. */
export function readability(markdown: string): ReadabilityReport {
  const sentences = sentencesOf(markdown);
  let words = 0;
  let syllables = 0;
  let longestSentence = { words: 0, text: '' };
  for (const sentence of sentences) {
    const sentenceWords = sentence.match(WORD) ?? [];
    words += sentenceWords.length;
    syllables += sentenceWords.reduce((total, word) => total + Math.max(1, syllable(word)), 0);
    if (sentenceWords.length > longestSentence.words) longestSentence = { words: sentenceWords.length, text: sentence };
  }
  const grade =
    words === 0 ? 0 : fleschKincaid({ sentence: Math.max(1, sentences.length), word: words, syllable: syllables });
  return { words, sentences: sentences.length, grade: Math.round(grade * 10) / 10, longestSentence };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return 0;
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
