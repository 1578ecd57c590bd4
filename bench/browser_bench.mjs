#!/usr/bin/env node
// Browser figures for scripts/bench: the card (dist/) next to a bare Dear ImGui page built the same way
// (build/bench-reference/), in Debian's Chromium headless. Runs alternate card, reference, card, ...
// so a slow spell of the machine hits both alike; every run gets a fresh browser context (empty cache).
// Prints one JSON object: per-run figures, their medians, and gzip sizes of the files each page loads.
// Usage: node bench/browser_bench.mjs [--runs N] [--card DIR] [--reference DIR]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectPageErrors, launchBrowser, waitForFirstFrame } from '../tests/web/lib/browser.mjs';
import { startServer } from '../scripts/serve.mjs';
import { Card } from '../tests/web/lib/card.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const VIEW = { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 };
const IDLE_MS = 5000;
const TYPED = '125,000.50'; // a 10-character salary the card accepts (over 100 million is refused)
const TYPING_ROUNDS = 3;
const KEY_DELAY_MS = 40; // a fast typist: 25 keys a second
const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) || 100;
const log = (s) => process.stderr.write(`browser_bench: ${s}\n`);
const delay = (ms) => new Promise((r) => setTimeout(r, ms));

function parseArgs(argv) {
  const o = { runs: 5, card: path.join(root, 'dist'), reference: path.join(root, 'build/bench-reference') };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') o.runs = Number(argv[++i]);
    else if (argv[i] === '--card') o.card = path.resolve(argv[++i]);
    else if (argv[i] === '--reference') o.reference = path.resolve(argv[++i]);
    else throw new Error(`unknown argument '${argv[i]}'`);
  }
  if (!(Number.isInteger(o.runs) && o.runs > 0)) throw new Error('--runs needs a positive integer');
  return o;
}

// [SECTION] CPU of the whole Chromium process tree, from /proc

// utime + stime (clock ticks) of every process below this node process: Playwright spawns Chromium
// as our child, and the GPU, renderer and utility processes hang below it (through the zygotes).
// Only chrome_crashpad_handler escapes (it double-forks to init); it sleeps unless something crashes.
function chromiumTicks() {
  const children = new Map(); // ppid -> [pid]
  const ticks = new Map();
  for (const pid of fs.readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    let stat;
    try { stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8'); } catch { continue; } // exited meanwhile
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // the name may hold spaces and ')'
    const ppid = f[1];
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid).push(pid);
    ticks.set(pid, Number(f[11]) + Number(f[12]));
  }
  const tree = new Map();
  const todo = [...(children.get(String(process.pid)) || [])];
  while (todo.length) {
    const pid = todo.pop();
    tree.set(pid, ticks.get(pid));
    todo.push(...(children.get(pid) || []));
  }
  return tree;
}

// Cores busy between two samples; a process born in between counts from zero, one that died is lost.
function coresBusy(before, after, seconds) {
  let ticks = 0;
  for (const [pid, t] of after) ticks += t - (before.get(pid) || 0);
  return ticks / CLK_TCK / seconds;
}

// [SECTION] page helpers

// Runs before any page script, in both pages.
// 1. Keeps every WebAssembly.Memory an instance exports: neither page exports its heap to JS
//    (Emscripten keeps HEAP8 inside the module's closure).
// 2. Times WebGL getParameter. ImGui's GL3 backend reads GL state that way around every draw, and in
//    Chromium some of those reads are round trips to the GPU process that wait until it has finished the
//    previous frame; under SwiftShader that is software rasterisation. The pages push each frame's duration
//    into window.airiskFrameTimes (kept if it exists), so the time spent waiting is noted beside it.
function instrumentPage() {
  const memories = (window.__benchWasmMemories = []);
  const keep = (result) => {
    const instance = result instanceof WebAssembly.Instance ? result : result && result.instance;
    for (const value of Object.values((instance && instance.exports) || {})) {
      if (value instanceof WebAssembly.Memory) memories.push(value);
    }
    return result;
  };
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    if (original) WebAssembly[name] = function (...args) { return original.apply(this, args).then(keep); };
  }

  let waitMs = 0;
  const getParameter = WebGL2RenderingContext.prototype.getParameter;
  WebGL2RenderingContext.prototype.getParameter = function (name) {
    const start = performance.now();
    try { return getParameter.call(this, name); } finally { waitMs += performance.now() - start; }
  };
  const waits = (window.__benchFrameGlWaits = []);
  const times = (window.airiskFrameTimes = []);
  times.push = function (frameMs) {
    waits.push(waitMs);
    waitMs = 0;
    if (waits.length > 600) waits.shift();
    return Array.prototype.push.call(this, frameMs);
  };
}

const frameCount = (page) => page.evaluate(() => window.airiskFrameCount || 0);

// Waits until no frame has been drawn for `quietMs` (the card draws a few after each change).
async function settle(page, quietMs = 500, timeoutMs = 8000) {
  const deadline = Date.now() + timeoutMs;
  let frames = await frameCount(page), since = Date.now();
  while (Date.now() - since < quietMs) {
    if (Date.now() > deadline) return false;
    await delay(100);
    const now = await frameCount(page);
    if (now !== frames) [frames, since] = [now, Date.now()];
  }
  return true;
}

// Where to click to type: the card's salary control (its CSS-pixel rect on the canvas, from the DOM
// mirror); for the reference, the middle of its canvas.
async function typingTarget(page, kind) {
  if (kind === 'reference') {
    const box = await page.locator('#reference-canvas').boundingBox();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }
  // The field may sit below the fold (the headline comes first): scrolled to, as a person would.
  return new Card(page).locate('salary');
}

const salaryFigure = (page) => page.locator('#airisk-mirror [data-figure="salary"]').first().textContent({ timeout: 5000 }).catch(() => null);

// [SECTION] one run

// On a loaded machine a click now and then misses the field's focus; such a run typed nothing.
class TypingMissed extends Error {}
const kTypingAttempts = 3;

async function measure(browser, kind, url) {
  const context = await browser.newContext(VIEW);
  try {
    await context.addInitScript(instrumentPage);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    const sizes = []; // response body sizes as the page received them: scripts/serve.mjs does not compress
    page.on('requestfinished', (request) => {
      sizes.push(request.sizes().then((s) => ({ url: new URL(request.url()).pathname, bytes: s.responseBodySize })));
    });
    const cdp = await context.newCDPSession(page);

    await page.goto(url, { waitUntil: 'load' });
    await waitForFirstFrame(page);
    const firstFrameMs = await page.evaluate(() => performance.getEntriesByName('airisk:first-frame')[0].startTime);
    // The card marks its first frame on the no-WebGL fallback too: that page is not what is measured.
    if (!(await frameCount(page))) throw new Error(`${kind}: the first-frame mark came without a drawn frame (no WebGL2?)`);
    // When the .wasm finished arriving: what is left of the first frame is compiling and starting up.
    const wasmFetchedMs = await page.evaluate(() => performance.getEntriesByType('resource')
      .find((e) => e.name.endsWith('.wasm'))?.responseEnd ?? null);
    const settled = await settle(page);

    // Idle: nothing happens on the page, so any frame or CPU is the page's (or the browser's) own doing.
    const frames0 = await frameCount(page), cpu0 = chromiumTicks(), t0 = Date.now();
    await delay(IDLE_MS);
    const cpu1 = chromiumTicks(), idleSeconds = (Date.now() - t0) / 1000, idleFrames = (await frameCount(page)) - frames0;

    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const wasmBytes = await page.evaluate(() => window.__benchWasmMemories.reduce((n, m) => n + m.buffer.byteLength, 0));

    // Typing: click the field, select all, type; the frames drawn from Ctrl+A to the last settle frame.
    const before = kind === 'card' ? await salaryFigure(page) : null;
    const target = await typingTarget(page, kind);
    await page.mouse.click(target.x, target.y);
    await settle(page, 300);
    const typed0 = await frameCount(page);
    const mirrors0 = await page.evaluate(() => window.airiskMirrorCount || 0);
    // As a person types: a key at a time, each in its own frame, the field retyped a few times so the
    // median is of some thirty frames (typed all at once, ten keys fit in about six frames).
    for (let round = 0; round < TYPING_ROUNDS; round++) {
      await page.keyboard.press('Control+A');
      await page.keyboard.type(TYPED, { delay: KEY_DELAY_MS });
    }
    // The card reads a typed salary when the visitor pauses (0.8 s), presses Enter or leaves the
    // field: Enter, as a visitor ends an entry (on both pages, so both draw its frame).
    await page.keyboard.press('Enter');
    const typingSettled = await settle(page, 300);
    const typedFrames = (await frameCount(page)) - typed0;
    const [times, waits] = await page.evaluate((n) => (n > 0
      ? [window.airiskFrameTimes.slice(-n), window.__benchFrameGlWaits.slice(-n)] : [[], []]), typedFrames);
    const ownTimes = times.map((t, i) => t - waits[i]);
    // The card's DOM mirror follows the canvas at most every 150 ms while typing, some of it after the
    // frame, by a timer: how often, and what a write costs, so that work is not hidden.
    const mirrorWrites = kind === 'card' ? (await page.evaluate(() => window.airiskMirrorCount || 0)) - mirrors0 : null;
    const mirrorTimes = mirrorWrites ? await page.evaluate((n) => window.airiskMirrorTimes.slice(-n), mirrorWrites) : [];
    const after = kind === 'card' ? await salaryFigure(page) : null;
    const typingLanded = kind === 'card' ? after !== before : null; // else the click missed the field
    // A click that missed the field measures frames that typed nothing: no figure at all is better.
    if (typingLanded === false) {
      const shot = path.join(root, 'build/bench-typing-missed.png');
      await page.screenshot({ path: shot });
      throw new TypingMissed(`card run: the salary figure did not change after typing (${after}, clicked at ${target.x},${target.y}; see ${shot})`);
    }
    if (!settled || !typingSettled) log(`${kind} run: frames never stopped for long (settled: ${settled}, after typing: ${typingSettled})`);
    if (errors.length) log(`${kind} run: page errors:\n  ${errors.join('\n  ')}`);

    const files = await Promise.all(sizes);
    return {
      first_frame_ms: firstFrameMs,
      wasm_fetched_ms: wasmFetchedMs,
      idle_frames: idleFrames,
      idle_cpu_cores: coresBusy(cpu0, cpu1, idleSeconds),
      typing_frames: typedFrames,
      typing_mirror_writes: mirrorWrites,
      typing_mirror_write_median_ms: kind === 'card' ? median(mirrorTimes) : null,
      // All of typing's own work, whichever callback does it, per key pressed (Ctrl+A and the closing Enter count).
      typing_work_per_key_ms: (ownTimes.reduce((n, t) => n + t, 0) + mirrorTimes.reduce((n, t) => n + t, 0)) /
        (TYPING_ROUNDS * (TYPED.length + 1) + 1),
      typing_landed: typingLanded,
      typing_frame_median_ms: median(times),
      typing_frame_worst_ms: times.length ? Math.max(...times) : null,
      typing_frame_gl_wait_median_ms: median(waits),
      typing_frame_without_wait_median_ms: median(ownTimes),
      typing_frame_without_wait_worst_ms: ownTimes.length ? Math.max(...ownTimes) : null,
      transfer_bytes: files.reduce((n, f) => n + f.bytes, 0),
      wasm_memory_bytes: wasmBytes,
      js_heap_used_bytes: heap.usedSize,
      requests: files,
      errors: errors.length,
    };
  } finally {
    await context.close();
  }
}

// [SECTION] several cards on one page

// The WebAssembly memory of a page holding `count` cards, once every card has drawn: one engine
// serves them all, so each card after the first should add only its own state. The page is served
// by routing (nothing is written into the card's folder); cards start near the screen, so each is
// scrolled to in turn.
const SIX_PROFESSIONS = ['backend-developer', 'registered-nurse', 'plumber', 'electrician', 'accountant', 'translator'];

async function cardsMemory(browser, url, count) {
  const context = await browser.newContext(VIEW);
  try {
    await context.addInitScript(instrumentPage);
    const cards = SIX_PROFESSIONS.slice(0, count).map((slug, i) => `<ai-risk-card id="c${i}" profession="${slug}"></ai-risk-card>`);
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Cards</title>
<link rel="stylesheet" href="airisk.css"><script type="module" src="airisk.js"></script></head><body>${cards.join('')}</body></html>`;
    const pageUrl = new URL(`bench-${count}-cards.html`, url).href;
    await context.route(pageUrl, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(pageUrl, { waitUntil: 'load' });
    for (let i = 0; i < count; i++) {
      await page.evaluate((id) => document.getElementById(id).scrollIntoView(), `c${i}`);
      await page.waitForFunction((id) => document.getElementById(id).shadowRoot.querySelector('[data-ready]'), `c${i}`,
        { timeout: 60000 });
    }
    await settle(page);
    // The shared search index is built once the browser is idle: the first card's, not the others'.
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5000 })));
    if (errors.length) log(`${count}-card page: page errors:\n  ${errors.join('\n  ')}`);
    // Awaited here: the context closes in `finally` as soon as this returns.
    return await page.evaluate(() => ({
      instances: window.__benchWasmMemories.length,
      bytes: window.__benchWasmMemories.reduce((n, m) => n + m.buffer.byteLength, 0),
      heap: document.querySelector('ai-risk-card').engine.heapBytes(),
    }));
  } finally {
    await context.close();
  }
}

async function sixCards(browser, url) {
  const one = await cardsMemory(browser, url, 1);
  const six = await cardsMemory(browser, url, 6);
  return {
    wasm_instances: six.instances,
    one_card_wasm_memory_bytes: one.bytes,
    six_cards_wasm_memory_bytes: six.bytes,
    wasm_memory_per_further_card_bytes: (six.bytes - one.bytes) / 5,
    one_card_heap_bytes: one.heap,
    six_cards_heap_bytes: six.heap,
    heap_per_further_card_bytes: (six.heap - one.heap) / 5,
  };
}

// [SECTION] summary

function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

// gzip -9 of each file the page fetched from its own folder (404s, e.g. an automatic favicon, skipped).
function gzipSizes(dir, requests) {
  const out = {};
  let total = 0;
  for (const name of new Set(requests.map((r) => decodeURIComponent(r.url).replace(/^\/$/, '/index.html').slice(1)))) {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) continue;
    out[name] = execFileSync('gzip', ['-9', '-c', file], { maxBuffer: 1 << 28 }).length;
    total += out[name];
  }
  out.total = total;
  return out;
}

function summarise(dir, runs) {
  const keys = Object.keys(runs[0]).filter((k) => typeof runs[0][k] === 'number' && k !== 'errors');
  const medians = Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))]));
  medians.typing_frame_worst_of_runs_ms = Math.max(...runs.map((r) => r.typing_frame_worst_ms ?? 0));
  const first = runs[0].requests;
  return {
    gzip_bytes: gzipSizes(dir, first),
    transfer_bytes_by_file: Object.fromEntries(first.map((r) => [r.url, r.bytes])),
    page_errors: runs.reduce((n, r) => n + r.errors, 0),
    median: medians,
    runs: runs.map(({ requests, ...figures }) => figures), // the files are the same every run
  };
}

// [SECTION] main

const opts = parseArgs(process.argv.slice(2));
for (const dir of [opts.card, opts.reference]) {
  if (!fs.existsSync(path.join(dir, 'index.html'))) throw new Error(`${dir}/index.html is missing`);
}
const servers = { card: await startServer(opts.card), reference: await startServer(opts.reference) };
const browser = await launchBrowser();
const results = { card: [], reference: [] };
let typingRetries = 0;
// Other work on the machine (a build, another browser) slows both pages; the load says if it was there.
const loadBefore = os.loadavg()[0];
try {
  // The first WebGL page in a fresh browser also starts ANGLE and SwiftShader in the GPU process: load
  // each page once, unmeasured, so that cost does not land on whichever page happens to go first.
  for (const kind of ['card', 'reference']) {
    const context = await browser.newContext(VIEW);
    const page = await context.newPage();
    await page.goto(servers[kind].url, { waitUntil: 'load' });
    await waitForFirstFrame(page);
    await context.close();
  }
  for (let i = 0; i < opts.runs; i++) {
    for (const kind of ['card', 'reference']) {
      let r = null;
      for (let attempt = 1; !r; attempt++) {
        try {
          r = await measure(browser, kind, servers[kind].url);
        } catch (error) {
          if (!(error instanceof TypingMissed) || attempt === kTypingAttempts) throw error;
          log(`${error.message}; measuring this run again`);
          typingRetries++;
        }
      }
      log(`run ${i + 1}/${opts.runs} ${kind}: first frame ${r.first_frame_ms.toFixed(0)} ms, idle ${r.idle_frames} frames `
        + `${r.idle_cpu_cores.toFixed(3)} cores, typing ${r.typing_frames} frames median ${r.typing_frame_median_ms?.toFixed(2)} ms`);
      results[kind].push(r);
    }
  }
  log('six cards on one page: memory');
  const six = await sixCards(browser, servers.card.url);
  console.log(JSON.stringify({
    chromium: browser.version(),
    runs: opts.runs,
    viewport: `${VIEW.viewport.width}x${VIEW.viewport.height} @${VIEW.deviceScaleFactor}x`,
    idle_ms: IDLE_MS,
    load_average_1min: { before: loadBefore, after: os.loadavg()[0] },
    typing_missed_and_remeasured: typingRetries,
    card: summarise(opts.card, results.card),
    reference: summarise(opts.reference, results.reference),
    six_cards: six,
  }));
} finally {
  await browser.close();
  await servers.card.close();
  await servers.reference.close();
}
