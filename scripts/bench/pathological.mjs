#!/usr/bin/env node
// Pathological inputs: each is run at ¼, ½ and 1× its size, so that the table shows how time
// grows with size (doubling the size should about double the time; "×2" is the time ratio to
// the row above). Times are CPU time of this process (the machine is shared, so wall time says
// more about the neighbours than about the code), best of up to 3 runs. analyze() runs with no
// size limit here, to measure the engine itself; the last rows show the default limit
// (DEFAULT_MAX_CHARS) at work. HTML goes through the CLI's path (src/cli/html.ts): depth cap,
// jsdom, then the content script's extraction (Readability), then analyze().
// usage: node scripts/bench/pathological.mjs [case-name ...]
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadSource, root } from '../lib/load-source.mjs';
import readabilitySafeDom from '../readability-safe-dom.cjs';

const core = await loadSource({ analyze: 'src/core/analyze', DEFAULT_MAX_CHARS: 'src/core/analyze' });

/** The CLI's HTML path, bundled like the CLI (jsdom external, Readability patched) under build/. */
async function loadHtmlPath() {
  const dir = join(root, 'build', 'bench-tmp');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'html-path.cjs');
  await build({
    entryPoints: [join(root, 'src', 'cli', 'html.ts')],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['jsdom'],
    loader: { '.txt': 'text' },
    logLevel: 'warning',
    plugins: [
      {
        name: 'readability-safe-dom',
        setup(b) {
          b.onLoad({ filter: readabilitySafeDom.READABILITY_FILE }, (args) => ({
            contents: readabilitySafeDom.patchReadability(readFileSync(args.path, 'utf8')),
            loader: 'js',
          }));
        },
      },
    ],
  });
  try {
    return createRequire(import.meta.url)(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const { extractFromHtml } = await loadHtmlPath();

const sample = readFileSync(join(root, 'tests', 'fixtures', 'pages', 'beijing-summit', 'article.txt'), 'utf8');
const MB = 1 << 20;
const fill = (unit, chars) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
/** Deterministic pseudo-random words, so that runs compare. */
function words(n, capitalised) {
  const syll = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'to', 'vi', 'be', 'dor', 'fen', 'gal', 'han', 'jus', 'mar', 'tel'];
  let x = 12345;
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    let w = '';
    for (let k = 0; k < 2 + (i % 3); k++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      w += syll[x % syll.length];
    }
    out[i] = capitalised ? w[0].toUpperCase() + w.slice(1) : w;
  }
  return out;
}
const para = Array.from(
  { length: 8 },
  (_, i) => `<p>Paragraph ${i + 1}: the council said on Monday that the new bridge over the river would cost $45 million and open in 2026, according to a statement from the mayor, who added that work would start in the spring.</p>`,
).join('');

/** name, unit of size, sizes at 1×, and a builder from size to input ({text} or {html}). */
const CASES = [
  ['news text (the sample article repeated)', 'MB', MB, (n) => ({ text: fill(sample + '\n\n', n) })],
  ['balanced quote marks “a” (count of marks)', 'marks', 100_000, (n) => ({ text: fill('“Yes,” he said. ', (n / 2) * 16) })],
  ['unbalanced opening marks “ (count of marks)', 'marks', 100_000, (n) => ({ text: fill('“word ', n * 6) })],
  ['straight quotes, no words (count of marks)', 'marks', 100_000, (n) => ({ text: '"'.repeat(n) })],
  ['capitalised words in a row', 'words', 200_000, (n) => ({ text: words(n, true).join(' ') })],
  ['one sentence, no punctuation', 'MB', MB, (n) => ({ text: fill(words(40_000, false).join(' ') + ' ', n) })],
  ['tiny paragraphs "Hi."', 'paragraphs', 50_000, (n) => ({ text: Array.from({ length: n }, (_, i) => (i % 2 ? 'Hi.' : 'No 1.')).join('\n\n') })],
  ['digits and separators "1,2.3 "', 'MB', MB / 4, (n) => ({ text: fill('1,2.3 $4 5% ', n) })],
  ['HTML <div> nested (depth)', 'levels', 10_000, (n) => ({ html: `<!doctype html><html><body>${'<div>'.repeat(n)}${para}${'</div>'.repeat(n)}</body></html>` })],
  ['HTML <blockquote> nested (depth)', 'levels', 10_000, (n) => ({ html: `<!doctype html><html><body>${'<blockquote>'.repeat(n)}${para}${'</blockquote>'.repeat(n)}</body></html>` })],
];

function run(input, options) {
  if (input.text !== undefined) return core.analyze({ text: input.text }, options);
  const outcome = extractFromHtml(input.html);
  return outcome.ok ? core.analyze(outcome.article, options) : { stats: { analyzedChars: 0 }, outcome };
}

setFlagsFromString('--expose-gc');
/** A full collection before each timed run, so that one input's garbage is not billed to the next. */
const gc = runInNewContext('gc');

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Best CPU time of up to 3 runs (1 run once an input takes over 5 s), and the wall time of that run. */
function time(input, options) {
  let best = Infinity;
  let wall = Infinity;
  let result;
  for (let k = 0; k < 3; k++) {
    gc();
    const [c0, w0] = [cpu(), performance.now()];
    result = run(input, options);
    const [c, w] = [cpu() - c0, performance.now() - w0];
    if (c < best) [best, wall] = [c, w];
    if (best > 5000) break;
  }
  return { ms: best, wall, result };
}

const fmtSize = (n, unit) => (unit === 'MB' ? `${(n / MB).toFixed(2)} MB` : `${n.toLocaleString('en-US')} ${unit}`);
const wanted = process.argv.slice(2);
run({ text: sample }, {}); // warm up the lexicons and the JIT
console.log('| input | size | chars | CPU ms | ×2 (ratio to the row above) | wall ms |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const [name, unit, full, make] of CASES) {
  if (wanted.length && !wanted.some((w) => name.includes(w))) continue;
  let prev = null;
  run(make(Math.round(full / 8)), { maxChars: Infinity }); // warm this input's code paths up
  for (const f of [0.25, 0.5, 1]) {
    const n = Math.round(full * f);
    const input = make(n);
    const chars = (input.text ?? input.html).length;
    const { ms, wall, result } = time(input, { maxChars: Infinity });
    const ratio = prev ? (ms / prev).toFixed(2) : '';
    const note = result.warnings?.length ? ` (warnings: ${result.warnings.join('; ')})` : result.outcome ? ` (${result.outcome.reason})` : '';
    console.log(`| ${name}${note} | ${fmtSize(n, unit)} | ${chars.toLocaleString('en-US')} | ${ms.toFixed(0)} | ${ratio} | ${wall.toFixed(0)} |`);
    prev = ms;
  }
}
if (!wanted.length || wanted.some((w) => 'limit'.includes(w))) {
  for (const mb of [1, 4]) {
    const text = fill(sample + '\n\n', mb * MB);
    const { ms, wall, result } = time({ text }, {});
    console.log(`| news text, default limit (${core.DEFAULT_MAX_CHARS.toLocaleString('en-US')} chars; truncated: ${result.stats.truncated}) | ${mb} MB | ${text.length.toLocaleString('en-US')} | ${ms.toFixed(0)} | | ${wall.toFixed(0)} |`);
  }
}
