#!/usr/bin/env node
// Share pages: dist/p/SLUG.html for every profession (title, description, canonical and Open Graph /
// Twitter tags naming the score and grade, the full interactive card, the report as HTML in
// <noscript>), dist/p/SLUG.oembed.json (oEmbed, type "rich": the card as an iframe) and a 1200x630
// preview dist/p/SLUG.png: the card's own share image, drawn headless by the real card. Run after
// scripts/build.
// Usage: scripts/share [--only SLUG,...] [--dist DIR] [--jobs N] [--cache FILE] [--cli PATH] [--force]
// AIRISK_BASE_URL (default http://127.0.0.1:8080) is where dist/ will be served: every URL in the
// tags is absolute, as link previews require.
//
// Previews are cached by content: FILE (build/share-cache.json) maps each slug to a hash of what its
// picture depends on, and the PNGs are kept beside it (build/share-cache/), so a second run, or a run
// after scripts/build has replaced dist/, renders only what changed.
//
// [SECTION] options   [SECTION] the page   [SECTION] previews   [SECTION] main
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { collectPageErrors, launchBrowser, waitForFirstFrame, waitTwoFrames } from '../tests/web/lib/browser.mjs';
import { Card } from '../tests/web/lib/card.mjs';
import { startServer } from './serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = promisify(execFile);
const PREVIEW = { width: 1200, height: 630 };
// The card's code and style in dist/: a change to any of them may change every picture.
const ENGINE_FILES = ['airisk-engine.wasm', 'airisk-engine.js', 'airisk.js', 'airisk.css'];
const usage = 'usage: scripts/share [--only SLUG,...] [--dist DIR] [--jobs N] [--cache FILE] [--cli PATH] [--force]';

// [SECTION] options

function parseArgs(argv) {
  const o = {
    only: null,
    dist: path.join(root, 'dist'),
    cache: path.join(root, 'build/share-cache.json'),
    cli: process.env.AIRISK_CLI || path.join(root, 'build/native/airisk'),
    jobs: 3, // SwiftShader draws on the CPU: on 2 cores a third page keeps both busy while one waits
    force: false,
    base: (process.env.AIRISK_BASE_URL || 'http://127.0.0.1:8080').replace(/\/+$/, ''),
  };
  const value = (flag, v) => {
    if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--only') o.only = value(a, argv[++i]).split(',').map((s) => s.trim()).filter(Boolean);
    else if (a === '--dist') o.dist = path.resolve(value(a, argv[++i]));
    else if (a === '--cache') o.cache = path.resolve(value(a, argv[++i]));
    else if (a === '--cli') o.cli = path.resolve(value(a, argv[++i]));
    else if (a === '--jobs') o.jobs = Number(value(a, argv[++i]));
    else if (a === '--force') o.force = true;
    else if (a === '-h' || a === '--help') { console.log(usage); process.exit(0); }
    else throw new Error(`unknown argument '${a}'\n${usage}`);
  }
  if (!Number.isInteger(o.jobs) || o.jobs < 1) throw new Error('--jobs needs a whole number >= 1');
  if (!/^https?:\/\/[^\s"'<>`\\]+$/.test(o.base)) throw new Error(`AIRISK_BASE_URL must be an http(s) URL, not '${o.base}'`);
  return o;
}

// [SECTION] the page

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const sha256 = (data) => crypto.createHash('sha256').update(data).digest('hex');

// The share page is dist/index.html itself, one folder down, with its own head and <noscript>: the
// same stylesheet, scripts and card markup, whatever index.html holds today. Fails loudly if
// index.html changes shape, rather than writing pages without a card.
export function pageTemplate(index) {
  let t = index;
  const swap = (pattern, what, by) => {
    if (!pattern.test(t)) throw new Error(`dist/index.html has no ${what}: scripts/share must learn its new shape`);
    t = t.replace(pattern, () => by);
  };
  // Relative URLs (airisk.css, airisk.js, favicon.svg, ...) now live one folder up.
  t = t.replace(/\b(href|src)="(?![a-z][a-z0-9+.-]*:|\/|#)([^"]*)"/gi, (m, attr, url) => `${attr}="../${url}"`);
  swap(/<title>[\s\S]*?<\/title>/, '<title>', '{{HEAD}}');
  t = t.replace(/[ \t]*<meta\s+name="description"[^>]*>\n?/i, () => '');
  // The card element opens on this page's profession (a link in the address still wins).
  const card = t.match(/<ai-risk-card\b([^>]*)>/);
  if (!card) throw new Error('dist/index.html has no <ai-risk-card> element: scripts/share must learn its new shape');
  const attributes = card[1].replace(/\s+profession(="[^"]*")?/, '');
  t = t.replace(card[0], () => `<ai-risk-card profession="{{SLUG}}"${attributes}>`);
  // Last in <head>, so its rules win over airisk.css when JavaScript is off.
  swap(/<\/head>/, '</head>', '  <noscript><link rel="stylesheet" href="noscript.css"></noscript>\n</head>');
  if (/<body[\s\S]*<noscript>[\s\S]*?<\/noscript>/.test(t)) {
    t = t.replace(/(<body[\s\S]*?)<noscript>[\s\S]*?<\/noscript>/, (m, before) => `${before}{{NOSCRIPT}}`);
  } else {
    swap(/<\/main>/, '</main>', '{{NOSCRIPT}}\n  </main>');
  }
  return t;
}

// Without JavaScript the card element stays empty: hide it and make the text report readable.
const NOSCRIPT_CSS = `/* Share pages without JavaScript: the report as text (scripts/share writes this file). */
ai-risk-card { display: none; }
.airisk-report { max-width: 44rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; line-height: 1.55; }
.airisk-report h1 { margin: 0.25rem 0; font-size: 2rem; }
.airisk-report h2 { margin-top: 2rem; font-size: 1.3rem; }
.airisk-report dt { font-weight: 600; margin-top: 0.5rem; }
.airisk-report dd { margin: 0; }
.airisk-report li { margin: 0.35rem 0; }
.airisk-report a { color: #0f766e; }
`;

const unescape = (s) => s.replace(/&(amp|lt|gt|quot|#39);/g, (m, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]);

// The tagline and the score as the card writes them ("56", before its range "(49–63)"), read from `airisk html` itself so the
// tags say exactly what the report says (`airisk list` has the score only as a number).
function fromFragment(html, slug) {
  const tagline = html.match(/<p class="airisk-tagline">([^<]*)<\/p>/);
  const score = html.match(/AI exposure score: ([^ <]+) (?:\(([^)<]*)\) )?out of 100/);
  if (!tagline || !score) throw new Error(`airisk html ${slug}: no tagline or score line; scripts/share must follow its new shape`);
  return { tagline: unescape(tagline[1]), scoreText: score[1], rangeText: score[2] ? unescape(score[2]) : '' };
}

// What a card of this profession is called wherever it is shared: the score and grade first.
export function headline(report) {
  return `${report.name}: AI exposure ${report.scoreText}/100, grade ${report.grade}`;
}

// The oEmbed answer for one share page (oembed.com, type "rich"): the card as an iframe on its
// own page, with the preview as thumbnail. A static file, found through the page's <link>.
export const OEMBED = { width: 720, height: 900 };
export function oembed({ base, slug, report }) {
  const src = `${base}/card.html#v=1&p=${encodeURIComponent(slug)}`;
  const title = headline(report);
  const html = `<iframe src="${esc(src)}" width="${OEMBED.width}" height="${OEMBED.height}" title="${esc(`${title} (airisk)`)}" `
    + 'sandbox="allow-scripts allow-same-origin allow-downloads allow-popups" allow="clipboard-write; web-share" '
    + 'loading="lazy" style="border:0;max-width:100%"></iframe>';
  return {
    version: '1.0',
    type: 'rich',
    provider_name: 'airisk',
    provider_url: `${base}/`,
    title,
    html,
    width: OEMBED.width,
    height: OEMBED.height,
    thumbnail_url: `${base}/p/${slug}.png`,
    thumbnail_width: PREVIEW.width,
    thumbnail_height: PREVIEW.height,
    cache_age: 86400,
  };
}

export function sharePage(template, { base, slug, report, reportHtml }) {
  const pageUrl = `${base}/p/${slug}.html`;
  const imageUrl = `${base}/p/${slug}.png`;
  const summary = `AI exposure ${report.scoreText}/100, grade ${report.grade} (${report.band} exposure)`;
  const title = `${headline(report)} \u00B7 airisk`;
  // The score first: feeds cut descriptions short.
  const description = `${summary}${report.rangeText ? `, range ${report.rangeText}` : ''}. ${report.tagline}`;
  const alt = `The airisk report card for ${report.name}: ${summary}.`;
  const meta = (attr, name, content) => `<meta ${attr}="${name}" content="${esc(content)}">`;
  const head = [
    `<title>${esc(title)}</title>`,
    meta('name', 'description', description),
    `<link rel="canonical" href="${esc(pageUrl)}">`,
    `<link rel="alternate" type="application/json+oembed" href="${esc(`${base}/p/${slug}.oembed.json`)}" title="${esc(headline(report))}">`,
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', 'airisk'),
    meta('property', 'og:title', headline(report)),
    meta('property', 'og:description', description),
    meta('property', 'og:url', pageUrl),
    meta('property', 'og:image', imageUrl),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', String(PREVIEW.width)),
    meta('property', 'og:image:height', String(PREVIEW.height)),
    meta('property', 'og:image:alt', alt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', headline(report)),
    meta('name', 'twitter:description', description),
    meta('name', 'twitter:image', imageUrl),
    meta('name', 'twitter:image:alt', alt),
  ].join('\n  ');
  const noscript = '<noscript>\n<p class="airisk-fallback">The interactive report card needs JavaScript and WebGL2; '
    + `here is the same report as text.</p>\n${reportHtml}</noscript>`;
  return fillPlaceholders(template, { HEAD: head, SLUG: esc(slug), NOSCRIPT: noscript });
}

// One pass over the template's own placeholders: text put in (a tagline holding "{{NOSCRIPT}}",
// a report full of "$&") is never scanned again, so it can never be read as a placeholder or a
// replacement pattern. A placeholder without a value is the template's bug: it fails loudly.
export function fillPlaceholders(template, values) {
  return template.replace(/\{\{([A-Z]+)\}\}/g, (placeholder, name) => {
    if (!Object.hasOwn(values, name)) throw new Error(`share page template: no value for ${placeholder}`);
    return values[name];
  });
}

async function pool(items, jobs, work) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await work(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, items.length) }, worker));
}

// [SECTION] previews

async function renderPreviews(opts, jobs, onDone) {
  const server = await startServer(opts.dist, { port: 0 });
  const browser = await launchBrowser();
  const contexts = [];
  try {
    await pool(jobs, opts.jobs, async (job) => {
      const started = Date.now();
      // Light, whatever the machine prefers: previews are one picture for every reader.
      const context = await browser.newContext({ viewport: PREVIEW, deviceScaleFactor: 1, colorScheme: 'light' });
      contexts.push(context);
      const page = await context.newPage();
      const errors = collectPageErrors(page, []);
      let problem = null;
      try {
        const response = await page.goto(`${server.url}p/${job.slug}.html`, { waitUntil: 'load' });
        if (!response?.ok()) throw new Error(`HTTP ${response?.status()}`);
        await waitForFirstFrame(page, 60000).catch((e) => {
          throw new Error(/timeout/i.test(e.message) ? 'no first frame within 60 s' : e.message);
        });
        await waitTwoFrames(page);
        // The right card, drawn without errors: a wrong or broken picture is worse than none.
        const shown = (await new Card(page).read())?.figures.profession;
        if (shown !== job.name) throw new Error(`the card shows '${shown}', not '${job.name}'`);
        if (errors.length) throw new Error(`the page reported errors:\n    ${errors.join('\n    ')}`);
        // The card's own share image, drawn for 1200x630, not a screenshot of the page.
        const dataUrl = await page.evaluate(async () => {
          const blob = await document.querySelector('ai-risk-card').shareImage();
          return new Promise((resolve, reject) => {
            const reader = new FileReader();
            reader.onload = () => resolve(reader.result);
            reader.onerror = () => reject(reader.error);
            reader.readAsDataURL(blob);
          });
        });
        job.png = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
      } catch (e) {
        problem = e.message;
      } finally {
        await context.close().catch(() => {});
      }
      await onDone(job, problem, (Date.now() - started) / 1000);
    });
  } finally {
    for (const c of contexts) await c.close().catch(() => {});
    await browser.close().catch(() => {});
    await server.close();
  }
}

// [SECTION] main

function dirSize(dir) {
  let bytes = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    bytes += e.isDirectory() ? dirSize(p) : fs.statSync(p).size;
  }
  return bytes;
}

function writeAtomic(file, data) {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

async function main() {
  const started = Date.now();
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    throw Object.assign(e, { exit: 2 });  // the caller's mistake, as with the CLI
  }
  for (const file of [opts.cli, ...['index.html', ...ENGINE_FILES].map((f) => path.join(opts.dist, f))]) {
    if (!fs.existsSync(file)) throw Object.assign(new Error(`${file} is missing: run scripts/build first`), { exit: 2 });
  }
  const cli = async (...args) => (await run(opts.cli, args, { maxBuffer: 64 << 20 })).stdout;

  let professions = JSON.parse(await cli('list', '--json'));
  if (opts.only) {
    const known = new Set(professions.map((p) => p.slug));
    const unknown = opts.only.filter((s) => !known.has(s));
    if (unknown.length) throw Object.assign(new Error(`unknown profession(s): ${unknown.join(', ')} (see airisk list)`), { exit: 2 });
    professions = professions.filter((p) => opts.only.includes(p.slug));
  }

  const template = pageTemplate(fs.readFileSync(path.join(opts.dist, 'index.html'), 'utf8'));
  // What every preview depends on besides its own report: the card's code and the page around it.
  const shared = sha256([
    template,
    ...ENGINE_FILES.map((f) => sha256(fs.readFileSync(path.join(opts.dist, f)))),
    JSON.stringify(PREVIEW),
  ].join('\n'));

  const pagesDir = path.join(opts.dist, 'p');
  fs.mkdirSync(pagesDir, { recursive: true });
  fs.writeFileSync(path.join(pagesDir, 'noscript.css'), NOSCRIPT_CSS);
  const jobs = [];
  await pool(professions, 4, async (p) => {
    const reportHtml = await cli('html', p.slug, '--base-url', opts.base);
    const report = { ...p, ...fromFragment(reportHtml, p.slug) };
    fs.writeFileSync(path.join(pagesDir, `${p.slug}.html`), sharePage(template, { base: opts.base, slug: p.slug, report, reportHtml }));
    fs.writeFileSync(path.join(pagesDir, `${p.slug}.oembed.json`), `${JSON.stringify(oembed({ base: opts.base, slug: p.slug, report }), null, 1)}\n`);
    jobs.push({ slug: p.slug, name: p.name, hash: sha256(`${reportHtml}\n${shared}`) });
  });
  jobs.sort((a, b) => a.slug.localeCompare(b.slug));
  // A full run also drops pages of professions that are gone.
  if (!opts.only) {
    const keep = new Set(jobs.flatMap((j) => [`${j.slug}.html`, `${j.slug}.png`, `${j.slug}.oembed.json`]).concat('noscript.css'));
    for (const f of fs.readdirSync(pagesDir)) if (!keep.has(f)) fs.rmSync(path.join(pagesDir, f), { force: true });
  }
  console.log(`share: ${jobs.length} pages in ${path.relative(process.cwd(), pagesDir) || pagesDir} (${((Date.now() - started) / 1000).toFixed(1)} s), base ${opts.base}`);

  const manifest = fs.existsSync(opts.cache) ? JSON.parse(fs.readFileSync(opts.cache, 'utf8')) : {};
  const pngCache = opts.cache.replace(/\.json$/, '');
  fs.mkdirSync(pngCache, { recursive: true });
  const cached = (j) => path.join(pngCache, `${j.slug}.png`);
  const todo = [];
  for (const j of jobs) {
    if (!opts.force && manifest[j.slug] === j.hash && fs.existsSync(cached(j))) fs.copyFileSync(cached(j), path.join(pagesDir, `${j.slug}.png`));
    else todo.push(j);
  }
  console.log(`share: ${jobs.length - todo.length} previews unchanged (cache ${path.relative(root, opts.cache)}), ${todo.length} to render with ${Math.min(opts.jobs, todo.length)} pages in parallel`);

  const failed = [];
  let done = 0, saved = Date.now();
  const renderStart = Date.now();
  if (todo.length) {
    await renderPreviews(opts, todo, async (job, problem, seconds) => {
      done++;
      const counter = `[${String(done).padStart(String(todo.length).length)}/${todo.length}]`;
      if (problem) {
        failed.push(job.slug);
        console.log(`share: ${counter} ${job.slug} FAILED: ${problem}`);
        return;
      }
      fs.writeFileSync(cached(job), job.png);
      manifest[job.slug] = job.hash;
      try {
        fs.writeFileSync(path.join(pagesDir, `${job.slug}.png`), job.png);
      } catch (e) {
        failed.push(job.slug);
        console.log(`share: ${counter} ${job.slug} FAILED: ${e.message} (was ${opts.dist} rebuilt meanwhile?)`);
        return;
      } finally {
        job.png = null;
      }
      // Save now and then, so an interrupted run keeps what it rendered.
      if (Date.now() - saved > 10000 || done === todo.length) {
        writeAtomic(opts.cache, `${JSON.stringify(manifest, null, 1)}\n`);
        saved = Date.now();
      }
      console.log(`share: ${counter} ${job.slug} ${seconds.toFixed(1)} s`);
    });
    writeAtomic(opts.cache, `${JSON.stringify(manifest, null, 1)}\n`);
  }
  const total = (Date.now() - started) / 1000;
  const renderSeconds = (Date.now() - renderStart) / 1000;
  const size = fs.existsSync(pagesDir) ? `is ${(dirSize(pagesDir) / 1e6).toFixed(1)} MB` : 'is gone: dist/ was replaced during the run';
  console.log(`share: done in ${total.toFixed(1)} s (${todo.length - failed.length} rendered in ${renderSeconds.toFixed(1)} s); `
    + `${path.relative(process.cwd(), pagesDir) || pagesDir} ${size}`);
  if (failed.length) {
    console.error(`share: ${failed.length} preview(s) failed: ${failed.join(', ')}; the cache keeps the rest, so a rerun renders only these`);
    process.exitCode = 1;
  }
}

// Run as a script; imported (by the tests), it only provides the page functions above.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((e) => {
    console.error(`share: ${e.stderr || e.message}`);
    process.exit(e.exit || 1);
  });
}
