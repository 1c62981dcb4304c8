import { createReadStream, readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../core/analyze';
import '../core/lang/all'; // the CLI has every language pack
import { toMarkdown } from '../core/render/markdown';
import type { AnalyzeOptions, Article } from '../core/types';
import { runBatch } from './batch';
import { extractFromHtml } from './html';

const USAGE = `Usage:
  lede analyze FILE [--json] [--summary N]   summarise an article (.html page or .txt text)
  lede analyze --jsonl FILE|-                 batch: one JSON object per line in, one per line out
                                              input lines: {"id","text"} or {"id","html","url"?}
Options:
  --json        print the result as JSON instead of Markdown
  --summary N   number of key sentences (default 3)
  --debug       keep the score components of every item
  --force       summarise an .html page even when it does not look like an article
  -h, --help    show this help`;

function fail(message: string, code = 2): never {
  process.stderr.write(`lede: ${message}\n`);
  process.exit(code);
}

async function main(argv: string[]): Promise<void> {
  if (argv.length === 0 || argv.includes('-h') || argv.includes('--help')) {
    process.stdout.write(USAGE + '\n');
    return;
  }
  const [command, ...rest] = argv;
  if (command !== 'analyze') fail(`unknown command "${command}"\n${USAGE}`);
  const options: AnalyzeOptions = {};
  let json = false;
  let jsonl = false;
  let force = false;
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--json') json = true;
    else if (a === '--jsonl') jsonl = true;
    else if (a === '--debug') options.debug = true;
    else if (a === '--force') force = true;
    else if (a === '--summary') {
      const n = Number(rest[++i]);
      if (!Number.isInteger(n) || n < 1 || n > 50) fail('--summary takes a whole number from 1 to 50');
      options.summaryLength = n;
    } else if (a.startsWith('--')) fail(`unknown option ${a}`);
    else files.push(a);
  }
  if (files.length !== 1) fail(`give exactly one FILE\n${USAGE}`);
  const file = files[0];

  if (jsonl) {
    let input: NodeJS.ReadableStream;
    if (file === '-') input = process.stdin;
    else {
      input = createReadStream(file);
      input.on('error', (err) => fail(`cannot read ${file}: ${err.message}`));
    }
    await runBatch(input as import('node:stream').Readable, process.stdout, process.stderr.isTTY ? process.stderr : null, options);
    return;
  }

  let raw: string;
  try {
    raw = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (err) {
    fail(`cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  let article: Article;
  const ext = extname(file).toLowerCase();
  const looksHtml = ext === '.html' || ext === '.htm' || (ext !== '.txt' && /^\s*<(!doctype|html)/i.test(raw));
  if (looksHtml) {
    const outcome = extractFromHtml(raw, file === '-' ? undefined : pathToFileURL(resolve(file)).href, { force, debug: options.debug });
    if (!outcome.ok) fail(outcome.reason === 'not-article' ? `${outcome.message} (--force summarises it anyway)` : outcome.message, 1);
    article = outcome.article;
    // Debug: what the cleaning rules removed from the page, and why (on stderr).
    for (const r of outcome.removed ?? []) process.stderr.write(`removed [${r.rule}] ${r.reason}: ${r.text.slice(0, 100)}\n`);
  } else {
    // A short first line without a full stop is taken as the title.
    const firstLine = raw.split('\n', 1)[0].trim();
    const isTitle = firstLine.length > 0 && firstLine.length < 150 && !/[.!?:]$/.test(firstLine);
    article = { text: raw, title: isTitle ? firstLine : undefined };
  }
  const result = analyze(article, options);
  if (json) {
    const { sentences: _sentences, ...rest } = result;
    void _sentences;
    process.stdout.write(JSON.stringify({ article, ...rest }, null, 2) + '\n');
  } else process.stdout.write(toMarkdown(result, article));
}

main(process.argv.slice(2)).catch((err) => fail(err instanceof Error ? err.stack ?? err.message : String(err), 1));
