// Signs in to /insights in headless Chromium, waits for the charts, and checks that each canvas drew its data:
// enough pixels in the colour of its bars (an empty dataset draws axes and legend only).
// Usage: node browser-check.mjs http://127.0.0.1:PORT ADMIN_TOKEN [screenshot.png]   (exit code 0 = pass)
import { chromium } from 'playwright-core';

const [base, token, screenshot] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  // Chromium asks for /favicon.ico by itself; every other failed response is the page's fault.
  page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`${r.status()} ${r.url()}`); });
  page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${base}/insights-login`, { waitUntil: 'load' });
  await page.fill('input[name=token]', token);
  await Promise.all([page.waitForURL(`${base}/insights`, { timeout: 60000 }), page.click('button[type=submit]')]);
  await page.waitForSelector('body[data-charts-ready=true]', { timeout: 60000 });

  // Pixels within a small distance of the dataset's colour, per canvas.
  const counts = await page.evaluate(() => {
    const count = (id, [r, g, b]) => {
      const canvas = document.getElementById(id);
      const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        if (pixels[i + 3] > 200 && Math.abs(pixels[i] - r) + Math.abs(pixels[i + 1] - g) + Math.abs(pixels[i + 2] - b) < 30) n++;
      }
      return n;
    };
    return { funnel: count('funnel-chart', [0x2f, 0x80, 0xed]), trend: count('trend-chart', [0x9e, 0xcb, 0xff]) };
  });
  if (screenshot) {
    await page.screenshot({ path: screenshot, fullPage: false });
  }
  if (counts.funnel < 2000 || counts.trend < 2000) {
    throw new Error(`charts drew too little data: ${JSON.stringify(counts)} data-coloured pixels (want ≥ 2000 each)`);
  }
  if (problems.length > 0) {
    throw new Error('console errors (CSP violations, script errors):\n' + problems.join('\n'));
  }
  console.log(`insights charts drew their data: ${JSON.stringify(counts)} data-coloured pixels`);
} finally {
  await browser.close();
}
