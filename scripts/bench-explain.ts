/**
 * npm run bench:explain — how long "What does my letter mean?" takes to explain a paste, from one
 * report paragraph to 50,000 characters (the most it looks at), and the size of its word list.
 * Typing stays responsive when a whole paste is explained well inside one 50 ms task.
 */
import { gzipSync } from 'node:zlib';
import { createExplainer, MAX_EXPLAIN_CHARACTERS } from '@/lib/explain/match';
import { getExplainLexicon } from '@/lib/site';

const TARGETS = { p95At20000Ms: 50, wordListKb: 30 };
const ROUNDS = 30;

// Written for this project: a paragraph of the kind a bone scan report contains.
const REPORT =
  'Whole body bone scan (Tc-99m MDP). There is increased tracer uptake at L3 and in the right 6th rib. ' +
  'CT shows a lytic lesion in the L3 vertebral body and sclerotic change at T12/L1 and L4/5. ' +
  'Degenerative changes in both knees. No evidence of pathological fracture or cord compression. ' +
  'Appearances are in keeping with bone mets; correlative MRI is suggested. Discussed at MDT. ';

const lexicon = getExplainLexicon();
const wordListKb = gzipSync(JSON.stringify(lexicon)).length / 1024;
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
  `word list: ${lexicon.terms.length} terms, ${explainer.phraseCount} ways of writing them, ${wordListKb.toFixed(1)} KB gz; ready ${readyMs.toFixed(1)} ms after loading\n`,
);
console.log('| characters | words marked | median | p95 |');
console.log('| ---: | ---: | ---: | ---: |');
for (const row of rows) {
  console.log(
    `| ${row.characters.toLocaleString('en-GB')} | ${row.marked} | ${row.median.toFixed(2)} ms | ${row.p95.toFixed(2)} ms |`,
  );
}
const at20000 = rows.find((row) => row.characters === 20_000);
const missed = [
  at20000 && at20000.p95 > TARGETS.p95At20000Ms
    ? `p95 at 20,000 characters ${at20000.p95.toFixed(1)} ms > ${TARGETS.p95At20000Ms} ms`
    : '',
  wordListKb > TARGETS.wordListKb
    ? `word list ${wordListKb.toFixed(1)} KB > ${TARGETS.wordListKb} KB`
    : '',
].filter(Boolean);
console.log(
  `\ntargets: p95 ≤ ${TARGETS.p95At20000Ms} ms at 20,000 characters; word list ≤ ${TARGETS.wordListKb} KB gz (${ROUNDS} rounds each)`,
);
if (missed.length) {
  console.error(`missed: ${missed.join('; ')}`);
  process.exit(1);
}
console.log('all targets met');
