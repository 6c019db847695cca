import { expect, test, type Page } from '@playwright/test';
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

/** Every CSP violation the page reports, as "directive blocked-uri". */
async function recordViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return violations;
}

test.describe('the Content-Security-Policy on every page', () => {
  test('key pages load, run their scripts and draw their styles with no CSP violation', async ({
    page,
  }) => {
    const violations = await recordViolations(page);
    for (const path of [
      '/',
      visited?.url ?? '/',
      '/glossary',
      '/search?q=zometa',
      '/explain',
      '/reading-list',
      '/offline',
      '/no-such-page',
    ]) {
      await page.goto(path);
      // The framework scripts start after the first paint: wait until React has hydrated the page.
      await expectAlive(page.locator('body'));
      const policy = await page
        .locator('head meta[http-equiv="Content-Security-Policy"]')
        .getAttribute('content');
      expect(policy, path).toContain("script-src 'self' 'sha256-");
      expect(policy, path).not.toContain('unsafe-inline');
      expect(violations, path).toEqual([]);
    }
  });

  test('the meta tag alone enforces it, on a host that sends no headers', async ({ page }) => {
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers['content-security-policy'];
      await route.fulfill({ response, headers });
    });
    const violations = await recordViolations(page);
    const response = await page.goto(visited?.url ?? '/');
    expect(response?.headers()['content-security-policy']).toBeUndefined();
    await expectAlive(page.locator('body'));
    expect(violations).toEqual([]);
    // An injected inline script and style attribute are refused by the page's own policy.
    const injected = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      const styled = document.createElement('p');
      styled.setAttribute('style', 'color: rgb(255, 0, 0)');
      document.body.append(styled);
      return {
        script: 'injected' in window,
        style: getComputedStyle(styled).color === 'rgb(255, 0, 0)',
      };
    });
    expect(injected).toEqual({ script: false, style: false });
    await expect.poll(() => violations.length).toBeGreaterThanOrEqual(2);
  });
});

// Offline reading (a page read once opens with no signal; an unread one shows the helpline) is
// tested with the service worker's other promises, in tests/e2e/service-worker.spec.ts.
