/**
 * npm run budget — page weight from the built site in out/: for every page, the gzipped bytes of its
 * HTML and of the scripts, styles and fonts its HTML loads, and the JavaScript it adds beyond what
 * every page shares. Fails when a page is over budget. The budget is on gzip (every host can send
 * it); the "as served" column is what `npm start` sends a browser that takes brotli: the .br copy
 * scripts/precompress.ts wrote, else the .gz copy, else the file itself.
 *
 * Only ever run, never imported, so it has no "am I the main module" check: that check, comparing
 * process.argv[1] with import.meta.url, is false in a folder whose name has a space, and there the
 * budget once measured nothing and passed.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlPagesIn } from './out-files';
import { deferredScripts } from './scripts-after-paint';

const BUDGET_KB = { total: 175, javascript: 148 } as const;

const OUT = path.resolve('out');
const gzipCache = new Map<string, number>();

function gzippedSize(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file)).length;
    gzipCache.set(file, size);
  }
  return size;
}

/** Bytes our server sends for a file to a browser that accepts brotli (see scripts/serve.ts). */
function servedSize(file: string): number {
  for (const copy of [`${file}.br`, `${file}.gz`, file])
    if (existsSync(copy)) return statSync(copy).size;
  throw new Error(`${file} is named by a page but is not in out/`);
}

/** Assets a browser downloads for the page: module scripts (not the legacy nomodule ones), styles, fonts. */
function assetsOf(html: string): { scripts: string[]; styles: string[]; fonts: string[] } {
  const attribute = (tag: string, name: string) =>
    new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  const tags = (name: string) =>
    [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'g'))].map((match) => match[0]);
  const scripts = [
    ...tags('script')
      .filter((tag) => !/\snoModule/i.test(tag))
      .map((tag) => attribute(tag, 'src'))
      .filter((src): src is string => Boolean(src)),
    // Started just after the first paint by the page's loader: still downloaded, still counted.
    ...deferredScripts(html),
  ];
  const links = tags('link');
  const styles = links
    .filter((tag) => /rel="stylesheet"/.test(tag))
    .map((tag) => attribute(tag, 'href') ?? '');
  const fonts = links
    .filter((tag) => /as="font"/.test(tag))
    .map((tag) => attribute(tag, 'href') ?? '');
  return {
    scripts: [...new Set(scripts)],
    styles: [...new Set(styles)],
    fonts: [...new Set(fonts)],
  };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function measurePages() {
  if (!existsSync(OUT)) throw new Error('out/ does not exist: run `npm run build` first');
  const pages = htmlPagesIn(OUT).map((file) => {
    const html = readFileSync(file, 'utf8');
    const assets = assetsOf(html);
    const size = (urls: string[]) =>
      urls.reduce((total, url) => total + gzippedSize(path.join(OUT, url.split('?')[0] ?? '')), 0);
    const route = `/${path
      .relative(OUT, file)
      .replace(/\.html$/, '')
      .replace(/(^|\/)index$/, '')}`;
    const served = [file, ...assets.scripts, ...assets.styles, ...assets.fonts].reduce(
      (total, url) =>
        total + servedSize(url === file ? file : path.join(OUT, url.split('?')[0] ?? '')),
      0,
    );
    return {
      route,
      served,
      html: gzipSync(html).length,
      ...assets,
      js: size(assets.scripts),
      css: size(assets.styles),
      font: size(assets.fonts),
    };
  });
  const shared = pages.reduce<string[]>(
    (common, page, index) =>
      index === 0 ? page.scripts : common.filter((src) => page.scripts.includes(src)),
    [],
  );
  return pages
    .map((page) => {
      const own = page.scripts.filter((src) => !shared.includes(src));
      const ownJs = own.reduce((total, src) => total + gzippedSize(path.join(OUT, src)), 0);
      return { ...page, ownJs, total: page.html + page.js + page.css + page.font };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

function main() {
  const pages = measurePages();
  if (pages.length === 0) {
    console.error(`budget: no pages in ${OUT}: run \`npm run build\` first`);
    process.exit(1);
  }
  console.log('| page | HTML | JS | CSS | fonts | total | JS beyond shared | as served (brotli) |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const page of pages) {
    console.log(
      `| ${page.route} | ${kb(page.html)} | ${kb(page.js)} | ${kb(page.css)} | ${kb(page.font)} | ${kb(page.total)} | ${kb(page.ownJs)} | ${kb(page.served)} |`,
    );
  }
  const over = pages.filter(
    (page) => page.total > BUDGET_KB.total * 1024 || page.js > BUDGET_KB.javascript * 1024,
  );
  const heaviest = pages.reduce((max, page) => (page.total > max.total ? page : max));
  const heaviestServed = pages.reduce((max, page) => (page.served > max.served ? page : max));
  console.log(
    `\n${pages.length} pages, sizes in KB gzip. Heaviest: ${heaviest.route} at ${kb(heaviest.total)} KB (JS ${kb(heaviest.js)} KB). ` +
      `As served with brotli, the heaviest is ${heaviestServed.route} at ${kb(heaviestServed.served)} KB. ` +
      `Budget: total ≤ ${BUDGET_KB.total} KB, JavaScript ≤ ${BUDGET_KB.javascript} KB per page.`,
  );
  if (over.length) {
    console.error(
      `over budget: ${over.map((page) => `${page.route} (${kb(page.total)} KB, JS ${kb(page.js)} KB)`).join(', ')}`,
    );
    process.exit(1);
  }
  console.log('all pages within budget');
}

main();
