import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { analyze } from '../core/analyze';
import '../core/lang/all'; // the CLI has every language pack
import type { AnalysisResult, AnalyzeOptions, Article } from '../core/types';
import { extractFromHtml } from './html';

/** One line of batch output (the schema documented in the README). */
export interface BatchOutput {
  id: string;
  article?: Omit<Article, 'text'> & { text: string };
  keySentences?: AnalysisResult['keySentences'];
  quotes?: AnalysisResult['quotes'];
  participants?: AnalysisResult['participants'];
  figures?: AnalysisResult['figures'];
  stats?: AnalysisResult['stats'];
  notArticle?: string;
  /** HTML input: where the text came from, and whether the page looked like an article (batch mode extracts it anyway). */
  extraction?: { source: string; looksLikeArticle: boolean; reasons?: string[] };
  error?: string;
}

/** Runs one batch input line; never throws. */
export function runLine(line: string, lineNo: number, options: AnalyzeOptions = {}): BatchOutput {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (err) {
    return { id: `line-${lineNo}`, error: `line ${lineNo} is not JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (!input || typeof input !== 'object' || Array.isArray(input)) return { id: `line-${lineNo}`, error: `line ${lineNo} is not a JSON object` };
  const rec = input as Record<string, unknown>;
  const id = typeof rec.id === 'string' || typeof rec.id === 'number' ? String(rec.id) : `line-${lineNo}`;
  const lang = typeof rec.lang === 'string' ? rec.lang : undefined;
  try {
    let article: Article;
    let fromHtml = false;
    let extraction: BatchOutput['extraction'];
    if (typeof rec.text === 'string') {
      article = { text: rec.text, title: typeof rec.title === 'string' ? rec.title : undefined, lang };
    } else if (typeof rec.html === 'string') {
      // Batch mode (evaluation, bulk use) extracts every page, and reports those that do not look like articles.
      const outcome = extractFromHtml(rec.html, typeof rec.url === 'string' ? rec.url : undefined, { force: true });
      if (!outcome.ok) return { id, notArticle: outcome.message };
      article = lang ? { ...outcome.article, lang } : outcome.article;
      fromHtml = true;
      const a = outcome.assessment;
      extraction = { source: outcome.source, looksLikeArticle: a ? a.article : true, ...(a && !a.article ? { reasons: a.reasons } : {}) };
    } else {
      return { id, error: 'the line has neither "text" nor "html"' };
    }
    const r = analyze(article, options);
    const out: BatchOutput = { id };
    if (fromHtml) out.article = article;
    if (extraction) out.extraction = extraction;
    out.keySentences = r.keySentences;
    out.quotes = r.quotes;
    out.participants = r.participants;
    out.figures = r.figures;
    out.stats = r.stats;
    return out;
  } catch (err) {
    return { id, error: err instanceof Error ? err.message : String(err) };
  }
}

/** Streams JSON Lines in, one output line per input line, in order. */
export async function runBatch(input: Readable, output: Writable, progress: Writable | null, options: AnalyzeOptions = {}): Promise<{ lines: number; errors: number }> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lines = 0;
  let errors = 0;
  for await (const raw of rl) {
    if (!raw.trim()) continue;
    lines++;
    const out = runLine(raw, lines, options);
    if (out.error) errors++;
    if (!output.write(JSON.stringify(out) + '\n')) await new Promise((r) => output.once('drain', r));
    if (progress && lines % 10 === 0) progress.write(`\r${lines} articles…`);
  }
  if (progress) progress.write(`\r${lines} articles, ${errors} errors\n`);
  return { lines, errors };
}
