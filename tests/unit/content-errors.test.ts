import { describe, expect, it } from 'vitest';
import { formatIssue } from '@/lib/content/issues';
import { loadFixture } from '../fixtures/content';

function messagesFor(invalidCase: string): string[] {
  const result = loadFixture(invalidCase);
  expect(result.graph).toBeUndefined();
  return result.issues.map(formatIssue);
}

describe('valid content', () => {
  it('builds a graph with no errors or warnings', () => {
    const result = loadFixture();
    expect(result.issues).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.graph?.topics.map((topic) => topic.slug)).toEqual([
      'bone-scan',
      'hot-and-cold-spots',
      'urgent-symptoms',
      'bone-strengthening-drugs',
    ]);
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
        'content/topics/bone-scan.md › review.lastReviewed: must be a date written as YYYY-MM-DD, not "22/11/2026"',
        'content/topics/bone-scan.md › keywrods: unknown field (did you mean "keywords"?)',
        'content/topics/urgent-symptoms.md › careCards[1].level: must be one of "non-urgent", "urgent", "emergency", not string "very-urgent"',
        'content/site.yaml › helplines[0].number: must be a phone number made of digits and spaces, like "0808 800 6000"',
      ]),
    );
    expect(messages).toHaveLength(7);
  });

  it('reports invalid YAML with the file name', () => {
    const [message] = messagesFor('invalid-yaml');
    expect(message).toMatch(/^content\/topics\/bone-scan\.md › frontmatter: is not valid YAML/);
  });

  it('reports an unknown related topic with a suggestion', () => {
    expect(messagesFor('unknown-related-topic')).toEqual([
      'content/topics/bone-scan.md › related[1]: unknown topic "hot-spot" (did you mean "hot-and-cold-spots"?)',
      'content/glossary/hot-spot.md › related[0]: unknown topic "hot-and-cold-spot" (did you mean "hot-and-cold-spots"?)',
    ]);
  });

  it('reports a misshapen synonym group by the shape it was meant to have', () => {
    expect(messagesFor('bad-synonyms')).toEqual([
      'content/synonyms.yaml › [1].searchOnly: is missing (required)',
      'content/synonyms.yaml › [1].searchonly: unknown field',
      'content/synonyms.yaml › [2]: a group needs at least 2 words',
    ]);
  });

  it('reports an unknown pathway', () => {
    expect(messagesFor('unknown-pathway')).toEqual([
      'content/topics/hot-and-cold-spots.md › pathway: unknown pathway "scans-and-result" (did you mean "scans-and-results"?)',
    ]);
  });

  it('reports a topic in no pathway', () => {
    expect(messagesFor('no-pathway')).toEqual([
      'content/topics/bone-strengthening-drugs.md › pathway: topic is in no pathway: add `pathway:` with a slug from content/pathways.yaml',
    ]);
  });

  it('reports a link to a glossary term that does not exist, with the line', () => {
    expect(messagesFor('unknown-glossary-term')).toEqual([
      'content/topics/bone-scan.md › body line 33: link to unknown glossary term "/glossary/hotspot" (did you mean "/glossary/hot-spot"?)',
    ]);
  });

  it('reports a link to a topic that does not exist', () => {
    expect(messagesFor('broken-topic-link')).toEqual([
      'content/glossary/zoledronic-acid.md › body line 8: link to unknown topic "/topics/bone-strengthening-drug" (did you mean "/topics/bone-strengthening-drugs"?)',
    ]);
  });

  it('reports links to #sections that do not exist, on other pages and on the same page', () => {
    expect(messagesFor('broken-anchor')).toEqual([
      'content/topics/bone-scan.md › body line 33: link to "/topics/hot-and-cold-spots#hotspots": /topics/hot-and-cold-spots has no section "#hotspots" (did you mean "#hot-spots"?)',
      'content/topics/bone-scan.md › body line 37: link to "#what-a-scan-shows": this page has no section "#what-a-scan-shows" (did you mean "#what-it-shows"?)',
    ]);
  });

  it('reports duplicate slugs and duplicate glossary names', () => {
    expect(messagesFor('duplicate-slug')).toEqual([
      'content/topics/Bone-Scan.md › file name: must be lower case, like "bone-scan.md"',
      'content/topics/bone-scan.md › file name: duplicate slug "bone-scan": also used by content/topics/Bone-Scan.md',
      'content/glossary/tracer.md › aliases[1]: duplicate name "hotspot": also used by content/glossary/hot-spot.md, so a search or a link could not tell them apart',
    ]);
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
