#!/usr/bin/env node
// Benchmark of the key-sentence step: its time per article against the whole of analyze(), on
// the CNN dev stories when ../shared/data is there (else the sample article), plus one long text.
// The summary must add under 10 % to analyze().
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

/**
 * CPU time of analyze() and of the summary step alone, interleaved article by article so that
 * the load of a shared machine weighs on both alike; the best of `rounds` rounds.
 */
function measure(list, rounds) {
  const pack = core.packFor(undefined);
  // Findings and documents, prepared outside the timed summary calls.
  const prepared = list.map((text) => {
    const r = core.analyze({ text });
    return { text, doc: core.buildDoc(text, pack), findings: { participants: r.participants, quotes: r.quotes, figures: r.figures } };
  });
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let best = null;
  for (let k = 0; k < rounds; k++) {
    let analyzeMs = 0;
    let summaryMs = 0;
    for (const p of prepared) {
      let t0 = cpu();
      core.analyze({ text: p.text });
      analyzeMs += cpu() - t0;
      t0 = cpu();
      core.keySentences(p.doc, p.findings, 3);
      summaryMs += cpu() - t0;
    }
    const r = { analyze: analyzeMs / list.length, summary: summaryMs / list.length };
    if (!best || r.summary / r.analyze < best.summary / best.analyze) best = r;
  }
  return best;
}

// A long text: the stories joined into one (about 19,000 sentences with the CNN set), or a
// generated text of 10,000 sentences without it.
const words = ['council', 'budget', 'river', 'school', 'police', 'market', 'storm', 'court', 'vote', 'bridge', 'hospital', 'strike'];
const long = existsSync(cnn)
  ? texts.join('\n\n')
  : Array.from({ length: 10_000 }, (_, i) => `The ${words[i % 12]} report ${i} said the ${words[(i * 7) % 12]} plan for ${words[(i * 5) % 12]} would cost ${i * 3} dollars.`).join(' ');
const longName = existsSync(cnn) ? `the ${texts.length} stories as one text` : '10,000 generated sentences as one text';

// Warm up the JIT and the per-pack caches.
measure(texts.slice(0, 50), 1);
const rows = [
  [source, measure(texts, 3)],
  [longName, measure([long], 3)],
];
console.log('| input | analyze() CPU ms/article | summary CPU ms/article | summary share of analyze() |');
console.log('|---|---:|---:|---:|');
for (const [name, r] of rows) console.log(`| ${name} | ${r.analyze.toFixed(2)} | ${r.summary.toFixed(2)} | ${((100 * r.summary) / r.analyze).toFixed(1)} % |`);
