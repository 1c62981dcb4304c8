#!/usr/bin/env node
// Benchmark of the participants engine against compromise 14 (people, organisations and places),
// side by side in one run, on the same texts: the CoNLL-2003 dev documents when ../shared/data is
// there (else the sample article), then the sample article alone. The target: the WHOLE of
// analyze() at least 20 times faster than compromise's three extractors. Also shows that
// findParticipants grows linearly with the text (one long text of 10× and 100× the sample).
// usage: node scripts/bench/participants.mjs [--docs N]
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { loadSource, root } from '../lib/load-source.mjs';

const require = createRequire(import.meta.url);
const compromise = require('compromise');
const nlp = compromise.default ?? compromise;
const core = await loadSource({
  analyze: 'src/core/analyze',
  buildDoc: 'src/core/text/document',
  packFor: 'src/core/lang/select',
  findParticipants: 'src/core/participants',
  buildParticipantIndex: 'src/core/participants/participant-index',
  findQuotes: 'src/core/quotes',
  findFigures: 'src/core/figures',
  keySentences: 'src/core/summary',
});

const args = process.argv.slice(2);
const maxDocs = Number(args[args.indexOf('--docs') + 1] || 0) || 216;
const data = resolve(process.env.LEDE_DATA ?? join(root, '..', 'shared', 'data'));
const conll = join(data, 'ner', 'conll2003.dev.jsonl');
const sample = readFileSync(join(root, 'tests', 'fixtures', 'pages', 'beijing-summit', 'article.txt'), 'utf8');
const docs = existsSync(conll)
  ? readFileSync(conll, 'utf8').split('\n').filter((l) => l.trim()).slice(0, maxDocs).map((l) => JSON.parse(l).text)
  : Array.from({ length: 50 }, () => sample);
const source = existsSync(conll) ? `${docs.length} CoNLL-2003 dev documents` : `the sample article × ${docs.length}`;

/** Best of `rounds` timings of running `fn` over every text, in ms per text. */
function time(texts, fn, rounds) {
  let best = Infinity;
  for (let k = 0; k < rounds; k++) {
    const t0 = performance.now();
    for (const t of texts) fn(t);
    best = Math.min(best, performance.now() - t0);
  }
  return best / texts.length;
}

const ours = (text) => core.analyze({ text });
const participantsOnly = (text) => core.findParticipants(core.buildDoc(text, core.packFor(undefined)));
const theirs = (text) => {
  const d = nlp(text);
  d.people().out('offset');
  d.organizations().out('offset');
  d.places().out('offset');
};

// Warm up the JIT and the per-pack caches of both: a full pass over the texts each.
for (const t of docs) {
  ours(t);
  participantsOnly(t);
  theirs(t);
}
const kb = (texts) => texts.reduce((n, t) => n + t.length, 0) / texts.length / 1024;
const rows = [];
for (const [name, texts] of [
  [source, docs],
  ['the sample article', [sample]],
]) {
  const rounds = texts.length > 50 ? 3 : 20;
  const a = time(texts, ours, rounds);
  const p = time(texts, participantsOnly, rounds);
  const c = time(texts, theirs, texts.length > 50 ? 2 : 10);
  rows.push([name, kb(texts).toFixed(1), a, p, c]);
}
console.log('| texts | KB/text | analyze() ms/text | findParticipants ms/text | compromise people+orgs+places ms/text | compromise ÷ analyze() |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const [name, size, a, p, c] of rows) console.log(`| ${name} | ${size} | ${a.toFixed(2)} | ${p.toFixed(2)} | ${c.toFixed(2)} | ${(c / a).toFixed(1)}× |`);

// Where analyze()'s time goes, stage by stage (best of 3 passes over the documents).
const stages = { 'buildDoc (text/)': 0, participants: 0, quotes: 0, figures: 0, summary: 0 };
const best = { ...stages };
for (let k = 0; k < 3; k++) {
  for (const key of Object.keys(stages)) stages[key] = 0;
  for (const text of docs) {
    const pack = core.packFor(undefined);
    let t0 = performance.now();
    const doc = core.buildDoc(text, pack);
    stages['buildDoc (text/)'] += performance.now() - t0;
    t0 = performance.now();
    const participants = core.findParticipants(doc);
    stages.participants += performance.now() - t0;
    t0 = performance.now();
    const quotes = core.findQuotes(doc, core.buildParticipantIndex(participants, pack));
    stages.quotes += performance.now() - t0;
    t0 = performance.now();
    const figures = core.findFigures(doc);
    stages.figures += performance.now() - t0;
    t0 = performance.now();
    core.keySentences(doc, { participants, quotes, figures }, 3);
    stages.summary += performance.now() - t0;
  }
  for (const key of Object.keys(stages)) best[key] = k === 0 ? stages[key] : Math.min(best[key], stages[key]);
}
const compromiseMs = rows[0][4];
console.log(`\n| stage (${source}) | ms/text | compromise ÷ stage |`);
console.log('|---|---:|---:|');
for (const [key, ms] of Object.entries(best)) console.log(`| ${key} | ${(ms / docs.length).toFixed(3)} | ${(compromiseMs / (ms / docs.length)).toFixed(0)}× |`);

// Linear growth: the sample repeated as one long text.
console.log('\n| one long text | KB | findParticipants ms | ms per KB |');
console.log('|---|---:|---:|---:|');
for (const times of [1, 10, 100, 250]) {
  const text = Array.from({ length: times }, () => sample).join('\n\n');
  const ms = time([text], participantsOnly, 3);
  console.log(`| sample × ${times} | ${(text.length / 1024).toFixed(0)} | ${ms.toFixed(1)} | ${(ms / (text.length / 1024)).toFixed(3)} |`);
}
