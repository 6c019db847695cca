import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { statedNumbers } from '@/lib/content/numbers';
import { proseSentences } from '@/lib/content/prose';
import { checkUrgencyProse, urgencyConflict } from '@/lib/content/urgency';

const fixture = loadContent(path.resolve(import.meta.dirname, '../fixtures/content/valid/content'));
const model = fixture.urgency;
if (!model) throw new Error('fixture urgency model missing');

const flagged = (sentence: string) => urgencyConflict(model, sentence);
const proseIssues = (markdown: string) =>
  checkUrgencyProse(
    model,
    proseSentences(markdown),
    'page.md',
    (sentence) => `line ${sentence.line}`,
  );

/** Sentences that put a red-flag symptom beside a slower tier's words: each must be caught. */
const SLOWER_BESIDE_RED_FLAG = [
  'Some symptoms need help the same day, such as new back pain with weakness in your legs.',
  'Tell your care team within 1 to 2 weeks if you have new back pain.',
  'Mention back pain at your next appointment.',
  'If you are very thirsty, ask your team about it at a routine check.',
  // A spinal cord sign needs 999 or A&E when there is no 24-hour number, never the GP.
  'For new back pain, call your GP surgery or NHS 111.',
  // A tier with its own signs is protected from slower words too.
  'Jaw pain can wait until your next appointment.',
];

/** Sentences whose action is fast enough for the symptoms they name: each must be allowed. */
const FAST_ENOUGH = [
  'If you have back pain, call your 24-hour acute oncology line now.',
  'If someone is very hard to wake, call 999 straight away.',
  'If you have back pain, do not wait for your next appointment.',
  'For back pain, call your 24-hour acute oncology line now, even if you saw your team today.',
  'If you have no 24-hour number, call 999 or go to A&E.',
  'For signs of high calcium with no 24-hour number, call your GP surgery now or NHS 111.',
  'Tell your team within 1 to 2 weeks about a new ache in your hip.',
];

describe('a red flag beside a slower tier', () => {
  it.each([
    ...SLOWER_BESIDE_RED_FLAG.map((sentence) => ({ sentence, verdict: 'caught' })),
    ...FAST_ENOUGH.map((sentence) => ({ sentence, verdict: 'allowed' })),
  ])('$verdict: $sentence', ({ sentence, verdict }) => {
    expect(flagged(sentence) === undefined ? 'allowed' : 'caught').toBe(verdict);
  });

  it('reads a list item with the paragraph and heading that introduce it, through nested lists', () => {
    const markdown = [
      '## Things to mention',
      '',
      'Mention these at your next appointment. Watch for',
      '',
      '- changes in how you feel',
      '  - numbness or weakness in your legs',
      '',
    ].join('\n');
    expect(proseIssues(markdown)).toEqual([
      expect.objectContaining({
        field: 'line 6',
        message: expect.stringContaining('"next appointment"'),
      }),
    ]);
  });

  it('reads a table cell with its row', () => {
    const markdown = [
      '| Symptom | What to do |',
      '| --- | --- |',
      '| Back pain | Tell your team at your next appointment |',
    ].join('\n');
    expect(proseIssues(markdown).map((issue) => issue.field)).toContain('line 3');
  });

  it('reports a lead-in that conflicts on its own once, where it is written', () => {
    const markdown = 'Tell your team at your next appointment about back pain:\n\n- a\n- b\n';
    expect(proseIssues(markdown).map((issue) => issue.field)).toEqual(['line 1']);
  });
});

describe('what counts as a number', () => {
  it.each([
    ['About 3 to 5 in 100 people get it.', ['3', '5', '100']],
    ['Take 4mg a day.', ['4']],
    ['within 24 hours', ['24']],
    ['Two in three people notice it.', ['Two in three', 'three people']],
    ['It lasts six weeks.', ['six weeks']],
    ['about half of people', ['half of', 'about half']],
  ])('counts %s', (sentence, numbers) => {
    expect(statedNumbers(sentence)).toEqual(numbers);
  });

  it.each([
    'Call your 24-hour acute oncology line now.',
    'Call 999 or NHS 111.',
    'Call 0808 800 6000 between 9am and 4pm.',
    'HER2, technetium-99m, Ki-67 and CA 15-3 are names.',
    'Pain at L4/5 or T12/L1, or from C1 to C7.',
    'In 2015, and again on 1 April 2025.',
    'It had spread: stage 4.',
    'The two main tests are for hormone receptors.',
    'The top half of the thigh bone.',
    'One day you may feel ready to talk.',
  ])('does not count %s', (sentence) => {
    expect(statedNumbers(sentence)).toEqual([]);
  });

  it('keeps a sentence whole across "e.g." so its footnote covers it', () => {
    const [sentence] = proseSentences(
      'Some drugs, e.g. zoledronic acid, are given every 3 to 4 weeks[^emc].',
    );
    expect(sentence?.text).toBe(
      'Some drugs, e.g. zoledronic acid, are given every 3 to 4 weeks[^emc].',
    );
  });
});
