// Browser test of the card in dist/: loads it in headless Chromium (WebGL2 through SwiftShader), drives it
// with real mouse and key events, and reads the result back from the DOM mirror, which must show the same
// text as the CLI. Steps run in order on one page; a step that needs the page skips if it never loaded.
// Run: scripts/test-web (or node --test tests/web/)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { collectPageErrors, launchBrowser, waitForFirstFrame, waitTwoFrames } from './lib/browser.mjs';
import { startServer } from './lib/server.mjs';
import { Card, delay, root, show } from './lib/card.mjs';

// Overridable so the test itself can be checked against a stand-in page and CLI.
const distDir = path.resolve(process.env.AIRISK_DIST_DIR || path.join(root, 'dist'));
const cliPath = path.resolve(process.env.AIRISK_CLI || path.join(root, 'build/native/airisk'));
const DESKTOP = { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 };
const PHONE = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

// Figures the CLI formats (`report --json` .text) and the mirror must show identically.
const CLI_FIGURES = ['salary', 'entry', 'experienced', 'ai_yearly', 'ratio', 'ai_pct_of_salary',
  'human_hourly', 'ai_hourly', 'break_even_hours_per_month'];
// Figures with no CLI counterpart here: they must at least be present and non-empty.
const OTHER_FIGURES = ['profession', 'tagline', 'category', 'updated', 'method', 'region', 'currency', 'plan'];

let browser, server, page;
let loaded = false;
let errorsAtLoad = 0;
const errors = [];

// [SECTION] helpers

let card;
const waitForMirror = (ok, what, timeout) => card.waitFor(ok, what, timeout);
const waitForIdle = (quietMs, timeout) => card.waitForIdle(quietMs, timeout);
const clickControl = (id) => card.click(id);
const screenshot = (p, name) => new Card(p).screenshot(name);

function needsPage(t) {
  if (!loaded) t.skip('the page did not load (see the first failure)');
  return loaded;
}

// [SECTION] setup

before(async () => {
  // Without a build there is nothing to test; say so once instead of as a timeout in every step.
  assert.ok(fs.existsSync(path.join(distDir, 'index.html')),
    `${path.relative(root, distDir)}/index.html is missing: build the widget into dist/ first`);
  server = await startServer(distDir, { port: 0 });
  browser = await launchBrowser();
});

after(async () => {
  // Each close on its own: one failing must not leave the other running.
  await browser?.close().catch((e) => console.error(`closing the browser: ${e.message}`));
  await server?.close().catch((e) => console.error(`closing the server: ${e.message}`));
});

// [SECTION] steps

test('(a) the card loads and draws its first frame without errors', async () => {
  const context = await browser.newContext(DESKTOP);
  page = await context.newPage();
  card = new Card(page);
  collectPageErrors(page, errors); // from the start: startup errors matter most
  const response = await page.goto(server.url, { waitUntil: 'load' });
  assert.ok(response?.ok(), `GET ${server.url} answered HTTP ${response?.status()}: is dist/index.html built?`);
  try {
    await waitForFirstFrame(page, 30000);
  } catch {
    assert.fail(`no 'airisk:first-frame' performance mark within 30 s${errors.length ? `; page errors:\n${errors.join('\n')}` : ''}`);
  }
  assert.equal(await page.locator('canvas#airisk-canvas').count(), 1, 'expected exactly one canvas#airisk-canvas');
  assert.equal(await page.locator('canvas#airisk-canvas').getAttribute('tabindex'), '0',
    'canvas#airisk-canvas must have tabindex=0 to receive keys');
  assert.equal(typeof await page.evaluate(() => window.airiskFrameCount), 'number', 'window.airiskFrameCount is not a number');
  await waitTwoFrames(page);
  await screenshot(page, 'widget-desktop.png');
  // The card works well enough for the other steps; errors so far are reported here, later ones at the end.
  loaded = true;
  errorsAtLoad = errors.length;
  if (errors.length) assert.fail(`the page reported errors while loading:\n  ${errors.join('\n  ')}`);
});

test('(b) the header shows the profession', async (t) => {
  if (!needsPage(t)) return;
  await waitForMirror((m) => m.figures.profession === 'Backend Developer',
    "data-figure='profession' to be \"Backend Developer\"");
});

test('(c) typing a salary gives the same figures as the CLI', async (t) => {
  if (!needsPage(t)) return;
  assert.ok(fs.existsSync(cliPath), `${path.relative(root, cliPath)} is missing: build the native preset first`);
  const cli = JSON.parse(execFileSync(cliPath,
    ['report', 'backend-developer', '--region', 'US', '--salary', '90000', '--json'], { encoding: 'utf8' }));

  await clickControl('salary');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('90000');
  const focus = await page.evaluate(() => `${document.activeElement?.tagName}#${document.activeElement?.id}`);
  const mirror = await waitForMirror((m) => m.figures.salary === cli.text.salary,
    `data-figure='salary' to become the CLI's ${show(cli.text.salary)} after typing 90000 (focus: ${focus})`);

  const f = mirror.figures;
  const problems = [];
  for (const key of CLI_FIGURES) {
    if (f[key] !== cli.text[key]) problems.push(`${key}: mirror ${show(f[key])}, CLI ${show(cli.text[key])}`);
  }
  if (f.currency !== cli.currency) problems.push(`currency: mirror ${show(f.currency)}, CLI ${show(cli.currency)}`);
  for (const key of OTHER_FIGURES) if (!f[key]) problems.push(`${key}: missing or empty`);
  if (f.salary_error !== undefined) problems.push(`salary_error: expected no such figure, got ${show(f.salary_error)}`);
  if (problems.length) {
    assert.fail(`mirror figures differ from \`airisk report backend-developer --region US --salary 90000 --json\`:\n  ${problems.join('\n  ')}`);
  }
});

test('(d) choosing India in the region combo switches currency', async (t) => {
  if (!needsPage(t)) return;
  await clickControl('region');
  await waitForMirror((m) => 'region-option-IN' in m.controls,
    "the open region combo to list data-control='region-option-IN'");
  await clickControl('region-option-IN');
  await waitForMirror((x) => x.figures.currency === 'INR' && x.figures.salary?.startsWith('₹'),
    "currency 'INR' and a salary starting with '₹' after choosing India");
  // The list closes on the frame after the choice; its options must then leave the mirror.
  await waitForMirror((x) => !('region-option-IN' in x.controls),
    'the region combo options to leave the mirror once the list closes');
  await waitTwoFrames(page);
  await screenshot(page, 'widget-desktop-india.png');
});

test('(e) the card draws nothing while idle', async (t) => {
  if (!needsPage(t)) return;
  // Let the frames that follow the last input finish; if they never do, measure anyway for the message.
  const start = await waitForIdle(300, 5000).catch(() => page.evaluate(() => window.airiskFrameCount));
  await delay(2000); // the measurement window, not a wait for something to happen
  const end = await page.evaluate(() => window.airiskFrameCount);
  assert.equal(end - start, 0, `the card drew ${end - start} frames in 2 s with no input; it should render on demand`);
});

test('(f) axe finds no WCAG 2.1 A/AA violations', async (t) => {
  if (!needsPage(t)) return;
  await card.assertAccessible();
});

test('(g) the phone layout draws its first frame', async (t) => {
  if (!needsPage(t)) return;
  const context = await browser.newContext(PHONE);
  try {
    const phone = await context.newPage();
    const phoneErrors = collectPageErrors(phone);
    await phone.goto(server.url, { waitUntil: 'load' });
    await waitForFirstFrame(phone, 30000);
    await waitTwoFrames(phone);
    await screenshot(phone, 'widget-phone.png');
    if (phoneErrors.length) assert.fail(`the page reported errors on the phone viewport:\n  ${phoneErrors.join('\n  ')}`);
  } finally {
    await context.close();
  }
});

test('no console errors or page errors after loading', (t) => {
  if (!needsPage(t)) return;
  const later = errors.slice(errorsAtLoad);
  if (later.length) assert.fail(`the page reported errors while being used:\n  ${later.join('\n  ')}`);
});
