/**
 * npm run bench:search — index size and query time, on the real content and on generated corpora of
 * 1,000 and 5,000 sections. Queries are the realistic ones in content/searches.yaml, typed one letter at a time
 * (as the header search sees them) and whole.
 */
import { gzipSync } from 'node:zlib';
import { buildSearchIndex, searchDocuments } from '@/lib/search/build';
import { createSearcher } from '@/lib/search/engine';
import type { SearchIndexData } from '@/lib/search/types';
import { loadContent } from '@/lib/content/load';
import { CONTENT_DIR, getSite } from '@/lib/site';
import { searchRates } from '@/tests/fixtures/search/rates';
import { seededRandom } from '@/lib/seeded-random';

/**
 * The index grows with the content, so its budget is per searchable document (a topic intro, a
 * section, a term, a page): about 0.13 KB gz each today. A jump above 0.15 means the index format or
 * the indexed fields grew, not the content.
 */
const TARGETS = { realIndexKbPerDocument: 0.15, realP95Ms: 2, p95At5000Ms: 16 };

const site = getSite();
// What people type, and the page each should find: content/searches.yaml (valid once getSite() is).
const searches = loadContent(CONTENT_DIR).copy.searches;
if (!searches) throw new Error('content/searches.yaml is missing or invalid');
const QUERIES = searches.words;
const QUESTIONS = searches.questions;
const realDocuments = searchDocuments(site);

/** More sections like ours: real sentences reshuffled, with new words mixed in so the vocabulary grows. */
function generatedDocuments(sections: number) {
  const next = seededRandom(sections);
  const pick = <T>(items: T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('nothing to pick from');
    return item;
  };
  const sources = realDocuments.filter((document) => document.kind === 'section');
  return Array.from({ length: sections }, (_, index) => {
    const source = pick(sources);
    const words = source.fields
      .map(([, text]) => text)
      .join(' ')
      .split(' ');
    const text = words
      .map((word) => (next() < 0.08 ? `${word}${Math.floor(next() * 5000).toString(36)}` : word))
      .join(' ');
    return {
      ...source,
      url: `/topics/generated-${Math.floor(index / 8)}#section-${index}`,
      title: `${source.title} ${Math.floor(index / 8)}`,
      fields: [
        ['heading', source.heading ?? ''],
        ['parentTitle', source.title],
        ['body', text],
      ] as typeof source.fields,
      snippet: text,
    };
  });
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

function measure(label: string, index: SearchIndexData) {
  const gzipped = gzipSync(JSON.stringify(index)).length;
  const loadStarted = process.hrtime.bigint();
  const searcher = createSearcher(index);
  const readyMs = Number(process.hrtime.bigint() - loadStarted) / 1e6;
  const queries = QUERIES.flatMap(([query]) => [
    ...Array.from({ length: query.length }, (_, end) => query.slice(0, end + 1)),
    query,
  ]);
  for (const query of queries.slice(0, 50)) searcher.search(query, 6); // warm up the JIT
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const query of queries) {
      const started = process.hrtime.bigint();
      searcher.search(query, 6);
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  }
  times.sort((a, b) => a - b);
  return {
    corpus: label,
    documents: index.docs.length,
    sections: index.docs.filter(([kind]) => kind === 1).length,
    indexKbGzip: Math.round(gzipped / 102.4) / 10,
    readyMs: Math.round(readyMs * 10) / 10,
    queries: times.length,
    medianMs: Math.round(percentile(times, 0.5) * 1000) / 1000,
    p95Ms: Math.round(percentile(times, 0.95) * 1000) / 1000,
  };
}

const rows = [
  measure('real content', buildSearchIndex(site)),
  measure('generated, 1,000 sections', buildSearchIndex(site, generatedDocuments(1000))),
  measure('generated, 5,000 sections', buildSearchIndex(site, generatedDocuments(5000))),
];

console.log(
  '| corpus | documents | sections | index (gzip) | ready after load | queries timed | median | p95 |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) {
  console.log(
    `| ${row.corpus} | ${row.documents} | ${row.sections} | ${row.indexKbGzip} KB | ${row.readyMs} ms | ${row.queries} | ${row.medianMs} ms | ${row.p95Ms} ms |`,
  );
}

// How often the page a person would expect comes first, and in the top 3.
const realSearcher = createSearcher(buildSearchIndex(site));
console.log('\n| realistic queries | count | expected page first | in the top 3 |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, list] of [
  ['words and phrases (typos, brand names, lay words)', QUERIES],
  ['whole questions and report phrases', QUESTIONS],
] as const) {
  const rates = searchRates(realSearcher, list);
  const percent = (count: number) => `${count} (${Math.round((100 * count) / rates.total)}%)`;
  console.log(`| ${name} | ${rates.total} | ${percent(rates.top1)} | ${percent(rates.top3)} |`);
}

const [real, , large] = rows;
const realIndexBudgetKb = real
  ? Math.round(real.documents * TARGETS.realIndexKbPerDocument * 10) / 10
  : 0;
const failures = [
  real && real.indexKbGzip > realIndexBudgetKb
    ? `real index ${real.indexKbGzip} KB > ${realIndexBudgetKb} KB (${TARGETS.realIndexKbPerDocument} KB × ${real.documents} documents)`
    : '',
  real && real.p95Ms > TARGETS.realP95Ms
    ? `real p95 ${real.p95Ms} ms > ${TARGETS.realP95Ms} ms`
    : '',
  large && large.p95Ms > TARGETS.p95At5000Ms
    ? `5,000-section p95 ${large.p95Ms} ms > ${TARGETS.p95At5000Ms} ms`
    : '',
].filter(Boolean);
console.log(
  `\ntargets: real index ≤ ${TARGETS.realIndexKbPerDocument} KB gz per document (${realIndexBudgetKb} KB for ${real?.documents ?? 0}), ` +
    `p95 ≤ ${TARGETS.realP95Ms} ms; p95 ≤ ${TARGETS.p95At5000Ms} ms at 5,000 sections`,
);
if (failures.length) {
  console.error(`missed: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('all targets met');
