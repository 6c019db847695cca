/**
 * Runs after every build, before the security headers: each page starts its framework scripts just
 * after its first paint instead of alongside the HTML. Every page is complete without JavaScript
 * (search, copy-link, definitions in place and Listen only add to it), so on a slow phone connection
 * the text and styles get the whole connection first and the ~135 KB of React and Next.js follows.
 * The scripts are the same files; a small inline loader (hashed into the page's CSP like every other
 * inline script) adds them. The legacy `nomodule` polyfills are left as they are.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { htmlPagesIn } from './out-files';

const OUT = path.resolve('out');

const ASYNC_SCRIPT = /<script src="(\/_next\/static\/[^"]+\.js)" async=""><\/script>/g;
const SCRIPT_PRELOAD = /<link rel="preload" as="script"[^>]*href="\/_next\/static\/[^"]+\.js"\/>/g;
const LOADER_MARK = '/*scripts-after-paint*/';

/**
 * The loader: once the page has loaded and its first contentful paint is on screen (the browser
 * reports it after the frame is shown), add the scripts (async, as Next.js itself does). A browser
 * that does not report paints, or a background tab, which paints nothing, gets them a second after
 * loading anyway.
 */
export function loaderFor(sources: string[]): string {
  return (
    `${LOADER_MARK}(function(s){var d;function go(){if(d)return;d=1;s.forEach(function(u){` +
    'var e=document.createElement("script");e.src=u;e.async=true;document.head.appendChild(e)})}' +
    'function loaded(){setTimeout(go,1000);try{new PerformanceObserver(function(l){' +
    'if(l.getEntriesByName("first-contentful-paint").length)setTimeout(go,0)})' +
    '.observe({type:"paint",buffered:true})}catch(e){setTimeout(go,0)}}' +
    'if(document.readyState==="complete")loaded();else addEventListener("load",loaded)})' +
    `(${JSON.stringify(sources)})`
  );
}

/** The scripts a page's loader starts, for the page-weight budget and the offline copy. */
export function deferredScripts(html: string): string[] {
  const loader = html.indexOf(LOADER_MARK);
  if (loader === -1) return [];
  const list = /\)\((\[[^\]]*\])\)<\/script>/.exec(html.slice(loader))?.[1] ?? '[]';
  const parsed: unknown = JSON.parse(list);
  return Array.isArray(parsed)
    ? parsed.filter((item): item is string => typeof item === 'string')
    : [];
}

/** One page's HTML with its framework scripts started after first paint. Idempotent. */
export function deferScripts(html: string): string {
  const sources = [...html.matchAll(ASYNC_SCRIPT)].map((match) => match[1] ?? '');
  if (sources.length === 0) return html;
  let placed = false;
  return html.replace(SCRIPT_PRELOAD, '').replace(ASYNC_SCRIPT, () => {
    if (placed) return '';
    placed = true;
    return `<script>${loaderFor(sources)}</script>`;
  });
}

function main() {
  let changed = 0;
  for (const file of htmlPagesIn(OUT)) {
    const html = readFileSync(file, 'utf8');
    const deferred = deferScripts(html);
    if (deferred !== html) {
      writeFileSync(file, deferred);
      changed += 1;
    }
  }
  console.log(`scripts after paint: ${changed} pages start their scripts after the first paint`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
