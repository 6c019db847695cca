import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '@/lib/content/issues';
import { parseLinkedText } from '@/lib/content/linked-text';
import { loadContent } from '@/lib/content/load';
import { buildGraph } from '@/lib/graph/build';
import { loadFixture } from '../fixtures/content';

const VALID = path.resolve(import.meta.dirname, '../fixtures/content/valid');

/** The valid fixture site after an editor's change, made in a copy. */
function afterEdit(edit: (content: string) => void): string[] {
  const root = mkdtempSync(path.join(tmpdir(), 'bhe-copy-'));
  cpSync(VALID, root, { recursive: true });
  const content = path.join(root, 'content');
  edit(content);
  const result = buildGraph(loadContent(content, root), { today: '2026-11-22' });
  expect(result.graph).toBeUndefined();
  return result.issues.map(formatIssue);
}

describe('the words around the articles are checked like the articles', () => {
  it('names the file and field of every broken link, glossary term, search page and picture label', () => {
    const result = loadFixture('bad-copy');
    expect(result.graph).toBeUndefined();
    expect(result.issues.map(formatIssue)).toEqual([
      'content/diagrams.yaml › skeleton.bones.thigh: is missing (required)',
      'content/diagrams.yaml › bone-scan-day.steps.scan.lines[2]: must be at most 26 characters, so the line fits the drawing on a phone',
      'content/searches.yaml › words[1]: link to unknown glossary term "/glossary/zoledronic-acids" (did you mean "/glossary/zoledronic-acid"?)',
      'content/searches.yaml › questions[0]: "hyperintens" is not a report word (content/report-words)',
      'content/home.yaml › explain.text: "**[Paste the words and see what they mean](/explain)": a bold link has "**" on both sides, like **[words](/address)**',
      'content/home.yaml › more[0]: link to "/topic", a page that does not exist (did you mean "/topics"?)',
      'content/home.yaml › more[1]: link to unknown topic "/topics/urgent-symptom" (did you mean "/topics/urgent-symptoms"?)',
      'content/spine.yaml › lumbar.glossary: unknown glossary term "lumbar-spin" (did you mean "lumbar-spine"?)',
    ]);
  });

  it('fails when a glossary term the spine links to is renamed', () => {
    const messages = afterEdit((content) => {
      const glossary = path.join(content, 'glossary');
      const term = readFileSync(path.join(glossary, 'sacrum.md'), 'utf8');
      writeFileSync(
        path.join(glossary, 'sacral-bone.md'),
        term.replace('term: Sacrum', 'term: Sacral bone'),
      );
      rmSync(path.join(glossary, 'sacrum.md'));
    });
    expect(messages).toEqual([
      'content/spine.yaml › sacrum.glossary: unknown glossary term "sacrum"',
    ]);
  });

  it('fails when a page the home page links to is renamed', () => {
    const messages = afterEdit((content) => {
      const home = path.join(content, 'home.yaml');
      writeFileSync(
        home,
        readFileSync(home, 'utf8').replace(
          '[glossary](/glossary)',
          '[hot spots](/topics/hot-and-cold-spots#hot-spots)',
        ),
      );
      renameSync(
        path.join(content, 'topics/hot-and-cold-spots.md'),
        path.join(content, 'topics/hot-spots-and-cold-spots.md'),
      );
    });
    expect(messages).toContain(
      'content/home.yaml › more[0]: link to unknown topic "/topics/hot-and-cold-spots" (did you mean "/topics/hot-spots-and-cold-spots"?)',
    );
  });

  it('fails when a file of words is missing', () => {
    expect(
      afterEdit((content) =>
        renameSync(path.join(content, 'home.yaml'), path.join(content, 'home.yml')),
      ),
    ).toEqual(['content/home.yaml: file is missing']);
  });
});

describe('links in a sentence of a content file', () => {
  it('reads [words](/address) as a link and **[words](/address)** as a bold one', () => {
    expect(parseLinkedText('Try the [glossary](/glossary) or **[search](/search)**.')).toEqual({
      segments: [
        { kind: 'text', text: 'Try the ' },
        { kind: 'link', text: 'glossary', href: '/glossary', bold: false },
        { kind: 'text', text: ' or ' },
        { kind: 'link', text: 'search', href: '/search', bold: true },
        { kind: 'text', text: '.' },
      ],
      problems: [],
    });
  });

  it('keeps plain text as it is', () => {
    expect(parseLinkedText('No links here.').segments).toEqual([
      { kind: 'text', text: 'No links here.' },
    ]);
  });

  it('reports a link it cannot read instead of showing its brackets', () => {
    expect(parseLinkedText('See [the A to Z](/topics page).').problems).toEqual([
      '"See [the A to Z](/topics page).": a link is written [words](/address), with no spaces in the address',
    ]);
  });
});
