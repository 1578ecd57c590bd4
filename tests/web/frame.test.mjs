// The iframe protocol's two sides under awkward pages: airisk-frame-host.js (the parent) with an
// about:blank placeholder before a real card, frames added and pointed at the card later, and a
// flood of messages both ways; card-frame.js (the card page) applying one view per animation frame.
// The card is served from one origin and the host pages from another, as on a real careers site.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { collectPageErrors, launchBrowser } from './lib/browser.mjs';
import { startServer } from './lib/server.mjs';
import { root, delay } from './lib/card.mjs';

const distDir = path.join(root, 'dist');
const LOAD_MS = 60000;  // a card in a frame: engine download, compile and first frame in SwiftShader
let browser, site, host;

// Every frame counts the viewport messages it gets, from its first script on.
function recordViewports() {
  window.airiskViewports = { count: 0, last: null };
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== 'airisk:viewport') return;
    window.airiskViewports.count++;
    window.airiskViewports.last = { top: data.top, height: data.height };
  }, true);
}

before(async () => {
  assert.ok(fs.existsSync(path.join(distDir, 'card.html')), 'dist/card.html is missing: run scripts/build');
  site = await startServer(distDir, { port: 0 });
  const hostDir = fs.mkdtempSync(path.join(os.tmpdir(), 'airisk-frames-'));
  const page = (title, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>body { margin: 0 } iframe { display: block; width: 100%; border: 0; height: 300px } .gap { height: 700px }</style></head>
<body><h1>${title}</h1>${body}<div class="gap"></div><div class="gap"></div><div class="gap"></div>
<script src="${site.url}airisk-frame-host.js" defer></script></body></html>`;
  const frame = (attrs) => `<iframe data-airisk title="AI risk report card" sandbox="allow-scripts allow-same-origin" ${attrs}></iframe>`;
  fs.writeFileSync(path.join(hostDir, 'blank-first.html'), page('A placeholder first',
    // Both on the first screen: a card in a cross-origin frame starts once the frame is on screen.
    `${frame('id="placeholder" src="about:blank"')}${frame(`id="real" src="${site.url}card.html#v=1&p=plumber"`)}`));
  fs.writeFileSync(path.join(hostDir, 'later.html'), page('Frames added later', '<div id="slot"></div>'));
  fs.writeFileSync(path.join(hostDir, 'one.html'), page('One card', frame(`id="real" src="${site.url}card.html#v=1&p=plumber"`)));
  host = await startServer(hostDir, { port: 0 });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close().catch(() => {});
  await site?.close().catch(() => {});
  await host?.close().catch(() => {});
});

async function openPage(name) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  await context.addInitScript(recordViewports);
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(host.url + name, { waitUntil: 'load' });
  return { context, page, errors };
}

// The page's frame whose address matches `pattern`, once it exists.
async function frameLike(page, pattern) {
  const deadline = Date.now() + LOAD_MS;
  for (;;) {
    const found = page.frames().find((f) => pattern.test(f.url()));
    if (found) return found;
    if (Date.now() > deadline) assert.fail(`no frame at ${pattern}; frames: ${page.frames().map((f) => f.url()).join(', ')}`);
    await delay(50);
  }
}

// The iframe element `selector` grows to its card (the card's height message) and its card has
// had a viewport message: both sides of the protocol work for it.
async function waitSizedAndViewed(page, selector, frame) {
  await page.waitForFunction((s) => document.querySelector(s)?.getBoundingClientRect().height > 1000, selector, { timeout: LOAD_MS });
  await frame.waitForFunction(() => window.airiskViewports.count > 0, null, { timeout: LOAD_MS });
}

const viewports = (frame) => frame.evaluate(() => ({ ...window.airiskViewports }));

// After the page scrolls, the frame gets a view whose top is how far its top has left the screen.
async function assertFollowsScroll(page, selector, frame) {
  const before = await viewports(frame);
  const top = await page.evaluate((s) => {
    const el = document.querySelector(s);
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY + 250);
    return Math.max(0, -el.getBoundingClientRect().top);
  }, selector);
  await frame.waitForFunction((n) => window.airiskViewports.count > n, before.count, { timeout: 10000 })
    .catch(() => assert.fail(`${selector} got no viewport message after the page scrolled`));
  await frame.waitForFunction((t) => Math.abs(window.airiskViewports.last.top - t) < 2, top, { timeout: 10000 })
    .catch(async () => assert.fail(`${selector}: view top ${JSON.stringify((await viewports(frame)).last)}, want ${top}`));
}

test('an about:blank placeholder before a real card stops nothing, and is served once it navigates', async () => {
  const { context, page, errors } = await openPage('blank-first.html');
  try {
    const plumber = await frameLike(page, /p=plumber/);
    await waitSizedAndViewed(page, '#real', plumber);
    await assertFollowsScroll(page, '#real', plumber);
    // The lazy placeholder gets its card: from then on it is sized and told its view like the other.
    await page.evaluate((url) => {
      window.scrollTo(0, 0);  // the placeholder back on screen, where its card will start
      document.querySelector('#placeholder').src = url;
    }, `${site.url}card.html#v=1&p=registered-nurse`);
    const nurse = await frameLike(page, /p=registered-nurse/);
    await waitSizedAndViewed(page, '#placeholder', nurse);
    await assertFollowsScroll(page, '#placeholder', nurse);
    await assertFollowsScroll(page, '#real', plumber);
    assert.deepEqual(errors, [], 'console or page errors');
  } finally {
    await context.close();
  }
});

test('frames added later, with a src or as an empty placeholder given one later, are sized and told their view', async () => {
  const { context, page, errors } = await openPage('later.html');
  try {
    await page.evaluate((url) => {
      const slot = document.querySelector('#slot');
      slot.insertAdjacentHTML('beforeend', '<iframe data-airisk id="lazy" title="card" sandbox="allow-scripts allow-same-origin"></iframe>');
      const added = document.createElement('iframe');
      Object.assign(added, { id: 'added', title: 'card', src: url });
      added.setAttribute('sandbox', 'allow-scripts allow-same-origin');
      added.dataset.airisk = '';
      slot.append(added);
    }, `${site.url}card.html#v=1&p=plumber`);
    const plumber = await frameLike(page, /p=plumber/);
    await waitSizedAndViewed(page, '#added', plumber);
    await page.evaluate((url) => { document.querySelector('#lazy').src = url; }, `${site.url}card.html#v=1&p=electrician`);
    const electrician = await frameLike(page, /p=electrician/);
    await waitSizedAndViewed(page, '#lazy', electrician);
    await assertFollowsScroll(page, '#added', plumber);
    assert.deepEqual(errors, [], 'console or page errors');
  } finally {
    await context.close();
  }
});

test('floods of messages cost one update per animation frame on both sides', async () => {
  const { context, page, errors } = await openPage('one.html');
  try {
    const card = await frameLike(page, /p=plumber/);
    await waitSizedAndViewed(page, '#real', card);
    // Animation frames are counted on both sides while the floods run.
    const countFrames = () => { window.animationFrames = 0; const tick = () => { window.animationFrames++; requestAnimationFrame(tick); }; requestAnimationFrame(tick); };
    await page.evaluate(countFrames);
    await card.evaluate(countFrames);

    // The card page: 100,000 viewport messages from the parent, then one to recognise as the last.
    await card.evaluate(() => {
      const element = document.querySelector('ai-risk-card');
      const setView = element.setView.bind(element);
      window.setViews = { count: 0, last: null };
      element.setView = (top, height) => { window.setViews.count++; window.setViews.last = { top, height }; setView(top, height); };
      window.animationFrames = 0;
    });
    await page.evaluate((origin) => {
      const target = document.querySelector('#real').contentWindow;
      for (let i = 0; i < 100000; i++) target.postMessage({ type: 'airisk:viewport', top: i % 900, height: 400 }, origin);
      target.postMessage({ type: 'airisk:viewport', top: 321, height: 432 }, origin);
    }, new URL(site.url).origin);
    await card.waitForFunction(() => window.setViews.last?.top === 321 && window.setViews.last?.height === 432, null, { timeout: 90000 })
      .catch(async () => assert.fail(`the last view was not applied: ${JSON.stringify(await card.evaluate(() => window.setViews))}`));
    const cardSide = await card.evaluate(() => ({ applied: window.setViews.count, frames: window.animationFrames }));
    console.log(`# card.html: ${cardSide.applied} views applied for 100,001 messages over ${cardSide.frames} animation frames`);
    assert.ok(cardSide.applied <= cardSide.frames + 1 && cardSide.applied < 1000,
      `card.html applied ${cardSide.applied} views for 100,001 messages over ${cardSide.frames} animation frames`);

    // The host page: 1,000 height messages from the card page, each of which asks for a view.
    const before = (await viewports(card)).count;
    await page.evaluate(() => { window.animationFrames = 0; });
    await card.evaluate(() => {
      for (let i = 0; i < 1000; i++) window.parent.postMessage({ type: 'airisk:height', height: 3000 + (i % 7) }, '*');
      window.parent.postMessage({ type: 'airisk:height', height: 3210 }, '*');
    });
    await page.waitForFunction(() => document.querySelector('#real').style.height === '3210px', null, { timeout: 30000 });
    // Two animation frames later every view the host queued has been sent.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await card.evaluate(() => new Promise((r) => setTimeout(r, 200)));
    const sent = (await viewports(card)).count - before;
    const hostFrames = await page.evaluate(() => window.animationFrames);
    console.log(`# host: ${sent} viewport messages for 1,001 height messages over ${hostFrames} animation frames`);
    assert.ok(sent >= 1 && sent <= hostFrames + 1 && sent < 100,
      `the host sent ${sent} viewport messages for 1,001 height messages over ${hostFrames} animation frames`);
    assert.deepEqual(errors, [], 'console or page errors');
  } finally {
    await context.close();
  }
});
