import { describe, expect, it } from 'vitest';
import { closestMatch } from '@/lib/content/suggest';
import { renderMarkdown } from '@/lib/markdown/render';

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
