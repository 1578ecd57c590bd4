// Driving the card in a page the way a person would, and reading it back through the DOM
// mirror. Shared by the browser tests and the benchmark.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitTwoFrames } from './browser.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const resultsDir = path.join(root, 'test-results');
export const axePath = path.join(root, 'node_modules/axe-core/axe.min.js');
export const WAIT_MS = 15000; // for the card to react to one input; SwiftShader on 2 cores is slow, not this slow

export const delay = (ms) => new Promise((r) => setTimeout(r, ms));

// Shows invisible characters (U+00A0, U+202F, ...) so a mismatch in the log is readable.
export const show = (s) => (typeof s === 'string'
  ? JSON.stringify(s).replace(/[^\x20-\x7e]/g, (c) => `\\u{${c.codePointAt(0).toString(16).toUpperCase()}}`)
  : String(s));

// Runs in the page: the mirror's figures, controls and sections as plain data, or null before it
// exists. Searches open shadow roots too, since the card may live in a custom element.
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
  const sections = [...mirror.querySelectorAll('section[data-section]')].map((s) => s.dataset.section);
  return { figures, controls, sections, frames: window.airiskFrameCount };
}

function parseRect(id, text) {
  const r = String(text).trim().split(/\s+/).map(Number);
  assert.ok(r.length === 4 && r.every(Number.isFinite) && r[2] > 0 && r[3] > 0,
    `control '${id}' has data-rect=${show(text)}; expected "x y w h" in CSS pixels with w, h > 0`);
  return r;
}

export class Card {
  constructor(page) {
    this.page = page;
  }

  read() {
    return this.page.evaluate(readMirror);
  }

  // Polls the mirror until `ok(mirror)` holds; on timeout fails with `what` and what the mirror
  // showed last, which is usually the whole diagnosis.
  async waitFor(ok, what, timeout = WAIT_MS) {
    const deadline = Date.now() + timeout;
    let last = null;
    for (;;) {
      last = await this.read();
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
  async waitForIdle(quietMs = 300, timeout = WAIT_MS) {
    const deadline = Date.now() + timeout;
    let frames = await this.page.evaluate(() => window.airiskFrameCount);
    let since = Date.now();
    while (Date.now() - since < quietMs) {
      if (Date.now() > deadline) assert.fail(`the card kept drawing for ${timeout} ms after the last input (frame ${frames})`);
      await delay(50);
      const now = await this.page.evaluate(() => window.airiskFrameCount);
      if (now !== frames) [frames, since] = [now, Date.now()];
    }
    return frames;
  }

  // The page position of a control's centre, scrolling the page towards it first if needed
  // (the card's content is taller than the screen), with the rect re-read after each scroll.
  async locate(id) {
    const canvas = this.page.locator('canvas#airisk-canvas');
    const { height } = this.page.viewportSize();
    // Input still being processed (keys typed a moment ago) may move the control: let it settle.
    await this.waitForIdle();
    for (let attempt = 0; attempt < 5; attempt++) {
      const mirror = await this.waitFor((m) => id in m.controls, `control '${id}' in the mirror`);
      const [x, y, w, h] = parseRect(id, mirror.controls[id]);
      const box = await canvas.boundingBox();
      assert.ok(box, 'canvas#airisk-canvas has no layout box');
      const cx = box.x + x + w / 2;
      const cy = box.y + y + h / 2;
      if (cy >= 20 && cy < height - 20) return { x: cx, y: cy };
      await this.page.evaluate((dy) => window.scrollBy(0, dy), cy - height / 2);
      await waitTwoFrames(this.page);
      await this.waitForIdle();
    }
    assert.fail(`control '${id}' stays outside the ${height}px viewport after scrolling`);
  }

  // Clicks (or taps, on a touch page) the centre of a mirror control with real input events.
  async click(id, { tap = false } = {}) {
    const { x, y } = await this.locate(id);
    if (tap) await this.page.touchscreen.tap(x, y);
    else await this.page.mouse.click(x, y);
  }

  async screenshot(name) {
    fs.mkdirSync(resultsDir, { recursive: true });
    const file = path.join(resultsDir, name);
    await this.page.screenshot({ path: file });
    console.log(`# screenshot: ${path.relative(root, file)}`);
  }

  // axe-core over the whole page, mirror included; fails with a readable list of violations.
  async assertAccessible() {
    await this.page.addScriptTag({ path: axePath });
    const result = await this.page.evaluate(() => window.axe.run(document,
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
    const report = result.violations.map((v) => [
      `${v.id} (${v.impact}): ${v.help}\n    ${v.helpUrl}`,
      ...v.nodes.slice(0, 5).map((n) => `    at ${n.target.join(' ')}\n      ${(n.failureSummary || '').replace(/\n/g, '\n      ')}`),
      ...(v.nodes.length > 5 ? [`    ... and ${v.nodes.length - 5} more`] : []),
    ].join('\n'));
    if (report.length) assert.fail(`${report.length} axe violation(s):\n${report.join('\n')}`);
  }

  // Frames drawn over `ms` with no input after the card has settled: must be 0 (render on demand).
  async framesWhileIdle(ms = 2000) {
    const start = await this.waitForIdle(300, 5000).catch(() => this.page.evaluate(() => window.airiskFrameCount));
    await delay(ms); // the measurement window, not a wait for something to happen
    return (await this.page.evaluate(() => window.airiskFrameCount)) - start;
  }
}
