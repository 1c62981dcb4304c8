// Property tests of analyze() with fast-check: on any string it never throws, records no warning
// (a warning means a section threw and was left empty), every span indexes the text, and the
// result is deterministic. The case budget is LEDE_FC_RUNS (10,000 when CI is set, 400 locally),
// shared between the generators below; LEDE_FC_SEED replays a failing run.
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import '../../src/core/lang/all'; // every language pack, as in the CLI
import type { AnalysisResult, AnalyzeOptions, Article } from '../../src/core/types';
import { germanText, htmlLikeText, newsLikeText, quoteMarkText, sentenceText, unicodeText } from './analyze-arbitraries';

const RUNS = Number(process.env.LEDE_FC_RUNS) || (process.env.CI ? 10_000 : 400);
const SEED = process.env.LEDE_FC_SEED ? Number(process.env.LEDE_FC_SEED) : undefined;
const params = (share: number): fc.Parameters<unknown> => ({ numRuns: Math.max(1, Math.round(RUNS * share)), seed: SEED });
jest.setTimeout(15 * 60_000);

/** Every span of a result whose text must equal `text.slice(start, end)`, with a name for messages. */
function spans(r: AnalysisResult): { where: string; text: string; start: number; end: number }[] {
  const out: { where: string; text: string; start: number; end: number }[] = [];
  r.sentences.forEach((s, i) => out.push({ where: `sentences[${i}]`, ...s }));
  r.keySentences.forEach((s, i) => out.push({ where: `keySentences[${i}]`, ...s }));
  r.quotes.forEach((q, i) => {
    out.push({ where: `quotes[${i}]`, ...q });
    if (q.speakerMention) out.push({ where: `quotes[${i}].speakerMention`, ...q.speakerMention });
    q.parts?.forEach((p, j) => out.push({ where: `quotes[${i}].parts[${j}]`, ...p }));
  });
  r.participants.forEach((p, i) => p.mentions.forEach((m, j) => out.push({ where: `participants[${i}].mentions[${j}]`, ...m })));
  r.figures.forEach((f, i) => out.push({ where: `figures[${i}]`, ...f }));
  return out;
}

/** The invariants, as a list of problems (empty when all hold), so that a failure says what broke. */
function problems(article: Article, options: AnalyzeOptions = {}): string[] {
  let first: AnalysisResult;
  try {
    first = analyze(article, options);
  } catch (err) {
    return [`threw: ${err instanceof Error ? err.stack : String(err)}`];
  }
  const text = article.text;
  const out = first.warnings.map((w) => `warning: ${w}`);
  for (const s of spans(first)) {
    const ok = Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= first.stats.analyzedChars;
    if (!ok || text.slice(s.start, s.end) !== s.text) out.push(`${s.where}: [${s.start},${s.end}) is ${JSON.stringify(text.slice(s.start, s.end))}, not ${JSON.stringify(s.text)}`);
  }
  const second = analyze(article, options);
  const strip = (r: AnalysisResult) => JSON.stringify({ ...r, stats: { ...r.stats, ms: 0 } });
  if (strip(first) !== strip(second)) out.push('two runs on the same input gave different results');
  return out;
}

const check = (text: string, title?: string, maxChars?: number, lang?: string | null) => {
  expect(problems({ text, title, lang }, maxChars === undefined ? {} : { maxChars })).toEqual([]);
};

/** Declared languages: every pack, regional tags, unknown and malformed ones. */
const langs = fc.oneof(
  fc.constantFrom(undefined, null, 'en', 'en-GB', 'de', 'de-DE', 'de_AT', 'fr', 'es', 'it', 'nl', 'pt-BR', 'xx', 'zh-Hans', '', ' DE '),
  fc.string({ maxLength: 8 }),
);

describe('analyze() on any input', () => {
  test.each([[''], [' '], ['\n\n\n'], ['\u00a0\u2028\t\r\n'], ['\ud800'], ['\udc00x\ud800'], ['“'], ['"'], ["'"], ['.'], ['$'], ['%']])(
    'holds on the edge case %j',
    (text) => check(text),
  );

  test('holds on a missing or non-string text', () => {
    for (const bad of [undefined, null, 42, {}, []]) {
      const r = analyze({ text: bad as unknown as string });
      expect(r.warnings).toEqual([]);
      expect(r.stats.chars).toBe(0);
    }
    expect(() => analyze(undefined as unknown as Article)).not.toThrow();
  });

  test('holds on arbitrary Unicode (code points, graphemes and lone surrogates)', () => {
    fc.assert(fc.property(unicodeText, (text) => check(text)), params(0.2));
  });

  test('holds on news-like text (names, titles, speech verbs, numbers, marks, odd spaces)', () => {
    fc.assert(
      fc.property(newsLikeText, fc.option(newsLikeText, { nil: undefined }), (text, title) => check(text, title)),
      params(0.2),
    );
  });

  test('holds on template news sentences (attributions, appositions, figures, nested marks)', () => {
    fc.assert(fc.property(sentenceText, (text) => check(text)), params(0.1));
  });

  test('holds whatever language the page declares, in every pack (German words mixed in)', () => {
    fc.assert(
      fc.property(fc.oneof(newsLikeText, sentenceText, germanText), langs, (text, lang) => check(text, undefined, undefined, lang)),
      params(0.1),
    );
  });

  test('holds on random quote marks, balanced or not', () => {
    fc.assert(fc.property(quoteMarkText, (text) => check(text)), params(0.2));
  });

  test('holds on random HTML-like text (tags, scripts, entities, CSS)', () => {
    fc.assert(fc.property(htmlLikeText, (text) => check(text)), params(0.15));
  });

  test('holds when the text is truncated anywhere', () => {
    fc.assert(
      fc.property(newsLikeText, fc.integer({ min: 0, max: 400 }), (text, maxChars) => check(text, undefined, maxChars)),
      params(0.05),
    );
  });
});
