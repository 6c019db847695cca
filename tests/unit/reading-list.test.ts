import { describe, expect, it } from 'vitest';
import { seededRandom } from '@/lib/seeded-random';
import { NOTE_MAX_LENGTH, cleanNote, parseReadingList, readingListUrl } from '@/lib/reading-list';

const KNOWN = ['bone-scan', 'hot-and-cold-spots', 'managing-bone-pain', 'symptoms'];
const BASE = 'https://bonehealthexplained.org.uk';

const parse = (query: string) => parseReadingList(new URLSearchParams(query), KNOWN);

describe('parseReadingList: the topics', () => {
  it('reads the comma form in the order given', () => {
    expect(parse('t=hot-and-cold-spots,bone-scan,symptoms')).toEqual({
      slugs: ['hot-and-cold-spots', 'bone-scan', 'symptoms'],
      unknown: [],
      note: '',
    });
  });

  it('reads repeated t parameters (the picker form without JavaScript) in the order given', () => {
    expect(parse('t=symptoms&t=bone-scan&t=hot-and-cold-spots').slugs).toEqual([
      'symptoms',
      'bone-scan',
      'hot-and-cold-spots',
    ]);
  });

  it('reads a mix of both forms', () => {
    expect(parse('t=symptoms,bone-scan&t=managing-bone-pain').slugs).toEqual([
      'symptoms',
      'bone-scan',
      'managing-bone-pain',
    ]);
  });

  it('reads percent-encoded commas, as some mail programs rewrite them', () => {
    expect(parse('t=bone-scan%2Csymptoms').slugs).toEqual(['bone-scan', 'symptoms']);
  });

  it('keeps duplicates once, at their first place', () => {
    expect(parse('t=bone-scan,symptoms,bone-scan&t=symptoms').slugs).toEqual([
      'bone-scan',
      'symptoms',
    ]);
  });

  it('ignores whitespace, case and empty pieces', () => {
    expect(parse('t=%20Bone-Scan%20,,+SYMPTOMS+,%0A&t=').slugs).toEqual(['bone-scan', 'symptoms']);
  });

  it('reports unknown slugs as written, once each, and keeps the others', () => {
    expect(parse('t=bone-scan,hotspot,symptoms,Hotspot,bone%20scan')).toEqual({
      slugs: ['bone-scan', 'symptoms'],
      unknown: ['hotspot', 'bone scan'],
      note: '',
    });
  });

  it('gives nothing when there is no t parameter', () => {
    expect(parse('')).toEqual({ slugs: [], unknown: [], note: '' });
    expect(parse('note=hello')).toEqual({ slugs: [], unknown: [], note: 'hello' });
  });

  it('accepts a Set of known slugs', () => {
    expect(parseReadingList(new URLSearchParams('t=symptoms'), new Set(KNOWN)).slugs).toEqual([
      'symptoms',
    ]);
  });

  it('does not treat object property names as topics', () => {
    expect(parse('t=__proto__,constructor,toString,hasOwnProperty').slugs).toEqual([]);
  });
});

describe('parseReadingList: the note, and input that is too long or hostile', () => {
  it('reads the note as plain text, cut to 280 characters', () => {
    expect(parse('t=bone-scan&note=See%20you%20on%20Tuesday.').note).toBe('See you on Tuesday.');
    const long = 'a'.repeat(400);
    expect(parse(`t=bone-scan&note=${long}`).note).toBe('a'.repeat(NOTE_MAX_LENGTH));
    expect(parse('t=bone-scan&note=%3Cscript%3Ealert(1)%3C%2Fscript%3E').note).toBe(
      '<script>alert(1)</script>',
    );
  });

  it('uses only the first note', () => {
    expect(parse('note=first&note=second').note).toBe('first');
  });

  it('shortens long unknown pieces and lists at most 20 of them', () => {
    const { unknown } = parse(`t=${'x'.repeat(500)}`);
    expect(unknown[0]).toBe(`${'x'.repeat(60)}…`);
    const many = Array.from({ length: 100 }, (_, i) => `nope-${i}`).join(',');
    expect(parse(`t=${many}`).unknown).toHaveLength(20);
  });

  it('survives hostile input without throwing, in bounded time', () => {
    const pieces = [
      '<script>alert(1)</script>',
      '\u202Ebone-scan\u202C',
      '\u0000\u0007\u001b[31m\u007f',
      '%',
      '%E0%A4%A',
      '%uD800',
      '😀🦴',
      'سرطان',
      ',,,,',
      '&&&',
      '==',
      'bone-scan',
      'javascript:alert(1)',
      '../../etc/passwd',
      ' ',
    ];
    const next = seededRandom(20261122);
    for (let i = 0; i < 2_000; i++) {
      const parts = Array.from(
        { length: 1 + Math.floor(next() * 8) },
        () => pieces[Math.floor(next() * pieces.length)] ?? '',
      );
      const query = `t=${parts.join(next() < 0.5 ? ',' : '&t=')}&note=${parts.join('')}`;
      const result = parse(query);
      for (const slug of result.slugs) expect(KNOWN).toContain(slug);
      expect(result.note.length).toBeLessThanOrEqual(NOTE_MAX_LENGTH);
      // Whatever came in, the link we build from it is valid and reads back the same.
      const url = readingListUrl(BASE, result.slugs, result.note);
      const again = parseReadingList(new URL(url).searchParams, KNOWN);
      expect(again.slugs).toEqual(result.slugs);
      expect(again.note).toBe(result.note);
    }

    const started = performance.now();
    parse(`t=${','.repeat(1_000_000)}bone-scan&note=${'%F0%9F%98%80'.repeat(100_000)}`);
    parse(`${'t=x&'.repeat(50_000)}t=bone-scan`);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('cleanNote', () => {
  it('keeps line breaks, drops control and direction-override characters, trims', () => {
    expect(cleanNote('  Line one\r\nLine two\u0000\u202E!\t ')).toBe('Line one\nLine two!');
  });

  it('never leaves half an emoji, or a lone surrogate that could not go in a link', () => {
    const note = `${'a'.repeat(NOTE_MAX_LENGTH - 1)}😀`;
    expect(cleanNote(note)).toBe('a'.repeat(NOTE_MAX_LENGTH - 1));
    expect(cleanNote('a\uD800b\uDC00c')).toBe('a\uFFFDb\uFFFDc');
    expect(() => encodeURIComponent(cleanNote('\uD83D'))).not.toThrow();
  });
});

describe('readingListUrl', () => {
  it('builds the readable comma form from the base URL', () => {
    expect(readingListUrl(BASE, ['bone-scan', 'hot-and-cold-spots'])).toBe(
      `${BASE}/reading-list?t=bone-scan,hot-and-cold-spots`,
    );
  });

  it('makes a path on this site when the base URL is empty, and ignores a trailing slash', () => {
    expect(readingListUrl('', ['symptoms'])).toBe('/reading-list?t=symptoms');
    expect(readingListUrl(`${BASE}/`, ['symptoms'])).toBe(`${BASE}/reading-list?t=symptoms`);
  });

  it('encodes the note, and only the note', () => {
    expect(readingListUrl(BASE, ['bone-scan'], 'Read before Tuesday & call me?')).toBe(
      `${BASE}/reading-list?t=bone-scan&note=Read%20before%20Tuesday%20%26%20call%20me%3F`,
    );
  });

  it('leaves out an empty or blank note, and cleans the note as the reader does', () => {
    expect(readingListUrl(BASE, ['bone-scan'], '   ')).toBe(`${BASE}/reading-list?t=bone-scan`);
    expect(readingListUrl(BASE, ['bone-scan'], 'x'.repeat(300))).toBe(
      `${BASE}/reading-list?t=bone-scan&note=${'x'.repeat(NOTE_MAX_LENGTH)}`,
    );
  });

  it('lists each topic once', () => {
    expect(readingListUrl('', ['bone-scan', 'symptoms', 'bone-scan'])).toBe(
      '/reading-list?t=bone-scan,symptoms',
    );
  });

  it('refuses anything that is not a slug, rather than put it in a link unencoded', () => {
    expect(() => readingListUrl(BASE, ['bone-scan&note=x'])).toThrow(RangeError);
    expect(() => readingListUrl(BASE, ['Bone-Scan'])).toThrow(RangeError);
  });

  it('reads back exactly what it wrote', () => {
    const note = 'Hello, “Mrs O’Brien” 😀\n50% + 2 = ?&note=x#top';
    const url = readingListUrl(BASE, ['symptoms', 'bone-scan'], note);
    expect(parseReadingList(new URL(url).searchParams, KNOWN)).toEqual({
      slugs: ['symptoms', 'bone-scan'],
      unknown: [],
      note,
    });
  });
});
