#!/usr/bin/env node
// Evaluation: runs the batch CLI (build/cli/lede.cjs analyze --jsonl) on the development sets in
// ../shared/data and scores the output with the team's own scorers in ../shared/tools, so that
// the numbers printed here are the ones we are judged by.
//
// usage: node scripts/eval.mjs [--data DIR] [--tools DIR] [--only quotes,ner,figures,summaries,extract,lang]
//                              [--langs fr,de,...]
//                              [--keep DIR] [--json]
//   --data   the evaluation sets (default ../shared/data)
//   --tools  the scorers (default ../shared/tools)
//   --only   a comma-separated subset of the tasks
//   --langs  the languages of the lang task (default: every folder of DATA/lang)
//   --keep   write the predictions there (default: a temporary folder, removed afterwards)
//   --json   print the figures as JSON instead of a table
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
// Real paths: a scorer only runs as a CLI when its own path matches argv[1] (symlinks break that).
const real = (p) => (existsSync(p) ? realpathSync(p) : p);
const dataDir = real(resolve(opt('--data', join(root, '..', 'shared', 'data'))));
const toolsDir = real(resolve(opt('--tools', join(dataDir, '..', 'tools'))));
const only = opt('--only', '') ? new Set(opt('--only', '').split(',')) : null;
const keep = opt('--keep', null);
const asJson = args.includes('--json');
const cli = join(root, 'build', 'cli', 'lede.cjs');

if (!existsSync(dataDir)) {
  console.error(`eval: no evaluation data at ${dataDir} (pass --data DIR)`);
  process.exit(2);
}
if (!existsSync(cli)) {
  console.error('eval: build/cli/lede.cjs is missing: run npm run build first');
  process.exit(2);
}
const work = keep ? resolve(keep) : mkdtempSync(join(tmpdir(), 'lede-eval-'));
mkdirSync(work, { recursive: true });

const readJsonl = (p) => readFileSync(p, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const writeJsonl = (p, rows) => writeFileSync(p, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');

/** Runs the batch CLI on input rows and returns its output rows, in order, with the wall time. */
function runLede(name, rows) {
  const input = join(work, `${name}.in.jsonl`);
  const output = join(work, `${name}.out.jsonl`);
  writeJsonl(input, rows);
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [cli, 'analyze', '--jsonl', input], { maxBuffer: 1 << 30, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`lede failed on ${name}: ${r.stderr}`);
  writeFileSync(output, r.stdout);
  const out = readJsonl(output);
  const failed = out.filter((o) => o.error);
  if (failed.length) console.error(`eval: ${failed.length} ${name} inputs failed, e.g. ${failed[0].id}: ${failed[0].error}`);
  return { out, ms: Date.now() - t0 };
}

function score(tool, argv) {
  const r = spawnSync(process.execPath, [join(toolsDir, tool), ...argv], { maxBuffer: 1 << 30, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${tool} failed: ${r.stderr}`);
  return r.stdout;
}

const pct = (x) => (x == null ? '—' : (100 * x).toFixed(1));
const rows = []; // [task, figure, value, target]
const add = (task, figure, value, target = '') => rows.push([task, figure, value, target]);

const tasks = {
  quotes() {
    const gold = join(dataDir, 'quotes', 'polnear.dev.jsonl');
    const docs = readJsonl(gold);
    const { out, ms } = runLede('quotes', docs.map((d) => ({ id: d.id, text: d.text })));
    const pred = join(work, 'quotes.pred.jsonl');
    // A split quote ("A," he said, "B.") is scored by its quoted parts, as the corpus annotates them.
    const scored = (q) => (q.parts?.length ? q.parts : [q]).map((p) => ({ text: p.text, speaker: q.speaker }));
    writeJsonl(pred, out.map((o) => ({ id: o.id, quotes: (o.quotes ?? []).flatMap(scored) })));
    const s = JSON.parse(score('score-quotes.mjs', [gold, pred, '--json']));
    // The scorer's direct view exempts predicted fragments inside a non-direct gold quote, i.e. it
    // expects the quotes marked direct (full and partial): that is the official figure. Passing
    // every prediction there also counts reported speech the corpus left unannotated (diagnostic).
    const predDirect = join(work, 'quotes.direct.pred.jsonl');
    writeJsonl(predDirect, out.map((o) => ({ id: o.id, quotes: (o.quotes ?? []).filter((q) => q.direct).flatMap(scored) })));
    const sd = JSON.parse(score('score-quotes.mjs', [gold, predDirect, '--json']));
    add('quotes (PolNeAR dev)', 'direct quote F1', pct(sd.direct.quote.f1), '≥ 97');
    add('quotes (PolNeAR dev)', 'speaker accuracy, direct, named gold', `${pct(sd.direct.speakerAccuracyNamed)} %`, '≥ 92 %');
    add('quotes (PolNeAR dev)', 'direct view, all predictions incl. reported speech (diagnostic)', pct(s.direct.quote.f1), '');
    add('quotes (PolNeAR dev)', 'F1, all quotes', pct(s.all.quote.f1), '≥ 60');
    add('quotes (PolNeAR dev)', 'speaker accuracy, all, named gold', `${pct(s.all.speakerAccuracyNamed)} %`, '≥ 85 %');
    add('quotes (PolNeAR dev)', 'time', `${ms} ms / ${docs.length} docs`);
  },
  ner() {
    const typeOf = { person: 'PER', organization: 'ORG', place: 'LOC' };
    const gold = join(dataDir, 'ner', 'conll2003.dev.jsonl');
    const docs = readJsonl(gold);
    const { out, ms } = runLede('ner', docs.map((d) => ({ id: d.id, text: d.text })));
    const pred = join(work, 'ner.pred.jsonl');
    writeJsonl(
      pred,
      out.map((o) => ({
        id: o.id,
        entities: (o.participants ?? []).flatMap((p) => p.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end, type: typeOf[p.type] }))),
      })),
    );
    const s = JSON.parse(score('score-ner.mjs', [gold, pred, '--json']));
    add('participants (CoNLL-2003 dev)', 'exact-span F1, PER+ORG+LOC', pct(s.span.overall.f1), '≥ 80');
    add('participants (CoNLL-2003 dev)', 'PER / ORG / LOC F1', `${pct(s.span.PER.f1)} / ${pct(s.span.ORG.f1)} / ${pct(s.span.LOC.f1)}`, 'each ≥ 75');
    add('participants (CoNLL-2003 dev)', 'participant-level people F1', pct(s.participantsPER.macro.f1), '≥ 90');
    const prose = join(dataDir, 'ner', 'conll2003.dev.prose.jsonl');
    if (existsSync(prose)) {
      const p = JSON.parse(score('score-ner.mjs', [prose, pred, '--json']));
      add('participants (CoNLL-2003 dev)', 'exact-span F1, prose subset', pct(p.span.overall.f1), '≥ 82');
    }
    add('participants (CoNLL-2003 dev)', 'time', `${ms} ms / ${docs.length} docs`);
  },
  figures() {
    // Which figure kinds each Recognizers-Text model covers (the scorer ignores types).
    const kindsFor = {
      // every figure with a numeric value except calendar ones (dates, years, periods, times) and
      // measures (numbers glued to a unit, "180ml", are the dimension model's, not the number model's);
      // durations and ages count: "3 years" holds the number 3
      number: null,
      ordinal: new Set(['ordinal']),
      percentage: new Set(['percent', 'percentage-points']),
      currency: new Set(['money']),
      dimension: new Set(['measure']),
      age: new Set(['age']),
      date: new Set(['date', 'year', 'period', 'duration', 'time']),
    };
    const targets = { number: '≥ 95', percentage: '≥ 95', currency: '≥ 95', dimension: '≥ 90', date: '≥ 85' };
    const dir = join(dataDir, 'figures');
    for (const model of Object.keys(kindsFor)) {
      const spec = join(dir, `${model}.jsonl`);
      if (!existsSync(spec)) continue;
      const cases = readJsonl(spec);
      const { out } = runLede(`figures-${model}`, cases.map((c, i) => ({ id: String(i), text: c.input })));
      const keepKind = kindsFor[model];
      const calendarKinds = new Set(['date', 'year', 'period', 'time']);
      const pred = join(work, `figures-${model}.pred.jsonl`);
      writeJsonl(
        pred,
        out.map((o, i) => ({
          input: cases[i].input,
          found: (o.figures ?? [])
            .filter((f) => (keepKind ? keepKind.has(f.kind) : f.value != null && !calendarKinds.has(f.kind) && f.kind !== 'measure'))
            .map((f) => ({ text: f.text, start: f.start, end: f.end, type: f.kind, value: f.kind === 'date' ? f.date ?? f.value : f.value })),
        })),
      );
      const s = JSON.parse(score('score-figures.mjs', [spec, pred, '--json']));
      add('figures (Recognizers-Text specs)', `${model}: overlap F1 / value accuracy`, `${pct(s.overlap.F1)} / ${pct(s.value.acc)} %`, targets[model] ?? '');
    }
  },
  summaries() {
    const gold = join(dataDir, 'summaries', 'cnndm.dev.jsonl');
    const docs = readJsonl(gold);
    const { out, ms } = runLede('summaries', docs.map((d) => ({ id: d.id, text: d.text })));
    const pred = join(work, 'summaries.pred.jsonl');
    writeJsonl(pred, out.map((o) => ({ id: o.id, summary: (o.keySentences ?? []).slice(0, 3).map((k) => k.text) })));
    const s = JSON.parse(score('rouge.mjs', [gold, pred]));
    add('key sentences (CNN dev)', 'ROUGE-1 / ROUGE-2 / ROUGE-Lsum', `${pct(s.rouge1.f)} / ${pct(s.rouge2.f)} / ${pct(s.rougeLsum.f)}`, '≥ 28.3 / 10.5 / 25.5');
    add('key sentences (CNN dev)', 'time', `${ms} ms / ${docs.length} docs`);
  },
  /** The other languages (DATA/lang/<code>/): one table per language, each line sent with its "lang" hint. */
  lang() {
    const langRoot = join(dataDir, 'lang');
    if (!existsSync(langRoot)) return;
    const wanted = opt('--langs', '') ? opt('--langs', '').split(',') : null;
    const targets = {
      ner: { es: '≥ 70', de: '≥ 65' },
      nerOverlap: { fr: '≥ 60' },
      figures: { fr: '≥ 85', de: '≥ 85', es: '≥ 85' },
    };
    for (const code of readdirSync(langRoot).sort()) {
      if (wanted && !wanted.includes(code)) continue;
      const dir = join(langRoot, code);
      const task = `${code} (${dir.split('/').slice(-2).join('/')})`;
      // The pack the extension loads for this language (written by scripts/build.mjs).
      const packFile = join(root, 'build', 'chrome', 'lang', `${code}.json`);
      if (existsSync(packFile)) add(task, 'pack: size gzipped (lazily loaded)', `${(gzipSync(readFileSync(packFile)).length / 1024).toFixed(1)} KB`, '≤ 40 KB');
      else add(task, 'pack', 'none built: English is used', '');
      const nerGold = join(dir, 'ner.dev.jsonl');
      if (existsSync(nerGold)) {
        const typeOf = { person: 'PER', organization: 'ORG', place: 'LOC' };
        const docs = readJsonl(nerGold);
        const { out, ms } = runLede(`${code}-ner`, docs.map((d) => ({ id: d.id, text: d.text, lang: code })));
        const pred = join(work, `${code}-ner.pred.jsonl`);
        writeJsonl(pred, out.map((o) => ({ id: o.id, entities: (o.participants ?? []).flatMap((p) => p.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end, type: typeOf[p.type] }))) })));
        const s = JSON.parse(score('score-ner.mjs', [nerGold, pred, '--json']));
        add(task, 'ner: exact-span F1 (PER / ORG / LOC)', `${pct(s.span.overall.f1)} (${pct(s.span.PER.f1)} / ${pct(s.span.ORG.f1)} / ${pct(s.span.LOC.f1)})`, targets.ner[code] ?? 'reported');
        add(task, 'ner: overlap F1', pct(s.span.overlap.f1), targets.nerOverlap[code] ?? '');
        add(task, 'ner: time', `${ms} ms / ${docs.length} docs`);
      }
      const figSpec = join(dir, 'figures.dev.jsonl');
      if (existsSync(figSpec)) {
        // The model of each case says which figure kinds it covers, as for English; cases whose
        // offsets the data set could not verify are left out (see data/README.md).
        const kinds = {
          Number: null,
          Ordinal: new Set(['ordinal']),
          Percent: new Set(['percent', 'percentage-points']),
          NumberRange: null,
          Currency: new Set(['money']),
          Dimension: new Set(['measure']),
          Age: new Set(['age']),
          Temperature: new Set(['measure']),
          DateTime: new Set(['date', 'year', 'period', 'duration', 'time']),
        };
        const dateKinds = kinds.DateTime;
        const cases = readJsonl(figSpec).filter((c) => !c.hasUnverifiedOffsets);
        const spec = join(work, `${code}-figures.spec.jsonl`);
        writeJsonl(spec, cases);
        const { out } = runLede(`${code}-figures`, cases.map((c, i) => ({ id: String(i), text: c.input, lang: code })));
        const pred = join(work, `${code}-figures.pred.jsonl`);
        writeJsonl(
          pred,
          out.map((o, i) => {
            const model = /\/(\w+?)Model$/.exec(cases[i].model ?? '')?.[1] ?? 'Number';
            const keepKind = kinds[model];
            return {
              input: cases[i].input,
              found: (o.figures ?? [])
                .filter((f) => (keepKind ? keepKind.has(f.kind) : f.value != null && !dateKinds.has(f.kind) && f.kind !== 'measure'))
                .map((f) => ({ text: f.text, start: f.start, end: f.end, type: f.kind, value: f.kind === 'date' ? f.date ?? f.value : f.value })),
            };
          }),
        );
        const s = JSON.parse(score('score-figures.mjs', [spec, pred, '--json']));
        add(task, 'figures: overlap F1 / exact F1 / value accuracy', `${pct(s.overlap.F1)} / ${pct(s.exact.F1)} / ${pct(s.value.acc)} %`, targets.figures[code] ?? 'reported');
      }
      const quoteGold = join(dir, 'quotes.dev.jsonl');
      if (existsSync(quoteGold)) {
        const docs = readJsonl(quoteGold);
        const { out, ms } = runLede(`${code}-quotes`, docs.map((d) => ({ id: d.id, text: d.text, lang: code })));
        const pred = join(work, `${code}-quotes.pred.jsonl`);
        const scored = (q) => (q.parts?.length ? q.parts : [q]).map((p) => ({ text: p.text, speaker: q.speaker }));
        writeJsonl(pred, out.map((o) => ({ id: o.id, quotes: (o.quotes ?? []).flatMap(scored) })));
        const s = JSON.parse(score('score-quotes.mjs', [quoteGold, pred, '--json']));
        add(task, 'quotes: direct quote F1, all quotes predicted', pct(s.direct.quote.f1), '');
        // As for English: the direct view scored over the quotes the engine marks direct.
        const predDirect = join(work, `${code}-quotes.direct.pred.jsonl`);
        writeJsonl(predDirect, out.map((o) => ({ id: o.id, quotes: (o.quotes ?? []).filter((q) => q.direct).flatMap(scored) })));
        const sd = JSON.parse(score('score-quotes.mjs', [quoteGold, predDirect, '--json']));
        add(task, 'quotes: direct quote F1, quotes marked direct', pct(sd.direct.quote.f1), code === 'de' ? '≥ 90' : 'reported');
        add(task, 'quotes: speaker accuracy, direct, named gold', `${pct(s.direct.speakerAccuracyNamed)} %`, code === 'de' ? '≥ 85 %' : 'reported');
        add(task, 'quotes: F1, all quotes', pct(s.all.quote.f1), 'reported');
        add(task, 'quotes: time', `${ms} ms / ${docs.length} docs`);
      }
      const sumGold = join(dir, 'summaries.dev.jsonl');
      if (existsSync(sumGold)) {
        const docs = readJsonl(sumGold);
        const { out, ms } = runLede(`${code}-summaries`, docs.map((d) => ({ id: d.id, text: d.text, title: d.title, lang: code })));
        const pred = join(work, `${code}-summaries.pred.jsonl`);
        writeJsonl(pred, out.map((o) => ({ id: o.id, summary: (o.keySentences ?? []).slice(0, 3).map((k) => k.text) })));
        const s = JSON.parse(score('rouge.mjs', [sumGold, pred]));
        add(task, 'summaries: ROUGE-1 / ROUGE-2 / ROUGE-Lsum', `${pct(s.rouge1.f)} / ${pct(s.rouge2.f)} / ${pct(s.rougeLsum.f)}`, code === 'fr' ? '≥ 30.0 (LEAD-3 28.96)' : 'reported');
        add(task, 'summaries: time', `${ms} ms / ${docs.length} docs`);
      }
    }
  },
  extract() {
    const dir = join(dataDir, 'pages', 'aeb-dev');
    const gt = join(dir, 'ground-truth.json');
    const ids = Object.keys(JSON.parse(readFileSync(gt, 'utf8')));
    const inputs = ids.map((id) => {
      const file = join(dir, 'html', `${id}.html.gz`);
      return { id, html: gunzipSync(readFileSync(file)).toString('utf8'), url: `https://aeb.invalid/${id}` };
    });
    const { out, ms } = runLede('extract', inputs);
    const pred = join(work, 'extract.pred.json');
    writeFileSync(pred, JSON.stringify(Object.fromEntries(out.map((o) => [o.id, { articleBody: o.article?.text ?? '' }]))));
    const text = score('score-extract.mjs', [gt, pred]);
    const line = text.split('\n').find((l) => l.startsWith('extract.pred')) ?? '';
    const nums = line.match(/\d\.\d{3}(?= ±)/g) ?? [];
    add('article text (AEB dev)', 'F1 / precision / recall', `${nums[0] ?? '—'} / ${nums[1] ?? '—'} / ${nums[2] ?? '—'}`, '≥ 0.96 / ≥ 0.93');
    add('article text (AEB dev)', 'pages with no article', `${out.filter((o) => !o.article).length} of ${out.length}`);
    add('article text (AEB dev)', 'time', `${ms} ms / ${out.length} pages`);
  },
};

for (const [name, run] of Object.entries(tasks)) {
  if (only && !only.has(name)) continue;
  try {
    run();
  } catch (err) {
    add(name, 'ERROR', String(err.message ?? err).split('\n')[0]);
  }
}
if (!keep) rmSync(work, { recursive: true, force: true });

if (asJson) console.log(JSON.stringify(rows.map(([task, figure, value, target]) => ({ task, figure, value, target })), null, 1));
else {
  const header = ['task', 'figure', 'measured', 'target'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const fmt = (r) => '| ' + r.map((c, i) => String(c).padEnd(widths[i])).join(' | ') + ' |';
  console.log(fmt(header));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const r of rows) console.log(fmt(r));
  if (keep) console.log(`\npredictions kept in ${work}`);
}
