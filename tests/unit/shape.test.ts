import { describe, expect, it } from 'vitest';
import { parseNearMissPages } from '@/lib/near-miss';
import { arrayOf, isNumber, isString, objectOf, oneOf, tupleOf } from '@/lib/shape';

describe('shape checks for downloaded JSON', () => {
  const isBand = tupleOf(oneOf('atLeast', 'above'), isNumber, isString);
  const isPoint = objectOf<{ x: number; label: string }>({ x: isNumber, label: isString });

  it('accepts what matches, field by field and place by place', () => {
    expect(isBand(['above', -1, 'Normal'])).toBe(true);
    expect(isPoint({ x: 1, label: 'a', extra: true })).toBe(true);
    expect(
      arrayOf(isPoint)([
        { x: 1, label: 'a' },
        { x: 2, label: 'b' },
      ]),
    ).toBe(true);
  });

  it('refuses a missing field, a wrong type, a value not offered, and a tuple too short or long', () => {
    expect(isPoint({ x: 1 })).toBe(false);
    expect(isPoint({ x: '1', label: 'a' })).toBe(false);
    expect(isPoint(null)).toBe(false);
    expect(isBand(['below', -1, 'Normal'])).toBe(false);
    expect(isBand(['above', -1])).toBe(false);
    expect(isBand(['above', -1, 'Normal', 'more'])).toBe(false);
    expect(arrayOf(isPoint)([{ x: 1, label: 'a' }, 'b'])).toBe(false);
    expect(arrayOf(isPoint)('<html>proxy error</html>')).toBe(false);
  });

  it('the 404 page refuses a page list whose names are not words', () => {
    const page = { url: '/topics/bone-scan', title: 'Bone scans', names: ['bone-scan'] };
    expect(parseNearMissPages([page])).toEqual([page]);
    expect(() => parseNearMissPages([{ ...page, names: [1] }])).toThrow(/unexpected format/);
    expect(() => parseNearMissPages({ pages: [page] })).toThrow(/unexpected format/);
  });
});
