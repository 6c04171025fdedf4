// Opens GraphiQL in headless Chromium, runs a query, and checks the result pane shows data.
// Usage: node browser-check.mjs http://127.0.0.1:PORT/graphql   (exit code 0 = pass)
import { chromium } from 'playwright-core';

const url = process.argv[2];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  // The server sends a Content-Security-Policy; anything it blocks would break the page in some way.
  const violations = [];
  page.on('console', (m) => { if (m.type() === 'error' && m.text().includes('Content Security Policy')) violations.push(m.text()); });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('.graphiql-container', { timeout: 60000 });
  await page.waitForSelector('.graphiql-execute-button', { timeout: 60000 });
  await page.click('.graphiql-execute-button');
  await page.waitForFunction(() => document.querySelector('.result-window')?.textContent?.includes('totalCount'), null, { timeout: 60000 });
  const text = await page.textContent('.result-window');
  if (!text.includes('"data"')) {
    throw new Error('no data in the result pane: ' + text.slice(0, 500));
  }
  if (violations.length > 0) {
    throw new Error('Content-Security-Policy violations:\n' + violations.join('\n'));
  }
  console.log('GraphiQL loaded and ran the default query');
} finally {
  await browser.close();
}
