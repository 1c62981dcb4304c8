import type { Sentence, Token } from '../types';
import { runEnd, unitClass, widthAt, WORDISH } from './chars';

/**
 * Word tokens: runs of letters and digits, with inner apostrophes, hyphens, dots and commas
 * between digits ("don't", "China-Russia", "U.S", "3.5", "6,000"). Punctuation is skipped.
 * Scanned by hand over the character classes (src/core/text/chars.ts): the same tokens as the
 * regex of letter, digit and mark runs joined by one of ' ’ . , - (no regex per token).
 */
function wordEnd(text: string, i: number, limit: number): number {
  let e = runEnd(text, i, WORDISH, limit);
  for (;;) {
    const j = text.charCodeAt(e);
    // ' ’ . , -
    if (e + 1 >= limit || !(j === 39 || j === 0x2019 || j === 46 || j === 44 || j === 45)) return e;
    const f = runEnd(text, e + 1, WORDISH, limit);
    if (f === e + 1) return e;
    e = f;
  }
}

/**
 * `elisions`: the pack's elided words ("l", "d", "qu" in French): "l'Italie" is then two tokens,
 * "l" and "Italie", so that the name stands on its own.
 */
export function tokenizeSentences(sentences: Sentence[], elisions?: ReadonlySet<string>, text?: string): Token[] {
  const out: Token[] = [];
  for (const s of sentences) {
    // Offsets into the whole text when given (the sentence is text.slice(s.start, s.end)).
    const body = text ?? s.text;
    const base = text ? 0 : s.start;
    const limit = text ? s.end : s.text.length;
    let i = text ? s.start : 0;
    while (i < limit) {
      const u = body.charCodeAt(i);
      if (u < 128 ? !(unitClass(u) & WORDISH) : runEnd(body, i, WORDISH, limit) === i) {
        i += u < 128 ? 1 : widthAt(body, i);
        continue;
      }
      const e = wordEnd(body, i, limit);
      let start = base + i;
      let word = body.slice(i, e);
      i = e;
      if (elisions && elisions.size) {
        const apo = word.search(/['’]/);
        if (apo > 0 && apo <= 7 && elisions.has(word.slice(0, apo).toLowerCase())) {
          const head = word.slice(0, apo);
          out.push({ text: head, start, end: start + apo, norm: head.toLowerCase(), sentence: s.index });
          start += apo + 1;
          word = word.slice(apo + 1);
        }
      }
      out.push({ text: word, start, end: start + word.length, norm: word.toLowerCase(), sentence: s.index });
    }
  }
  return out;
}
