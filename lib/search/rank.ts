import { WEIGHT, type Concept } from './concepts';
import type { Corpus } from './corpus';
import { stem } from './normalize';
import type { RankedDocument } from './snippet';
import type { SearchResult } from './types';

/** How much of a section's score its topic borrows for a word the topic's intro does not have. */
const SECTION_SHARE = 0.2;
/** An explainer answers more than a definition does, so it edges ahead when both match as well. */
const KIND_BOOST: Record<SearchResult['kind'], number> = {
  topic: 1.25,
  section: 1,
  term: 1,
  page: 1.1,
  // A report word's meaning is one line: a page that explains it in full edges ahead of it.
  report: 0.9,
};
/**
 * Words a question wraps around what it is about ("how long do I stay on letrozole", "can they see
 * cancer on a bone scan"). They still score where they match, but a page need not have them to count
 * as answering the question.
 */
const QUESTION_WORDS = new Set(
  'see seen show shows keep stay long take get need mean means happen happens tell know ok okay still really actually sure think thing things way someone something anything go going come look say said told lot bit usual usually normal normally worry worried should would could will now next'
    .split(' ')
    .map(stem),
);
const QUESTION_WORD_SHARE = 0.25;
const TITLE_BOOST = 0.5;
const EXACT_TITLE_BOOST = 1.3;
/** Ranked beyond the limit, so that a page listed twice (a term and its body) still leaves enough. */
const SPARE_RESULTS = 8;

/** What a document has gathered over the query's concepts. */
interface Total {
  score: number;
  /** How many of the concepts the question is about it matched. */
  concepts: number;
  words: Set<string>;
  /** The importance of the concepts its title names. */
  inTitle: number;
}

/** What the question is about: its concepts but the wrapping question words, or all when that is all. */
function subjectOf(concepts: Concept[]): Set<Concept> {
  const isQuestionWord = (concept: Concept) =>
    QUESTION_WORDS.has(concept.alternatives[0]?.stems.join(' ') ?? '');
  return concepts.some((concept) => !isQuestionWord(concept))
    ? new Set(concepts.filter((concept) => !isQuestionWord(concept)))
    : new Set(concepts);
}

/**
 * How much each concept says about the subject: "bone scan" more than "cancer", which is on every
 * page. A title that names the rarer concept is the better answer.
 */
function importanceOf(corpus: Corpus, concept: Concept): number {
  return Math.max(
    ...concept.alternatives.map((alternative) =>
      alternative.stems.reduce(
        (total, stemmed) => total + (corpus.has(stemmed) ? corpus.idf(stemmed) : 0),
        0,
      ),
    ),
    Number.EPSILON,
  );
}

/** For each document, the alternative that scored best for this concept, and its words to highlight. */
function bestAlternatives(corpus: Corpus, concept: Concept) {
  const best = new Map<number, { score: number; words: string[] }>();
  const typed = concept.alternatives[0]?.stems ?? [];
  const typedIdf = typed.every((stemmed) => corpus.has(stemmed))
    ? Math.max(...typed.map(corpus.idf))
    : Infinity;
  for (const alternative of concept.alternatives) {
    const perStem = alternative.stems.map(corpus.scoresFor);
    // A rarer synonym must not outrank the common word the reader typed ("cancer" vs "malignant").
    const rarity =
      alternative.stems === typed
        ? 1
        : Math.min(1, typedIdf / Math.max(...alternative.stems.map(corpus.idf), Number.EPSILON));
    const candidates = new Set(perStem.flatMap((scores) => [...scores.keys()]));
    for (const docIndex of candidates) {
      const sum = perStem.reduce((total, scores) => total + (scores.get(docIndex) ?? 0), 0);
      const present = perStem.filter((scores) => scores.has(docIndex)).length;
      // A phrase counts in full only when all its words are there.
      const score = (rarity * alternative.weight * sum * present) / alternative.stems.length ** 2;
      if (score > (best.get(docIndex)?.score ?? 0)) {
        // Highlight a phrase only where all of it is there: "bone" alone is not "bone marrow".
        best.set(docIndex, {
          score,
          words: present === alternative.stems.length ? alternative.stems : [],
        });
      }
    }
  }
  // A topic is about what its sections say: "can they see cancer on a bone scan" is answered by
  // "Bone scans", whose intro never says "cancer" but whose sections do. The topic counts the word
  // as present, at a share of the section's score, so its title can lead. (A topic added to the map
  // during this loop is visited too, and skipped: it has no topic above it.)
  for (const [docIndex, { score }] of best) {
    const topicIndex = corpus.documents[docIndex]?.topicIndex;
    if (topicIndex === undefined) continue;
    const lent = score * SECTION_SHARE;
    if (lent > (best.get(topicIndex)?.score ?? 0)) best.set(topicIndex, { score: lent, words: [] });
  }
  return best;
}

/** Adds one concept's best scores to every document's total. */
function addConcept(
  corpus: Corpus,
  totals: Map<number, Total>,
  concept: Concept,
  about: { isSubject: boolean; importance: number },
) {
  // A question's wrapping words ("how long", "see") only tip the balance between pages.
  const share = about.isSubject ? 1 : QUESTION_WORD_SHARE;
  for (const [docIndex, { score, words }] of bestAlternatives(corpus, concept)) {
    const total = totals.get(docIndex) ?? {
      score: 0,
      concepts: 0,
      words: new Set<string>(),
      inTitle: 0,
    };
    for (const word of words) total.words.add(word);
    // Only explainers and definitions are "about" their title; a section shares its page's title.
    const kind = corpus.documents[docIndex]?.kind;
    const named =
      about.isSubject &&
      (kind === 'topic' || kind === 'term' || kind === 'report') &&
      concept.alternatives.some(
        (alternative) =>
          alternative.weight >= WEIGHT.synonym &&
          corpus.titleStems[docIndex]?.includes(` ${alternative.stems.join(' ')} `),
      );
    totals.set(docIndex, {
      score: total.score + score * share,
      concepts: total.concepts + (about.isSubject ? 1 : 0),
      words: total.words,
      inTitle: total.inTitle + (named ? about.importance : 0),
    });
  }
}

/** Puts a scored document into the best few, kept in order as scores arrive (no full sort). */
function keepBest(ranked: RankedDocument[], entry: RankedDocument, keep: number) {
  const { docIndex, score } = entry;
  const worst = ranked.at(-1);
  if (
    ranked.length >= keep &&
    worst &&
    (score < worst.score || (score === worst.score && docIndex > worst.docIndex))
  )
    return;
  let at = ranked.length;
  while (at > 0) {
    const before = ranked[at - 1];
    if (!before || before.score > score || (before.score === score && before.docIndex < docIndex))
      break;
    at--;
  }
  ranked.splice(at, 0, entry);
  if (ranked.length > keep) ranked.pop();
}

/** The documents that answer the query best, best first, with the words to highlight in each. */
export function rank(
  corpus: Corpus,
  stems: string[],
  concepts: Concept[],
  limit: number,
): RankedDocument[] {
  const subject = subjectOf(concepts);
  const importance = new Map(concepts.map((concept) => [concept, importanceOf(corpus, concept)]));
  const subjectImportance = [...subject].reduce(
    (total, concept) => total + (importance.get(concept) ?? 0),
    0,
  );
  const totals = new Map<number, Total>();
  for (const concept of concepts) {
    addConcept(corpus, totals, concept, {
      isSubject: subject.has(concept),
      importance: importance.get(concept) ?? 0,
    });
  }

  const ranked: RankedDocument[] = [];
  // The whole query is an explainer's whole title ("bone scan" → "Bone scans"): it is the answer.
  const wholeQuery = ` ${stems.join(' ')} `;
  for (const [docIndex, total] of totals) {
    const kind = corpus.documents[docIndex]?.kind ?? 'section';
    const score =
      (kind === 'topic' && corpus.titleStems[docIndex] === wholeQuery ? EXACT_TITLE_BOOST : 1) *
      total.score *
      (total.concepts / subject.size) ** 2 *
      // A page whose title names what the query is about answers it: "bone scan" → "Bone scans".
      (1 + TITLE_BOOST * (total.inTitle / subjectImportance)) *
      KIND_BOOST[kind];
    keepBest(ranked, { docIndex, words: total.words, score }, limit + SPARE_RESULTS);
  }
  return ranked;
}
