#!/usr/bin/env node
// Benchmark of the key-sentence step: its time per article against the whole of analyze(), on
// the CNN dev stories when ../shared/data is there (else the sample article), plus one long text
// of 10,000 sentences. The summary must add under 10 % to analyze().
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadSource, root } from '../lib/load-source.mjs';

const core = await loadSource({ analyze: 'src/core/analyze', buildDoc: 'src/core/text/document', packFor: 'src/core/lang/select', keySentences: 'src/core/summary' });
const data = resolve(process.env.LEDE_DATA ?? join(root, '..', 'shared', 'data'));
const cnn = join(data, 'summaries', 'cnndm.dev.jsonl');
const sample = readFileSync(join(root, 'tests', 'fixtures', 'pages', 'beijing-summit', 'article.txt'), 'utf8');
const texts = existsSync(cnn)
  ? readFileSync(cnn, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text)
  : Array.from({ length: 200 }, () => sample);
const source = existsSync(cnn) ? `${texts.length} CNN dev stories` : `the sample article × ${texts.length}`;

function measure(list, rounds) {
  const pack = core.packFor(undefined);
  // Findings and documents, prepared outside the timed summary loop.
  const prepared = list.map((text) => {
    const r = core.analyze({ text });
    return { doc: core.buildDoc(text, pack), findings: { participants: r.participants, quotes: r.quotes, figures: r.figures } };
  });
  let analyzeMs = Infinity;
  let summaryMs = Infinity;
  for (let k = 0; k < rounds; k++) {
    let t0 = performance.now();
    for (const text of list) core.analyze({ text });
    analyzeMs = Math.min(analyzeMs, performance.now() - t0);
    t0 = performance.now();
    for (const p of prepared) core.keySentences(p.doc, p.findings, 3);
    summaryMs = Math.min(summaryMs, performance.now() - t0);
  }
  return { analyze: analyzeMs / list.length, summary: summaryMs / list.length };
}

const words = ['council', 'budget', 'river', 'school', 'police', 'market', 'storm', 'court', 'vote', 'bridge', 'hospital', 'strike'];
const long = Array.from({ length: 10_000 }, (_, i) => `The ${words[i % 12]} report ${i} said the ${words[(i * 7) % 12]} plan for ${words[(i * 5) % 12]} would cost ${i * 3} dollars.`).join(' ');

// Warm up the JIT and the per-pack caches.
measure(texts.slice(0, 50), 1);
const rows = [
  [source, measure(texts, 3)],
  ['10,000 sentences (one text)', measure([long], 3)],
];
console.log('| input | analyze() ms/article | summary ms/article | summary share of analyze() |');
console.log('|---|---:|---:|---:|');
for (const [name, r] of rows) console.log(`| ${name} | ${r.analyze.toFixed(2)} | ${r.summary.toFixed(2)} | ${((100 * r.summary) / r.analyze).toFixed(1)} % |`);
