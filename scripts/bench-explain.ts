/**
 * npm run bench:explain — how long "What does my letter mean?" takes to explain a paste, from one
 * report paragraph to 50,000 characters (the most it looks at), and the size of its word list.
 * Typing stays responsive when a whole paste is explained well inside one 50 ms task.
 */
import { gzipSync } from 'node:zlib';
import { createExplainer, MAX_EXPLAIN_CHARACTERS } from '@/lib/explain/match';
import { getExplainLexicon } from '@/lib/site';
import { coverage, REPORTS } from '../tests/fixtures/explain/coverage';

/**
 * Speed: a whole 50,000-character paste is explained well inside one frame budget's worth of work.
 * Size: the word list is downloaded only by /explain, and grows with the vocabulary, so its budget is
 * per entry (a glossary term or a report word with all its forms and its meaning).
 */
const TARGETS = { p95At50000Ms: 16, namedKbPerEntry: 0.1, everydayKb: 45 };
const ROUNDS = 30;

// Written for this project: a paragraph of the kind a bone scan report contains.
const REPORT =
  'Whole body bone scan (Tc-99m MDP). There is increased tracer uptake at L3 and in the right 6th rib. ' +
  'CT shows a lytic lesion in the L3 vertebral body and sclerotic change at T12/L1 and L4/5. ' +
  'Degenerative changes in both knees. No evidence of pathological fracture or cord compression. ' +
  'Appearances are in keeping with bone mets; correlative MRI is suggested. Discussed at MDT. ';

const lexicon = getExplainLexicon();
const gzKb = (value: unknown) => gzipSync(JSON.stringify(value)).length / 1024;
const wordListKb = gzKb(lexicon);
// What is explained (entries and their forms) grows with the vocabulary; the everyday-English list does not.
const namedKb = gzKb({ entries: lexicon.entries, phrases: lexicon.phrases });
const everydayKb = gzKb(lexicon.everyday);
const started = performance.now();
const explainer = createExplainer(lexicon);
const readyMs = performance.now() - started;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? 0;

const rows = [REPORT.length, 5_000, 20_000, MAX_EXPLAIN_CHARACTERS].map((characters) => {
  const text = REPORT.repeat(Math.ceil(characters / REPORT.length)).slice(0, characters);
  explainer.explain(text); // warm up
  const times: number[] = [];
  let marked = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    marked = explainer.explain(text).segments.filter((segment) => segment.kind === 'term').length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { characters, marked, median: percentile(times, 0.5), p95: percentile(times, 0.95) };
});

console.log(
  `word list: ${lexicon.entries.length} terms and report words, ${explainer.phraseCount} ways of writing them, ${wordListKb.toFixed(1)} KB gz ` +
    `(${namedKb.toFixed(1)} KB what we explain, ${everydayKb.toFixed(1)} KB everyday English); ready ${readyMs.toFixed(1)} ms after loading\n`,
);
console.log('| characters | words marked | median | p95 |');
console.log('| ---: | ---: | ---: | ---: |');
for (const row of rows) {
  console.log(
    `| ${row.characters.toLocaleString('en-GB')} | ${row.marked} | ${row.median.toFixed(2)} ms | ${row.p95.toFixed(2)} ms |`,
  );
}
// How much of what a patient needs explained is explained, in realistic report excerpts of each kind.
console.log('\n| report kind | excerpts | words a patient needs explained | explained | share |');
console.log('| --- | ---: | ---: | ---: | ---: |');
let explainedAll = 0;
let neededAll = 0;
for (const [kind, excerpts] of Object.entries(REPORTS)) {
  const result = coverage(explainer, excerpts);
  explainedAll += result.explained;
  neededAll += result.needed;
  console.log(
    `| ${kind} | ${excerpts.length} | ${result.needed} | ${result.explained} | ${((100 * result.explained) / result.needed).toFixed(1)}% |`,
  );
}
console.log(
  `| all | | ${neededAll} | ${explainedAll} | ${((100 * explainedAll) / neededAll).toFixed(1)}% |`,
);

const at50000 = rows.find((row) => row.characters === MAX_EXPLAIN_CHARACTERS);
const namedBudgetKb = lexicon.entries.length * TARGETS.namedKbPerEntry;
const missed = [
  at50000 && at50000.p95 > TARGETS.p95At50000Ms
    ? `p95 at 50,000 characters ${at50000.p95.toFixed(1)} ms > ${TARGETS.p95At50000Ms} ms`
    : '',
  namedKb > namedBudgetKb
    ? `what we explain ${namedKb.toFixed(1)} KB > ${namedBudgetKb.toFixed(1)} KB`
    : '',
  everydayKb > TARGETS.everydayKb
    ? `everyday list ${everydayKb.toFixed(1)} KB > ${TARGETS.everydayKb} KB`
    : '',
].filter(Boolean);
console.log(
  `\ntargets: p95 ≤ ${TARGETS.p95At50000Ms} ms at 50,000 characters; what we explain ≤ ${TARGETS.namedKbPerEntry} KB gz per entry ` +
    `(${namedBudgetKb.toFixed(1)} KB); everyday list ≤ ${TARGETS.everydayKb} KB (${ROUNDS} rounds each)`,
);
if (missed.length) {
  console.error(`missed: ${missed.join('; ')}`);
  process.exit(1);
}
console.log('all targets met');
