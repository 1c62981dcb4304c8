#!/usr/bin/env node
// Speed of the whole analyze() against the JavaScript peers, side by side in one run, on the same
// texts: compromise 14 (people + organisations + places, the participants' peer) and Microsoft
// Recognizers-Text (the English number model, the figures' peer), both devDependencies.
//
// The texts: documents of each dev set in ../shared/data (CoNLL-2003 dev, CNN/DailyMail dev,
// PolNeAR dev), taken evenly through the file, and the sample article. Every engine is warmed
// first (one full pass over every text: JIT and per-pack caches). Then, document by document, the
// engines run in turn (ours, compromise, Recognizers-Text, again, `--reps` times), so that the load
// of a shared machine falls on all of them alike; each document keeps the median of its runs.
// Times are CPU time of this process (process.cpuUsage: user + system, garbage collection
// included), which says more about the code than wall time on a busy machine; the wall-clock
// ratio is printed too. Nothing is left out of analyze(): it is the call the extension makes.
//
// usage: node scripts/bench/speed.mjs [--docs N] [--reps N] [--json]
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { loadSource, root } from '../lib/load-source.mjs';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const perSet = opt('--docs', 60);
const reps = Math.max(1, opt('--reps', 3));
const data = resolve(process.env.LEDE_DATA ?? join(root, '..', 'shared', 'data'));

const require = createRequire(import.meta.url);
const compromise = require('compromise');
const nlp = compromise.default ?? compromise;
const { Culture } = require('@microsoft/recognizers-text-suite');
const { NumberRecognizer } = require('@microsoft/recognizers-text-number');
const { analyze } = await loadSource({ analyze: 'src/core/analyze' });

/** `n` texts taken evenly through a JSONL file (all of them when n ≥ its length). */
function sampleOf(file, n) {
  if (!existsSync(file)) return [];
  const all = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text).filter((t) => typeof t === 'string' && t);
  if (n >= all.length) return all;
  return Array.from({ length: n }, (_, k) => all[Math.floor((k * all.length) / n)]);
}
const sample = readFileSync(join(root, 'tests', 'fixtures', 'pages', 'beijing-summit', 'article.txt'), 'utf8');
const sets = [
  ['CoNLL-2003 dev', sampleOf(join(data, 'ner', 'conll2003.dev.jsonl'), perSet)],
  ['CNN/DailyMail dev', sampleOf(join(data, 'summaries', 'cnndm.dev.jsonl'), perSet)],
  ['PolNeAR dev', sampleOf(join(data, 'quotes', 'polnear.dev.jsonl'), perSet)],
  ['sample article', [sample]],
].filter(([, texts]) => texts.length);
if (sets.length === 1) console.log(`(no dev sets at ${data}: set LEDE_DATA; the sample article alone)\n`);

const numberModel = new NumberRecognizer(Culture.English).getNumberModel();
const engines = {
  lede: (text) => analyze({ text }),
  compromise: (text) => {
    const d = nlp(text);
    d.people().out('offset');
    d.organizations().out('offset');
    d.places().out('offset');
  },
  recognizers: (text) => numberModel.parse(text),
};
const names = Object.keys(engines);

/** One run of `fn` on `text`: [cpu ms, wall ms]. */
function run(fn, text) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn(text);
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return [(c.user + c.system) / 1000, wall];
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : 0;
};
const words = (t) => t.split(/\s+/).filter(Boolean).length;

// Warm-up: every engine over every text once (and the sample a few more times).
for (const [, texts] of sets) for (const t of texts) for (const n of names) engines[n](t);
for (let k = 0; k < 5; k++) for (const n of names) engines[n](sample);

const rows = [];
for (const [set, texts] of sets) {
  // Per engine: the median CPU and wall ms of each document.
  const cpu = Object.fromEntries(names.map((n) => [n, []]));
  const wall = Object.fromEntries(names.map((n) => [n, []]));
  for (const t of texts) {
    const runs = Object.fromEntries(names.map((n) => [n, []]));
    for (let r = 0; r < reps; r++) for (const n of names) runs[n].push(run(engines[n], t));
    for (const n of names) {
      cpu[n].push(median(runs[n].map((x) => x[0])));
      wall[n].push(median(runs[n].map((x) => x[1])));
    }
  }
  const w = texts.reduce((s, t) => s + words(t), 0);
  const total = (xs) => xs.reduce((a, b) => a + b, 0);
  const row = { set, docs: texts.length, wordsPerDoc: Math.round(w / texts.length) };
  for (const n of names) {
    row[n] = { medianMs: median(cpu[n]), meanMs: total(cpu[n]) / texts.length, wordsPerSec: w / (total(cpu[n]) / 1000), wallMeanMs: total(wall[n]) / texts.length };
  }
  rows.push(row);
}

if (args.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
  process.exit(0);
}
const f = (x, d = 2) => x.toFixed(d);
const kw = (x) => `${Math.round(x / 1000)}k`;
console.log(`CPU ms per article (median over the articles; mean in brackets), words per second, and how many`);
console.log(`times slower each peer is than the whole analyze(); ${reps} interleaved runs per article, median kept.\n`);
console.log('| texts | words/article | analyze() ms | analyze() words/s | compromise people+orgs+places ms | ÷ analyze() | Recognizers-Text numbers ms | ÷ analyze() |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  const { lede, compromise: c, recognizers: rt } = r;
  console.log(
    `| ${r.set} (${r.docs}) | ${r.wordsPerDoc} | ${f(lede.medianMs)} (${f(lede.meanMs)}) | ${kw(lede.wordsPerSec)} | ${f(c.medianMs, 1)} (${f(c.meanMs, 1)}) | ${f(c.meanMs / lede.meanMs, 1)}× | ${f(rt.medianMs, 1)} (${f(rt.meanMs, 1)}) | ${f(rt.meanMs / lede.meanMs, 1)}× |`,
  );
}
console.log('\nRatios are of mean (total) time per article. Wall-clock ratios, same runs:');
for (const r of rows) console.log(`- ${r.set}: compromise ${f(r.compromise.wallMeanMs / r.lede.wallMeanMs, 1)}×, Recognizers-Text ${f(r.recognizers.wallMeanMs / r.lede.wallMeanMs, 1)}× (analyze() ${f(r.lede.wallMeanMs)} ms wall)`);
