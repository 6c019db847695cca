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

  it('is safe to run twice, and leaves a page with no scripts alone', () => {
    const once = deferScripts(PAGE);
    expect(deferScripts(once)).toBe(once);
    expect(deferScripts('<p>No scripts</p>')).toBe('<p>No scripts</p>');
    expect(deferredScripts('<p>No scripts</p>')).toEqual([]);
  });

  it('adds the scripts after the first frame, or after 2 seconds when nothing paints', () => {
    const added: string[] = [];
    const frames: (() => void)[] = [];
    const timers: [() => void, number][] = [];
    const fakeWindow = {
      document: {
        createElement: () => ({ src: '', async: false }),
        head: { appendChild: (element: { src: string }) => added.push(element.src) },
      },
      requestAnimationFrame: (callback: () => void) => frames.push(callback),
      setTimeout: (callback: () => void, delay: number) => timers.push([callback, delay]),
    };
    const run = new Function(
      'document',
      'requestAnimationFrame',
      'setTimeout',
      loaderFor(['/a.js', '/b.js']),
    );
    run(fakeWindow.document, fakeWindow.requestAnimationFrame, fakeWindow.setTimeout);
    expect(added).toEqual([]);
    expect(timers.map(([, delay]) => delay)).toEqual([2000]);
    frames[0]?.();
    const afterPaint = timers.find(([, delay]) => delay === 0);
    afterPaint?.[0]();
    expect(added).toEqual(['/a.js', '/b.js']);
    // The 2-second fallback then does nothing: each script is added once.
    timers.find(([, delay]) => delay === 2000)?.[0]();
    expect(added).toEqual(['/a.js', '/b.js']);
  });
});
