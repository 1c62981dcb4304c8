#!/usr/bin/env node
// Ablation of the key-sentence signals: scores the summary on the CNN dev set with each signal
// turned off in turn (through keySentences' `weights` option, which only this script sets), and
// prints ROUGE-1 / ROUGE-2 / ROUGE-Lsum F1 and the mean summary length for every variant.
//
// usage: node scripts/ablate-summary.mjs [--data DIR] [--tools DIR] [--only name,name] [--weights JSON]
//                                       [--sweep KEY=v1,v2,...]
//   --weights  extra overrides applied to every variant (for exploring, e.g. '{"lengthTarget":18}')
//   --sweep    instead of the ablation, one row per value of one weight (on top of --weights)
//   --lang     another language's set: DATA/lang/CODE/summaries.dev.jsonl, read with that pack
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadSource, root } from './lib/load-source.mjs';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const dataDir = resolve(opt('--data', process.env.LEDE_DATA ?? join(root, '..', 'shared', 'data')));
const toolsDir = resolve(opt('--tools', join(dataDir, '..', 'tools')));
const only = opt('--only', '') ? new Set(opt('--only', '').split(',')) : null;
const extra = JSON.parse(opt('--weights', '{}'));
const sweep = opt('--sweep', null);
const lang = opt('--lang', null);

const core = await loadSource({
  analyze: 'src/core/analyze',
  buildDoc: 'src/core/text/document',
  packFor: 'src/core/lang/select',
  keySentences: 'src/core/summary',
  DEFAULT_WEIGHTS: 'src/core/summary/weights',
  registerPack: 'src/core/lang/select',
  summaryLexicon: 'src/core/summary/lexicon',
  ...(lang ? { [lang]: `src/core/lang/${lang}` } : {}),
});
if (lang) core.registerPack(core[lang]);
const rouge = await import(pathToFileURL(join(toolsDir, 'rouge.mjs')).href);

const docs = readFileSync(lang ? join(dataDir, 'lang', lang, 'summaries.dev.jsonl') : join(dataDir, 'summaries', 'cnndm.dev.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
// The findings of every article, computed once by the real pipeline.
const prepared = docs.map((d) => {
  const r = core.analyze({ text: d.text, title: d.title, lang: lang ?? undefined });
  return { d, doc: core.buildDoc(d.text, core.packFor(lang)), findings: { participants: r.participants, quotes: r.quotes, figures: r.figures } };
});

// The defaults, with the pack's own settings (summary-weights.txt) over them, as keySentences reads them.
const W = { ...core.DEFAULT_WEIGHTS, ...core.summaryLexicon(core.packFor(lang)).weights };
/** name -> weight overrides; `lead` is the LEAD-3 baseline. */
const variants = [
  ['LEAD-3', null],
  ['all signals (shipped)', {}],
  ['- position', { position: 0 }],
  ['- title', { title: 0 }],
  ['- centrality', { centrality: 0 }],
  ['- participants', { participants: 0 }],
  ['- figures', { figures: 0 }],
  ['- emphasis', { emphasis: 0 }],
  ['- when (dates the event)', { when: 0 }],
  ['- length prior', { length: 0 }],
  ['- quote penalty', { quotePenalty: 0 }],
  ['- dangling-opener penalty', { danglingPenalty: 0 }],
  ['- voice penalty', { voicePenalty: 0 }],
  ['- redundancy (MMR)', { redundancy: 0 }],
  ['- min length', { minWords: 0 }],
  ['- word budget', { summaryWords: 0 }],
  ['+ directed centrality (PacSum-style)', { centralityBackward: 0 }],
  ['- directed centrality (undirected)', { centralityBackward: 1 }],
  ['+ length prior centred on 20 words', { lengthTarget: 20 }],
  ['position only', { centrality: 0, title: 0, participants: 0, figures: 0, emphasis: 0, length: 0, quotePenalty: 0, danglingPenalty: 0, voicePenalty: 0, redundancy: 0 }],
];

if (sweep) {
  const [key, values] = sweep.split('=');
  variants.length = 0;
  for (const v of values.split(',')) variants.push([`${key}=${v}`, { [key]: Number(v) }]);
}

const pct = (x) => (100 * x).toFixed(2);
const rows = [];
for (const [name, overrides] of variants) {
  if (only && !only.has(name)) continue;
  const per = [];
  let words = 0;
  for (const { d, doc, findings } of prepared) {
    const summary = overrides
      ? core.keySentences(doc, findings, 3, { title: d.title, weights: { ...extra, ...overrides } }).map((k) => k.text)
      : doc.sentences.slice(0, 3).map((s) => s.text);
    words += rouge.tokenize(summary.join(' ')).length;
    per.push(rouge.scoreDoc(summary, d.highlights));
  }
  const s = rouge.corpusScores(per, { nBootstrap: 0 });
  rows.push([name, pct(s.rouge1.f), pct(s.rouge2.f), pct(s.rougeLsum.f), (words / prepared.length).toFixed(1)]);
}
const header = ['variant', 'R-1', 'R-2', 'R-Lsum', 'words'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const fmt = (r) => '| ' + r.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ') + ' |';
console.log(`${lang ? `${lang} summaries dev` : 'CNN dev'}, ${prepared.length} stories; weights ${JSON.stringify({ ...W, ...extra })}`);
console.log(fmt(header));
console.log('|' + widths.map((w, i) => (i ? '-'.repeat(w + 1) + ':' : '-'.repeat(w + 2))).join('|') + '|');
for (const r of rows) console.log(fmt(r));
