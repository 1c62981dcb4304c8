#!/usr/bin/env node
// Benchmark of the quote engine: time per article on the PolNeAR dev set when ../shared/data is
// there (else the sample article), and on adversarial 1 MB texts: 100,000 balanced quote marks,
// 100,000 unbalanced ones, straight marks only, apostrophes only, and one long dialogue. Time
// must grow linearly: the ms per 100 kB column should stay flat as the texts grow.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadSource, root } from '../lib/load-source.mjs';

const core = await loadSource({ buildDoc: 'src/core/text/document', packFor: 'src/core/lang/select', findQuotes: 'src/core/quotes', buildParticipantIndex: 'src/core/participants/participant-index' });
const data = resolve(process.env.LEDE_DATA ?? join(root, '..', 'shared', 'data'));
const polnear = join(data, 'quotes', 'polnear.dev.jsonl');
const sample = readFileSync(join(root, 'tests', 'fixtures', 'pages', 'beijing-summit', 'article.txt'), 'utf8');
const texts = existsSync(polnear)
  ? readFileSync(polnear, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text)
  : Array.from({ length: 200 }, () => sample);
const pack = core.packFor(undefined);
const index = core.buildParticipantIndex([]);

/** Best of `rounds` runs of findQuotes over the texts (documents built outside the timing). */
function time(list, rounds = 3) {
  const docs = list.map((t) => core.buildDoc(t, pack));
  let best = Infinity;
  let found = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    found = 0;
    for (const d of docs) found += core.findQuotes(d, index).length;
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: best, found };
}

const repeat = (unit, size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const MB = 1_000_000;
const adversarial = {
  'balanced “…” (100,000 marks)': (n) => repeat('“We will win,” he said. ', n),
  'unbalanced “ only (100,000 marks)': (n) => repeat('He said “we will win and ', n),
  'straight " only': (n) => repeat('"a " b "" c ', n),
  'apostrophes and single marks': (n) => repeat("don’t ‘x ’90s rock ’n’ roll ' ", n),
  'dialogue paragraphs, never closed': (n) => repeat('“Then we went on.\n\n', n),
  'news prose with reported speech': (n) => repeat('The minister said the plan would cost more than expected, according to officials. ', n),
};

time(texts.slice(0, 50), 1); // warm-up
const corpus = time(texts);
console.log(`| input | size | ms | ms per 100 kB | quotes |`);
console.log('|---|---:|---:|---:|---:|');
const kb = texts.reduce((n, t) => n + t.length, 0) / 1000;
console.log(`| ${existsSync(polnear) ? `${texts.length} PolNeAR dev articles` : `sample × ${texts.length}`} | ${kb.toFixed(0)} kB | ${corpus.ms.toFixed(0)} (${(corpus.ms / texts.length).toFixed(2)}/article) | ${((corpus.ms / kb) * 100).toFixed(1)} | ${corpus.found} |`);
for (const [name, make] of Object.entries(adversarial)) {
  for (const size of [MB / 4, MB]) {
    const text = make(size);
    const r = time([text], 2);
    console.log(`| ${name} | ${(size / 1000).toFixed(0)} kB | ${r.ms.toFixed(0)} | ${((r.ms / size) * 100_000).toFixed(1)} | ${r.found} |`);
  }
}
