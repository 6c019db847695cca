import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
await page.goto('http://localhost:3000/topics/urgent-symptoms');
for (const tier of ['call-999','call-24-hour-line']) {
  const box = await page.locator(`.what-to-do-now [data-tier="${tier}"] strong`).first().boundingBox();
  console.log(tier, box);
}
await page.screenshot({ path: '/tmp/bhe/urgent.png' });
await browser.close();
