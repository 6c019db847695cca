import { chromium } from '@playwright/test';
const [,, url, out, w='360', h='640', full='0'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
await page.goto(url);
await page.screenshot({ path: out, fullPage: full === '1' });
await browser.close();
