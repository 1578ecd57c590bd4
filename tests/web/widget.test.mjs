// Browser test of the card in dist/: loads it in headless Chromium (WebGL2 through SwiftShader), drives it
// with real mouse and key events, and reads the result back from the DOM mirror, which must show the same
// text as the CLI. Steps run in order on one page; a step that needs the page skips if it never loaded.
// Run: scripts/test-web (or node --test tests/web/)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectPageErrors, launchBrowser, waitForFirstFrame, waitTwoFrames } from './lib/browser.mjs';
import { startServer } from './lib/server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// Overridable so the test itself can be checked against a stand-in page and CLI.
const distDir = path.resolve(process.env.AIRISK_DIST_DIR || path.join(root, 'dist'));
const cliPath = path.resolve(process.env.AIRISK_CLI || path.join(root, 'build/native/airisk'));
const axePath = path.join(root, 'node_modules/axe-core/axe.min.js');
const resultsDir = path.join(root, 'test-results');
const DESKTOP = { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 };
const PHONE = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const WAIT_MS = 15000; // for the card to react to one input; SwiftShader on 2 cores is slow, not this slow

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

// Runs in the page: the mirror's figures and control rectangles as plain data, or null before it exists.
// Searches open shadow roots too, since the card may live in a custom element.
function readMirror() {
  const find = (node) => {
    const hit = node.querySelector('#airisk-mirror');
    if (hit) return hit;
    for (const el of node.querySelectorAll('*')) {
      const inner = el.shadowRoot && find(el.shadowRoot);
      if (inner) return inner;
    }
    return null;
  };
  const mirror = find(document);
  if (!mirror) return null;
  const figures = {};
  for (const el of mirror.querySelectorAll('[data-figure]')) {
    if (!(el.dataset.figure in figures)) figures[el.dataset.figure] = el.textContent;
  }
  const controls = {};
  for (const el of mirror.querySelectorAll('[data-control]')) controls[el.dataset.control] = el.dataset.rect ?? '';
  return { figures, controls, frames: window.airiskFrameCount };
}

// Shows invisible characters (U+00A0, U+202F, ...) so a mismatch in the log is readable.
const show = (s) => (typeof s === 'string'
  ? JSON.stringify(s).replace(/[^\x20-\x7e]/g, (c) => `\\u{${c.codePointAt(0).toString(16).toUpperCase()}}`)
  : String(s));

const delay = (ms) => new Promise((r) => setTimeout(r, ms));

// Polls the mirror until `ok(mirror)` holds (expect.poll style); on timeout fails with `what` and what
// the mirror showed last, which is usually the whole diagnosis.
async function waitForMirror(ok, what, timeout = WAIT_MS) {
  const deadline = Date.now() + timeout;
  let last = null;
  for (;;) {
    last = await page.evaluate(readMirror);
    if (last && ok(last)) return last;
    if (Date.now() > deadline) {
      const seen = last
        ? `mirror figures:\n${Object.entries(last.figures).map(([k, v]) => `  ${k}: ${show(v)}`).join('\n')}`
          + `\nmirror controls: ${Object.keys(last.controls).join(', ') || '(none)'}`
        : 'no #airisk-mirror element in the page';
      assert.fail(`timed out after ${timeout} ms waiting for ${what}\n${seen}`);
    }
    await delay(50);
  }
}

// Waits until the frame counter has not moved for `quietMs`: the card draws a few frames after each input.
async function waitForIdle(quietMs = 300, timeout = WAIT_MS) {
  const deadline = Date.now() + timeout;
  let frames = await page.evaluate(() => window.airiskFrameCount);
  let since = Date.now();
  while (Date.now() - since < quietMs) {
    if (Date.now() > deadline) assert.fail(`the card kept drawing for ${timeout} ms after the last input (frame ${frames})`);
    await delay(50);
    const now = await page.evaluate(() => window.airiskFrameCount);
    if (now !== frames) [frames, since] = [now, Date.now()];
  }
  return frames;
}

function parseRect(id, text) {
  const r = String(text).trim().split(/\s+/).map(Number);
  assert.ok(r.length === 4 && r.every(Number.isFinite) && r[2] > 0 && r[3] > 0,
    `control '${id}' has data-rect=${show(text)}; expected "x y w h" in CSS pixels with w, h > 0`);
  return r;
}

// Clicks the centre of a mirror control with the real mouse. If the centre is outside the viewport the
// page is scrolled towards it first (the card's content is taller than the screen) and the rect re-read.
async function clickControl(id) {
  const canvas = page.locator('canvas#airisk-canvas');
  const { height } = page.viewportSize();
  for (let attempt = 0; attempt < 4; attempt++) {
    const mirror = await waitForMirror((m) => id in m.controls, `control '${id}' in the mirror`);
    const [x, y, w, h] = parseRect(id, mirror.controls[id]);
    const box = await canvas.boundingBox();
    assert.ok(box, 'canvas#airisk-canvas has no layout box');
    const cx = box.x + x + w / 2;
    const cy = box.y + y + h / 2;
    if (cy >= 0 && cy < height) {
      await page.mouse.click(cx, cy);
      return;
    }
    await page.evaluate((dy) => window.scrollBy(0, dy), cy - height / 2);
    await waitTwoFrames(page);
    await waitForIdle();
  }
  assert.fail(`control '${id}' stays outside the ${height}px viewport after scrolling`);
}

async function screenshot(p, name) {
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, name);
  await p.screenshot({ path: file });
  console.log(`# screenshot: ${path.relative(root, file)}`);
}

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
  if (f.salary_error !== '') problems.push(`salary_error: expected empty, got ${show(f.salary_error)}`);
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
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() => window.axe.run(document,
    { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  const report = result.violations.map((v) => [
    `${v.id} (${v.impact}): ${v.help}\n    ${v.helpUrl}`,
    ...v.nodes.slice(0, 5).map((n) => `    at ${n.target.join(' ')}\n      ${(n.failureSummary || '').replace(/\n/g, '\n      ')}`),
    ...(v.nodes.length > 5 ? [`    ... and ${v.nodes.length - 5} more`] : []),
  ].join('\n'));
  if (report.length) assert.fail(`${report.length} axe violation(s):\n${report.join('\n')}`);
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
