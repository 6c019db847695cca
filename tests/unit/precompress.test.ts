import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompress } from '@/scripts/precompress';

/** A built out/ in a fresh folder (the whole step, run as a command, is in postbuild.test.ts). */
function builtOut(files: Record<string, string>): string {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'bhe precompress ')), 'out');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
    writeFileSync(path.join(out, name), text);
  }
  return out;
}

const page = `<!DOCTYPE html><p>${'Your bones and your treatment, in plain words. '.repeat(100)}</p>`;

describe('precompress, the last post-build stage', () => {
  it('writes brotli and gzip copies that decode to each text file, and says how much it saved', async () => {
    const out = builtOut({
      'index.html': page,
      '_next/static/chunks/app.js': `console.log(${JSON.stringify(page)});`,
      'tiny.css': 'p{margin:0}',
      'photo.png': page,
    });
    expect(await precompress(out)).toMatch(
      /^2 files, [\d.]+ MB → brotli [\d.]+ MB, gzip [\d.]+ MB/,
    );
    for (const file of ['index.html', '_next/static/chunks/app.js']) {
      const original = readFileSync(path.join(out, file));
      expect(brotliDecompressSync(readFileSync(path.join(out, `${file}.br`)))).toEqual(original);
      expect(gunzipSync(readFileSync(path.join(out, `${file}.gz`)))).toEqual(original);
    }
    // Under 1 KB, or not text: left as they are.
    expect(existsSync(path.join(out, 'tiny.css.br'))).toBe(false);
    expect(existsSync(path.join(out, 'photo.png.br'))).toBe(false);
  });

  it('fails when it compressed nothing', async () => {
    await expect(precompress(builtOut({ 'tiny.css': 'p{margin:0}' }))).rejects.toThrow(
      /compressed no files in .*out \(0 candidates/,
    );
  });
});
