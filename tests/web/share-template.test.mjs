// Share pages are templated in one pass (scripts/share.mjs): text from the dataset (a tagline, a
// name, the report) is never read as a placeholder or as a replacement pattern, whatever it holds.
// No browser: the page functions alone, on the real dist/index.html when it is built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pageTemplate, sharePage } from '../../scripts/share.mjs';
import { root } from './lib/card.mjs';

const builtIndex = path.join(root, 'dist/index.html');
// The shape scripts/share needs, should dist/ not be built: a title, a description, the card, <main>.
const minimalIndex = `<!doctype html><html><head><title>airisk</title>
<meta name="description" content="x">
<link rel="stylesheet" href="airisk.css"></head>
<body><main><ai-risk-card profession="backend-developer"></ai-risk-card></main></body></html>`;

const count = (text, part) => text.split(part).length - 1;

for (const [name, index] of [['minimal page', minimalIndex], ['dist/index.html', fs.existsSync(builtIndex) && fs.readFileSync(builtIndex, 'utf8')]]) {
  test(`data holding placeholders stays data (${name})`, { skip: !index && 'dist/ is not built' }, () => {
    const template = pageTemplate(index);
    const nasty = 'Fixes {{NOSCRIPT}} and {{HEAD}} for {{SLUG}}; pays $& and $1 </head>';
    const reportHtml = `<article class="airisk-report"><h1>${nasty.replace(/</g, '&lt;')}</h1><p>$' $\` {{NOSCRIPT}}</p></article>\n`;
    const page = sharePage(template, {
      base: 'https://careers.example.org/airisk',
      slug: 'backend-developer',
      report: { name: 'Backend {{SLUG}} Developer', tagline: nasty, scoreText: '56', grade: 'C', band: 'High' },
      reportHtml,
    });
    assert.equal(count(page, '<article class="airisk-report">'), 1, 'the report is in the page once');
    assert.equal(count(page, '<noscript>\n<p class="airisk-fallback">'), 1, 'one <noscript> report');
    assert.equal(count(page, 'noscript.css'), 1, 'the no-JavaScript stylesheet once, in the head');
    assert.equal(count(page, '<title>'), 1, 'one head block');
    assert.ok(page.includes('Fixes {{NOSCRIPT}} and {{HEAD}} for {{SLUG}}; pays $&amp; and $1 &lt;/head&gt;'),
      'the tagline reaches the description as text, escaped, placeholders and all');
    assert.ok(page.includes(`$' $\` {{NOSCRIPT}}</p>`), 'the report is inserted verbatim, "$" patterns included');
    assert.ok(page.includes('<ai-risk-card profession="backend-developer"'), 'the slug placeholder in the template is filled');
    assert.ok(page.indexOf('noscript.css') < page.indexOf('</head>'), 'the stylesheet link is inside the head');
  });
}
