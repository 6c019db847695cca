import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '@/lib/content/issues';
import { loadContent } from '@/lib/content/load';
import { FEEDBACK_PRIVACY_LINE, feedbackMailto, pageAddress } from '@/lib/feedback';
import { buildGraph } from '@/lib/graph/build';
import { loadFixture } from '../fixtures/content';

const VALID = path.resolve('tests/fixtures/content/valid');

/** The valid fixture site with `lines` added to its site.yaml. */
function fixtureWithSiteLines(lines: string) {
  const root = mkdtempSync(path.join(tmpdir(), 'bhe-feedback-'));
  cpSync(VALID, root, { recursive: true });
  const site = path.join(root, 'content', 'site.yaml');
  writeFileSync(site, `${readFileSync(site, 'utf8')}\n${lines}\n`);
  return buildGraph(loadContent(path.join(root, 'content'), root), { today: '2026-11-22' });
}

describe('feedbackEmail in content/site.yaml', () => {
  it('is optional: the valid site has none, so no feedback link is shown', () => {
    const result = loadFixture();
    expect(result.issues).toEqual([]);
    expect(result.graph?.config.feedbackEmail).toBeUndefined();
  });

  it('is read when set', () => {
    const result = fixtureWithSiteLines('feedbackEmail: feedback@example.org');
    expect(result.issues).toEqual([]);
    expect(result.graph?.config.feedbackEmail).toBe('feedback@example.org');
  });

  it('fails the content check, naming the file and the field, when it is not an email address', () => {
    const result = loadFixture('bad-feedback-email');
    expect(result.graph).toBeUndefined();
    expect(result.issues.map(formatIssue)).toEqual([
      'content/site.yaml › feedbackEmail: must be an email address, like "feedback@example.org"',
    ]);
  });
});

describe('feedbackMailto', () => {
  const page = {
    baseUrl: 'https://bonehealthexplained.org.uk/',
    path: '/glossary/pagets-disease',
    title: 'Paget’s disease & you?',
  };

  it('addresses the email, with the subject and body encoded by encodeURIComponent', () => {
    const href = feedbackMailto('feedback@example.org', page);
    expect(href).toBe(
      'mailto:feedback@example.org' +
        '?subject=Feedback%20on%20Paget%E2%80%99s%20disease%20%26%20you%3F' +
        '&body=https%3A%2F%2Fbonehealthexplained.org.uk%2Fglossary%2Fpagets-disease%0D%0A%0D%0A%0D%0A' +
        encodeURIComponent(FEEDBACK_PRIVACY_LINE),
    );
  });

  it('reads back as the subject "Feedback on <title>" and a body that starts with the page address', () => {
    const url = new URL(feedbackMailto('feedback@example.org', page));
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('feedback@example.org');
    // Only two parameters: a "&" or "?" in the title cannot add a third or cut the subject short.
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
    expect(url.searchParams.get('subject')).toBe('Feedback on Paget’s disease & you?');
    const body = url.searchParams.get('body') ?? '';
    expect(body.split('\r\n')).toEqual([
      'https://bonehealthexplained.org.uk/glossary/pagets-disease',
      '',
      '',
      FEEDBACK_PRIVACY_LINE,
    ]);
    expect(FEEDBACK_PRIVACY_LINE).toMatch(/do not include .*personal medical details/);
  });

  it('builds the page address from the base URL and a path, and refuses a path without "/"', () => {
    expect(pageAddress({ baseUrl: 'https://example.org', path: '/topics/bone-scan' })).toBe(
      'https://example.org/topics/bone-scan',
    );
    expect(() => pageAddress({ baseUrl: 'https://example.org', path: 'topics' })).toThrow(
      /starts with "\/"/,
    );
  });
});
