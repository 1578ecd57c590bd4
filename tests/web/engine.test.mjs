// One engine per page: every <ai-risk-card> on a page runs in the same WebAssembly instance and
// memory, each with its own state, input, events and WebGL context; a card after the first costs
// only its own state. A card taken off the page is let go of, and the others carry on.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { collectPageErrors, launchBrowser, waitTwoFrames } from './lib/browser.mjs';
import { startServer } from './lib/server.mjs';
import { root, delay, WAIT_MS } from './lib/card.mjs';

const MiB = 2 ** 20;
const PER_CARD_BUDGET = 4 * MiB;
const SIX = ['backend-developer', 'registered-nurse', 'plumber', 'electrician', 'accountant', 'translator'];
let browser, site;

const page = (cards) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Cards</title>
<link rel="stylesheet" href="airisk.css"><script type="module" src="airisk.js"></script></head>
<body><main><h1>Open positions</h1>
${cards.map((slug, i) => `<ai-risk-card id="c${i + 1}" profession="${slug}"></ai-risk-card>`).join('\n')}
</main></body></html>`;

before(async () => {
  const distDir = path.join(root, 'dist');
  assert.ok(fs.existsSync(path.join(distDir, 'index.html')), 'dist/index.html is missing: run scripts/build');
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'airisk-engine-'));
  fs.cpSync(distDir, workDir, { recursive: true });
  fs.writeFileSync(path.join(workDir, 'one.html'), page(SIX.slice(0, 1)));
  fs.writeFileSync(path.join(workDir, 'six.html'), page(SIX));
  site = await startServer(workDir, { port: 0 });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close().catch(() => {});
  await site?.close().catch(() => {});
});

// Before any page script: keeps every WebAssembly.Memory an instance exports (the engine keeps its
// heap inside its closure), and every airisk event with the id of the element it came from.
function instrument() {
  const memories = (window.wasmMemories = []);
  const original = WebAssembly.instantiate;
  WebAssembly.instantiate = function (...args) {
    return original.apply(this, args).then((result) => {
      const instance = result instanceof WebAssembly.Instance ? result : result.instance;
      for (const value of Object.values(instance.exports)) if (value instanceof WebAssembly.Memory) memories.push(value);
      return result;
    });
  };
  window.cardEvents = [];
  for (const type of ['airisk:ready', 'airisk:change', 'airisk:error']) {
    document.addEventListener(type, (e) => window.cardEvents.push({
      type, id: e.target.id, detail: e.detail,
      // What the card's text (its DOM mirror) names at that moment.
      profession: e.target.shadowRoot?.querySelector('[data-figure="profession"]')?.textContent ?? null,
    }));
  }
}

async function open(file) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, deviceScaleFactor: 1 });
  await context.addInitScript(instrument);
  const p = await context.newPage();
  const errors = collectPageErrors(p);
  await p.goto(site.url + file, { waitUntil: 'load' });
  return { context, page: p, errors };
}

// Cards start when they come near the screen: bring each there and wait for its first frame.
async function startAll(p, count) {
  for (let i = 1; i <= count; i++) {
    await p.evaluate((id) => document.getElementById(id).scrollIntoView(), `c${i}`);
    await p.waitForFunction((id) => document.getElementById(id).shadowRoot.querySelector('[data-ready]'), `c${i}`,
      { timeout: 60000 });
  }
}

// Read once the browser has been idle: the engine builds its shared search index then, once per
// page, and that belongs to the first card, not to the cards after it.
const memory = (p) => p.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5000 }))).then(() => p.evaluate(() => ({
  count: window.wasmMemories.length,
  bytes: window.wasmMemories.reduce((n, m) => n + m.buffer.byteLength, 0),
  // What the engine's allocator has handed out, read through any card (they share one engine).
  heap: document.querySelector('ai-risk-card').engine.heapBytes(),
})));

// One card's figures, read from its own mirror.
const figures = (p, id) => p.evaluate((x) => {
  const out = {};
  const mirror = document.getElementById(x).shadowRoot.querySelector('#airisk-mirror');
  for (const el of mirror.querySelectorAll('[data-figure]')) if (!(el.dataset.figure in out)) out[el.dataset.figure] = el.textContent;
  return out;
}, id);

async function waitForFigure(p, id, key, wanted) {
  const deadline = Date.now() + WAIT_MS;
  let seen;
  while (Date.now() < deadline) {
    seen = (await figures(p, id))[key];
    if (seen === wanted) return;
    await delay(50);
  }
  assert.fail(`card ${id}: ${key} stayed ${JSON.stringify(seen)}, expected ${JSON.stringify(wanted)}`);
}

// Clicks card `id`'s salary field on its canvas and types into it, as a person would.
async function typeSalary(p, id, text) {
  const canvas = p.locator(`#${id}`).locator('canvas');
  for (let attempt = 0; attempt < 6; attempt++) {
    const rect = await p.evaluate((x) => document.getElementById(x).shadowRoot
      .querySelector('[data-control="salary"]')?.dataset.rect, id);
    assert.ok(rect, `card ${id} has no salary control in its mirror`);
    const [x, y, w, h] = rect.split(' ').map(Number);
    const box = await canvas.boundingBox();
    const cx = box.x + x + w / 2, cy = box.y + y + h / 2;
    if (cy >= 40 && cy < 860) {
      await p.mouse.click(cx, cy);
      await delay(300);
      await p.keyboard.press('Control+A');
      await p.keyboard.type(text);
      await p.keyboard.press('Enter');
      return;
    }
    await p.evaluate((dy) => window.scrollBy(0, dy), cy - 450);
    await waitTwoFrames(p);
    await delay(300);
  }
  assert.fail(`card ${id}'s salary field never came on screen`);
}

test('six cards share one WebAssembly memory, each costing under 4 MiB more', async () => {
  const one = await open('one.html');
  let single;
  try {
    await startAll(one.page, 1);
    single = await memory(one.page);
    assert.equal(single.count, 1, 'one engine instance for one card');
    // The element makes the context while the engine downloads; the engine finds it made. Its
    // attributes must be the engine's (web_cards.cpp, create_context): no alpha, no multisampling,
    // no depth or stencil buffer.
    const attributes = await one.page.evaluate(() => document.querySelector('ai-risk-card').shadowRoot
      .querySelector('#airisk-canvas').getContext('webgl2').getContextAttributes());
    assert.deepEqual([attributes.alpha, attributes.antialias, attributes.depth, attributes.stencil], [false, false, false, false],
      JSON.stringify(attributes));
    assert.deepEqual(one.errors, []);
  } finally {
    await one.context.close();
  }
  const six = await open('six.html');
  try {
    await startAll(six.page, 6);
    const all = await memory(six.page);
    assert.equal(all.count, 1, `six cards made ${all.count} WebAssembly memories; one engine serves them all`);
    const perCard = (all.bytes - single.bytes) / 5;
    console.log(`# memory: one card ${(single.bytes / MiB).toFixed(1)} MiB, six cards ${(all.bytes / MiB).toFixed(1)} MiB, `
      + `${(perCard / MiB).toFixed(2)} MiB per further card`);
    // The memory grows in steps and may not move at all; the heap in use is what each card holds.
    const heapPerCard = (all.heap - single.heap) / 5;
    console.log(`# heap in use: one card ${(single.heap / MiB).toFixed(2)} MiB, six cards ${(all.heap / MiB).toFixed(2)} MiB, `
      + `${(heapPerCard / MiB).toFixed(2)} MiB per further card`);
    assert.ok(heapPerCard > 0, 'a card holds something of its own');
    assert.ok(heapPerCard < PER_CARD_BUDGET, `${(heapPerCard / MiB).toFixed(2)} MiB of heap per further card, over the 4 MiB budget`);
    assert.ok(all.bytes - single.bytes < 5 * PER_CARD_BUDGET,
      `six cards hold ${(all.bytes / MiB).toFixed(1)} MiB against ${(single.bytes / MiB).toFixed(1)} MiB for one: `
      + `${(perCard / MiB).toFixed(2)} MiB per further card, over the 4 MiB budget`);
    assert.deepEqual(six.errors, []);
  } finally {
    await six.context.close();
  }
});

test('each card follows its own attributes and input and reports on its own element; a removed card leaves the others working', async () => {
  const { context, page: p, errors } = await open('six.html');
  try {
    await startAll(p, 6);
    // What follows is about cards that share everything but their own state.
    assert.equal((await memory(p)).count, 1, 'the six cards run in one engine');
    const events = () => p.evaluate(() => window.cardEvents.map(({ type, id, profession }) => ({ type, id, profession })));
    const ready = (await events()).filter((e) => e.type === 'airisk:ready').map((e) => e.id).sort();
    assert.deepEqual(ready, ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'], 'one airisk:ready from each card');
    // A host that hears airisk:ready finds the card's text there already.
    for (const e of (await events()).filter((x) => x.type === 'airisk:ready')) {
      assert.ok(e.profession, `card ${e.id} had no text when it said it was ready`);
    }
    for (let i = 0; i < 6; i++) {
      const shown = await figures(p, `c${i + 1}`);
      assert.ok(shown.profession, `card c${i + 1} shows a profession`);
    }
    let before = await Promise.all(SIX.map((_, i) => figures(p, `c${i + 1}`)));

    // An attribute on card 3 changes card 3 only, and only card 3 says so.
    await p.evaluate(() => { window.cardEvents = []; document.getElementById('c3').setAttribute('region', 'IN'); });
    await waitForFigure(p, 'c3', 'currency', 'INR');
    await delay(500);
    assert.deepEqual((await events()).filter((e) => e.type === 'airisk:change').map((e) => e.id), ['c3']);
    for (const i of [1, 2, 4, 5, 6]) {
      assert.equal((await figures(p, `c${i}`)).currency, before[i - 1].currency, `card c${i} kept its region`);
    }

    // A value a card cannot use is reported by that card.
    await p.evaluate(() => { window.cardEvents = []; document.getElementById('c2').setAttribute('plan', 'no-such-plan'); });
    await p.waitForFunction(() => window.cardEvents.some((e) => e.type === 'airisk:error'), null, { timeout: WAIT_MS });
    assert.deepEqual((await events()).filter((e) => e.type === 'airisk:error').map((e) => e.id), ['c2']);

    // A salary typed on card 5's canvas reaches card 5 only.
    before = await Promise.all(SIX.map((_, i) => figures(p, `c${i + 1}`)));
    await p.evaluate(() => { window.cardEvents = []; });
    await typeSalary(p, 'c5', '250000');
    await waitForFigure(p, 'c5', 'salary', '$250,000');
    await delay(500);
    assert.ok((await events()).every((e) => e.id === 'c5'), `events from other cards: ${JSON.stringify(await events())}`);
    for (const i of [1, 2, 3, 4, 6]) {
      assert.equal((await figures(p, `c${i}`)).salary, before[i - 1].salary, `card c${i} kept its salary`);
    }

    // Card 5 loses its WebGL context: card 4, beside it, keeps its own and keeps drawing. (Card 5,
    // near the screen, then asks for it back, as for one the browser took.)
    await p.evaluate(() => {
      const canvas = document.getElementById('c5').shadowRoot.querySelector('canvas');
      canvas.addEventListener('webglcontextlost', () => { window.c5Lost = true; });
      canvas.getContext('webgl2').getExtension('WEBGL_lose_context').loseContext();
    });
    await p.waitForFunction(() => window.c5Lost);
    const framesBefore = await p.evaluate(() => window.airiskFrameCount);
    await p.evaluate(() => document.getElementById('c4').scrollIntoView());
    await p.evaluate(() => document.getElementById('c4').setAttribute('region', 'GB'));
    await waitForFigure(p, 'c4', 'currency', 'GBP');
    await p.waitForFunction((n) => window.airiskFrameCount > n, framesBefore, { timeout: WAIT_MS });
    assert.equal(await p.evaluate(() => document.getElementById('c4').shadowRoot.querySelector('canvas')
      .getContext('webgl2').isContextLost()), false, 'card 4 kept its context');

    // Card 2 leaves the page the moment a salary is typed on it, while the mirror of its last
    // keystrokes waits to be written (at most every 150 ms while typing): the engine lets go of
    // it, and the others answer as before.
    await typeSalary(p, 'c2', '31415');
    await p.evaluate(() => document.getElementById('c2').remove());
    await delay(300);
    await p.evaluate(() => { document.getElementById('c1').setAttribute('region', 'DE'); });
    await waitForFigure(p, 'c1', 'currency', 'EUR');
    await p.evaluate(() => { document.getElementById('c6').setAttribute('profession', 'plumber'); });
    await waitForFigure(p, 'c6', 'profession', 'Plumber');
    await typeSalary(p, 'c4', '70000');
    await waitForFigure(p, 'c4', 'salary', '\u00a370,000');
    assert.equal((await figures(p, 'c5')).salary, '$250,000', 'card 5 kept its typed salary');
    assert.deepEqual(errors, [], 'console or page errors');
  } finally {
    await context.close();
  }
});

// The element sends a host's attributes to a running engine in the order the engine reads them at
// start: the two lists must be one.
test('the element applies attributes in the engine\'s own order', () => {
  const engineOrder = fs.readFileSync(path.join(root, 'src/platform/web/web_cards.cpp'), 'utf8')
    .match(/kAttributeOrder\[\] = \{([^}]*)\}/)[1].match(/"[^"]+"/g).map((n) => JSON.parse(n));
  const elementOrder = fs.readFileSync(path.join(root, 'web/airisk.js'), 'utf8')
    .match(/const ATTRIBUTES = \[([^\]]*)\]/)[1].match(/'[^']+'/g).map((n) => n.slice(1, -1));
  assert.deepEqual(elementOrder, engineOrder);
});
