import { describe, expect, it } from 'vitest';
import { deferScripts, deferredScripts, loaderFor } from '@/scripts/scripts-after-paint';

// The shape of a page's head as Next.js 16 writes it (shortened).
const PAGE =
  '<head><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/lazy.js"/>' +
  '<script src="/_next/static/chunks/one.js" async=""></script>' +
  '<script src="/_next/static/chunks/turbopack-two.js" async=""></script>' +
  '<title>Bone scans</title>' +
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script></head>' +
  '<body><p>Text</p><script>(self.__next_f=self.__next_f||[]).push([0])</script></body>';

describe('scripts after paint', () => {
  it('replaces the framework scripts and their preloads with one loader, in the same order', () => {
    const html = deferScripts(PAGE);
    expect(html).not.toContain('<script src="/_next/static/chunks/one.js"');
    expect(html).not.toContain('rel="preload" as="script"');
    expect(html.match(/<script>\/\*scripts-after-paint\*\//g)).toHaveLength(1);
    expect(deferredScripts(html)).toEqual([
      '/_next/static/chunks/one.js',
      '/_next/static/chunks/turbopack-two.js',
    ]);
    // The stylesheet, the legacy polyfills and the inline hydration data are untouched.
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
    expect(html).toContain('<script src="/_next/static/chunks/polyfills.js" noModule=""></script>');
    expect(html).toContain('<script>(self.__next_f=self.__next_f||[]).push([0])</script>');
  });

  it('finds the scripts however Next.js writes the tag: attribute order, quotes, crossorigin, nonce, bare async, noModule in any case, self-closing', () => {
    const page =
      '<head><link href="/_next/static/chunks/lazy.js" as="script" rel="preload" crossorigin=""/>' +
      '<script async crossorigin="anonymous" src="/_next/static/chunks/one.js"></script>' +
      "<script nonce='abc' src='/_next/static/chunks/two.js' async=''></script>" +
      '<SCRIPT SRC="/_next/static/chunks/three.js" ASYNC CROSSORIGIN></SCRIPT>' +
      '<script src="/_next/static/chunks/polyfills.js" NOMODULE crossorigin=""></script></head>' +
      '<body><script>var s = \'<script src="/_next/static/chunks/fake.js" async=""></\' + \'script>\'</script></body>';
    const html = deferScripts(page);
    expect(deferredScripts(html)).toEqual([
      '/_next/static/chunks/one.js',
      '/_next/static/chunks/two.js',
      '/_next/static/chunks/three.js',
    ]);
    expect(html).not.toContain('rel="preload"');
    expect(html).toContain('polyfills.js" NOMODULE');
    expect(html).toContain('fake.js');
  });

  it('is safe to run twice, and leaves a page with no scripts alone', () => {
    const once = deferScripts(PAGE);
    expect(deferScripts(once)).toBe(once);
    expect(deferScripts('<p>No scripts</p>')).toBe('<p>No scripts</p>');
    expect(deferredScripts('<p>No scripts</p>')).toEqual([]);
  });

  function runLoader(readyState: string) {
    const added: string[] = [];
    const timers: [() => void, number][] = [];
    const onLoad: (() => void)[] = [];
    const observers: ((list: { getEntriesByName(name: string): unknown[] }) => void)[] = [];
    class FakeObserver {
      constructor(callback: (list: { getEntriesByName(name: string): unknown[] }) => void) {
        observers.push(callback);
      }
      observe() {}
    }
    const fakeDocument = {
      readyState,
      createElement: () => ({ src: '', async: false }),
      head: { appendChild: (element: { src: string }) => added.push(element.src) },
    };
    new Function(
      'document',
      'setTimeout',
      'addEventListener',
      'PerformanceObserver',
      loaderFor(['/a.js', '/b.js']),
    )(
      fakeDocument,
      (callback: () => void, delay: number) => timers.push([callback, delay]),
      (type: string, callback: () => void) => type === 'load' && onLoad.push(callback),
      FakeObserver,
    );
    const paint = (name: string) =>
      observers.forEach((callback) =>
        callback({ getEntriesByName: (wanted) => (wanted === name ? [{}] : []) }),
      );
    const runTimers = (delay: number) =>
      timers.filter(([, after]) => after === delay).forEach(([callback]) => callback());
    return { added, onLoad, paint, runTimers, observers };
  }

  it('adds the scripts once the page has loaded and its first contentful paint is shown, once', () => {
    const page = runLoader('interactive');
    expect(page.observers).toHaveLength(0);
    page.onLoad[0]?.();
    page.paint('first-paint');
    page.runTimers(0);
    expect(page.added).toEqual([]);
    page.paint('first-contentful-paint');
    page.runTimers(0);
    expect(page.added).toEqual(['/a.js', '/b.js']);
    // The one-second fallback (no paint reported, or a background tab) then does nothing.
    page.runTimers(1000);
    expect(page.added).toEqual(['/a.js', '/b.js']);
  });

  it('falls back to a second after loading when no paint is reported', () => {
    const page = runLoader('complete');
    expect(page.observers).toHaveLength(1);
    page.runTimers(1000);
    expect(page.added).toEqual(['/a.js', '/b.js']);
  });
});
