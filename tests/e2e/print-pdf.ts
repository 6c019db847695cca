import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import type * as PdfJs from 'pdfjs-dist';

/** One run of text as it came out on paper, with the contrast between its ink and the paper around it. */
export interface PrintedText {
  text: string;
  page: number;
  contrast: number;
  /** Where the run starts and ends across its page, in PDF points from the page's left edge. */
  left: number;
  right: number;
}

/** A printed PDF as pdf.js reads it: how many pages, how wide they are, and every run of text. */
export interface PrintedDocument {
  pageCount: number;
  /** The width of the first page, in PDF points (A4: 595.28). */
  pageWidth: number;
  runs: PrintedText[];
}

const PDFJS = path.resolve('node_modules/pdfjs-dist/build');
const ORIGIN = 'http://pdf-viewer.test';

/**
 * Renders a PDF that Chromium printed, page by page, with Mozilla's pdf.js in a browser tab, and
 * measures each run of text on the rendered pixels: what a reader gets from a printer, not what the
 * print CSS says. Nothing leaves the machine: the viewer is served from node_modules by route.
 */
export async function printedText(context: BrowserContext, pdf: Buffer): Promise<PrintedText[]> {
  return (await printedDocument(context, pdf)).runs;
}

/** As printedText, with the number of pages and their width. */
export async function printedDocument(
  context: BrowserContext,
  pdf: Buffer,
): Promise<PrintedDocument> {
  const viewer = await context.newPage();
  await viewer.route(`${ORIGIN}/**`, async (route) => {
    const name = new URL(route.request().url()).pathname.slice(1);
    if (name === '') {
      await route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>pdf</title>' });
    } else if (name === 'pdf.mjs' || name === 'pdf.worker.mjs') {
      await route.fulfill({
        contentType: 'text/javascript',
        body: readFileSync(path.join(PDFJS, name)),
      });
    } else {
      await route.fulfill({ status: 404, body: '' });
    }
  });
  await viewer.goto(`${ORIGIN}/`);
  const printed = await viewer.evaluate(async (base64) => {
    const pdfjs = (await import(`${location.origin}/pdf.mjs`)) as typeof PdfJs;
    pdfjs.GlobalWorkerOptions.workerSrc = `${location.origin}/pdf.worker.mjs`;
    const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
    const document_ = await pdfjs.getDocument({ data: bytes }).promise;
    const luminance = (r: number, g: number, b: number) => {
      const channel = (value: number) => {
        const c = value / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const found: {
      text: string;
      page: number;
      contrast: number;
      left: number;
      right: number;
    }[] = [];
    let pageWidth = 0;
    for (let number = 1; number <= document_.numPages; number++) {
      const pdfPage = await document_.getPage(number);
      if (number === 1) pageWidth = pdfPage.getViewport({ scale: 1 }).width;
      const viewport = pdfPage.getViewport({ scale: 2 });
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      const context2d = canvas.getContext('2d', { willReadFrequently: true });
      if (!context2d) throw new Error('no 2d canvas');
      await pdfPage.render({ canvas, canvasContext: context2d, viewport }).promise;
      const content = await pdfPage.getTextContent();
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim().length < 4) continue;
        const [a, b, c, d, e, f] = item.transform as number[];
        const size = Math.hypot(c ?? 0, d ?? 0) || Math.hypot(a ?? 0, b ?? 0);
        const [x, y] = viewport.convertToViewportPoint(e ?? 0, f ?? 0) as [number, number];
        const height = Math.max(2, Math.round(size * 2));
        const width = Math.max(2, Math.round(item.width * 2));
        const top = Math.max(0, Math.round(y - height * 0.8));
        const pixels = context2d.getImageData(Math.max(0, Math.round(x)), top, width, height).data;
        let darkest = 1;
        let lightest = 0;
        for (let index = 0; index < pixels.length; index += 4) {
          const value = luminance(
            pixels[index] ?? 0,
            pixels[index + 1] ?? 0,
            pixels[index + 2] ?? 0,
          );
          darkest = Math.min(darkest, value);
          lightest = Math.max(lightest, value);
        }
        found.push({
          text: item.str,
          page: number,
          contrast: (lightest + 0.05) / (darkest + 0.05),
          left: x / 2,
          right: x / 2 + item.width,
        });
      }
    }
    return { pageCount: document_.numPages, pageWidth, runs: found };
  }, pdf.toString('base64'));
  await viewer.close();
  return printed;
}
