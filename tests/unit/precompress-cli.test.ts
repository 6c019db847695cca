import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const projectRoot = path.resolve(import.meta.dirname, '../..');

/** Runs the real post-build step in a fresh folder whose name has a space, as a checkout's may. */
function runPrecompress(files: Record<string, string>) {
  const root = mkdtempSync(path.join(tmpdir(), 'bhe precompress '));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  const result = spawnSync(
    path.join(projectRoot, 'node_modules/.bin/tsx'),
    [path.join(projectRoot, 'scripts/precompress.ts')],
    { cwd: root, encoding: 'utf8' },
  );
  return { ...result, root };
}

const page = `<!DOCTYPE html><p>${'Your bones and your treatment, in plain words. '.repeat(100)}</p>`;

// Each case starts tsx, which takes seconds on a busy machine.
describe('precompress, run after every build', { timeout: 30_000 }, () => {
  it('writes brotli and gzip copies that decode to each text file, and says how much it saved', () => {
    const { status, stdout, root } = runPrecompress({
      'out/index.html': page,
      'out/_next/static/chunks/app.js': `console.log(${JSON.stringify(page)});`,
      'out/tiny.css': 'p{margin:0}',
      'out/photo.png': page,
    });
    expect(status).toBe(0);
    expect(stdout).toMatch(/precompress: 2 files, [\d.]+ MB → brotli [\d.]+ MB, gzip [\d.]+ MB/);
    for (const file of ['out/index.html', 'out/_next/static/chunks/app.js']) {
      const original = readFileSync(path.join(root, file));
      expect(brotliDecompressSync(readFileSync(path.join(root, `${file}.br`)))).toEqual(original);
      expect(gunzipSync(readFileSync(path.join(root, `${file}.gz`)))).toEqual(original);
    }
    // Under 1 KB, or not text: left as they are.
    expect(existsSync(path.join(root, 'out/tiny.css.br'))).toBe(false);
    expect(existsSync(path.join(root, 'out/photo.png.br'))).toBe(false);
  });

  it('fails when it compressed nothing, and when there is no out/', () => {
    const empty = runPrecompress({ 'out/tiny.css': 'p{margin:0}' });
    expect(empty.status).toBe(1);
    expect(empty.stderr).toContain('precompress: compressed no files in out/');
    const missing = runPrecompress({});
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('out/ does not exist');
  });
});
