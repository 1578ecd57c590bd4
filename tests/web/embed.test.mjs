// Embedding: the custom element under a strict CSP, privacy (no request, cookie or storage after
// load), several independent cards on one page driven by attributes and events, and card.html in
// a cross-origin sandboxed iframe that sizes itself through postMessage.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { collectPageErrors, launchBrowser, waitForFirstFrame } from './lib/browser.mjs';
import { startServer } from './lib/server.mjs';
import { Card, root, delay } from './lib/card.mjs';

const distDir = path.join(root, 'dist');
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
let browser, site, host, workDir;

before(async () => {
  assert.ok(fs.existsSync(path.join(distDir, 'index.html')), 'dist/index.html is missing: run scripts/build');
  // The built card plus two host pages, served under the strict CSP.
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'airisk-embed-'));
  fs.cpSync(distDir, workDir, { recursive: true });
  fs.writeFileSync(path.join(workDir, 'multi.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Jobs with airisk cards</title>
<link rel="stylesheet" href="airisk.css"><script type="module" src="airisk.js"></script></head>
<body><main><h1>Open positions</h1>
<ai-risk-card id="a" profession="backend-developer"></ai-risk-card>
<ai-risk-card id="b" profession="registered-nurse" region="IN"></ai-risk-card>
<ai-risk-card id="c" profession="plumber" salary="60000" theme="dark" accent="#0a7"></ai-risk-card>
</main></body></html>`);
  // A host panel that scrolls on its own (a field test could not reach the card's lower sections).
  fs.writeFileSync(path.join(workDir, 'panel.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A scrolling panel</title>
<link rel="stylesheet" href="airisk.css"><link rel="stylesheet" href="panel.css"><script type="module" src="airisk.js"></script></head>
<body><h1>Backend Developer</h1><main id="panel"><ai-risk-card profession="backend-developer"></ai-risk-card></main></body></html>`);
  fs.writeFileSync(path.join(workDir, 'panel.css'), 'main { height: 600px; overflow: auto; border: 2px solid #888; }\n');
  // Host layouts that size the card by its content: a flex item that neither grows nor shrinks,
  // one beside a sidebar, and a float (a field test saw the first grow to 1,600-1,800 px, past the page).
  fs.writeFileSync(path.join(workDir, 'flex.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Flex layouts</title><link rel="stylesheet" href="flex.css"><script type="module" src="airisk.js"></script></head>
<body><main class="fixed"><ai-risk-card id="fixed" profession="registered-nurse"></ai-risk-card></main>
<main class="row"><aside>Sidebar</aside><ai-risk-card id="beside" profession="plumber"></ai-risk-card></main>
<div class="float"><ai-risk-card id="floated" profession="plumber"></ai-risk-card></div></body></html>`);
  fs.writeFileSync(path.join(workDir, 'flex.css'), 'body { margin: 0; } main { display: flex; gap: 16px; }\n' +
    '#fixed { flex: 0 0 auto; } aside { flex: none; width: 200px; } .float { float: left; }\n');
  // Host rules that change the element's own box: display: contents gives it none (a field test's
  // card stayed on its loading bar for good), display: inline puts it in a line of text.
  fs.writeFileSync(path.join(workDir, 'host-display.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host display rules</title>
<link rel="stylesheet" href="host-display.css"><script type="module" src="airisk.js"></script></head>
<body><div><ai-risk-card id="contents" profession="plumber"></ai-risk-card></div>
<p>Our view: <ai-risk-card id="inline" profession="registered-nurse"></ai-risk-card> (from airisk)</p></body></html>`);
  fs.writeFileSync(path.join(workDir, 'host-display.css'), '#contents { display: contents } #inline { display: inline }\n');
  // A dark careers site whose card is dark whatever the visitor's own setting.
  fs.writeFileSync(path.join(workDir, 'dark-host.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A dark site</title><link rel="stylesheet" href="airisk.css">
<script type="module" src="airisk.js"></script></head>
<body style="background:#0b0f17"><ai-risk-card theme="dark" profession="plumber"></ai-risk-card></body></html>`);
  // A host that shows the card scaled: by a transform (a modal's or carousel's), or by zoom.
  for (const [name, scaling] of [['scaled', 'transform: scale(0.8); transform-origin: 0 0'], ['zoomed', 'zoom: 0.8'],
    ['enlarged', 'transform: scale(1.5); transform-origin: 0 0'], ['zoomed-in', 'zoom: 1.5']]) {
    fs.writeFileSync(path.join(workDir, `${name}.html`), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A scaled card</title><link rel="stylesheet" href="${name}.css">
<script type="module" src="airisk.js"></script></head>
<body><div class="scaled"><ai-risk-card profession="registered-nurse"></ai-risk-card></div></body></html>`);
    fs.writeFileSync(path.join(workDir, `${name}.css`), `body { margin: 0; } .scaled { ${scaling}; }\n`);
  }
  site = await startServer(workDir, { port: 0, headers: { 'Content-Security-Policy': CSP } });
  // A second origin for the iframe host page.
  const hostDir = fs.mkdtempSync(path.join(os.tmpdir(), 'airisk-host-'));
  fs.writeFileSync(path.join(hostDir, 'index.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A careers site</title></head>
<body><h1>Plumber</h1>
<iframe data-airisk title="AI risk report card" sandbox="allow-scripts allow-same-origin" style="width:100%;border:0;height:400px"
  src="${site.url}card.html#v=1&p=plumber"></iframe>
<script src="${site.url}airisk-frame-host.js" defer></script></body></html>`);
  host = await startServer(hostDir, { port: 0 });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close().catch(() => {});
  await site?.close().catch(() => {});
  await host?.close().catch(() => {});
});

async function openPage(url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  // CSP violations also arrive as events: count them even if the console stays quiet.
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url, { waitUntil: 'load' });
  return { context, page, errors };
}

// The page at `url` with the engine's download held back until `release()`: the card as it loads.
async function openWithEngineHeld(url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => {
    const response = await route.fetch().catch(() => null);
    await held;
    // A page its test closed before releasing the engine has no response left to answer with
    // (CI: "route.fulfill: Fetch response has been disposed" failed the whole file after it ended).
    if (response) await route.fulfill({ response }).catch(() => {});
  });
  await page.goto(url, { waitUntil: 'load' });
  return { context, page, release };
}

// The card's canvas on screen: where it is, the scale the host shows it at, and its pixels.
const shownCanvas = (page) => page.locator('ai-risk-card').evaluate((el) => {
  const canvas = el.shadowRoot.querySelector('canvas');
  const r = canvas.getBoundingClientRect();
  return { left: r.left, top: r.top, scale: r.width / canvas.clientWidth, shown: r.width, css: canvas.clientWidth,
    backing: canvas.width };
});

test('the card runs under a strict CSP and, after load, makes no request and stores nothing', async () => {
  const { context, page, errors } = await openPage(site.url);
  try {
    await waitForFirstFrame(page, 30000);
    const card = new Card(page);
    await card.waitFor((m) => m.figures.profession === 'Backend Developer', 'the card');
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    // Use it: a typed salary, a region, a search, another profession, a copied link.
    await page.locator('input[data-control="salary"]').fill('250000');
    await page.locator('input[data-control="salary"]').press('Enter');
    await card.waitFor((m) => m.figures.salary === '$250,000', 'the typed salary');
    await page.locator('select[data-control="region"]').selectOption('DE');
    await card.waitFor((m) => m.figures.currency === 'EUR', 'the region');
    await page.locator('input[data-control="search"]').fill('plumber');
    await card.waitFor((m) => 'open-plumber' in m.controls, 'a search result');
    await page.locator('[data-control="open-plumber"]').focus();
    await page.keyboard.press('Enter');
    await card.waitFor((m) => m.figures.profession === 'Plumber', 'Plumber to open');
    await card.waitForIdle();
    // Chromium itself re-fetches the page's icon when the address changes; that request carries
    // nothing of the visitor's. Everything else is the card's, and there must be none.
    const own = requests.filter((url) => !url.endsWith('/favicon.svg'));
    assert.deepEqual(own, [], 'the card made network requests after load');
    assert.ok(requests.every((url) => !url.includes('250000') && !url.includes('#')), 'a request carried the state');
    assert.deepEqual(await context.cookies(), [], 'the card set cookies');
    const storage = await page.evaluate(async () => ({
      local: localStorage.length, session: sessionStorage.length,
      databases: indexedDB.databases ? (await indexedDB.databases()).length : 0,
    }));
    assert.deepEqual(storage, { local: 0, session: 0, databases: 0 }, 'the card wrote to storage');
    assert.deepEqual(await page.evaluate(() => window.cspViolations), [], 'CSP violations');
    assert.deepEqual(errors, [], 'console or page errors');
    // The salary exists only in the page and its link.
    assert.match(await page.evaluate(() => window.location.hash), /p=plumber/);
  } finally {
    await context.close();
  }
});

test('several cards on one page work independently, follow their attributes and report changes', async () => {
  const { context, page, errors } = await openPage(site.url + 'multi.html', { viewport: { width: 900, height: 900 } });
  try {
    const professions = () => page.evaluate(() => [...document.querySelectorAll('ai-risk-card')].map((el) => {
      const figure = (key) => el.shadowRoot.querySelector(`[data-figure="${key}"]`)?.textContent || '';
      return { id: el.id, profession: figure('profession'), currency: figure('currency'), salary: figure('salary') };
    }));
    // Cards start when they come near the viewport: bring each one there.
    for (const id of ['a', 'b', 'c']) {
      await page.evaluate((x) => document.getElementById(x).scrollIntoView(), id);
      await page.waitForFunction((x) => document.getElementById(x).shadowRoot.querySelector('[data-ready]'), id, { timeout: 60000 });
    }
    let cards = await professions();
    assert.deepEqual(cards.map((c) => c.profession), ['Backend Developer', 'Registered Nurse', 'Plumber']);
    assert.equal(cards[1].currency, 'INR');
    assert.equal(cards[2].salary, '$60,000', 'the salary attribute');
    // A job ad changes its advertised salary: only that card follows, and it says so.
    const changed = page.evaluate(() => new Promise((resolve) => {
      document.querySelector('#a').addEventListener('airisk:change', (e) => resolve(e.detail), { once: true });
    }));
    await page.evaluate(() => document.querySelector('#a').setAttribute('salary', '$135k'));
    const detail = await changed;
    assert.equal(detail.profession, 'backend-developer');
    assert.equal(detail.salary, 135000);
    // The mirror follows the canvas within 150 ms of a change (the event is sent from the frame).
    await page.waitForFunction(() => document.querySelector('#a').shadowRoot
      .querySelector('[data-figure="salary"]')?.textContent === '$135,000', null, { timeout: 15000 });
    cards = await professions();
    assert.equal(cards[2].salary, '$60,000', 'the other cards are untouched');
    await page.evaluate(() => document.querySelector('#b').setAttribute('profession', 'electrician'));
    await page.waitForFunction(() => document.querySelector('#b').shadowRoot
      .querySelector('[data-figure="profession"]')?.textContent === 'Electrician');
    assert.equal(await page.evaluate(() => window.location.hash), '', 'without sync-url the host URL is left alone');
    // Far from the screen a card gives its WebGL context back, and takes it again on the way back.
    const lost = (id) => page.evaluate((x) => document.getElementById(x).shadowRoot
      .querySelector('#airisk-canvas').getContext('webgl2').isContextLost(), id);
    await page.evaluate(() => document.getElementById('c').scrollIntoView());
    await page.waitForFunction(() => document.getElementById('a').shadowRoot
      .querySelector('#airisk-canvas').getContext('webgl2').isContextLost(), null, { timeout: 15000 });
    assert.equal(await lost('c'), false, 'the card on screen keeps its context');
    const framesBefore = await page.evaluate(() => window.airiskFrameCount);
    await page.evaluate(() => document.getElementById('a').scrollIntoView());
    await page.waitForFunction(() => !document.getElementById('a').shadowRoot
      .querySelector('#airisk-canvas').getContext('webgl2').isContextLost(), null, { timeout: 15000 });
    await page.waitForFunction((n) => window.airiskFrameCount > n, framesBefore, { timeout: 15000 });
    assert.equal((await professions())[0].salary, '$135,000', 'the card kept its state');
    assert.deepEqual(errors, [], 'console or page errors');
  } finally {
    await context.close();
  }
});

test('card.html in a cross-origin sandboxed iframe sizes itself and shows the linked card', async () => {
  const { context, page, errors } = await openPage(host.url);
  try {
    const frame = page.frameLocator('iframe[data-airisk]');
    await frame.locator('[data-figure="profession"]').filter({ hasText: 'Plumber' }).waitFor({ state: 'attached', timeout: 60000 });
    // The parent grows the iframe to the card's height from the card's message.
    await page.waitForFunction(() => document.querySelector('iframe[data-airisk]').getBoundingClientRect().height > 1000,
      null, { timeout: 30000 });
    await page.mouse.wheel(0, 600);
    await delay(300);
    assert.deepEqual(errors, [], 'console or page errors');
  } finally {
    await context.close();
  }
});

test('the custom element loads from another origin that sends CORS headers', async () => {
  // airisk.js is a module script: cross-origin hosts need Access-Control-Allow-Origin on the card's files.
  const cdn = await startServer(distDir, { port: 0, headers: { 'Access-Control-Allow-Origin': '*' } });
  const pageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'airisk-cors-'));
  fs.writeFileSync(path.join(pageDir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Job ad</title><script type="module" src="${cdn.url}airisk.js"></script></head>
<body><ai-risk-card profession="translator" salary="48000"></ai-risk-card></body></html>`);
  const page2 = await startServer(pageDir, { port: 0 });
  const { context, page, errors } = await openPage(page2.url);
  try {
    await page.waitForFunction(() => document.querySelector('ai-risk-card')?.shadowRoot
      .querySelector('[data-figure="salary"]')?.textContent === '$48,000', null, { timeout: 60000 });
    assert.deepEqual(errors, [], 'console or page errors');
  } finally {
    await context.close();
    await cdn.close();
    await page2.close();
  }
});

test('without WebGL2 the card is shown as text, and a lost context is restored', async () => {
  const noGl = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await noGl.newPage();
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
      return kind === 'webgl2' ? null : original.call(this, kind, ...rest);
    };
  });
  await page.addInitScript(() => {
    window.readyEvents = 0;
    document.addEventListener('airisk:ready', () => { window.readyEvents++; });
  });
  await page.goto(site.url, { waitUntil: 'load' });
  await waitForFirstFrame(page, 30000);
  const text = await page.evaluate(() => {
    const root = document.querySelector('ai-risk-card').shadowRoot;
    return { note: root.querySelector('.airisk-fallback')?.textContent || '',
             visible: root.querySelector('#airisk-mirror').classList.contains('airisk-text-card'),
             profession: root.querySelector('[data-figure="profession"]')?.textContent,
             loading: !!root.querySelector('.airisk-progress'),
             ready: window.readyEvents };
  });
  assert.match(text.note, /WebGL2/);
  // Field test: the loading bar stayed over the text card, and the host never heard it was ready.
  assert.equal(text.loading, false, 'the loading bar is gone once the text card shows');
  assert.equal(text.ready, 1, 'airisk:ready fires once for the text card');
  assert.ok(text.visible, 'the text version of the card is not shown');
  assert.equal(text.profession, 'Backend Developer');
  await noGl.close();

  const { context, page: live, errors } = await openPage(site.url);
  try {
    await waitForFirstFrame(live, 30000);
    const card = new Card(live);
    await card.waitForIdle();
    await live.evaluate(async () => {
      const canvas = document.querySelector('ai-risk-card').shadowRoot.querySelector('#airisk-canvas');
      const lose = canvas.getContext('webgl2').getExtension('WEBGL_lose_context');
      lose.loseContext();
      await new Promise((r) => setTimeout(r, 200));
      lose.restoreContext();
    });
    const before = await live.evaluate(() => window.airiskFrameCount);
    await live.locator('select[data-control="region"]').selectOption('GB');
    await card.waitFor((m) => m.figures.currency === 'GBP' && m.frames > before, 'frames drawn after the context came back');
    assert.deepEqual(errors, [], 'console or page errors');
  } finally {
    await context.close();
  }
});

// A card that leaves the screen gives its WebGL context back and asks again on its way back. Back
// before the browser had even announced the loss (a fast scroll, an element moved), the restore was
// refused ("context restoration not allowed") and the canvas stayed blank for good.
test('a card back on screen at once after leaving it gets its context back', async () => {
  const { context, page, errors } = await openPage(site.url);
  const warnings = [];
  page.on('console', (m) => { if (/restor/i.test(m.text())) warnings.push(m.text()); });
  try {
    await waitForFirstFrame(page, 30000);
    const card = new Card(page);
    await card.waitForIdle();
    for (const awayMs of [0, 5]) {
      const lost = await page.evaluate(async (awayMs) => {
        const el = document.querySelector('ai-risk-card');
        el.keepContext(false);
        if (awayMs) await new Promise((r) => setTimeout(r, awayMs));
        el.keepContext(true);
        await new Promise((r) => setTimeout(r, 1000));
        return el.shadowRoot.querySelector('#airisk-canvas').getContext('webgl2').isContextLost();
      }, awayMs);
      assert.equal(lost, false, `the context is back after ${awayMs} ms away`);
    }
    // Away, back and away again before the loss was announced: released, and restored when back.
    const again = await page.evaluate(async () => {
      const el = document.querySelector('ai-risk-card');
      const canvas = el.shadowRoot.querySelector('#airisk-canvas');
      el.keepContext(false);
      el.keepContext(true);
      el.keepContext(false);
      await new Promise((r) => setTimeout(r, 500));
      const whileAway = canvas.getContext('webgl2').isContextLost();
      el.keepContext(true);
      await new Promise((r) => setTimeout(r, 1000));
      return { whileAway, back: !canvas.getContext('webgl2').isContextLost() };
    });
    assert.deepEqual(again, { whileAway: true, back: true });
    const before = await page.evaluate(() => window.airiskFrameCount);
    await page.locator('select[data-control="region"]').selectOption('GB');
    await card.waitFor((m) => m.figures.currency === 'GBP' && m.frames > before, 'frames drawn with the context back');
    assert.deepEqual(warnings, [], 'the browser refused a restore');
    assert.deepEqual(errors, [], 'console or page errors');
  } finally {
    await context.close();
  }
});

// A host's script that moves the card (into a new wrapper, another column) takes it off the page
// and puts it back in one task. The card used to give its WebGL context back on the way out and
// ask for it again on the way in: blank for a moment, its fonts and shaders made again.
test('a card moved on the page keeps its WebGL context and keeps drawing', async () => {
  const { context, page, errors } = await openPage(site.url);
  try {
    await waitForFirstFrame(page, 30000);
    const card = new Card(page);
    await card.waitForIdle();
    const lost = await page.evaluate(async () => {
      const el = document.querySelector('ai-risk-card');
      const canvas = el.shadowRoot.querySelector('canvas');
      let losses = 0;
      canvas.addEventListener('webglcontextlost', () => { losses += 1; });
      const wrapper = document.createElement('div');
      el.parentNode.insertBefore(wrapper, el);
      wrapper.append(el);
      await new Promise((r) => setTimeout(r, 800));
      return { losses, lostNow: canvas.getContext('webgl2').isContextLost() };
    });
    assert.deepEqual(lost, { losses: 0, lostNow: false }, 'the context was never given back');
    const before = await page.evaluate(() => window.airiskFrameCount);
    await page.locator('select[data-control="region"]').selectOption('GB');
    await card.waitFor((m) => m.figures.currency === 'GBP' && m.frames > before, 'frames drawn after the move');
    assert.deepEqual(errors, [], 'console or page errors');
  } finally {
    await context.close();
  }
});

// A host that re-renders takes the element off the page and puts it back a moment later, many
// times over (a field test found 16 such cycles, 20 ms apart, broke every card on the page until a
// reload: each start made a WebGL context, and the browser keeps only 16).
test('a card taken off the page and put back thirty times still works, and so do new ones', async () => {
  const { context, page, errors } = await openPage(site.url);
  try {
    await waitForFirstFrame(page, 30000);
    await new Card(page).waitForIdle();
    await page.evaluate(async () => {
      const el = document.querySelector('ai-risk-card');
      el.setAttribute('profession', 'accountant');
      const slot = el.parentNode;
      for (let i = 0; i < 30; i++) {
        el.remove();
        setTimeout(() => slot.append(el), 0);
        await new Promise((r) => setTimeout(r, 20));
      }
      const fresh = document.createElement('ai-risk-card');
      fresh.id = 'fresh';
      fresh.setAttribute('profession', 'lawyer');
      slot.append(fresh);
    });
    const mirrorOf = (id) => page.waitForFunction((id) => {
      const el = id ? document.getElementById(id) : document.querySelector('ai-risk-card');
      const figure = el?.shadowRoot?.querySelector('[data-figure="profession"]');
      return figure && el.ready ? figure.textContent : false;
    }, id, { timeout: 30000 }).then((h) => h.jsonValue());
    assert.equal(await mirrorOf(null), 'Accountant', 'the card put back shows its profession');
    await page.evaluate(() => document.getElementById('fresh').scrollIntoView());  // cards start near the screen
    assert.equal(await mirrorOf('fresh'), 'Lawyer', 'a new card shows its own');
    // Chrome counts the contexts the thirty starts released until they are collected, and may take
    // the newest card's as the oldest in use: the card asks for it back (a blink of about 0.1 s),
    // so what a visitor sees is both cards drawing once that settles.
    const lost = () => page.evaluate(() => [...document.querySelectorAll('ai-risk-card')]
      .map((el) => el.shadowRoot.querySelector('canvas').getContext('webgl2')?.isContextLost()));
    await page.waitForFunction(() => [...document.querySelectorAll('ai-risk-card')]
      .every((el) => el.shadowRoot.querySelector('canvas').getContext('webgl2')?.isContextLost() === false),
    null, { timeout: 10000 }).catch(() => {});
    assert.deepEqual(await lost(), [false, false], 'both cards have a WebGL context');
    assert.deepEqual(errors, [], 'console or page errors');
  } finally {
    await context.close();
  }
});

// Known defect: a card taken off the page and put back a moment later (a host's tab or cached
// view) started over: 350 ms blank, and the visitor's region and salary gone to the attributes'.
// Put back, it now draws on as it was left; off the page for longer than it keeps its place, it
// starts again from the state it was left in, unless the host set another meanwhile.
test('a card put back on the page is as the visitor left it; after a long time away, it reopens so', async () => {
  // A card without sync-url: with it, the address holds the visitor's state and wins anyway.
  const { context, page, errors } = await openPage(site.url + 'panel.html');
  try {
    await waitForFirstFrame(page, 30000);
    const card = new Card(page);
    await card.waitForIdle();
    await page.locator('select[data-control="region"]').selectOption('GB');
    await card.waitFor((m) => m.figures.currency === 'GBP', 'the visitor chose Britain');
    const back = await page.evaluate(async () => {
      const el = document.querySelector('ai-risk-card');
      let readies = 0;
      el.addEventListener('airisk:ready', () => { readies += 1; });
      const slot = el.parentNode;
      el.remove();
      await new Promise((r) => setTimeout(r, 1500));
      slot.append(el);
      await new Promise((r) => setTimeout(r, 1500));
      return { readies, region: el.state.region, live: el.shadowRoot.querySelector('canvas').getContext('webgl2').isContextLost() === false };
    });
    assert.deepEqual(back, { readies: 0, region: 'GB', live: true }, 'put back: no restart, the same state, drawing');
    const before = await page.evaluate(() => window.airiskFrameCount);
    await page.locator('select[data-control="region"]').selectOption('DE');
    await card.waitFor((m) => m.figures.currency === 'EUR' && m.frames > before, 'frames drawn after it came back');

    // Away for longer than it keeps its place: it starts again, from the state it was left in.
    const reopened = await page.evaluate(async () => {
      const Card = customElements.get('ai-risk-card');
      Card.keepDetachedMs = 300;
      const el = document.querySelector('ai-risk-card');
      const slot = el.parentNode;
      const readyAgain = () => new Promise((r) => el.addEventListener('airisk:ready', () => r(el.state.region), { once: true }));
      el.remove();
      await new Promise((r) => setTimeout(r, 1200));
      let ready = readyAgain();
      slot.append(el);
      const left = await ready;
      // ... unless the host set another state meanwhile: the host's wins.
      el.remove();
      await new Promise((r) => setTimeout(r, 1200));
      el.setAttribute('region', 'IN');
      ready = readyAgain();
      slot.append(el);
      const host = await ready;
      // Field test (helper-47): started again from where it was left (a link), then taken off once
      // more and given another profession while it still kept its place: it came back with that
      // profession's preset, the host's salary attribute dropped without a word. The host's state
      // set while away wins whole: the attributes it has, the salary among them.
      el.setAttribute('region', 'GB');
      el.setAttribute('salary', '£40,000');
      await new Promise((r) => setTimeout(r, 300));
      el.remove();
      await new Promise((r) => setTimeout(r, 1200));
      ready = readyAgain();
      slot.append(el);
      await ready;
      const resumed = el.state.salary;
      el.remove();
      el.setAttribute('profession', 'translator');
      await new Promise((r) => setTimeout(r, 1200));
      ready = readyAgain();
      slot.append(el);
      await ready;
      const followed = { profession: el.state.profession, salary: el.state.salary };
      // Field test (helper-49): a region the card lacks, set while it was away, restarted it in the
      // United States; on the page it keeps the region it has, and so it does now.
      el.remove();
      await new Promise((r) => setTimeout(r, 1200));
      el.setAttribute('region', 'NZ');
      ready = readyAgain();
      slot.append(el);
      await ready;
      const unknownRegion = { region: el.state.region, salary: el.state.salary, problem: el.state.problem?.attribute };
      Card.keepDetachedMs = 60000;
      return { left, host, resumed, followed, unknownRegion };
    });
    assert.deepEqual(reopened, { left: 'DE', host: 'IN', resumed: 40000, followed: { profession: 'translator', salary: 40000 },
      unknownRegion: { region: 'GB', salary: 40000, problem: 'region' } });
    assert.deepEqual(errors, [], 'console or page errors');
  } finally {
    await context.close();
  }
});

// The WASM carries the dataset packed and unpacks it itself, a part at a time (core/bundle_lines.h):
// the card needs nothing of the browser for it, not even DecompressionStream (Safari before 16.4
// had none, and the card once stopped there with a message).
test('the card unpacks its own dataset: no DecompressionStream is needed', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.addInitScript(() => { delete window.DecompressionStream; });
  await page.goto(site.url, { waitUntil: 'load' });
  await waitForFirstFrame(page, 30000);
  const card = new Card(page);
  await card.waitFor((m) => m.figures.profession && m.figures.score, 'a profession and its score');
  assert.equal(await page.locator('ai-risk-card .airisk-fallback[role="alert"]').count(), 0, 'no problem shown');
  assert.deepEqual(errors, [], 'console or page errors');
  await context.close();
});

test('a link with a section opens the card there; scrolling changes neither the link nor the state', async () => {
  const { context, page, errors } = await openPage(site.url + '#v=1&p=plumber&sec=skills');
  try {
    await waitForFirstFrame(page, 30000);
    await page.waitForFunction(() => window.scrollY > 800, null, { timeout: 15000 });
    const card = new Card(page);
    await card.waitFor((m) => m.figures.profession === 'Plumber', 'Plumber');
    const changes = await page.evaluate(() => {
      window.airiskChanges = 0;
      document.querySelector('ai-risk-card').addEventListener('airisk:change', () => { window.airiskChanges += 1; });
      return window.airiskChanges;
    });
    const live = () => page.evaluate(() => document.querySelector('ai-risk-card').shadowRoot.querySelector('.airisk-live').textContent);
    const spoken = await live();
    await page.evaluate(() => window.scrollTo(0, 0));
    await card.waitForIdle();
    await page.evaluate(() => window.scrollBy(0, 1500));
    await card.waitForIdle();
    assert.equal(await page.evaluate(() => window.location.hash), '#v=1&p=plumber&sec=skills', 'scrolling rewrote the address');
    assert.equal(await page.evaluate(() => window.airiskChanges), changes, 'airisk:change fired on scroll');
    assert.equal(await live(), spoken, 'the live region was rewritten on scroll');
    const copied = await page.evaluate(() => document.querySelector('ai-risk-card').link);
    assert.ok(!copied.includes('sec='), `the card's link opens at the top: ${copied}`);
    assert.deepEqual(errors, [], 'console or page errors');
  } finally {
    await context.close();
  }
});

// Field test: a link to a profession the card does not have showed the chooser but rewrote the
// address to the default profession, so a reload showed that report with no problem; and the host
// heard no airisk:error.
test('a link to an unknown profession keeps the address as asked and fires airisk:error', async () => {
  const asked = '#v=1&p=software-engineer&r=GB&s=60000';
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.addInitScript(() => {
    window.airiskErrors = [];
    document.addEventListener('airisk:error', (e) => window.airiskErrors.push(e.detail), true);
  });
  try {
    await page.goto(site.url + asked, { waitUntil: 'load' });
    await waitForFirstFrame(page, 30000);
    const card = new Card(page);
    await card.waitFor((m) => m.sections.includes('problem'), 'the problem said');
    await card.waitForIdle();
    await delay(400);  // the address follows the card after a short wait
    assert.equal(await page.evaluate(() => window.location.hash), asked, 'the address was rewritten');
    const heard = await page.evaluate(() => window.airiskErrors.map((d) => `${d.attribute}=${d.value}`));
    assert.equal(heard.length, 1, `airisk:error events: ${JSON.stringify(heard)}`);
    await page.reload({ waitUntil: 'load' });
    await waitForFirstFrame(page, 30000);
    await card.waitFor((m) => m.sections.includes('problem'), 'the problem said again after a reload');
    assert.deepEqual(errors, [], 'console or page errors');
  } finally {
    await context.close();
  }
});

// A page served with `policy` as its Content-Security-Policy, hearing every airisk:error: the card's
// message once it shows one, and what the host heard. `check(page, shown, heard)` asserts the rest.
async function underPolicy(policy, width, check) {
  const strict = await startServer(workDir, { port: 0, headers: { 'Content-Security-Policy': policy } });
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.airiskErrors = [];
    document.addEventListener('airisk:error', (e) => window.airiskErrors.push(e.detail), true);
  });
  try {
    await page.goto(strict.url, { waitUntil: 'load' });
    const shown = await page.locator('ai-risk-card .airisk-fallback[role="alert"]').textContent({ timeout: 30000 });
    await check(page, shown, () => page.evaluate(() => window.airiskErrors));
  } finally {
    await context.close();
    await strict.close();
  }
}

// Field test: under a CSP without 'wasm-unsafe-eval' the visitor saw the browser's own error text,
// and the host heard nothing it could act on.
test('a page CSP without wasm-unsafe-eval is said plainly and fires airisk:error', async () => {
  await underPolicy("default-src 'self'; script-src 'self'; style-src 'self'", 1280, async (page, shown, heardNow) => {
    assert.match(shown, /Content-Security-Policy does not allow WebAssembly\. Add 'wasm-unsafe-eval'/);
    const heard = await heardNow();
    assert.equal(heard.length, 1, JSON.stringify(heard));
    assert.equal(heard[0].attribute, null);
    assert.equal(heard[0].message, shown);
    // The host's monitoring hears the browser's words too (field test, helper-38: a page whose
    // fetch wrapper refused the engine was told only that a file may be damaged).
    assert.match(String(heard[0].value), /WebAssembly|section|module/, JSON.stringify(heard[0]));
  });
});

// Field test (helper-47): a page whose CSP blocked the engine's download (connect-src) was told a
// file may be missing or damaged: the host looked for a deployment fault. It is told the policy.
test('a page CSP that blocks the engine\'s download is said plainly', async () => {
  await underPolicy("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'none'", 1280,
    async (page, shown, heardNow) => {
      assert.match(shown, /Content-Security-Policy does not allow the card to download its engine.*connect-src/);
      const heard = await heardNow();
      assert.equal(heard.length, 1, JSON.stringify(heard));
      assert.equal(heard[0].message, shown);
    });
});

// Field test (helper-40): a page whose CSP allowed the card's script but not its stylesheet
// (style-src 'none', or an origin left out) showed an 1,800 px canvas the page scrolled sideways
// to, with the mirror's text spilled below it, and told the host nothing.
test('a page CSP that blocks the card\'s stylesheet is said plainly and fires airisk:error', async () => {
  await underPolicy("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'none'", 1200, async (page, shown, heardNow) => {
    assert.match(shown, /stylesheet \(airisk\.css\) did not load.*style-src/);
    await page.waitForTimeout(3000);  // long enough for the engine to have started, had it been let
    const heard = await heardNow();
    assert.equal(heard.length, 1, JSON.stringify(heard));
    assert.equal(heard[0].message, shown);
    const layout = await page.evaluate(() => {
      const root = document.querySelector('ai-risk-card').shadowRoot;
      return { pageWidth: document.documentElement.scrollWidth, canvasShown: root.querySelector('canvas').getBoundingClientRect().width > 0,
        mirrorShown: root.querySelector('#airisk-mirror').getBoundingClientRect().height > 0 };
    });
    assert.deepEqual(layout, { pageWidth: 1200, canvasShown: false, mirrorShown: false });
  });
});

// Field test (helper-37): while the engine downloaded, the loading text followed the visitor's own
// colour scheme, not the theme attribute: grey #4b5563 on a dark host's theme="dark" card, 2.5:1.
test('a card still loading follows its theme attribute', async () => {
  const { context, page, release } = await openWithEngineHeld(site.url + 'dark-host.html', { colorScheme: 'light' });
  try {
    const progress = page.locator('ai-risk-card .airisk-progress');
    await progress.waitFor({ state: 'visible', timeout: 30000 });
    const colour = await progress.evaluate((el) => getComputedStyle(el).color);
    assert.equal(colour, 'rgb(168, 178, 193)', 'the dark theme\'s muted text');
  } finally {
    release();
    await context.close();
  }
});

// Field test (helper-36): while the engine downloaded, the card was a black box the height of the
// screen with its loading text dim on it: the WebGL canvas, made early and not yet drawn. It is
// shown from its first frame; until then the card is the page with the loading bar.
test('a card still loading shows its loading bar on the page, not an undrawn black canvas', async () => {
  const { context, page, release } = await openWithEngineHeld(site.url);
  const canvasShown = () => page.evaluate(() => {
    const canvas = document.querySelector('ai-risk-card')?.shadowRoot?.querySelector('#airisk-canvas');
    return canvas ? getComputedStyle(canvas).visibility : 'no canvas';
  });
  try {
    await page.locator('ai-risk-card .airisk-progress').waitFor({ state: 'visible', timeout: 30000 });
    assert.equal(await canvasShown(), 'hidden', 'the canvas, not drawn, would be a black box');
    release();
    await waitForFirstFrame(page, 60000);
    assert.equal(await canvasShown(), 'visible', 'drawn, the canvas is the card');
    await page.locator('ai-risk-card .airisk-progress').waitFor({ state: 'detached', timeout: 30000 });
  } finally {
    release();
    await context.close();
  }
});

// Field test: with a damaged engine file the visitor read the browser's own words ("section (code
// 2, "Import") extends past end of the module"). The card says what happened in plain words; the
// browser's text goes to the console for the integrator.
test('an engine that cannot load is said plainly, with the browser\'s words in the console', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const logged = [];
  page.on('console', (m) => logged.push(m.text()));
  await page.addInitScript(() => {
    window.airiskErrors = [];
    document.addEventListener('airisk:error', (e) => window.airiskErrors.push(e.detail), true);
  });
  await page.route('**/*.wasm', async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    await route.fulfill({ response, body: body.subarray(0, 2000) });
  });
  try {
    await page.goto(site.url, { waitUntil: 'load' });
    const shown = await page.locator('ai-risk-card .airisk-fallback[role="alert"]').textContent({ timeout: 30000 });
    assert.match(shown, /could not start: its engine did not load/);
    assert.doesNotMatch(shown, /WebAssembly|section|module/, shown);
    const heard = await page.evaluate(() => window.airiskErrors);
    assert.equal(heard.length, 1, JSON.stringify(heard));
    assert.equal(heard[0].attribute, null);
    assert.equal(heard[0].message, shown);
    // The host's monitoring hears the browser's words too (field test, helper-38: a page whose
    // fetch wrapper refused the engine was told only that a file may be damaged).
    assert.match(String(heard[0].value), /WebAssembly|section|module/, JSON.stringify(heard[0]));
    assert.ok(logged.some((line) => /airisk: .*(WebAssembly|section|module)/.test(line)), logged.join('\n'));
  } finally {
    await context.close();
  }
});

// Field test: with sync-url, a page opened at its own anchor (#section-foo) had it rewritten to
// the card's link before anyone touched the card. Only an address holding a card link is the card's
// to rewrite at start; the card's own changes follow later.
test('sync-url leaves the host\'s own anchor alone at start', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(`${site.url}?utm=x#section-foo`, { waitUntil: 'load' });
    await waitForFirstFrame(page, 60000);
    await new Card(page).waitForIdle();
    assert.equal(await page.evaluate(() => window.location.hash), '#section-foo');
    // A card link in the address is still read, and one with a part it cannot use is rewritten.
    await page.goto(`${site.url}#v=1&p=registered-nurse&r=Atlantis`, { waitUntil: 'load' });
    await waitForFirstFrame(page, 60000);
    await new Card(page).waitFor((m) => m.figures.profession === 'Registered Nurse', 'the linked profession');
    await page.waitForFunction(() => !window.location.hash.includes('Atlantis'));
  } finally {
    await context.close();
  }
});

test('a card in a host panel that scrolls on its own shows the part the panel scrolls to', async () => {
  const { context, page, errors } = await openPage(site.url + 'panel.html');
  try {
    await waitForFirstFrame(page, 60000);
    const card = new Card(page);
    await card.waitFor((m) => 'copy-link' in m.controls, 'the share section in the mirror');
    // The panel scrolled to its end, as a wheel over it would: the canvas shows the card's end,
    // so the share buttons are on it (their rects are canvas pixels), not 2,000 px below it.
    await page.evaluate(() => { const panel = document.getElementById('panel'); panel.scrollTop = panel.scrollHeight; });
    const m = await card.waitFor((x) => {
      const y = Number(String(x.controls['copy-link']).split(' ')[1]);
      return y >= 0 && y < 600;
    }, 'the copy-link button on the canvas after the panel scrolled');
    const canvasHeight = await page.evaluate(() => document.querySelector('ai-risk-card').shadowRoot.querySelector('canvas').clientHeight);
    assert.ok(canvasHeight <= 600, `the canvas fits the panel: ${canvasHeight} px`);
    assert.ok(m.controls['copy-link']);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a card sized by a host flex layout takes its natural width, never more than the page', async () => {
  for (const [width, scale] of [[1280, 1], [1280, 2], [375, 2]]) {
    const { context, page, errors } = await openPage(site.url + 'flex.html',
      { viewport: { width, height: 800 }, deviceScaleFactor: scale });
    try {
      await page.waitForFunction(() => [...document.querySelectorAll('ai-risk-card')].every((c) => c.ready), null,
        { timeout: 60000 });
      await delay(500);  // a frame that resized the canvas would have grown the card by now
      const widths = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('ai-risk-card')]
        .map((c) => [c.id, Math.round(c.getBoundingClientRect().width)]).concat([['page', document.documentElement.scrollWidth]])));
      const where = `${width} px at ${scale}x: ${JSON.stringify(widths)}`;
      assert.equal(widths.page, width, `nothing overflows the page: ${where}`);
      // Neither growing nor shrinking, it is as wide as its widest layout (980 px of content and
      // its padding), or the page where that is narrower.
      assert.equal(widths.fixed, Math.min(1036, width), `the fixed flex item: ${where}`);
      assert.equal(widths.floated, Math.min(1036, width), `the floated card: ${where}`);
      // Beside a 200 px sidebar it takes the rest of the row, up to that natural width.
      assert.equal(widths.beside, Math.min(1036, width - 216), `the card beside a sidebar: ${where}`);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  }
});

test('a card whose host sets it to display: contents or inline starts, draws and follows the host', async () => {
  const { context, page, errors } = await openPage(site.url + 'host-display.html', { viewport: { width: 1280, height: 800 } });
  try {
    await page.waitForFunction(() => [...document.querySelectorAll('ai-risk-card')].every((c) => c.ready), null,
      { timeout: 60000 }).catch(() => {});
    const cards = await page.evaluate(() => [...document.querySelectorAll('ai-risk-card')].map((c) => {
      const card = c.shadowRoot.querySelector('.airisk-card');
      return { id: c.id, ready: !!c.ready, drawn: card.hasAttribute('data-drawn'), width: Math.round(card.getBoundingClientRect().width) };
    }));
    for (const card of cards) {
      assert.ok(card.ready && card.drawn, `${card.id}: ready and drawn: ${JSON.stringify(cards)}`);
      assert.ok(card.width > 1000, `${card.id}: as wide as the page: ${JSON.stringify(cards)}`);
    }
    // And it follows the host's attributes like any card.
    await page.evaluate(() => document.getElementById('contents').setAttribute('profession', 'electrician'));
    await page.waitForFunction(() => document.getElementById('contents').state?.profession === 'electrician', null, { timeout: 10000 });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

// Field test (helper-36): inside a host's zoom: 1.5 the canvas was drawn at 800x600 and stretched to
// 1200x900 on screen, its small text soft. Shown larger than its CSS size, the card draws at the
// size it is shown.
test('a card the host shows enlarged draws at the size it is shown, sharp', async () => {
  for (const name of ['enlarged', 'zoomed-in']) {
    const { context, page, errors } = await openPage(site.url + `${name}.html`);
    try {
      await waitForFirstFrame(page, 60000);
      await new Card(page).waitForIdle();
      const sizes = await shownCanvas(page);
      assert.ok(Math.abs(sizes.shown / sizes.css - 1.5) < 0.01, `${name}: shown at ${sizes.shown / sizes.css}`);
      assert.ok(Math.abs(sizes.backing - sizes.shown) <= 1,
        `${name}: ${sizes.backing} pixels drawn for ${sizes.shown} shown (CSS ${sizes.css})`);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  }
});

// Known defect: the card ignored the visitor's text size: with the browser set to 20 px text (not
// the 16 px default), the page's own text grew and the card's stayed small. The card now follows
// the browser's setting ('medium'), text and layout together, sharp, and still clicks where shown;
// a host's own root size (html { font-size: 62.5% }) is the host's design and changes nothing.
test('the card follows the visitor\'s text size, not the host\'s root size', async () => {
  for (const [standard, rootSize, expected] of [[20, '', 1.25], [16, '62.5%', 1]]) {
    const { context, page, errors } = await openPage('about:blank');
    try {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Page.enable');
      await cdp.send('Page.setFontSizes', { fontSizes: { standard, fixed: 13 } });
      if (rootSize) await page.addInitScript((size) => {
        document.addEventListener('DOMContentLoaded', () => { document.documentElement.style.fontSize = size; });
      }, rootSize);
      await page.goto(site.url);
      await waitForFirstFrame(page, 60000);
      const card = new Card(page);
      const m = await card.waitFor((x) => 'preset-entry' in x.controls && x.figures.entry !== undefined, 'the presets');
      const box = await shownCanvas(page);
      assert.ok(Math.abs(box.scale - expected) < 0.01, `${standard} px text: the canvas is shown at ${box.scale}`);
      const sizes = await shownCanvas(page);
      assert.ok(Math.abs(sizes.backing - sizes.shown) <= 1, `${sizes.backing} pixels drawn for ${sizes.shown} shown`);
      const [x, y, w, h] = String(m.controls['preset-entry']).split(' ').map(Number);
      await page.mouse.click(box.left + (x + w / 2) * box.scale, box.top + (y + h / 2) * box.scale);
      await card.waitFor((x2) => x2.figures.salary === m.figures.entry, 'the entry preset, clicked where it is shown');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  }
});

// Field test (helper-37): on a phone, in a card the host shows scaled or zoomed, a tap on the salary
// field focused nothing (no keyboard) and one on the region opened no list: the element looked for
// the field under the finger in unscaled pixels. A click on a desktop missed the same way.
test('a tap or click on a field of a card the host shows scaled opens its input', async () => {
  for (const name of ['scaled', 'zoomed', 'enlarged']) {
    for (const phone of [true, false]) {
      const { context, page, errors } = await openPage(site.url + `${name}.html`, phone
        ? { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } : {});
      try {
        await waitForFirstFrame(page, 60000);
        const card = new Card(page);
        const m = await card.waitFor((x) => 'salary' in x.controls, 'the salary field');
        const [x, y, w, h] = String(m.controls.salary).split(' ').map(Number);
        const box = await shownCanvas(page);
        const at = [box.left + (x + w / 2) * box.scale, box.top + (y + h / 2) * box.scale];
        if (phone) await page.touchscreen.tap(...at); else await page.mouse.click(...at);
        await page.waitForFunction(() => document.querySelector('ai-risk-card').shadowRoot.activeElement?.dataset?.overlay === 'salary',
          null, { timeout: 5000 }).catch(() => {});
        const focused = await page.evaluate(() => document.querySelector('ai-risk-card').shadowRoot.activeElement?.dataset?.overlay ?? null);
        assert.equal(focused, 'salary', `${name}, ${phone ? 'tapped' : 'clicked'} at shown scale ${box.scale}`);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    }
  }
});

// Field test: on a host page that scales the card (transform: scale(0.8), or zoom), a click on a
// drawn button landed on whatever is drawn where the button would be unscaled.
test('a click on a card the host shows scaled lands on what it is shown on', async () => {
  for (const name of ['scaled', 'zoomed']) {
    const { context, page, errors } = await openPage(site.url + `${name}.html`);
    try {
      await waitForFirstFrame(page, 60000);
      const card = new Card(page);
      const m = await card.waitFor((x) => 'preset-entry' in x.controls && x.figures.entry !== undefined, 'the presets');
      const entry = m.figures.entry;
      assert.notEqual(m.figures.salary, entry, 'the card starts at the experienced preset');
      const [x, y, w, h] = String(m.controls['preset-entry']).split(' ').map(Number);
      const box = await shownCanvas(page);
      assert.ok(Math.abs(box.scale - 0.8) < 0.01, `${name}: the canvas is shown at ${box.scale}`);
      await page.mouse.click(box.left + (x + w / 2) * box.scale, box.top + (y + h / 2) * box.scale);
      await card.waitFor((x2) => x2.figures.salary === entry, `${name}: the entry preset, clicked where it is shown`);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  }
});
