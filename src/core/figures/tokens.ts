import { classAt, DIGIT, LETTER, MARK, runEnd, SPACE, unitClass, widthAt } from '../text/chars';
import type { TextDoc } from '../text/document';
import type { Token } from '../types';

/** Token kinds: a run of digits, a run of letters, or one other character. */
export const NUM = 0;
export const WORD = 1;
export const SYM = 2;

/** A figure token. Digits and letters are split apart ("1.5bn" = 1 . 5 bn), `glued` tells. */
export interface FTok {
  start: number;
  end: number;
  kind: number;
  /** Lower-cased text; dashes and apostrophes normalised. */
  norm: string;
  /** Written against the previous token, with no space between. */
  glued: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
  sentence: number;
  /**
   * Which of the lexicon's phrase tables (and its starters) this word opens, as bits (see
   * `firstMask` in lexicon.ts); -1 until a lexicon has read the token.
   */
  mask: number;
}

const SYMBOLS: Record<string, string> = { '’': "'", '‘': "'", '−': '-', '‐': '-', '‑': '-', '＄': '$', '％': '%' };

/**
 * Tokenises a piece of text (a data phrase, or a sentence at `offset`): runs of ASCII digits, runs
 * of letters and marks, and any other character but a space, scanned by hand over the character
 * classes (the tokens of the regex (\d+)|([\p{L}\p{M}]+)|\S, without a regex per token).
 * `from`/`to` read a slice of `text` in place (offsets are then into `text` itself).
 * `shared`: the text layer's word tokens (in text order, with `cursor` its next index); a run of
 * letters that is one of them takes its lower-cased form from there (the same string, already
 * hashed by the text layer's vocabulary) instead of slicing and lower-casing again.
 */
export function scan(text: string, offset = 0, sentence = 0, out: FTok[] = [], from = 0, to = text.length, shared?: readonly Token[], cursor?: { next: number }): FTok[] {
  let prevEnd = -1;
  let i = from;
  while (i < to) {
    const u = text.charCodeAt(i);
    const c = u < 128 ? unitClass(u) : classAt(text, i);
    let e: number;
    let kind: number;
    if (c & DIGIT) {
      e = runEnd(text, i + 1, DIGIT, to);
      kind = NUM;
    } else if (c & (LETTER | MARK) && (u < 128 || i + widthAt(text, i) <= to)) {
      e = runEnd(text, i, LETTER | MARK, to);
      kind = WORD;
    } else if (c & SPACE) {
      i++;
      continue;
    } else {
      e = Math.min(to, i + (u < 128 ? 1 : widthAt(text, i)));
      kind = SYM;
    }
    let d: Token | null = null;
    if (shared && cursor && kind === WORD) {
      while (cursor.next < shared.length && shared[cursor.next].start < offset + i - from) cursor.next++;
      const c = shared[cursor.next];
      if (c && c.start === offset + i - from && c.end === offset + e - from) d = c;
    }
    const s = d ? d.text : text.slice(i, e);
    const norm = d ? d.norm : kind === SYM ? (SYMBOLS[s] ?? s) : s.toLowerCase();
    out.push({
      start: offset + i - from,
      end: offset + e - from,
      kind,
      norm,
      glued: i === prevEnd,
      cap: kind === WORD && s.charCodeAt(0) !== norm.charCodeAt(0),
      sentence,
      mask: -1,
    });
    prevEnd = e;
    i = e;
  }
  return out;
}

/** The tokens of a whole document, sentence by sentence (linear in the text). */
export function scanDoc(doc: TextDoc): FTok[] {
  const out: FTok[] = [];
  const cursor = { next: 0 };
  for (const s of doc.sentences) scan(doc.text, s.start, s.index, out, s.start, s.end, doc.tokens, cursor);
  return out;
}
