/**
 * The second stage of scripts/postbuild.ts: each page's Content-Security-Policy, allowing exactly
 * that page's inline scripts and styles by their sha256 hashes (Next.js puts its hydration data in
 * inline scripts; hashing them avoids 'unsafe-inline'). Why per page and by hash:
 * docs/decisions/0003-per-page-csp-by-hash.md. The policy has one source, `contentSecurityPolicy`,
 * and goes to every host:
 *
 *   <meta http-equiv>   in each page, first in <head>: GitHub Pages, a plain bucket, any host at all
 *   serve.json          for `npm start` and the browser tests (scripts/serve.ts)
 *   out/_headers        for Netlify and Cloudflare Pages
 *   deploy/nginx.conf   an nginx server block for the same headers
 *
 * A meta tag cannot carry frame-ancestors, report-uri or sandbox (CSP3 §3.3), so those are header-only.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { elementsOf, escapeAttribute, splice, type HtmlElement } from './html-elements';

/** The same on every response. HSTS only takes effect over HTTPS, so it is harmless on localhost. */
export const COMMON_HEADERS: Record<string, string> = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Directives a `<meta http-equiv="Content-Security-Policy">` cannot carry (CSP3 §3.3). */
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

export interface PageHashes {
  scripts: string[];
  styles: string[];
}

const sources = (hashes: string[]) => hashes.map((hash) => ` 'sha256-${hash}'`).join('');

/** The one policy, as directives; `for: 'meta'` leaves out what a meta tag cannot carry. */
export function contentSecurityPolicy(hashes: PageHashes, target: 'header' | 'meta'): string {
  return [
    // Nothing is allowed unless a directive below names it (the Observatory's full CSP pass).
    "default-src 'none'",
    `script-src 'self'${sources(hashes.scripts)}`,
    // No 'unsafe-inline': pages have no style attributes (the build fails on one) and any inline
    // <style> is hashed. Scripts may still set element.style (the definition popover's position):
    // CSP does not govern the CSSOM.
    `style-src 'self'${sources(hashes.styles)}`,
    // data: for the reading list's QR code, drawn in the browser.
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
  ]
    .filter(
      (directive) =>
        target === 'header' || !HEADER_ONLY_DIRECTIVES.has(directive.split(' ')[0] ?? ''),
    )
    .join('; ');
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

const isInline = (element: HtmlElement) =>
  (element.name === 'script' && !('src' in element.attributes) && element.text !== '') ||
  (element.name === 'style' && element.text !== '');

/** The sha256 of every inline script and style of a page, as CSP writes them. */
export function inlineHashes(elements: HtmlElement[]): PageHashes {
  const hashesOf = (name: string) =>
    [
      ...new Set(elements.filter((e) => e.name === name && isInline(e)).map((e) => sha256(e.text))),
    ].sort();
  return { scripts: hashesOf('script'), styles: hashesOf('style') };
}

/** What keeps a page from working under its policy, or from carrying it first in <head>. */
function problemsOf(elements: HtmlElement[]): string[] {
  const styled = elements.filter((element) => 'style' in element.attributes);
  const first = styled[0];
  const problems = first
    ? [
        `${styled.length} style attribute(s), the first <${first.name} style="${(first.attributes.style ?? '').slice(0, 60)}"> (the CSP allows no inline style attributes: use a class)`,
      ]
    : [];
  const head = elements.find((element) => element.name === 'head');
  if (head?.contentStart === undefined) problems.push('no <head> start tag to put the CSP in');
  return problems;
}

const isPolicyMeta = (element: HtmlElement) =>
  element.name === 'meta' &&
  element.attributes['http-equiv']?.toLowerCase() === 'content-security-policy';

/**
 * The page with its policy in a meta tag: right after `<meta charset>` when that opens <head>
 * (the charset must stay in the first 1024 bytes), else first in <head> — before any script, style
 * or stylesheet, which a policy given later would not cover. Replaces a policy a previous run wrote.
 */
export function withPolicyMeta(html: string, policy: string): string {
  const elements = elementsOf(html);
  const head = elements.find((element) => element.name === 'head');
  const firstInHead = elements.find((element) => element.parent === 'head');
  const after =
    firstInHead?.name === 'meta' && 'charset' in firstInHead.attributes
      ? firstInHead.end
      : head?.contentStart;
  if (after === undefined) throw new Error('no <head> start tag to put the CSP in');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}"/>`;
  return splice(html, [
    { start: after, end: after, text: meta },
    ...elements
      .filter(isPolicyMeta)
      .map((element) => ({ start: element.start ?? 0, end: element.end ?? 0, text: '' })),
  ]);
}

/** The policy a page's meta tag gives before any script or style, or undefined. */
export function policyInPage(html: string): string | undefined {
  for (const element of elementsOf(html)) {
    if (isPolicyMeta(element)) return element.attributes.content;
    if (['script', 'style', 'link'].includes(element.name)) return undefined;
  }
  return undefined;
}

interface PagePolicy {
  /** The file in out/ as a path from the site's root: /topics/bone-scan.html */
  file: string;
  /** The address a reader asks for: /topics/bone-scan */
  url: string;
  csp: string;
}

/** Each page's path as a reader asks for it: out/topics/bone-scan.html → /topics/bone-scan. */
function urlPathOf(file: string): string {
  if (file === '/index.html') return '/';
  return file.replace(/\.html$/, '');
}

const commonHeaders = () => Object.entries(COMMON_HEADERS).map(([key, value]) => ({ key, value }));

function serveConfig(pages: PagePolicy[]): string {
  const config = {
    cleanUrls: true,
    headers: [
      { source: '**', headers: commonHeaders() },
      {
        source: '_next/static/**',
        headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }],
      },
      ...pages.map((page) => ({
        source: page.file.slice(1),
        headers: [{ key: 'Content-Security-Policy', value: page.csp }],
      })),
    ],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

function netlifyHeaders(pages: PagePolicy[]): string {
  // No compression rules here: Netlify and Cloudflare Pages compress text files themselves (brotli
  // or gzip, chosen from the browser's Accept-Encoding); the .br/.gz copies are for servers that do not.
  const netlify = [
    '/*',
    ...Object.entries(COMMON_HEADERS).map(([key, value]) => `  ${key}: ${value}`),
    '/_next/static/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    ...pages.flatMap((page) => {
      const paths = page.url === '/' ? ['/'] : [page.url, `${page.url}.html`];
      return paths.flatMap((url) => [url, `  Content-Security-Policy: ${page.csp}`]);
    }),
  ];
  return `${netlify.join('\n')}\n`;
}

function nginxConfig(pages: PagePolicy[]): string {
  const addCommon = Object.entries(COMMON_HEADERS)
    .map(([key, value]) => `    add_header ${key} "${value}" always;`)
    .join('\n');
  const nginx = [
    '# Generated by scripts/postbuild.ts after each build: serve out/ with these headers.',
    'server {',
    '  listen 443 ssl;',
    '  # server_name, ssl_certificate and ssl_certificate_key: your own.',
    '  root /var/www/bone-health-explained/out;',
    '  error_page 404 /404.html;',
    '  # Send the copies scripts/precompress.ts writes after each build (file.gz, file.br) to browsers',
    '  # that accept them, with Vary: Accept-Encoding. brotli_static needs the ngx_brotli module',
    '  # (Debian: libnginx-mod-http-brotli-static); without it, delete that line and gzip still works.',
    '  gzip_static on;',
    '  brotli_static on;',
    '  gzip_vary on;',
    '  location /_next/static/ {',
    addCommon,
    '    add_header Cache-Control "public, max-age=31536000, immutable" always;',
    '  }',
    ...pages.map((page) =>
      [
        `  location = ${page.url} {`,
        addCommon,
        `    add_header Content-Security-Policy "${page.csp}" always;`,
        `    try_files ${page.file} =404;`,
        '  }',
      ].join('\n'),
    ),
    '  location / {',
    addCommon,
    '    try_files $uri $uri.html $uri/ =404;',
    '  }',
    '}',
  ];
  return `${nginx.join('\n')}\n`;
}

/** Puts one page's policy in its meta tag; returns the policy its headers carry. */
function securePage(outDir: string, file: string): PagePolicy {
  const html = readFileSync(file, 'utf8');
  const elements = elementsOf(html);
  const problems = problemsOf(elements);
  const name = path.relative(outDir, file);
  if (problems.length > 0) throw new Error(`${name}: ${problems.join('; ')}`);
  const hashes = inlineHashes(elements);
  const secured = withPolicyMeta(html, contentSecurityPolicy(hashes, 'meta'));
  if (policyInPage(secured) !== contentSecurityPolicy(hashes, 'meta')) {
    throw new Error(`${name}: its CSP meta tag is not before its first script or style`);
  }
  writeFileSync(file, secured);
  const sitePath = `/${name.split(path.sep).join('/')}`;
  return { file: sitePath, url: urlPathOf(sitePath), csp: contentSecurityPolicy(hashes, 'header') };
}

/**
 * Post-build stage: writes each page's policy into the page and the headers for every kind of host.
 * Throws, naming every page that cannot carry its policy (an inline style attribute, no <head>).
 */
export function writeSecurityHeaders(outDir: string, projectDir: string, files: string[]): string {
  const problems: string[] = [];
  const pages = files.flatMap((file) => {
    try {
      return [securePage(outDir, file)];
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
      return [];
    }
  });
  if (problems.length > 0) throw new Error(`pages without a CSP:\n  ${problems.join('\n  ')}`);
  writeFileSync(path.join(projectDir, 'serve.json'), serveConfig(pages));
  writeFileSync(path.join(outDir, '_headers'), netlifyHeaders(pages));
  mkdirSync(path.join(projectDir, 'deploy'), { recursive: true });
  writeFileSync(path.join(projectDir, 'deploy', 'nginx.conf'), nginxConfig(pages));
  const longest = Math.max(...pages.map((page) => page.csp.length));
  return `${pages.length} pages carry their own CSP in a meta tag and in serve.json, out/_headers and deploy/nginx.conf (longest ${longest} characters)`;
}
