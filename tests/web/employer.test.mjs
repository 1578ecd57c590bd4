// What a careers site embeds on a job ad, and what people share: the element's `sections` and
// `hide-salary` (chosen, ordered, an unknown name said through airisk:error, carried by the embed
// code), the headline read before the cost, and the share image (1200x630, light and dark,
// personalised) that "Download PNG" saves and shareImage() gives. Images go to test-results/,
// each also shown at 600x315 as a feed's thumbnail shows it, for people to look at.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { collectPageErrors, launchBrowser, waitForFirstFrame } from './lib/browser.mjs';
import { startServer } from './lib/server.mjs';
import { Card, resultsDir, root } from './lib/card.mjs';

const distDir = path.resolve(process.env.AIRISK_DIST_DIR || path.join(root, 'dist'));
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:";
let browser, site, workDir;

before(async () => {
  assert.ok(fs.existsSync(path.join(distDir, 'index.html')), 'dist/index.html is missing: run scripts/build');
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'airisk-employer-'));
  fs.cpSync(distDir, workDir, { recursive: true, filter: (src) => src !== path.join(distDir, 'p') });
  // A job ad: the card without the cost comparison, and one without the salary.
  fs.writeFileSync(path.join(workDir, 'ad.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Registered Nurse, ICU</title>
<link rel="stylesheet" href="airisk.css"><script type="module" src="airisk.js"></script></head>
<body><main><h1>Registered Nurse, ICU</h1>
<ai-risk-card id="ad" profession="registered-nurse" sections="tasks,threats,timeline,skills"></ai-risk-card>
<ai-risk-card id="unknown" profession="plumber" sections="tasks,pricing,skills"></ai-risk-card>
</main></body></html>`);
  fs.writeFileSync(path.join(workDir, 'one.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>One card</title>
<link rel="stylesheet" href="airisk.css"><script type="module" src="airisk.js"></script></head>
<body><main><ai-risk-card id="card" profession="backend-developer" region="IN" salary="28 LPA"></ai-risk-card></main></body></html>`);
  site = await startServer(workDir, { port: 0, headers: { 'Content-Security-Policy': CSP } });
  browser = await launchBrowser();
  fs.mkdirSync(resultsDir, { recursive: true });
});

after(async () => {
  await browser?.close().catch(() => {});
  await site?.close().catch(() => {});
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

async function open(file, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, ...options });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.addInitScript(() => {
    window.hostErrors = [];
    document.addEventListener('airisk:error', (e) => window.hostErrors.push({ card: e.target.id, ...e.detail }));
  });
  await page.goto(`${site.url}${file}`, { waitUntil: 'load' });
  await waitForFirstFrame(page, 60000);
  return { context, page, errors };
}

// The mirror of one card (by element id): section ids, and figure keys in reading order.
function mirrorOf(page, id) {
  return page.evaluate((cardId) => {
    const mirror = document.getElementById(cardId)?.shadowRoot?.querySelector('#airisk-mirror');
    if (!mirror) return null;
    return {
      sections: [...mirror.querySelectorAll('section[data-section]')].map((s) => s.dataset.section),
      keys: [...mirror.querySelectorAll('[data-figure]')].map((f) => f.dataset.figure),
      controls: [...mirror.querySelectorAll('[data-control]')].map((c) => c.dataset.control),
    };
  }, id);
}

async function waitForMirror(page, id, ok, what) {
  const deadline = Date.now() + 30000;
  let last;
  while (Date.now() < deadline) {
    last = await mirrorOf(page, id);
    if (last && ok(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`timed out waiting for ${what}; last mirror: ${JSON.stringify(last)}`);
}

// Width and height of a PNG, and the colour of its pixel (x, y), decoded in the page.
async function pngFacts(page, buffer, x = 600, y = 4) {
  return page.evaluate(async ({ base64, x, y }) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const pixel = [...context.getImageData(x, y, 1, 1).data];
    const all = context.getImageData(0, 0, image.width, image.height).data;
    const colours = new Set();
    for (let i = 0; i < all.length; i += 4 * 97) colours.add((all[i] << 16) | (all[i + 1] << 8) | all[i + 2]);
    return { width: image.width, height: image.height, pixel, colours: colours.size };
  }, { base64: buffer.toString('base64'), x, y });
}

// The image as a feed shows it: 600x315 on a page, for people to look at.
async function saveWithThumbnail(page, buffer, name) {
  fs.writeFileSync(path.join(resultsDir, `${name}.png`), buffer);
  const context = await browser.newContext({ viewport: { width: 600, height: 315 } });
  try {
    const thumb = await context.newPage();
    await thumb.setContent(`<body style="margin:0"><img width="600" height="315" src="data:image/png;base64,${buffer.toString('base64')}"></body>`);
    await thumb.locator('img').evaluate((img) => img.decode());
    await thumb.screenshot({ path: path.join(resultsDir, `${name}-600x315.png`) });
  } finally {
    await context.close();
  }
}

async function shareImage(page, id) {
  const dataUrl = await page.evaluate(async (cardId) => {
    const blob = await document.getElementById(cardId).shareImage();
    return new Promise((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result);
      reader.readAsDataURL(blob);
    });
  }, id);
  return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
}

test('a job ad shows only the sections it names, in its order, and no cost comparison', async () => {
  const { context, page, errors } = await open('ad.html');
  try {
    await page.locator('#ad').scrollIntoViewIfNeeded();
    const m = await waitForMirror(page, 'ad', (x) => x.keys.includes('headline'), 'the job ad card');
    assert.deepEqual(m.sections, ['header', 'tasks', 'threats', 'timeline', 'skills']);
    for (const key of ['salary', 'ratio', 'ai_pct_of_salary', 'ai_yearly']) assert.ok(!m.keys.includes(key), `no ${key} on the ad`);
    assert.ok(!m.controls.includes('salary'), 'no salary field');
    // The headline leads the header.
    assert.ok(m.keys.indexOf('headline') < m.keys.indexOf('category'), m.keys.join(','));
    const state = await page.evaluate(() => document.getElementById('ad').state);
    assert.deepEqual(state.sections, ['tasks', 'threats', 'timeline', 'skills']);
    assert.match(state.embedCode, / sections="tasks,threats,timeline,skills"/);
    // The second card names a section the card does not have: said to the host, left out.
    await page.locator('#unknown').scrollIntoViewIfNeeded();
    const other = await waitForMirror(page, 'unknown', (x) => x.sections.includes('tasks'), 'the second card');
    assert.deepEqual(other.sections, ['header', 'tasks', 'skills']);
    const said = await page.evaluate(() => window.hostErrors);
    assert.equal(said.length, 1, JSON.stringify(said));
    assert.equal(said[0].card, 'unknown');
    assert.equal(said[0].attribute, 'sections');
    assert.match(said[0].message, /pricing/);
    // Set later, the attribute changes only which sections show.
    await page.locator('#ad').evaluate((el) => el.setAttribute('sections', 'cost,tasks'));
    const changed = await waitForMirror(page, 'ad', (x) => x.sections.length === 3, 'the new sections');
    assert.deepEqual(changed.sections, ['header', 'cost', 'tasks']);
    assert.ok(changed.keys.indexOf('rank_pct') < changed.keys.indexOf('salary'), 'the score is read before the cost');
    await page.locator('#ad').evaluate((el) => el.removeAttribute('sections'));
    await waitForMirror(page, 'ad', (x) => x.sections.length === 8, 'every section back');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

// The share image is drawn in the card's own WebGL context, with state of its own: the card's
// next frames must look as before (the card sets up its drawing state again after it).
test('after a share image the card draws exactly as before', async () => {
  const { context, page, errors } = await open('one.html');
  try {
    const card = new Card(page);
    await card.waitFor((x) => x.figures.headline, 'the card');
    const box = await page.locator('#card canvas').boundingBox();
    // A frame drawn with nothing under the pointer: the card's far right edge, beside the header.
    const redraw = async () => {
      const before = await page.evaluate(() => window.airiskFrameCount);
      await page.mouse.move(box.x + box.width - 3, box.y + 5 + Math.random());
      await page.waitForFunction((n) => window.airiskFrameCount > n, before);
      await card.waitForIdle();
      return page.locator('#card canvas').screenshot();
    };
    const shown = await redraw();
    const image = await shareImage(page, 'card');
    assert.ok(image.length > 10000, 'a share image was drawn');
    const after = await redraw();
    assert.ok(shown.equals(after), 'the canvas after the share image differs from before it');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('hide-salary takes the salary and its figures away and keeps the plan cost', async () => {
  const { context, page, errors } = await open('one.html');
  try {
    await new Card(page).waitFor((x) => x.figures.salary === '\u20B928,00,000', 'the host salary');
    await page.locator('#card').evaluate((el) => el.setAttribute('hide-salary', ''));
    const m = await waitForMirror(page, 'card', (x) => !x.controls.includes('salary'), 'the salary field to go');
    for (const key of ['salary', 'ratio', 'ai_pct_of_salary', 'break_even_hours_per_month', 'human_hourly']) {
      assert.ok(!m.keys.includes(key), `${key} is gone`);
    }
    assert.ok(m.keys.includes('ai_yearly') && m.controls.includes('plan') && m.controls.includes('region'), 'the plan cost stays');
    const state = await page.evaluate(() => document.getElementById('card').state);
    assert.equal(state.hideSalary, true);
    assert.doesNotMatch(state.link, /&s=/, 'the link carries no salary');
    assert.match(state.embedCode, / hide-salary/);
    assert.doesNotMatch(state.embedCode, /salary="/);
    const summary = await page.evaluate(() => document.getElementById('card').shadowRoot.querySelector('[data-figure="summary"]').textContent);
    assert.doesNotMatch(summary, /28,00,000/, summary);
    await page.locator('#card').evaluate((el) => el.removeAttribute('hide-salary'));
    await waitForMirror(page, 'card', (x) => x.controls.includes('salary'), 'the salary field back');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the share image is drawn for 1200x630, light and dark, and a personalised one says so', async () => {
  const { context, page, errors } = await open('one.html');
  try {
    const card = new Card(page);
    await card.waitFor((x) => x.figures.headline, 'the card');
    const light = await shareImage(page, 'card');
    const facts = await pngFacts(page, light);
    assert.deepEqual([facts.width, facts.height], [1200, 630]);
    assert.ok(facts.colours > 20, `the image looks blank (${facts.colours} colours)`);
    assert.ok(facts.pixel[0] > 100 || facts.pixel[1] > 100, 'the stripe along the top has the band colour');
    const ground = (await pngFacts(page, light, 600, 300)).pixel;
    assert.ok(ground[0] > 240 && ground[1] > 240 && ground[2] > 240, `a light ground, not ${ground}`);
    await saveWithThumbnail(page, light, 'share-image-light');

    await page.locator('#card').evaluate((el) => el.setAttribute('theme', 'dark'));
    await card.waitForIdle();
    const dark = await shareImage(page, 'card');
    const darkGround = (await pngFacts(page, dark, 600, 300)).pixel;
    assert.ok(darkGround[0] < 60 && darkGround[1] < 60, `a dark ground, not ${darkGround}`);
    await saveWithThumbnail(page, dark, 'share-image-dark');

    // The download button saves the same picture, named for what it shows.
    await page.locator('#card').evaluate((el) => el.setAttribute('weights', 'api-endpoints:80'));
    await card.waitFor((x) => x.figures.personalised, 'the personalised score');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#card').evaluate((el) => el.shadowRoot.querySelector('[data-control="download-png"]').click()),
    ]);
    assert.equal(download.suggestedFilename(), 'airisk-backend-developer-personalised.png');
    const saved = fs.readFileSync(await download.path());
    assert.deepEqual(Object.values(await pngFacts(page, saved)).slice(0, 2), [1200, 630]);
    await saveWithThumbnail(page, saved, 'share-image-personalised-dark');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
