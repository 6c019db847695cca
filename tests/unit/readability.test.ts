import { describe, expect, it } from 'vitest';
import { median, readability, sentencesOf } from '@/lib/content/readability';

describe('sentencesOf', () => {
  it('ends a sentence at every paragraph, list item and table cell, and skips headings and link targets', () => {
    const markdown = [
      '## What a hot spot can mean {#hot-spots}',
      '',
      'A hot spot is bone that is changing. It is often [not cancer](/topics/other-causes#arthritis)',
      '',
      'You may have:',
      '',
      '- a healing break',
      '- arthritis',
      '',
      '| Scan | Time |',
      '|---|---|',
      '| MRI | 30 minutes |',
    ].join('\n');
    const paragraph = ['A hot spot is bone that is changing.', 'It is often not cancer'];
    const listWithLeadIn = ['You may have:', 'a healing break', 'arthritis'];
    const tableCells = ['Scan', 'Time', 'MRI', '30 minutes'];
    expect(sentencesOf(markdown)).toEqual([...paragraph, ...listWithLeadIn, ...tableCells]);
  });
});

describe('readability', () => {
  it('scores short plain sentences at a low grade', () => {
    const report = readability('You have a scan. It takes an hour. Then you can go home.');
    expect(report.sentences).toBe(3);
    expect(report.words).toBe(13);
    expect(report.grade).toBeLessThan(3);
    expect(report.longestSentence).toEqual({ words: 5, text: 'Then you can go home.' });
  });

  it('scores long sentences of long words far above grade 9', () => {
    const report = readability(
      'Radiopharmaceutical administration facilitates scintigraphic visualisation of osteoblastic metabolic activity in regions demonstrating accelerated remodelling.',
    );
    expect(report.grade).toBeGreaterThan(9);
  });

  it('gives an empty body a grade of 0 rather than NaN', () => {
    expect(readability('')).toEqual({
      words: 0,
      sentences: 0,
      grade: 0,
      longestSentence: { words: 0, text: '' },
    });
  });
});

describe('median', () => {
  it.each([
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
    [[], 0],
  ])('median of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});
