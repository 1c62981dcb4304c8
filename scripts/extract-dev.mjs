#!/usr/bin/env node
// Development loop for the article extraction (src/extract): extracts every page of an AEB-style
// folder (html/<id>.html.gz + ground-truth.json) through the CLI's HTML path, without analysis,
// and scores each page with the benchmark's metric from the shared scorers.
//
// usage: node scripts/extract-dev.mjs [--data DIR] [--tools DIR] [--worst N] [--page ID] [--out FILE] [--debug]
//   --page ID   print what was extracted for one page: lines missing from / extra to the truth,
//               and (with --debug) which cleaning rules removed what
//   --out FILE  write the predictions as {"<id>": {"articleBody"}} (the scorer's format)
import { build } from 'esbuild';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, def) => (args.includes(name) ? args[args.indexOf(name) + 1] : def);
const findShared = () => {
  for (let d = root; d !== dirname(d); d = dirname(d)) if (existsSync(join(d, 'shared', 'data'))) return join(d, 'shared', 'data');
  return join(root, '..', 'shared', 'data');
};
const dataDir = resolve(opt('--data', process.env.LEDE_DATA ?? findShared()));
const pagesDir = resolve(opt('--pages', join(dataDir, 'pages', 'aeb-dev')));
const toolsDir = resolve(opt('--tools', join(dataDir, '..', 'tools')));
const only = opt('--page', null);
const worst = Number(opt('--worst', '15'));
const debug = args.includes('--debug');

const bundle = join(root, 'build', 'dev', 'extract-html.cjs'); // inside the repo, so that jsdom resolves
// The same Readability the build ships (its innerHTML assignments rewritten, scripts/readability-safe-dom.cjs).
const safeDom = createRequire(import.meta.url)('./readability-safe-dom.cjs');
const safeReadability = {
  name: 'readability-safe-dom',
  setup(b) {
    b.onLoad({ filter: safeDom.READABILITY_FILE }, (a) => ({ contents: safeDom.patchReadability(readFileSync(a.path, 'utf8')), loader: 'js' }));
  },
};
await build({ entryPoints: [join(root, 'src', 'cli', 'html.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, loader: { '.txt': 'text', '.json': 'json' }, logLevel: 'warning', external: ['jsdom'], plugins: [safeReadability] });
const require = createRequire(bundle);
const { extractFromHtml } = require(bundle);
const { tpFpFn, evaluate } = await import(pathToFileURL(join(toolsDir, 'lib', 'aeb-metric.mjs')).href);

const gt = JSON.parse(readFileSync(join(pagesDir, 'ground-truth.json'), 'utf8'));
const ids = only ? Object.keys(gt).filter((k) => k.startsWith(only)) : Object.keys(gt);
const pred = {};
const rows = [];
const t0 = Date.now();
for (const id of ids) {
  const html = gunzipSync(readFileSync(join(pagesDir, 'html', `${id}.html.gz`))).toString('utf8');
  const o = extractFromHtml(html, `https://aeb.invalid/${id}`, { force: true, debug });
  const text = o.ok ? o.article.text : '';
  pred[id] = { articleBody: text };
  const [tp, fp, fn] = tpFpFn(gt[id].articleBody, text);
  rows.push({ id, p: tp + fp ? tp / (tp + fp) : 0, r: tp + fn ? tp / (tp + fn) : 0, src: o.ok ? o.source : o.reason, note: o.ok ? (o.assessment?.readerable === false ? 'not-readerable' : '') : o.message });
  if (only) {
    const norm = (s) => s.replace(/\s+/g, ' ').trim();
    const truth = gt[id].articleBody.split('\n').map(norm).filter(Boolean);
    const got = text.split('\n').map(norm).filter(Boolean);
    const tset = new Set(truth), gset = new Set(got);
    console.log(`source ${o.ok ? o.source : o.reason}; title ${o.ok ? JSON.stringify(o.article.title) : ''}; byline ${o.ok ? JSON.stringify(o.article.byline) : ''}; lang ${o.ok ? o.article.lang : ''}; time ${o.ok ? o.article.publishedTime : ''}`);
    if (o.ok && o.assessment) console.log('assessment', JSON.stringify(o.assessment));
    if (o.ok && o.warnings) console.log(o.warnings.join('\n'));
    console.log('--- missing (in truth, not extracted)');
    for (const l of truth) if (!gset.has(l)) console.log('  - ' + l.slice(0, 200));
    console.log('--- extra (extracted, not in truth)');
    for (const l of got) if (!tset.has(l)) console.log('  + ' + l.slice(0, 200));
    if (debug && o.ok) for (const r of o.removed ?? []) console.log(`  x [${r.rule}] ${r.reason}: ${r.text.slice(0, 120)}`);
  }
}
const ms = Date.now() - t0;
if (opt('--out', null)) writeFileSync(opt('--out', null), JSON.stringify(pred));
if (!only) {
  const { metrics: m } = evaluate(gt, pred, { nBootstrap: 1 });
  rows.sort((a, b) => Math.min(a.p, a.r) - Math.min(b.p, b.r));
  for (const r of rows.slice(0, worst)) console.log(`${r.id.slice(0, 12)}  P ${r.p.toFixed(3)}  R ${r.r.toFixed(3)}  ${r.src} ${r.note}`);
  console.log(`F1 ${m.f1.toFixed(4)}  P ${m.precision.toFixed(4)}  R ${m.recall.toFixed(4)}  (${ids.length} pages, ${ms} ms)`);
}
