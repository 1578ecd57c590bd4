#!/usr/bin/env node
// Screenshot a page once the card has drawn its first frame.
// Usage: scripts/screenshot URL OUT.png [--width W] [--height H] [--dpr D] [--full-page] [--color-scheme light|dark]
// Fails (exit 1) if the first-frame mark never comes or the page reports an error, so a broken build
// never produces a plausible-looking picture.
import fs from 'node:fs';
import path from 'node:path';
import { collectPageErrors, launchBrowser, waitForFirstFrame, waitTwoFrames } from '../tests/web/lib/browser.mjs';

const usage = 'usage: scripts/screenshot URL OUT.png [--width W] [--height H] [--dpr D] [--full-page] [--timeout MS] [--color-scheme light|dark]';

function parseArgs(argv) {
  const o = { width: 1280, height: 900, dpr: 1, fullPage: false, timeout: 30000, colorScheme: 'light', pos: [] };
  const num = (flag, v) => {
    const n = Number(v);
    if (!(n > 0)) throw new Error(`${flag} needs a positive number, got '${v}'`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--width') o.width = Math.round(num(a, argv[++i]));
    else if (a === '--height') o.height = Math.round(num(a, argv[++i]));
    else if (a === '--dpr') o.dpr = num(a, argv[++i]);
    else if (a === '--timeout') o.timeout = num(a, argv[++i]);
    else if (a === '--full-page') o.fullPage = true;
    else if (a === '--color-scheme') {
      o.colorScheme = argv[++i];
      // The page's prefers-color-scheme: a card without a theme attribute follows it.
      if (!['light', 'dark'].includes(o.colorScheme)) throw new Error(`--color-scheme needs light or dark, got '${o.colorScheme}'`);
    }
    else if (a.startsWith('--')) throw new Error(`unknown option '${a}'`);
    else o.pos.push(a);
  }
  if (o.pos.length !== 2) throw new Error(usage);
  [o.url, o.out] = o.pos;
  return o;
}

let opts;
try {
  opts = parseArgs(process.argv.slice(2));
} catch (e) {
  console.error(`screenshot: ${e.message}`);
  process.exit(2);
}

const errors = [];
const browser = await launchBrowser();
let status = 0;
try {
  const context = await browser.newContext({
    viewport: { width: opts.width, height: opts.height },
    deviceScaleFactor: opts.dpr,
    colorScheme: opts.colorScheme,
  });
  const page = await context.newPage();
  // Collect from the start: an error during startup is the one that matters most.
  collectPageErrors(page, errors);

  const response = await page.goto(opts.url, { waitUntil: 'load' });
  if (response && !response.ok()) throw new Error(`HTTP ${response.status()} for ${opts.url}`);
  try {
    await waitForFirstFrame(page, opts.timeout);
  } catch {
    throw new Error(`no 'airisk:first-frame' performance mark within ${opts.timeout} ms at ${opts.url}`);
  }
  await waitTwoFrames(page);
  if (errors.length) throw new Error('the page reported errors');
  fs.mkdirSync(path.dirname(path.resolve(opts.out)), { recursive: true });
  await page.screenshot({ path: opts.out, fullPage: opts.fullPage });
  console.log(`wrote ${opts.out} (${opts.width}x${opts.height} @${opts.dpr}x, ${opts.colorScheme}${opts.fullPage ? ', full page' : ''})`);
} catch (e) {
  console.error(`screenshot: ${e.message}`);
  for (const err of errors) console.error(`  ${err}`);
  status = 1;
} finally {
  await browser.close();
}
process.exit(status);
