import { expect, test } from '@playwright/test';
import { expectAlive } from './alive';
import { getAllTopics } from '@/lib/site';

const [visited] = getAllTopics();

test.describe('security headers', () => {
  test('pages are served with a strict Content-Security-Policy and the other headers', async ({
    request,
  }) => {
    for (const path of ['/', visited?.url ?? '/', '/search', '/no-such-page']) {
      const response = await request.get(path);
      const headers = response.headers();
      const csp = headers['content-security-policy'] ?? '';
      const scriptSrc =
        csp.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
      expect(scriptSrc, path).toContain("'sha256-");
      expect(scriptSrc, path).not.toContain('unsafe-inline');
      for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"]) {
        expect(csp, path).toContain(directive);
      }
      expect(headers['strict-transport-security'], path).toContain('max-age=');
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('no-referrer');
      expect(headers['permissions-policy'], path).toContain('camera=()');
    }
  });

  test('search, copy-link and reading lists work with no CSP violations', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(
          `Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`,
        );
      });
    });
    if (!visited) throw new Error('no topic');
    await page.goto(visited.url);
    await page.getByRole('combobox', { name: 'Search this site' }).fill('zometa');
    await expect(
      page.getByRole('listbox', { name: 'Search suggestions' }).getByRole('option').first(),
    ).toBeVisible();
    const section = visited.tableOfContents[0];
    if (!section) throw new Error('no section');
    const copy = page.getByRole('button', { name: `Copy link to “${section.text}”` });
    await expectAlive(copy);
    await copy.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL}${visited.url}#${section.id}`,
    );
    await page.goto('/reading-list?t=bone-scan,symptoms');
    await expect(page.getByRole('img', { name: 'QR code for this reading list' })).toBeVisible();
    await page.goto('/search?q=hot%20spot');
    await expect(page.getByRole('list', { name: 'Search results' })).toBeVisible();
    expect(violations).toEqual([]);
  });
});

// Offline reading (a page read once opens with no signal; an unread one shows the helpline) is
// tested with the service worker's other promises, in tests/e2e/service-worker.spec.ts.
