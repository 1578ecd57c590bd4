// The demo careers site in dist/demo/, served as scripts/run serves it (strict CSP on every page):
// each page draws its cards with no error or CSP violation, and a link opened and left alone
// keeps the same address.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { collectPageErrors, launchBrowser, waitForFirstFrame } from './lib/browser.mjs';
import { startServer } from './lib/server.mjs';
import { Card, root } from './lib/card.mjs';

const distDir = path.join(root, 'dist');
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
let browser, server;

before(async () => {
  assert.ok(fs.existsSync(path.join(distDir, 'demo', 'index.html')), 'dist/demo/ is missing: run scripts/build');
  server = await startServer(distDir, { port: 0, headers: { 'Content-Security-Policy': CSP } });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close().catch(() => {});
  await server?.close().catch(() => {});
});

async function open(pathname) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective));
  });
  await page.goto(server.url + pathname, { waitUntil: 'load' });
  return { context, page, errors };
}

const figureOf = (page, selector, key) => page.evaluate(([s, k]) =>
  document.querySelector(s)?.shadowRoot?.querySelector(`[data-figure="${k}"]`)?.textContent, [selector, key]);

test('the job ad passes its salary to its card', async () => {
  const { context, page, errors } = await open('demo/job.html');
  try {
    await waitForFirstFrame(page, 30000);
    await page.waitForFunction(() => document.querySelector('ai-risk-card').shadowRoot
      .querySelector('[data-figure="salary"]')?.textContent === '\u20b928,00,000');
    assert.equal(await figureOf(page, 'ai-risk-card', 'profession'), 'Backend Developer');
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('three cards on one page each start near the screen', async () => {
  const { context, page, errors } = await open('demo/three-cards.html');
  try {
    const expected = ['Accountant', 'Electrician', 'Translator'];
    for (let i = 0; i < 3; i++) {
      await page.evaluate((n) => document.querySelectorAll('ai-risk-card')[n].scrollIntoView(), i);
      await page.waitForFunction((n) => document.querySelectorAll('ai-risk-card')[n].shadowRoot
        .querySelector('[data-figure="profession"]')?.textContent, i, { timeout: 60000 });
      assert.equal(await page.evaluate((n) => document.querySelectorAll('ai-risk-card')[n].shadowRoot
        .querySelector('[data-figure="profession"]').textContent, i), expected[i]);
    }
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the iframe page grows the iframe to the card', async () => {
  const { context, page, errors } = await open('demo/iframe.html');
  try {
    await page.waitForFunction(() => document.querySelector('iframe[data-airisk]').getBoundingClientRect().height > 1500,
      null, { timeout: 60000 });
    const frame = page.frameLocator('iframe[data-airisk]');
    await frame.locator('[data-figure="currency"]').filter({ hasText: 'GBP' }).waitFor({ state: 'attached' });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a link opened and left alone keeps the same address', async () => {
  const link = '#v=1&p=backend-developer&r=IN&s=2800000&plan=claude-pro&sec=tasks&w=api-endpoints:20,architecture:80';
  const { context, page, errors } = await open(link);
  try {
    await waitForFirstFrame(page, 30000);
    const card = new Card(page);
    await card.waitFor((m) => m.figures.salary === '\u20b928,00,000', 'the salary from the link');
    await card.waitForIdle();
    await page.waitForTimeout(400);  // the address is written in batches of 250 ms
    assert.equal(await page.evaluate(() => window.location.hash), link);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
