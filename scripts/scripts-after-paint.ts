/**
 * The first stage of scripts/postbuild.ts, before the security headers: each page starts its framework scripts just
 * after its first paint instead of alongside the HTML. Every page is complete without JavaScript
 * (search, copy-link, definitions in place and Listen only add to it), so on a slow phone connection
 * the text and styles get the whole connection first and the ~135 KB of React and Next.js follows.
 * The scripts are the same files; a small inline loader (hashed into the page's CSP like every other
 * inline script) adds them. The legacy `nomodule` polyfills are left as they are.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { elementsOf, splice, type HtmlElement } from './html-elements';

const LOADER_MARK = '/*scripts-after-paint*/';

/** A framework script the page would start alongside its HTML (not the legacy `nomodule` ones). */
function isFrameworkScript(element: HtmlElement): boolean {
  const src = element.attributes.src ?? '';
  return (
    element.name === 'script' &&
    src.includes('/_next/static/') &&
    !('nomodule' in element.attributes)
  );
}

function isFrameworkPreload(element: HtmlElement): boolean {
  const rel = (element.attributes.rel ?? '').toLowerCase().split(/\s+/);
  return (
    element.name === 'link' &&
    rel.includes('preload') &&
    element.attributes.as === 'script' &&
    (element.attributes.href ?? '').includes('/_next/static/')
  );
}

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
  const elements = elementsOf(html);
  const scripts = elements.filter(isFrameworkScript);
  const first = scripts[0];
  if (first?.start === undefined) return html;
  const sources = scripts.map((script) => script.attributes.src ?? '');
  const removed = [...scripts.slice(1), ...elements.filter(isFrameworkPreload)];
  return splice(html, [
    {
      start: first.start,
      end: first.end ?? first.start,
      text: `<script>${loaderFor(sources)}</script>`,
    },
    ...removed.map((element) => ({
      start: element.start ?? 0,
      end: element.end ?? 0,
      text: '',
    })),
  ]);
}

/**
 * Post-build stage: every page starts its framework scripts after first paint. Throws, naming each
 * page, when a page has no loader afterwards (Next.js wrote its scripts in a form not recognised)
 * or still starts a framework script alongside its HTML.
 */
export function startScriptsAfterPaint(outDir: string, pages: string[]): string {
  const problems: string[] = [];
  let changed = 0;
  for (const file of pages) {
    const html = readFileSync(file, 'utf8');
    const deferred = deferScripts(html);
    const name = path.relative(outDir, file);
    if (!deferred.includes(LOADER_MARK)) {
      problems.push(
        `${name}: no framework <script src="…/_next/static/…"> found to start after first paint`,
      );
    } else if (elementsOf(deferred).some(isFrameworkScript)) {
      problems.push(`${name}: still starts a framework script before its first paint`);
    }
    if (deferred !== html) {
      writeFileSync(file, deferred);
      changed += 1;
    }
  }
  if (problems.length > 0) throw new Error(`pages not rewritten:\n  ${problems.join('\n  ')}`);
  return `${pages.length} pages start their scripts after the first paint (${changed} rewritten now)`;
}
