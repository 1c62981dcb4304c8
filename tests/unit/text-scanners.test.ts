/**
 * The hand-written scanners (src/core/text/chars.ts and the tokenizers built on it) find exactly
 * the tokens of the Unicode regexes they replace, on real sentences and on any string.
 */
import fc from 'fast-check';
import { classAt, LETTER, LOWER, MARK, NUMBER, SPACE, UPPER } from '../../src/core/text/chars';
import { scan, scanDoc } from '../../src/core/figures/tokens';
import '../../src/core/lang/all';
import { packFor } from '../../src/core/lang/select';
import { scanMarks } from '../../src/core/quotes/marks';
import { quoteTokens } from '../../src/core/quotes/tokens';
import { buildDoc } from '../../src/core/text/document';
import { tokenizeSentences } from '../../src/core/text/tokens';
import type { Sentence } from '../../src/core/types';

/** Characters that stress the classes: ASCII, accents, combining marks, other digits, astral letters, emoji, odd spaces, joiners. */
const tricky = fc.constantFrom('a', 'Z', 'é', 'É', 'ß', 'İ', '\u0301', '5', '٣', '²', '½', '𝐀', '𝟏', '😀', '\ud83d', '\ude00', ' ', '\u00a0', '\u2009', '\n', "'", '’', '.', ',', '-', '“', '”', '$', '%');
const strings = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.array(tricky, { maxLength: 40 }).map((a) => a.join('')));

const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.,\-][\p{L}\p{N}\p{M}]+)*/gu;
function regexTokens(sentences: Sentence[]) {
  const out: { text: string; start: number }[] = [];
  for (const s of sentences) for (const m of s.text.matchAll(WORD)) out.push({ text: m[0], start: s.start + m.index });
  return out;
}
/** Cuts a text into "sentences" at every "|" (kept out of them), as the text layer would. */
function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const part of text.split('|')) {
    out.push({ text: part, start, end: start + part.length, index: out.length, paragraph: 0 } as Sentence);
    start += part.length + 1;
  }
  return out;
}

describe('character classes', () => {
  test('agree with the regex escapes on any code point', () => {
    const cases: [number, RegExp][] = [
      [LETTER, /^\p{L}$/u],
      [MARK, /^\p{M}$/u],
      [NUMBER, /^\p{N}$/u],
      [SPACE, /^\s$/u],
      [UPPER, /^\p{Lu}$/u],
      [LOWER, /^\p{Ll}$/u],
    ];
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0x10000, max: 0x10ffff })), (cp) => {
        if (cp >= 0xd800 && cp <= 0xdfff) return true;
        const ch = String.fromCodePoint(cp);
        return cases.every(([bit, re]) => !!(classAt(ch, 0) & bit) === re.test(ch));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('tokenizeSentences', () => {
  test.each([
    ["Don't say the U.S. deal is worth $3.5bn, or 6,000 jobs.", ["Don't", 'say', 'the', 'U.S', 'deal', 'is', 'worth', '3.5bn', 'or', '6,000', 'jobs']],
    ['The China-Russia summit – in Beijing – ended.', ['The', 'China-Russia', 'summit', 'in', 'Beijing', 'ended']],
    ['Café owners’ union, “Zoë’s” … 𝐀𝐁 2½', ['Café', 'owners', 'union', 'Zoë’s', '𝐀𝐁', '2½']],
  ])('%j', (sentence, words) => {
    expect(tokenizeSentences(sentencesOf(sentence)).map((t) => t.text)).toEqual(words);
  });

  test('finds the regex tokens on any string, with whole-text offsets', () => {
    fc.assert(
      fc.property(fc.array(strings, { maxLength: 4 }).map((a) => a.join('|')), (text) => {
        const sentences = sentencesOf(text);
        const want = regexTokens(sentences);
        const bySentence = tokenizeSentences(sentences).map((t) => ({ text: t.text, start: t.start }));
        const byText = tokenizeSentences(sentences, undefined, text).map((t) => ({ text: t.text, start: t.start }));
        return JSON.stringify(bySentence) === JSON.stringify(want) && JSON.stringify(byText) === JSON.stringify(want);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('figure tokens (scan)', () => {
  const TOKEN = /(\d+)|([\p{L}\p{M}]+)|\S/gu;
  const regexScan = (text: string, offset: number) => {
    let prevEnd = -1;
    return [...text.matchAll(TOKEN)].map((m) => {
      const t = { start: offset + m.index, end: offset + m.index + m[0].length, kind: m[1] ? 0 : m[2] ? 1 : 2, glued: m.index === prevEnd };
      prevEnd = m.index + m[0].length;
      return t;
    });
  };
  test.each([
    ['$1.5bn', ['$', '1', '.', '5', 'bn']],
    ['up 12% to ¥3,400 on 10/1/2018', ['up', '12', '%', 'to', '¥', '3', ',', '400', 'on', '10', '/', '1', '/', '2018']],
  ])('%j', (text, norms) => {
    expect(scan(text).map((t) => t.norm)).toEqual(norms);
  });

  test('finds the regex tokens on any string, whole or as a slice in place', () => {
    fc.assert(
      fc.property(strings, strings, strings, (a, b, c) => {
        const text = a + b + c;
        const whole = scan(b, 7).map(({ start, end, kind, glued }) => ({ start, end, kind, glued }));
        const slice = scan(text, 7, 0, [], a.length, a.length + b.length).map(({ start, end, kind, glued }) => ({ start, end, kind, glued }));
        const want = JSON.stringify(regexScan(b, 7));
        return JSON.stringify(whole) === want && JSON.stringify(slice) === want;
      }),
      { numRuns: 3000 },
    );
  });
});

describe('quote tokens', () => {
  // The regex the hand scanner replaces, with the rest of the tokenizer as it was.
  const WORD = /[\p{L}\p{N}\p{M}]+(?:(?:['’\-.]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{N}\p{M}]+)*/uy;
  const upper = (w: string) => w[0].toUpperCase() === w[0] && w[0].toLowerCase() !== w[0];
  function reference(text: string, end0: number, abbrevs: Set<string>) {
    const out: [number, number, string][] = [];
    let i = 0;
    while (i < end0) {
      if (/\s/u.test(text[i])) {
        i++;
        continue;
      }
      WORD.lastIndex = i;
      const m = WORD.exec(text);
      let end: number;
      let kind = 'word';
      if (m && m.index === i && m[0].length > 0) {
        end = Math.min(end0, i + m[0].length);
        if (text[end] === '.' && end + 1 <= end0) {
          const w = text.slice(i, end);
          if ((w.length === 1 && upper(w)) || abbrevs.has(w.toLowerCase()) || /\.\p{L}$/u.test(w)) end++;
        }
      } else {
        end = i + 1;
        kind = 'punct';
      }
      out.push([i, end, kind]);
      i = end;
    }
    return out;
  }
  const abbrevs = new Set(['sen', 'corp']);
  test.each([
    ['Sen. Warren said 700,000 jobs, 7,2 Prozent, U.S. and W. Bush.', ['Sen.', 'Warren', 'said', '700,000', 'jobs', ',', '7,2', 'Prozent', ',', 'U.S.', 'and', 'W.', 'Bush', '.']],
  ])('%j', (text, want) => {
    const toks = quoteTokens(text, [{ text, start: 0, end: text.length, index: 0 }], [], abbrevs);
    expect(toks.map((t) => t.text)).toEqual(want);
  });
  test('finds the reference tokens on any string, a paragraph ending anywhere', () => {
    fc.assert(
      fc.property(strings, strings, (a, b) => {
        const text = a + b;
        const toks = quoteTokens(text, [{ text: a, start: 0, end: a.length, index: 0 }], [], abbrevs).map((t) => [t.start, t.end, t.kind]);
        return JSON.stringify(toks) === JSON.stringify(reference(text, a.length, abbrevs));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('tokens shared with the text layer', () => {
  const sentences = fc.array(fc.constantFrom('Sen. Warren said', '“We won’t stop,”', 'l’Italie', 'U.S. jobs rose 6,000 to 1.5bn', 'in Hong Kong-based', '(AFP) —', 'Zoë’s café', '3rd', '𝐀𝐁 2½', '\n\n', ' ', '.', ','), { maxLength: 30 }).map((a) => a.join(' '));
  test.each(['en', 'fr'])('the quote and figure tokens are the same with or without the shared words (%s pack)', (code) => {
    const pack = packFor(code);
    expect(pack.code).toBe(code);
    fc.assert(
      fc.property(sentences, (text) => {
        const doc = buildDoc(text, pack);
        const spans = scanMarks(text, doc.paragraphs);
        const plain = quoteTokens(text, doc.paragraphs, spans, new Set(['sen']));
        const shared = quoteTokens(text, doc.paragraphs, spans, new Set(['sen']), undefined, doc.tokens);
        const alone: ReturnType<typeof scan> = [];
        for (const s of doc.sentences) scan(s.text, s.start, s.index, alone);
        return JSON.stringify(plain) === JSON.stringify(shared) && JSON.stringify(alone) === JSON.stringify(scanDoc(doc));
      }),
      { numRuns: 500 },
    );
  });
});
