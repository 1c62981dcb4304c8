#!/usr/bin/env node
// Gzipped sizes (level 9) of what ships: each built entry (content script, worker, popup, options,
// the CLI) and the language data (the English pack, bundled into the worker, and each other pack's
// build/chrome/lang/<code>.json, loaded by the worker only for a page in that language).
// Reads build/: run `node scripts/build.mjs` first (`npm run bench` does).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { root } from '../lib/load-source.mjs';

const chrome = join(root, 'build', 'chrome');
if (!existsSync(chrome)) {
  console.log('no build/: run node scripts/build.mjs first');
  process.exit(0);
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const rows = [];
const file = (label, path, note = '') => {
  if (!existsSync(path)) return;
  const buf = readFileSync(path);
  rows.push([label, kb(buf.length), kb(gz(buf)), note]);
};
file('content script', join(chrome, 'content.js'), 'injected on click: Readability extraction');
file('worker', join(chrome, 'worker.js'), 'the engine, with the English pack');
file('popup', join(chrome, 'popup.js'), '');
file('options', join(chrome, 'options.js'), '');
file('CLI', join(root, 'build', 'cli', 'lede.cjs'), 'engine, jsdom external');

// The English pack: its data files, as the worker bundles them.
const enDir = join(root, 'src', 'core', 'lang', 'en');
const enFiles = readdirSync(enDir).filter((f) => /\.(txt|json)$/.test(f));
const en = Buffer.concat(enFiles.map((f) => readFileSync(join(enDir, f))));
rows.push([`English pack data (${enFiles.length} files, in the worker)`, kb(en.length), kb(gz(en)), 'gzipped as one']);
const langDir = join(chrome, 'lang');
if (existsSync(langDir)) {
  for (const f of readdirSync(langDir).filter((f) => f.endsWith('.json')).sort()) file(`${f.replace('.json', '')} pack (lang/${f})`, join(langDir, f), 'loaded only for that language');
}

console.log('| shipped file | size | gzipped | note |');
console.log('|---|---:|---:|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
