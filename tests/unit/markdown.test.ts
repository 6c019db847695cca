import { describe, expect, it } from 'vitest';
import { closestMatch } from '@/lib/content/suggest';
import { Citations, richText } from '@/lib/content/rich-text';
import type { Root } from 'mdast';
import {
  emptyFindings,
  markdownProcessor,
  renderMarkdown,
  renderWith,
  TABLE_SCROLL_HINT,
} from '@/lib/markdown/render';

describe('renderMarkdown', () => {
  it('gives section headings clean ids, never user-content-', () => {
    const { html, headings } = renderMarkdown(
      '## Hot spots {#hot-spots}\n\nText.\n\n## What a cold spot means\n',
    );
    expect(html).toContain('<h2 id="hot-spots">Hot spots</h2>');
    expect(html).toContain('<h2 id="what-a-cold-spot-means">What a cold spot means</h2>');
    expect(html).not.toContain('user-content-');
    expect(headings.map((heading) => heading.id)).toEqual(['hot-spots', 'what-a-cold-spot-means']);
  });

  it('removes scripts and event handlers and reports raw HTML as a problem', () => {
    const { html, problems } = renderMarkdown(
      'Hello <script>alert(1)</script>\n\n[click](javascript:alert(1))\n\n<img src=x onerror=alert(1)>\n',
    );
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
    expect(problems.map((problem) => problem.line)).toEqual([1, 5]);
    expect(problems[0]?.message).toContain('raw HTML is not allowed');
  });

  it('renders tables and keeps link targets', () => {
    const { html, links } = renderMarkdown(
      '| Scan | Time |\n|---|---|\n| MRI | 30 minutes |\n\nSee [MRI](/glossary/mri).',
    );
    expect(html).toContain('<td>30 minutes</td>');
    expect(html).toContain('<a href="/glossary/mri">MRI</a>');
    expect(links).toEqual([{ url: '/glossary/mri', line: 5 }]);
  });

  it('puts each table in its own named, focusable scroll box with a hint, so the page never scrolls sideways', () => {
    const { html } = renderMarkdown(
      '## The scans side by side {#at-a-glance}\n\n| Scan | Time |\n|---|---|\n| MRI | 30 minutes |\n',
    );
    expect(html).toContain(
      '<div class="table-scroll" role="region" tabindex="0" aria-label="Table: The scans side by side">\n' +
        `<p class="table-scroll-hint">${TABLE_SCROLL_HINT}</p>\n<table>`,
    );
    expect(html).toMatch(/<\/table>\n<\/div>$/);
  });

  it('reports a top-level heading, a bad explicit id and a duplicate id', () => {
    const { problems } = renderMarkdown(
      '# Title\n\n## One {#Hot Spots}\n\n## Two {#two}\n\n## Again {#two}\n',
    );
    expect(problems).toEqual([
      { line: 1, message: 'use "##" for sections: the page title is the only top-level heading' },
      { line: 3, message: 'heading id "{#Hot Spots}" must be kebab-case, like {#hot-spots}' },
      { line: 7, message: 'duplicate section id "#two" (also on line 5)' },
    ]);
  });
});

describe('footnotes and the hospital number', () => {
  it('numbers citations in page order: key points first, then the body', () => {
    const citations = new Citations(['nice', 'cruk']);
    const point = richText('About 3 in 100 people[^cruk].', { citations });
    const { html } = renderMarkdown('Within 24 hours[^nice]. Again[^cruk].', { citations });
    expect(point).toEqual([
      { kind: 'text', text: 'About 3 in 100 people' },
      { kind: 'cite', number: 2, id: 'cite-2-1' },
      { kind: 'text', text: '.' },
    ]);
    expect(html).toBe(
      '<p>Within 24 hours<sup><a href="#source-1" id="cite-1-1" data-footnote-ref aria-label="Source 1">1</a></sup>. Again<sup><a href="#source-2" id="cite-2-2" data-footnote-ref aria-label="Source 2">2</a></sup>.</p>',
    );
    expect([...citations.places]).toEqual([
      ['cruk', ['cite-2-1', 'cite-2-2']],
      ['nice', ['cite-1-1']],
    ]);
  });

  it('reports footnotes written in the body, in a heading, or to an unknown source', () => {
    const citations = new Citations(['nice-ng234']);
    const { problems } = renderMarkdown(
      '## Timing[^nice-ng234]\n\nText[^nice-ng243].\n\n[^own]: my note\n',
      {
        citations,
      },
    );
    expect(problems.map((problem) => problem.message)).toEqual([
      'footnotes belong in the text, not in a heading: move [^nice-ng234] to the sentence it supports',
      'footnote [^nice-ng243] is not one of this page\'s sources (did you mean "nice-ng234"?)',
      'footnotes are not written in the body: cite a source from `sources` as [^source-id]',
    ]);
  });

  it("links the hospital's own 24-hour number after the line is named, even across a line break", () => {
    const { html } = renderMarkdown('Call your 24-hour acute\noncology line now.', {
      acuteLine: { number: '0123 456 7890' },
    });
    expect(html).toContain('oncology line (<a href="tel:01234567890">0123 456 7890</a>) now.');
    expect(renderMarkdown('Call your 24-hour acute oncology line now.').html).not.toContain('tel:');
  });

  it('refuses a section id the page itself uses', () => {
    const { problems } = renderMarkdown('## In short {#in-short}\n\n## Sources {#source-1}\n');
    expect(problems.map((problem) => problem.message)).toEqual([
      'section id "#in-short" is used by the page itself: choose another',
      'section id "#source-1" is used by the page itself: choose another',
    ]);
  });
});

describe('the Markdown pipeline', () => {
  /** A plugin the unified way: it returns a new tree rather than changing the one it is given. */
  function remarkAddNote() {
    return (tree: Root): Root => ({
      type: 'root',
      children: [
        ...tree.children,
        { type: 'paragraph', children: [{ type: 'text', value: 'Added by a plugin.' }] },
      ],
    });
  }

  it('runs a plugin added with .use(), after the site’s own, in the page HTML and in each section', () => {
    const findings = emptyFindings();
    const processor = markdownProcessor({}, findings).use(remarkAddNote);
    const rendered = renderWith(processor, findings, '## Hot spots {#hot-spots}\n\nText.\n');
    expect(rendered.html).toBe(
      '<h2 id="hot-spots">Hot spots</h2>\n<p>Text.</p>\n<p>Added by a plugin.</p>',
    );
    expect(rendered.body.sections).toEqual([
      { id: 'hot-spots', heading: 'Hot spots', html: '<p>Text.</p>\n<p>Added by a plugin.</p>' },
    ]);
    expect(rendered.headings.map((heading) => heading.id)).toEqual(['hot-spots']);
  });
});

describe('closestMatch', () => {
  const topics = [
    'bone-scan',
    'hot-and-cold-spots',
    'having-a-bone-scan',
    'symptoms',
    'urgent-symptoms',
  ];

  it.each([
    ['hot-spot', 'hot-and-cold-spots'],
    ['bone-scna', 'bone-scan'],
    ['urgent-symptom', 'urgent-symptoms'],
  ])('suggests %s → %s', (input, expected) => {
    expect(closestMatch(input, topics)).toBe(expected);
  });

  it('suggests nothing when nothing is close', () => {
    expect(closestMatch('managing-bone-pain', topics)).toBeUndefined();
  });
});
