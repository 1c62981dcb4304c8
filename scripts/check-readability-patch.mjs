#!/usr/bin/env node
// Proves on real pages that the DOM-only rewrite of Readability (scripts/readability-safe-dom.cjs)
// extracts the same article as the original: both run on every page of the page sets, and the
// outputs (title, byline, text, content HTML) are compared.
// Usage: node scripts/check-readability-patch.mjs [--data DIR]   (default $LEDE_DATA, else ../shared/data)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { JSDOM, VirtualConsole } = require('jsdom');
const { patchReadability } = require('./readability-safe-dom.cjs');

const args = process.argv.slice(2);
const di = args.indexOf('--data');
const data = resolve(di >= 0 ? args[di + 1] : (process.env.LEDE_DATA ?? join(root, '..', 'shared', 'data')));
if (!existsSync(data)) {
  console.error(`no data at ${data} (give --data DIR)`);
  process.exit(2);
}

function load(source) {
  const module = { exports: {} };
  new Function('module', 'exports', source)(module, module.exports);
  return module.exports;
}
const original = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');
const Original = load(original);
const Patched = load(patchReadability(original));

function pages() {
  const out = [];
  const rtp = join(data, 'pages', 'readability-test-pages');
  if (existsSync(rtp)) {
    for (const d of readdirSync(rtp).sort()) {
      const f = join(rtp, d, 'source.html');
      if (existsSync(f)) out.push({ id: `rtp/${d}`, html: () => readFileSync(f, 'utf8') });
    }
  }
  const aeb = join(data, 'pages', 'aeb-dev', 'html');
  if (existsSync(aeb)) {
    for (const f of readdirSync(aeb).sort()) {
      if (f.endsWith('.html.gz')) out.push({ id: `aeb/${f}`, html: () => gunzipSync(readFileSync(join(aeb, f))).toString('utf8') });
    }
  }
  return out;
}

function run(Readability, html) {
  const dom = new JSDOM(html, { url: 'https://example.invalid/a', virtualConsole: new VirtualConsole() });
  try {
    const reader = new Readability(dom.window.document);
    const r = reader.parse();
    return { out: r && JSON.stringify([r.title, r.byline, r.textContent, r.content]), retried: reader._attempts.length > 0 };
  } finally {
    dom.window.close();
  }
}

let same = 0;
let retried = 0;
const differ = [];
const failed = [];
const list = pages();
for (const p of list) {
  const html = p.html();
  let a, b;
  try {
    a = run(Original, html);
    b = run(Patched, html);
  } catch (err) {
    failed.push(`${p.id}: ${String(err?.message ?? err).split('\n')[0]}`);
    continue;
  }
  if (a.retried) retried++;
  if (a.out === b.out) same++;
  else differ.push(p.id);
}
console.log(`${list.length} pages: ${same} identical, ${differ.length} different, ${failed.length} not parsed by jsdom; the retry path (page restore) ran on ${retried}`);
for (const id of differ) console.log(`  differs: ${id}`);
for (const f of failed) console.log(`  jsdom failed: ${f}`);
process.exit(differ.length ? 1 : 0);
