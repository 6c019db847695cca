import { describe, expect, it } from 'vitest';
import { elementsOf } from '@/scripts/html-elements';
import {
  contentSecurityPolicy,
  inlineHashes,
  policyInPage,
  withPolicyMeta,
} from '@/scripts/security-headers';

const PAGE =
  '<!DOCTYPE html><html><head><meta charSet="utf-8"/><link rel="stylesheet" href="/a.css"/>' +
  '<script>one()</script><style>p{color:red}</style></head><body><script src="/b.js"></script></body></html>';

describe('each page’s Content-Security-Policy', () => {
  it('hashes every inline script and style, and no script with a src', () => {
    const hashes = inlineHashes(elementsOf(PAGE));
    expect(hashes.scripts).toHaveLength(1);
    expect(hashes.styles).toHaveLength(1);
    const meta = contentSecurityPolicy(hashes, 'meta');
    expect(meta).toContain(`script-src 'self' 'sha256-${hashes.scripts[0]}'`);
    expect(meta).toContain(`style-src 'self' 'sha256-${hashes.styles[0]}'`);
    expect(meta).not.toContain('unsafe-inline');
  });

  it('leaves out of the meta tag only what a meta tag cannot carry', () => {
    const hashes = { scripts: [], styles: [] };
    const header = contentSecurityPolicy(hashes, 'header').split('; ');
    const meta = contentSecurityPolicy(hashes, 'meta').split('; ');
    expect(header.filter((directive) => !meta.includes(directive))).toEqual([
      "frame-ancestors 'none'",
    ]);
  });

  it('puts the policy right after <meta charset>, before any stylesheet or script, once however often it runs', () => {
    const once = withPolicyMeta(PAGE, "default-src 'none'");
    expect(once).toContain(
      '<meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="default-src \'none\'"/><link',
    );
    expect(policyInPage(once)).toBe("default-src 'none'");
    const twice = withPolicyMeta(once, "default-src 'self'");
    expect(twice.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(policyInPage(twice)).toBe("default-src 'self'");
    expect(twice.replace(/<meta http-equiv[^>]*>/, '')).toBe(PAGE);
  });

  it('finds no policy given after a script, where it would not cover it', () => {
    const late = PAGE.replace(
      '</head>',
      '<meta http-equiv="content-security-policy" content="default-src \'none\'"></head>',
    );
    expect(policyInPage(late)).toBeUndefined();
  });
});
