// Opens GraphiQL in headless Chromium and runs every operation of every default tab, in order, through the
// execute button's menu, the way a person would after pasting a token and the ids from earlier results.
// The network layer stands in for those two pastes: it puts the tab's token in the Authorization header and
// replaces "<Op: path>" / "<this month>" in the variables (see src/examples.js). Fails on any errors or
// userErrors in a response.
// Usage: MM_TOKENS='{"BROKER":"…",…}' node browser-tabs.mjs http://127.0.0.1:PORT/graphql   (exit code 0 = pass)
import { chromium } from 'playwright-core';
import { parse, Kind } from 'graphql';
import { examples } from './src/examples.js';

const url = process.argv[2];
const tokens = JSON.parse(process.env.MM_TOKENS ?? '{}');
const results = new Map();
const waiting = new Map();
const sent = new Set();
let role = null;

const resolve = (value) => {
  if (typeof value !== 'string') return value;
  if (value === '<this month>') return new Date().toISOString().slice(0, 7);
  const m = value.match(/^<(\w+): ([\w.]+)>$/);
  if (!m) return value;
  const found = m[2].split('.').reduce((node, step) => node?.[step], results.get(m[1]));
  if (found == null) throw new Error(`${value}: ${m[1]} has not answered it`);
  return found;
};

const userErrors = (node) => {
  if (Array.isArray(node)) return node.flatMap(userErrors);
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([k, v]) => (k === 'userErrors' && Array.isArray(v) && v.length > 0 ? [v] : userErrors(v)));
  }
  return [];
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const failures = [];
try {
  const page = await browser.newPage();
  await page.route('**/graphql', async (route) => {
    const request = route.request();
    if (request.method() !== 'POST') return route.continue();
    const body = request.postDataJSON();
    const headers = { ...request.headers() };
    delete headers.authorization;
    if (role && tokens[role]) headers.authorization = `Bearer ${tokens[role]}`;
    let json;
    try {
      // GraphiQL sends the whole tab's variables; only those the operation declares need a value. A tab
      // with one operation may send no operationName.
      const operations = parse(body.query).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
      body.operationName ??= operations.length === 1 ? operations[0].name?.value : undefined;
      sent.add(body.operationName);
      const operation = operations.find((d) => d.name?.value === body.operationName);
      const declared = new Set((operation?.variableDefinitions ?? []).map((v) => v.variable.name.value));
      body.variables = Object.fromEntries(Object.entries(body.variables ?? {}).map(([k, v]) => [k, declared.has(k) ? resolve(v) : v]));
      const response = await route.fetch({ headers, postData: JSON.stringify(body) });
      json = await response.json();
      await route.fulfill({ response, json });
    } catch (e) {
      json = { errors: [{ message: String(e.message ?? e) }] };
      await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(json) });
    }
    if (body.operationName) {
      results.set(body.operationName, json.data);
      waiting.get(body.operationName)?.(json);
    }
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('.graphiql-container', { timeout: 60000 });
  await page.waitForSelector('.graphiql-execute-button', { timeout: 60000 });

  let ran = 0;
  for (const [i, tab] of examples.entries()) {
    const names = parse(tab.query).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).map((d) => d.name.value);
    await page.locator('.graphiql-tab').nth(i).locator('.graphiql-tab-button').click();
    // The editor shows the new tab a moment after the click; executing before that would run the previous
    // tab's operation, whose answer nobody here waits for.
    await page.waitForFunction((name) => document.querySelector('.graphiql-query-editor')?.textContent?.includes(name), names[0], { timeout: 60000 });
    role = tab.role;
    for (const name of names) {
      const answered = new Promise((done, fail) => {
        waiting.set(name, done);
        setTimeout(() => fail(new Error(`${tab.group} ${name}: no response within 120 s`)), 120000);
      });
      // A click that GraphiQL did not act on (it sends nothing) is clicked again; one that sent its request
      // is never repeated, so a mutation runs once.
      for (let attempt = 0; attempt < 4 && !sent.has(name); attempt++) {
        await page.waitForSelector('.graphiql-execute-button:not([aria-label^="Stop"])', { timeout: 60000 });
        await page.click('.graphiql-execute-button');
        if (names.length > 1) {
          try {
            await page.getByRole('menuitem', { name, exact: true }).click({ timeout: 10000 });
          } catch {
            // The operation menu did not open (or closed under the pointer): close whatever is open and click again.
            console.log(`${tab.group} ${name}: the operation menu did not open; clicking again`);
            await page.keyboard.press('Escape');
            continue;
          }
        }
        for (let waited = 0; waited < 20000 && !sent.has(name); waited += 250) await page.waitForTimeout(250);
        if (!sent.has(name)) console.log(`${tab.group} ${name}: GraphiQL sent nothing after the click; clicking again`);
      }
      const json = await answered;
      waiting.delete(name);
      ran++;
      const problems = [...(json.errors ?? []), ...userErrors(json.data)];
      if (problems.length > 0) failures.push(`${tab.group} ${name}: ${JSON.stringify(problems)}`);
      else console.log(`${tab.group} ${name}: ok`);
    }
  }
  if (failures.length > 0) throw new Error(failures.join('\n'));
  console.log(`GraphiQL ran ${ran} operations in ${examples.length} tabs without errors`);
} finally {
  await browser.close();
}
