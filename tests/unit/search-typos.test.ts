import { describe, expect, it } from 'vitest';
import { createSuggester, createTypoFinder, slips } from '@/lib/search/typos';

describe('typo matching', () => {
  it('counts each slip once: a letter left out, added, changed, or two letters swapped', () => {
    expect(slips('metastisis', 'metastasis')).toBe(1);
    expect(slips('zomta', 'zometa')).toBe(1);
    expect(slips('zometta', 'zometa')).toBe(1);
    expect(slips('xgvea', 'xgeva')).toBe(1);
    expect(slips('xgvea', 'xgeva prolia')).toBe(1);
    // A match may start and end anywhere in the text, as in a title.
    expect(slips('bone scna', 'having a bone scan')).toBe(1);
    expect(slips('scan', 'scan')).toBe(0);
  });

  it('offers the closest vocabulary words, closest first, and nothing for a word too far off', () => {
    const correct = createTypoFinder(['metastasi', 'metabolic', 'denosumab', 'xgeva', 'xray']);
    expect(correct('metastisi')[0]).toBe('metastasi');
    expect(correct('xgvea')).toEqual(['xgeva']);
    expect(correct('zzzzzz')).toEqual([]);
  });

  it('suggests the title that names what was typed before a longer one that contains it', () => {
    const suggest = createSuggester([
      'Hot spots and cold spots on a bone scan',
      'Hot spot',
      'Tumour',
    ]);
    expect(suggest('hot spto')).toEqual(['Hot spot', 'Hot spots and cold spots on a bone scan']);
    expect(suggest('x')).toEqual([]);
  });
});
