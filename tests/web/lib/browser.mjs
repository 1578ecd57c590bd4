// Headless Debian Chromium for the browser tests and scripts/screenshot.
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.AIRISK_CHROMIUM || '/usr/bin/chromium';

// There is no GPU here: SwiftShader through ANGLE gives WebGL2 in software; "unsafe" is required
// since Chromium stopped falling back to it silently. Sandboxes are off because we run as root
// (Chromium refuses otherwise). Smooth scrolling is off: with both cores busy, headless Chromium
// lost or stalled a scroll key pressed during or just after another key's scroll animation, on a
// plain page with no card as on ours (4 of 10 runs of PageDown, Space, ArrowDown, End); without the
// animation, 10 of 10 scrolled. The tests check that the card hands those keys to the page, not the
// browser's animation. The rest stops background traffic, which has nowhere to go offline.
export const CHROMIUM_ARGS = [
  '--disable-smooth-scrolling',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--no-sandbox',
  '--disable-gpu-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

// The page marks 'airisk:first-frame' when its first complete frame is drawn; waiting on it
// (not on a sleep or on 'load') is what makes screenshots and tests deterministic.
export async function waitForFirstFrame(page, timeoutMs = 30000) {
  await page.waitForFunction(
    () => performance.getEntriesByName('airisk:first-frame').length > 0,
    null,
    { timeout: timeoutMs, polling: 50 },
  );
}

// Record console errors and uncaught exceptions into `errors` (strings), from page creation on.
// Chromium fetches /favicon.ico on its own even when the page declares no icon; that 404 is the
// browser's doing, not the page's, so it is not counted.
export function collectPageErrors(page, errors = []) {
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const where = m.location()?.url || '';
    if (/\/favicon\.ico$/.test(where)) return;
    errors.push(`console.error: ${m.text()}${where ? ` (${where})` : ''}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.stack || e.message}`));
  return errors;
}

// Two requestAnimationFrame turns: the frame after the mark has reached the compositor.
export function waitTwoFrames(page) {
  return page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}
