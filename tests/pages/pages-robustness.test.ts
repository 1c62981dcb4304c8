/**
 * Robustness: every page of ../shared/data/pages/readability-test-pages and aeb-dev goes
 * through the whole pipeline (jsdom, extraction, analyze) with no uncaught error, and yields a
 * summary or a clear "not an article". Pages jsdom cannot parse are counted and named.
 * Skipped with a clear line when the data is absent; required when CI is set.
 */
import fs from 'node:fs';
import path from 'node:path';
import { findData, newCounts, readPage, report, runPage } from './pages-pipeline';

const DATA = findData();
const has = fs.existsSync(path.join(DATA, 'pages'));
if (!has && process.env.CI) throw new Error(`the evaluation data is missing at ${DATA} (set LEDE_DATA)`);
if (!has) console.log(`pages robustness: skipped, no evaluation data at ${DATA} (set LEDE_DATA)`);

const sets: [string, () => [string, string][]][] = [
  [
    'readability-test-pages',
    () => {
      const dir = path.join(DATA, 'pages', 'readability-test-pages');
      return fs.readdirSync(dir).sort().filter((d) => fs.existsSync(path.join(dir, d, 'source.html'))).map((d) => [d, path.join(dir, d, 'source.html')]);
    },
  ],
  [
    'aeb-dev',
    () => {
      const dir = path.join(DATA, 'pages', 'aeb-dev', 'html');
      return fs.readdirSync(dir).sort().filter((f) => f.endsWith('.html.gz')).map((f) => [f.replace(/\.html\.gz$/, ''), path.join(dir, f)]);
    },
  ],
];

(has ? describe : describe.skip)('every real page through the whole pipeline', () => {
  test.each(sets)('%s', (set, list) => {
    const pages = list();
    const counts = newCounts();
    const problems: string[] = [];
    for (const [name, file] of pages) {
      const p = runPage(name, readPage(file), counts);
      if (p) problems.push(p);
    }
    console.log(report(set, counts));
    expect(counts.pages).toBe(pages.length);
    expect(counts.uncaught).toEqual([]);
    expect(problems).toEqual([]);
    expect(counts.summaries + counts.notArticle + counts.unparseable.length).toBe(counts.pages);
  }, 900_000);
});
