/**
 * Shared by the robustness tests: runs real pages through the whole pipeline (the test
 * environment's jsdom parses the page, then the content script's extraction, then analyze) and
 * counts the outcomes. Like the CLI, a page jsdom cannot parse is parsed again without its
 * style sheets, and counted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { withoutStyleSheets } from '../../src/cli/style-sheets';
import { extractArticle } from '../../src/extract/extract-article';
import type { ExtractOutcome } from '../../src/extract/types';
import { analyze } from '../../src/core/analyze';

/** The evaluation data: LEDE_DATA, else ../shared/data beside the repository or any folder above it. */
export function findData(): string {
  if (process.env.LEDE_DATA) return process.env.LEDE_DATA;
  const first = path.resolve(__dirname, '../../../shared/data');
  for (let d = path.resolve(__dirname, '../..'); d !== path.dirname(d); d = path.dirname(d)) {
    const p = path.join(path.dirname(d), 'shared', 'data');
    if (fs.existsSync(p)) return p;
  }
  return first;
}

export interface Counts {
  pages: number;
  summaries: number;
  notArticle: number;
  /** Pages jsdom could not parse at all. */
  unparseable: string[];
  /** Pages jsdom could parse only without their style sheets. */
  parsedWithoutCss: string[];
  uncaught: string[];
  ms: number;
  /** The slowest pages, [name, ms]. */
  slowest: [string, number][];
}

export const newCounts = (): Counts => ({ pages: 0, summaries: 0, notArticle: 0, unparseable: [], parsedWithoutCss: [], uncaught: [], ms: 0, slowest: [] });

/** One page through the pipeline; returns a problem to report, or null. */
export function runPage(name: string, html: string, counts: Counts): string | null {
  const t0 = Date.now();
  counts.pages++;
  try {
    const url = `https://pages.invalid/${encodeURIComponent(name)}`;
    let doc: Document;
    try {
      doc = new DOMParser().parseFromString(html, 'text/html');
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      try {
        doc = new DOMParser().parseFromString(withoutStyleSheets(html), 'text/html');
        counts.parsedWithoutCss.push(`${name}: ${reason}`);
      } catch {
        counts.unparseable.push(`${name}: ${reason}`);
        return null;
      }
    }
    const outcome: ExtractOutcome = extractArticle(doc, url);
    if (!outcome.ok) {
      if (outcome.reason === 'unparseable') {
        counts.unparseable.push(`${name}: ${outcome.message}`);
        return null;
      }
      counts.notArticle++;
      return outcome.message ? null : `${name}: not an article, without a message`;
    }
    const r = analyze(outcome.article);
    const { text } = outcome.article;
    if (r.keySentences.length === 0) return `${name}: an article (${text.length} chars) with no key sentence`;
    for (const k of r.keySentences) if (text.slice(k.start, k.end) !== k.text) return `${name}: a key sentence with wrong offsets`;
    counts.summaries++;
    return null;
  } catch (err) {
    counts.uncaught.push(`${name}: ${err instanceof Error ? err.stack : String(err)}`);
    return null;
  } finally {
    const ms = Date.now() - t0;
    counts.ms += ms;
    counts.slowest.push([name, ms]);
    counts.slowest.sort((a, b) => b[1] - a[1]);
    counts.slowest.length = Math.min(counts.slowest.length, 3);
  }
}

export function readPage(file: string): string {
  const raw = fs.readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
}

export function report(set: string, c: Counts): string {
  return [
    `${set}: ${c.pages} pages in ${(c.ms / 1000).toFixed(1)} s: ${c.summaries} summaries, ${c.notArticle} "not an article", ` +
      `${c.unparseable.length} jsdom cannot parse, ${c.parsedWithoutCss.length} parsed only without their CSS, ${c.uncaught.length} uncaught errors`,
    `  slowest: ${c.slowest.map(([n, ms]) => `${n} ${ms} ms`).join(', ')}`,
    ...c.unparseable.map((u) => `  cannot parse: ${u}`),
    ...c.parsedWithoutCss.map((u) => `  without CSS: ${u}`),
    ...c.uncaught.map((u) => `  UNCAUGHT: ${u}`),
  ].join('\n');
}
