import { describe, expect, it } from 'vitest';
import { acceptedCodings } from '@/scripts/accept-encoding';

const codings = (header: string | undefined) => acceptedCodings(header).map(({ coding }) => coding);

describe('acceptedCodings: which precompressed copy a request may get', () => {
  it('prefers brotli when a browser accepts both', () => {
    expect(codings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip']);
  });

  it('sends gzip to a client that only accepts gzip, and nothing compressed without the header', () => {
    expect(codings('gzip')).toEqual(['gzip']);
    expect(codings('x-gzip')).toEqual(['gzip']);
    expect(codings(undefined)).toEqual([]);
    expect(codings('identity')).toEqual([]);
  });

  it('honours q=0 as a refusal and a higher q as a preference', () => {
    expect(codings('br;q=0, gzip')).toEqual(['gzip']);
    expect(codings('*;q=0')).toEqual([]);
    expect(codings('br;q=0.5, gzip;q=0.9')).toEqual(['gzip', 'br']);
    expect(codings('*')).toEqual(['br', 'gzip']);
    expect(codings('*, br;q=0')).toEqual(['gzip']);
  });
});
