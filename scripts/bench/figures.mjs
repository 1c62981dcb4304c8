#!/usr/bin/env node
// Benchmark of the figures engine against Microsoft Recognizers-Text, side by side on the same
// inputs: every input of the Recognizers-Text English specs (../shared/data/figures/*.jsonl), then
// news paragraphs (the CNN dev stories, split at line breaks). Lede reads every kind of figure in
// one pass (buildDoc + findFigures); Recognizers-Text runs the models that cover the same ground
// (number, ordinal, percentage, currency, dimension, age, date-time), each built once beforehand.
// Also prints the gzipped size of the figures code and data. Target: ≥ 100× faster, ≤ 30 KB.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadSource, root } from '../lib/load-source.mjs';

const data = resolve(process.env.LEDE_DATA ?? join(root, '..', 'shared', 'data'));
const specDir = join(data, 'figures');
if (!existsSync(specDir)) {
  console.log(`no spec inputs at ${specDir} (set LEDE_DATA): nothing to compare`);
  process.exit(0);
}
const require = createRequire(import.meta.url);
const { Culture } = require('@microsoft/recognizers-text-suite');
const { NumberRecognizer } = require('@microsoft/recognizers-text-number');
const { NumberWithUnitRecognizer } = require('@microsoft/recognizers-text-number-with-unit');
const { DateTimeRecognizer } = require('@microsoft/recognizers-text-date-time');

const core = await loadSource({ findFigures: 'src/core/figures', buildDoc: 'src/core/text/document', en: 'src/core/lang/en' });
const readJsonl = (p) => readFileSync(p, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const specInputs = readdirSync(specDir).filter((f) => f.endsWith('.jsonl')).sort().flatMap((f) => readJsonl(join(specDir, f)).map((c) => c.input));
const cnn = join(data, 'summaries', 'cnndm.dev.jsonl');
// News paragraphs: the first stories cut into runs of three sentences.
const paragraphs = [];
if (existsSync(cnn)) {
  for (const d of readJsonl(cnn).slice(0, 10)) {
    const sentences = d.text.split(/(?<=[.!?])\s+(?=[A-Z"“])/);
    for (let k = 0; k < sentences.length && paragraphs.length < 100; k += 3) paragraphs.push(sentences.slice(k, k + 3).join(' '));
  }
}

const num = new NumberRecognizer(Culture.English);
const unit = new NumberWithUnitRecognizer(Culture.English);
const dt = new DateTimeRecognizer(Culture.English);
const models = [num.getNumberModel(), num.getOrdinalModel(), num.getPercentageModel(), unit.getCurrencyModel(), unit.getDimensionModel(), unit.getAgeModel(), dt.getDateTimeModel()];

const rtOne = (text) => {
  let n = 0;
  for (const m of models) n += m.parse(text).length;
  return n;
};
const ledeOne = (text) => core.findFigures(core.buildDoc(text, core.en)).length;

function once(fn, inputs) {
  const t0 = performance.now();
  for (const s of inputs) fn(s);
  return (performance.now() - t0) / inputs.length;
}

// Warm-up: JIT and caches on both sides.
for (const s of specInputs.slice(0, 100)) rtOne(s);
for (let r = 0; r < 3; r++) for (const s of specInputs) ledeOne(s);

// The machine is shared: rounds of the two alternate. Conservative on purpose: Recognizers-Text
// keeps its best round, Lede its median round.
const rows = [];
for (const [name, inputs, rounds] of [
  [`${specInputs.length} spec inputs`, specInputs, 2],
  [`${paragraphs.length} CNN dev paragraphs`, paragraphs, 2],
]) {
  if (!inputs.length) continue;
  let rt = Infinity;
  const lede = [];
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < 5; k++) lede.push(once(ledeOne, inputs));
    rt = Math.min(rt, once(rtOne, inputs));
  }
  lede.sort((a, b) => a - b);
  rows.push([name, rt, lede[lede.length >> 1]]);
}
console.log('| input | Recognizers-Text ms/input | Lede figures ms/input | speed-up |');
console.log('|---|---:|---:|---:|');
for (const [name, rt, lede] of rows) console.log(`| ${name} | ${rt.toFixed(3)} | ${lede.toFixed(4)} | ${Math.round(rt / lede)}× |`);

// Size: the figures folder with its data (lexicon parsing included), minified and gzipped; the text
// layer (buildDoc) is shared with every module and left out.
const entry = join(root, 'src', 'core', 'figures', 'index.ts');
const out = await build({ entryPoints: [entry], bundle: true, minify: true, write: false, format: 'esm', loader: { '.txt': 'text' }, external: [], logLevel: 'silent', metafile: true });
const bundle = out.outputFiles[0].contents;
const dataFiles = readdirSync(join(root, 'src', 'core', 'lang', 'en')).filter((f) => f.startsWith('figure-'));
const dataText = dataFiles.map((f) => readFileSync(join(root, 'src', 'core', 'lang', 'en', f), 'utf8')).join('\n');
const gz = (b) => (gzipSync(b, { level: 9 }).length / 1024).toFixed(1);
console.log(`\nsize: figures code ${gz(bundle)} KB gzipped (bundle of src/core/figures, minified); its data files (${dataFiles.length}) ${gz(Buffer.from(dataText))} KB gzipped; together ${gz(Buffer.concat([Buffer.from(bundle), Buffer.from(dataText)]))} KB`);
