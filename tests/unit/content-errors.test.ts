import { describe, expect, it } from 'vitest';
import { formatIssue } from '@/lib/content/issues';
import { loadFixture } from '../fixtures/content';

function messagesFor(invalidCase: string): string[] {
  const result = loadFixture(invalidCase);
  expect(result.graph).toBeUndefined();
  return result.issues.map(formatIssue);
}

/** One invalid case each: every message it must produce, and no other. */
const INVALID_CASES: [name: string, invalidCase: string, messages: string[]][] = [
  [
    'reports report words that clash, link nowhere or state a number',
    'bad-report-words',
    [
      'content/report-words/appearance.yaml › words[0].glossary: unknown glossary term "hot-spots" (did you mean "hot-spot"?)',
      'content/report-words/appearance.yaml › words[1].forms[0]: "hotspot" is already explained by content/glossary/hot-spot.md: a word is explained in one place',
      'content/report-words/appearance.yaml › words[2].topic: unknown topic "bone-scans" (did you mean "bone-scan"?)',
      'content/report-words/appearance.yaml › words[2].meaning: states a number ("3"): a meaning is shown without sources',
    ],
  ],
  [
    // YAML reads an unquoted " #" as the start of a comment: the reader would see half a sentence.
    'reports a report word cut short by an unquoted " #"',
    'cut-short-report-word',
    [
      'content/report-words/abbreviations.yaml › words[0].meaning: must end with a full stop: is it cut short? (quote a meaning that contains " #" or ": ")',
    ],
  ],
  [
    'reports an unknown related topic with a suggestion',
    'unknown-related-topic',
    [
      'content/topics/bone-scan.md › related[1]: unknown topic "hot-spot" (did you mean "hot-and-cold-spots"?)',
      'content/glossary/hot-spot.md › related[0]: unknown topic "hot-and-cold-spot" (did you mean "hot-and-cold-spots"?)',
    ],
  ],
  [
    'reports a misshapen synonym group by the shape it was meant to have',
    'bad-synonyms',
    [
      'content/synonyms.yaml › [1].searchOnly: is missing (required)',
      'content/synonyms.yaml › [1].searchonly: unknown field',
      'content/synonyms.yaml › [2]: a group needs at least 2 words',
    ],
  ],
  [
    'reports an unknown pathway',
    'unknown-pathway',
    [
      'content/topics/hot-and-cold-spots.md › pathway: unknown pathway "scans-and-result" (did you mean "scans-and-results"?)',
    ],
  ],
  [
    'reports a topic in no pathway',
    'no-pathway',
    [
      'content/topics/bone-strengthening-drugs.md › pathway: topic is in no pathway: add `pathway:` with a slug from content/pathways.yaml',
    ],
  ],
  [
    'reports a link to a glossary term that does not exist, with the line',
    'unknown-glossary-term',
    [
      'content/topics/bone-scan.md › body line 38: link to unknown glossary term "/glossary/hotspot" (did you mean "/glossary/hot-spot"?)',
    ],
  ],
  [
    'reports a link to a topic that does not exist',
    'broken-topic-link',
    [
      'content/glossary/zoledronic-acid.md › body line 8: link to unknown topic "/topics/bone-strengthening-drug" (did you mean "/topics/bone-strengthening-drugs"?)',
    ],
  ],
  [
    'reports links to #sections that do not exist, on other pages and on the same page',
    'broken-anchor',
    [
      'content/topics/bone-scan.md › body line 38: link to "/topics/hot-and-cold-spots#hotspots": /topics/hot-and-cold-spots has no section "#hotspots" (did you mean "#hot-spots"?)',
      'content/topics/bone-scan.md › body line 42: link to "#what-a-scan-shows": this page has no section "#what-a-scan-shows" (did you mean "#what-it-shows"?)',
    ],
  ],
  [
    'reports duplicate slugs and duplicate glossary names',
    'duplicate-slug',
    [
      'content/topics/Bone-Scan.md › file name: must be lower case, like "bone-scan.md"',
      'content/topics/bone-scan.md › file name: duplicate slug "bone-scan": also used by content/topics/Bone-Scan.md',
      'content/glossary/tracer.md › aliases[1]: duplicate name "hotspot": also used by content/glossary/hot-spot.md, so a search or a link could not tell them apart',
    ],
  ],
  [
    'every number cites a source: reports numbers without a footnote, unknown footnotes, incomplete sources and dishonest review fields',
    'sourcing',
    [
      'content/topics/hot-and-cold-spots.md › sources[1].url: must be a full https:// address',
      'content/topics/hot-and-cold-spots.md › sources[1].checked: is missing (required)',
      'content/topics/hot-and-cold-spots.md › review.reviewed: only a page whose status is "clinically reviewed" has a reviewed',
      'content/topics/bone-scan.md › body line 42: states a number ("30", "60") without a footnote: cite one of the page\'s sources, like "…[^source-id]." (README › Footnotes): "The scan takes 30 to 60 minutes."',
      'content/topics/bone-scan.md › keyPoints[2]: states a number ("2") without a footnote: cite one of the page\'s sources, like "…[^source-id]." (README › Footnotes): "The amount of radiation is small, about the same as 2 years of natural background radiation."',
      'content/glossary/tracer.md › body line 8: states a number ("6", "Half of") without a footnote: cite one of the page\'s sources, like "…[^source-id]." (README › Footnotes): "Half of it has gone after about 6 hours."',
      'content/glossary/tracer.md › definition: states a number ("3"): a definition is shown on its own, without sources, so keep numbers in the body with a footnote',
      'content/topics/bone-scan.md › body line 42: footnote [^medlineplus-bonescan] is not one of this page\'s sources (did you mean "medlineplus-bone-scan"?)',
    ],
  ],
];

describe('valid content', () => {
  it('builds a graph with no errors or warnings', () => {
    const result = loadFixture();
    expect(result.issues).toEqual([]);
    expect(result.warnings).toEqual([]);
    // In pathway order.
    expect(result.graph?.topics.map((topic) => topic.slug).join(' ')).toBe(
      'bone-scan hot-and-cold-spots urgent-symptoms bone-strengthening-drugs',
    );
  });
});

describe('content errors name the file and the field', () => {
  it('reports missing and invalid frontmatter fields, all at once', () => {
    const messages = messagesFor('invalid-frontmatter');
    expect(messages).toEqual(
      expect.arrayContaining([
        'content/topics/bone-scan.md › summary: is missing (required)',
        'content/topics/bone-scan.md › order: must be a number, not string "first"',
        'content/topics/bone-scan.md › keyPoints: needs at least 3 items (has 1)',
        'content/topics/bone-scan.md › review.updated: must be a date written as YYYY-MM-DD, not "22/11/2026"',
        'content/topics/bone-scan.md › keywrods: unknown field (did you mean "keywords"?)',
        'content/topics/urgent-symptoms.md › careCards[0]: unknown care card "spinal-cord-compresion" (did you mean "spinal-cord-compression"?) (cards live in content/urgency.yaml)',
        'content/site.yaml › helplines[0].number: must be a phone number made of digits and spaces, like "0808 800 6000"',
      ]),
    );
    expect(messages).toHaveLength(7);
  });

  it('reports invalid YAML with the file name', () => {
    const [message] = messagesFor('invalid-yaml');
    expect(message).toMatch(/^content\/topics\/bone-scan\.md › frontmatter: is not valid YAML/);
  });

  it.each(INVALID_CASES)('%s', (_name, invalidCase, messages) => {
    expect(messagesFor(invalidCase)).toEqual(messages);
  });
});

describe('every number cites a source', () => {
  it('numbers footnotes by the source list and links each source back to every place that cites it', () => {
    const result = loadFixture();
    const topic = result.graph?.topics.find((candidate) => candidate.slug === 'urgent-symptoms');
    const html = topic?.body.sections.map((section) => section.html).join('');
    expect(html).toContain(
      '<sup><a href="#source-1" id="cite-1-1" data-footnote-ref aria-label="Source 1">1</a></sup>',
    );
    expect(topic?.sources.map((source) => [source.number, source.id, source.citedAt])).toEqual([
      [1, 'nice-ng234', ['cite-1-1']],
      [2, 'bcn-secondary-bone', []],
    ]);
  });
});

describe('one urgency model', () => {
  it('reports a symptom in two tiers, a card mixing tiers, an unknown card, and red flags beside slower words', () => {
    expect(messagesFor('urgency')).toEqual([
      'content/urgency.yaml › symptoms[6].text: names "back pain", a sign of "spinal-pain" in the faster tier "call-24-hour-line": a symptom belongs to one tier',
      'content/urgency.yaml › cards[2].symptoms[1]: "high-calcium" is in tier "call-24-hour-line": a card shows the symptoms of its own tier ("contact-team-today"); put it in `also` if it is faster',
      expect.stringMatching(
        /^content\/topics\/urgent-symptoms\.md › body line 43: "back pain" is a sign for "Call your 24-hour line now", but the sentence says "same day" \(the words of "Contact your care team today"\)/,
      ),
      // A list item is read with the sentence that introduces it.
      expect.stringMatching(
        /^content\/topics\/urgent-symptoms\.md › body line 47: "numbness or weakness in your legs" is a sign for "Call your 24-hour line now", but it is read with "today"/,
      ),
      expect.stringMatching(
        /^content\/topics\/urgent-symptoms\.md › keyPoints\[3\]: "back pain" is a sign for "Call your 24-hour line now", but the sentence says "next appointment"/,
      ),
      'content/topics/urgent-symptoms.md › careCards[0]: unknown care card "spinal-cord-compresion" (did you mean "spinal-cord-compression"?) (cards live in content/urgency.yaml)',
    ]);
  });

  it("resolves a card: its tier's action as the heading, the fallback its symptoms need, and faster symptoms with their own action", () => {
    const topic = loadFixture().graph?.topics.find(
      (candidate) => candidate.slug === 'urgent-symptoms',
    );
    const [spinal, calcium] = topic?.careCards ?? [];
    expect(spinal?.heading).toBe(
      'Call your 24-hour acute oncology line now if you have signs of pressure on your spinal cord:',
    );
    expect(spinal?.fallback).toBe(
      'If you have no 24-hour number, or no one answers, call 999 or go to A&E.',
    );
    expect(spinal?.also).toEqual([
      expect.objectContaining({
        action: 'Call 999 now, or go to A&E',
        symptoms: ['legs that suddenly give way'],
      }),
    ]);
    expect(calcium?.fallback).toBe(
      'If you have no 24-hour number, or no one answers, call your GP surgery now, or NHS 111.',
    );
  });
});

describe('review dates', () => {
  it('lists an overdue review as a warning, not an error, and marks the page', () => {
    const result = loadFixture('overdue-review');
    expect(result.issues).toEqual([]);
    expect(result.warnings.map(formatIssue)).toEqual([
      'content/topics/hot-and-cold-spots.md › review.nextReview: review overdue since 2025-01-10: the page tells readers so',
    ]);
    const topic = result.graph?.topics.find((candidate) => candidate.slug === 'hot-and-cold-spots');
    expect(topic?.review.overdue).toBe(true);
  });
});
