import { expect, test } from '@playwright/test';
import { expectAlive } from './alive';
import { getAllTopics, getSiteConfig } from '@/lib/site';

const [visited, neverVisited] = getAllTopics();

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
    const section = visited.sections[0];
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

test.describe('offline', () => {
  test('a page read once opens again with no signal; an unread page shows the helpline', async ({
    page,
    context,
  }) => {
    if (!visited || !neverVisited) throw new Error('need two topics');
    await page.goto(visited.url);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    // Once the worker controls the page, read it again so it and its assets are kept.
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)))
      .toBe(true);
    await page.reload();
    await page.waitForLoadState('networkidle');

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(visited.title);
    await expect(page.getByRole('heading', { name: 'Sources and review' })).toBeVisible();

    await page.goto(neverVisited.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
    const [helpline] = getSiteConfig().helplines;
    await expect(
      page.getByRole('main').getByRole('link', { name: helpline?.number }),
    ).toHaveAttribute('href', `tel:${helpline?.number.replace(/\s/g, '')}`);
    await context.setOffline(false);
  });
});
