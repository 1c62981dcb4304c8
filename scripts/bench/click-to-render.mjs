#!/usr/bin/env node
// Click-to-render in Chromium on 10 real pages of ../shared/data/pages (Mozilla's Readability test
// pages and the article-extraction benchmark), through the browser tests' harness
// (tests/browser/harness.ts): the built extension (build/chrome) in Debian Chromium, each page
// served from 127.0.0.1 with every other host unreachable, the real toolbar action, the real popup.
// The time runs from the click to the first paint of the popup's final state (Element Timing on the
// result's section headings, else the popup's `lede-paint` mark, against the clock of the click):
// "first" analyses the page, "cached" is a second open of the same tab, answered from
// storage.session; a third open, traced, gives the popup main thread's CPU time up to the paint
// (tests/browser/popup-cpu.ts). "Opening the popup" is the popup document's navigation start
// (performance.timeOrigin): the click → navigation start column is the browser's share before
// popup.html exists, navigation start → paint is the figure issue 8 sets at 100 ms, and the two add
// up to click → paint. Prints each page, then the median and the maximum, with the machine's load
// average before and after. A script, not a test: the machine is shared, so read the figures as such.
// Without Chromium or the data it says so and exits 0 (`npm run bench` goes on with the others).
// `--compare DIR` measures two builds against each other instead: DIR (another build/chrome, say
// one of main before a change) is loaded beside build/chrome in the same Chromium, and the cached
// popups of the two are opened in turn on each page (`--opens N` each, default 6), so that both see
// the same machine load; it prints the medians of each and of the paired differences.
// usage: node scripts/bench/click-to-render.mjs [--runs N] [--compare DIR [--opens N]]   (data: $LEDE_DATA, else ../shared/data)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { loadSource } from '../lib/load-source.mjs';

const h = await loadSource(
  {
    CHROMIUM: 'tests/browser/harness',
    DATA: 'tests/browser/harness',
    dataPage: 'tests/browser/harness',
    ensureBuilt: 'tests/browser/harness',
    launch: 'tests/browser/harness',
    openPopup: 'tests/browser/harness',
    serve: 'tests/browser/harness',
    tracePopupCpu: 'tests/browser/popup-cpu',
  },
  { packages: 'external' },
);

const ri = process.argv.indexOf('--runs');
const runs = ri > 0 ? Math.max(1, Number(process.argv[ri + 1]) || 1) : 1;
const ci = process.argv.indexOf('--compare');
const compare = ci > 0 ? process.argv[ci + 1] : undefined;
const oi = process.argv.indexOf('--opens');
const opens = oi > 0 ? Math.max(1, Number(process.argv[oi + 1]) || 6) : 6;

/** Ten varied pages: news, sport, opinion, a blog and a long reference page; 50 KB to 1.5 MB of HTML. */
const PAGES = [
  ['readability-test-pages', 'bbc-1', 'BBC News'],
  ['readability-test-pages', 'nytimes-1', 'New York Times'],
  ['readability-test-pages', 'guardian-1', 'The Guardian'],
  ['readability-test-pages', 'medium-1', 'Medium'],
  ['readability-test-pages', 'wikipedia', 'Wikipedia'],
  ['aeb-dev', '7916ecca969f', 'Al Jazeera'],
  ['aeb-dev', '921019755f4a', 'Sky News'],
  ['aeb-dev', '57d46c9d751e', 'Reuters'],
  ['aeb-dev', '04a6711caa7c', 'New York Times (opinion)'],
  ['aeb-dev', 'ef4e67b66d63', 'CNN'],
];

// (Not the harness's browserAvailable/pagesAvailable: on CI they throw, and a benchmark only skips.)
if (!existsSync(h.CHROMIUM)) {
  console.log(`SKIPPED: click-to-render needs Chromium at ${h.CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  process.exit(0);
}
if (!existsSync(join(h.DATA, 'pages'))) {
  console.log(`SKIPPED: click-to-render needs the real pages at ${join(h.DATA, 'pages')} (set LEDE_DATA)`);
  process.exit(0);
}
h.ensureBuilt();

/** The size of the page's HTML (the benchmark's pages are stored gzipped). */
const htmlKb = (f) => Math.round((f.endsWith('.gz') ? gunzipSync(readFileSync(f)) : readFileSync(f)).length / 1024);
const files = PAGES.map(([set, name]) => h.dataPage(set, name));
const server = await h.serve(Object.fromEntries(files.map((f, i) => [`/page-${i}`, f])));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : Math.round((s[s.length / 2 - 1] + s[s.length / 2]) / 2);
};
if (compare) {
  await compareBuilds(compare);
  process.exit(0);
}
const session = await h.launch({ offline: true });
const rows = [];
const loadBefore = loadavg().map((x) => x.toFixed(1)).join(', ');
try {
  for (let run = 0; run < runs; run++) {
    for (const [i, [, name, site]] of PAGES.entries()) {
      const page = await session.browser.newPage();
      await page.goto(`${server.origin}/page-${i}`, { waitUntil: 'load' });
      const first = await h.openPopup(session, page);
      const state = await first.popup.$eval('body', (b) => b.dataset.state);
      await first.popup.close();
      const cached = await h.openPopup(session, page);
      const start = await cached.popup.evaluate(() => performance.getEntriesByName('lede-start')[0]?.startTime ?? NaN);
      await cached.popup.close();
      // A third open, traced (tracing slows the wall times, so not the one above): the popup main
      // thread's CPU time up to the paint, which the machine's load hardly changes.
      const cpu = await h.tracePopupCpu(session.browser, async () => void (await h.openPopup(session, page)).popup.close());
      await page.close();
      rows.push({ name, site, kb: htmlKb(files[i]), state, first: first.ms, cached: cached.ms, nav: cached.navMs, cachedPaint: cached.paintMs, own: Math.round(cached.paintMs - start), cpu: cpu.cpuMs });
    }
  }
} finally {
  await session.close();
  await server.close();
}

const load = loadavg().map((x) => x.toFixed(1)).join(', ');
console.log(`${execFileSync(h.CHROMIUM, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim()}, headless, ${runs} run(s) of ${PAGES.length} pages, load average ${loadBefore} before, ${load} after`);
console.log(`ms; "opening the popup" = the popup document's navigation start (performance.timeOrigin)`);
console.log(`(first, cached: click → paint of the result; click → nav: the browser's share before the popup's document starts;`);
console.log(` nav → paint: from that start to the paint, issue 8's figure; Lede's part: from the popup's script start to the paint;`);
console.log(` popup CPU: the popup main thread's CPU time from its navigation start to that paint, from a trace of a third, cached open)\n`);
console.log(`| page | source | HTML KB | state | first | cached | click → nav | nav → paint | Lede's part | popup CPU |`);
console.log(`|---|---|---:|---|---:|---:|---:|---:|---:|---:|`);
for (const r of rows) console.log(`| ${r.name} | ${r.site} | ${r.kb} | ${r.state} | ${r.first} | ${r.cached} | ${r.nav} | ${r.cachedPaint} | ${r.own} | ${r.cpu} |`);
const line = (label, key) => console.log(`| ${label} | ${median(rows.map((r) => r[key]))} ms | ${Math.max(...rows.map((r) => r[key]))} ms |`);
console.log(`\n| click-to-render | median | max |\n|---|---:|---:|`);
line('first open (analysis), click → paint', 'first');
line('cached open, click → paint', 'cached');
line('cached, click → popup navigation start (the browser)', 'nav');
line('cached, popup navigation start → paint', 'cachedPaint');
line("cached, Lede's part (script start → paint)", 'own');
line('cached, popup main-thread CPU (navigation → paint)', 'cpu');

/** `--compare DIR`: the cached popups of DIR's build and of build/chrome, opened in turn on every page. */
async function compareBuilds(dir) {
  const loadStart = loadavg().map((x) => x.toFixed(1)).join(', ');
  const session = await h.launch({ offline: true, alsoLoad: dir });
  const other = [...(await session.browser.extensions()).values()].find((e) => e.id !== session.extension.id);
  if (!other) throw new Error(`the build in ${dir} did not load`);
  const builds = { before: { ...session, extension: other }, after: session };
  const got = { before: [], after: [] };
  const cpu = { before: [], after: [] };
  const cpuOpens = 2;
  try {
    for (const [i] of PAGES.entries()) {
      const page = await session.browser.newPage();
      await page.goto(`${server.origin}/page-${i}`, { waitUntil: 'load' });
      for (const b of Object.values(builds)) await (await h.openPopup(b, page)).popup.close();
      for (let k = 0; k < opens; k++) {
        for (const name of k % 2 ? ['before', 'after'] : ['after', 'before']) {
          const o = await h.openPopup(builds[name], page);
          const m = await o.popup.evaluate(() => ['lede-start', 'lede-render'].map((n) => performance.getEntriesByName(n).at(-1)?.startTime ?? NaN));
          await o.popup.close();
          got[name].push({ click: o.ms, nav: o.paintMs, start: m[0], dom: m[1] - m[0], own: o.paintMs - m[0] });
        }
      }
      // One traced open of each (tracing slows the wall times, so not those above): the popup main thread's CPU.
      for (let k = 0; k < cpuOpens; k++) {
        for (const name of k % 2 ? ['before', 'after'] : ['after', 'before']) {
          const { cpuMs } = await h.tracePopupCpu(session.browser, async () => void (await h.openPopup(builds[name], page)).popup.close());
          cpu[name].push(cpuMs);
        }
      }
      await page.close();
    }
  } finally {
    await session.close();
    await server.close();
  }
  console.log(`build/chrome ("after") against ${dir} ("before"): ${PAGES.length} pages × ${opens} cached opens of each, in turn; load average ${loadStart} before, ${loadavg().map((x) => x.toFixed(1)).join(', ')} after\n`);
  console.log(`| cached open, ms | before (median) | after (median) | paired after − before (median) | after faster in |`);
  console.log(`|---|---:|---:|---:|---:|`);
  const rows = [
    ['click → paint', 'click'],
    ['popup navigation start → paint', 'nav'],
    ['navigation start → script start', 'start'],
    ['script start → result in the DOM', 'dom'],
    ["Lede's part (script start → paint)", 'own'],
  ];
  for (const [label, k] of rows) {
    const d = got.after.map((a, j) => a[k] - got.before[j][k]);
    console.log(`| ${label} | ${Math.round(median(got.before.map((x) => x[k])))} | ${Math.round(median(got.after.map((x) => x[k])))} | ${Math.round(median(d))} | ${d.filter((x) => x < 0).length} / ${d.length} |`);
  }
  const d = cpu.after.map((a, j) => a - cpu.before[j]);
  console.log(`| popup main-thread CPU, navigation start → paint (traced, ${cpuOpens} per page) | ${median(cpu.before)} | ${median(cpu.after)} | ${median(d)} | ${d.filter((x) => x < 0).length} / ${d.length} |`);
}
