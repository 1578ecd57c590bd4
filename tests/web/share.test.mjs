// Share pages (scripts/share): for three professions, written into a temporary copy of dist/ with
// their own cache, checks each page's tags and <noscript> report and each 1200x630 preview, then
// opens one page under a strict CSP (the card draws for that profession, without errors) and one
// with JavaScript off (the report is what shows).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { collectPageErrors, launchBrowser, waitForFirstFrame } from './lib/browser.mjs';
import { startServer } from './lib/server.mjs';
import { Card, root } from './lib/card.mjs';

const distDir = path.resolve(process.env.AIRISK_DIST_DIR || path.join(root, 'dist'));
const cliPath = path.resolve(process.env.AIRISK_CLI || path.join(root, 'build/native/airisk'));
const SLUGS = ['backend-developer', 'registered-nurse', 'plumber'];
const BASE = 'https://careers.example.org/airisk';  // a path too: every URL must keep it
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

let workDir, browser, server;
let shared = false;
const expected = {};  // slug -> {name, score} from the CLI

const esc = (s) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

before(async () => {
  assert.ok(fs.existsSync(path.join(distDir, 'index.html')), 'dist/index.html is missing: run scripts/build');
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'airisk-share-'));
  // The built card without any share pages already in dist/p: this test writes its own.
  fs.cpSync(distDir, path.join(workDir, 'dist'), { recursive: true, filter: (src) => src !== path.join(distDir, 'p') });
  for (const slug of SLUGS) {
    const report = JSON.parse(execFileSync(cliPath, ['report', slug, '--json'], { encoding: 'utf8' }));
    expected[slug] = { name: report.name, score: report.text.score, grade: report.grade };
  }
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close().catch(() => {});
  await server?.close().catch(() => {});
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

function needsPages(t) {
  if (!shared) t.skip('scripts/share did not run (see the first failure)');
  return shared;
}

// The content of <meta property|name="key" content="..."> or <link rel="key" href="...">.
function tag(html, key) {
  const meta = html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`));
  if (meta) return meta[1];
  return html.match(new RegExp(`<link rel="${key}" href="([^"]*)">`))?.[1];
}

function pngFacts(buffer) {
  assert.equal(buffer.subarray(1, 4).toString(), 'PNG', 'not a PNG');
  const width = buffer.readUInt32BE(16), height = buffer.readUInt32BE(20);
  const chunks = [];
  for (let offset = 8; offset < buffer.length;) {
    const length = buffer.readUInt32BE(offset);
    if (buffer.subarray(offset + 4, offset + 8).toString() === 'IDAT') chunks.push(buffer.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const pixels = zlib.inflateSync(Buffer.concat(chunks));
  const seen = new Set();
  for (let i = 0; i < pixels.length; i += 7) seen.add(pixels[i]);
  return { width, height, distinct: seen.size };
}

test('scripts/share writes a page and a preview per profession, then reuses its cache', async () => {
  const args = [path.join(root, 'scripts/share.mjs'), '--only', SLUGS.join(','), '--dist', path.join(workDir, 'dist'),
    '--cache', path.join(workDir, 'share-cache.json'), '--cli', cliPath];
  const env = { ...process.env, AIRISK_BASE_URL: `${BASE}/` };
  const first = await promisify(execFile)(process.execPath, args, { env, timeout: 180000 })
    .catch((e) => assert.fail(`scripts/share failed (exit ${e.code}):\n${e.stdout}${e.stderr}`));
  assert.match(first.stdout, /0 previews unchanged/, first.stdout);
  shared = true;
  const again = await promisify(execFile)(process.execPath, args, { env, timeout: 60000 });
  assert.match(again.stdout, new RegExp(`${SLUGS.length} previews unchanged .* 0 to render`), again.stdout);
});

for (const slug of SLUGS) {
  test(`${slug}: tags with absolute URLs, the report in <noscript>, a 1200x630 preview`, (t) => {
    if (!needsPages(t)) return;
    const { name, score, grade } = expected[slug];
    const html = fs.readFileSync(path.join(workDir, 'dist/p', `${slug}.html`), 'utf8');
    const pageUrl = `${BASE}/p/${slug}.html`;
    assert.match(html, new RegExp(`<title>${esc(name)}: AI exposure ${score}/100, grade ${grade} `), 'the title names score and grade');
    assert.equal(tag(html, 'canonical'), pageUrl);
    assert.equal(tag(html, 'og:url'), pageUrl);
    assert.equal(tag(html, 'og:image'), `${BASE}/p/${slug}.png`);
    assert.equal(tag(html, 'twitter:image'), `${BASE}/p/${slug}.png`);
    assert.equal(tag(html, 'og:image:width'), '1200');
    assert.equal(tag(html, 'og:image:height'), '630');
    assert.equal(tag(html, 'twitter:card'), 'summary_large_image');
    for (const key of ['og:title', 'twitter:title']) assert.match(tag(html, key) ?? '', new RegExp(esc(name)), key);
    for (const key of ['description', 'og:description', 'twitter:description']) {
      assert.match(tag(html, key) ?? '', new RegExp(`^AI exposure ${score}/100, grade ${grade} `), `${key} starts with the score`);
    }
    // oEmbed: found from the page, a rich answer holding the card as an iframe.
    const oembedUrl = `${BASE}/p/${slug}.oembed.json`;
    assert.ok(html.includes(`<link rel="alternate" type="application/json+oembed" href="${oembedUrl}"`), 'the oEmbed link');
    const oembed = JSON.parse(fs.readFileSync(path.join(workDir, 'dist/p', `${slug}.oembed.json`), 'utf8'));
    assert.equal(oembed.version, '1.0');
    assert.equal(oembed.type, 'rich');
    assert.equal(oembed.provider_name, 'airisk');
    assert.equal(oembed.provider_url, `${BASE}/`);
    assert.match(oembed.title, new RegExp(`^${esc(name)}: AI exposure ${score}/100, grade ${grade}$`));
    assert.ok(Number.isInteger(oembed.width) && Number.isInteger(oembed.height) && oembed.width > 0 && oembed.height > 0);
    assert.match(oembed.html, new RegExp(`^<iframe src="${BASE}/card\\.html#v=1&amp;p=${slug}" width="${oembed.width}" height="${oembed.height}" `));
    assert.match(oembed.html, /sandbox="allow-scripts allow-same-origin[^"]*"/);
    assert.equal(oembed.thumbnail_url, `${BASE}/p/${slug}.png`);
    assert.deepEqual([oembed.thumbnail_width, oembed.thumbnail_height], [1200, 630]);
    assert.match(html, new RegExp(`<ai-risk-card profession="${slug}"`), 'the card opens on this profession');
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle=/, 'inline script or style breaks the CSP');

    const noscript = html.match(/<body[\s\S]*<noscript>([\s\S]*?)<\/noscript>/)?.[1] ?? '';
    assert.match(noscript, new RegExp(`<h1>${esc(name)}</h1>`), 'the report names the profession');
    assert.match(noscript, new RegExp(`AI exposure score: ${score} \\(\\d+\u2013\\d+\\) out of 100`), 'the report gives the score');
    assert.ok(noscript.includes(`href="${pageUrl}#v=1&amp;p=${slug}"`), 'the report links to the interactive card');

    const png = pngFacts(fs.readFileSync(path.join(workDir, 'dist/p', `${slug}.png`)));
    assert.deepEqual([png.width, png.height], [1200, 630], 'preview size');
    assert.ok(png.distinct > 40, `the preview looks blank (${png.distinct} distinct byte values)`);
  });
}

test('a share page runs the card for its profession under a strict CSP, with no errors', async (t) => {
  if (!needsPages(t)) return;
  server = await startServer(path.join(workDir, 'dist'), { port: 0, headers: { 'Content-Security-Policy': CSP } });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const response = await page.goto(`${server.url}p/registered-nurse.html`, { waitUntil: 'load' });
    assert.ok(response?.ok(), `HTTP ${response?.status()}`);
    await waitForFirstFrame(page, 30000);
    const mirror = await new Card(page).waitFor((m) => m.figures.profession, 'the mirror');
    assert.equal(mirror.figures.profession, expected['registered-nurse'].name);
    assert.equal(mirror.figures.score, expected['registered-nurse'].score);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), [], 'CSP violations');
    assert.deepEqual(errors, [], 'console or page errors');
  } finally {
    await context.close();
  }
});

test('with JavaScript off, a share page shows the report as text', async (t) => {
  if (!needsPages(t)) return;
  server ??= await startServer(path.join(workDir, 'dist'), { port: 0, headers: { 'Content-Security-Policy': CSP } });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}p/plumber.html`, { waitUntil: 'load' });
    const heading = page.locator('article.airisk-report h1');
    assert.equal(await heading.textContent(), expected.plumber.name);
    assert.ok(await heading.isVisible(), 'the report is not visible');
    // noscript.css loaded (under the CSP): the empty card is hidden and the report has its width.
    assert.equal(await page.locator('ai-risk-card').evaluate((el) => getComputedStyle(el).display), 'none');
    assert.equal(await page.locator('article.airisk-report h2').count(), 6, 'six sections');
  } finally {
    await context.close();
  }
});
