import type { TextDoc } from '../text/document';

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
}

const TOKEN = /(\d+)|([\p{L}\p{M}]+)|\S/gu;
const SYMBOLS: Record<string, string> = { '’': "'", '‘': "'", '−': '-', '‐': '-', '‑': '-', '＄': '$', '％': '%' };

/** Tokenises a piece of text (a data phrase, or a sentence at `offset`). */
export function scan(text: string, offset = 0, sentence = 0, out: FTok[] = []): FTok[] {
  TOKEN.lastIndex = 0;
  let prevEnd = -1;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text))) {
    const s = m[0];
    const kind = m[1] ? NUM : m[2] ? WORD : SYM;
    const norm = kind === SYM ? (SYMBOLS[s] ?? s) : s.toLowerCase();
    out.push({
      start: offset + m.index,
      end: offset + m.index + s.length,
      kind,
      norm,
      glued: m.index === prevEnd,
      cap: kind === WORD && s[0] !== norm[0],
      sentence,
    });
    prevEnd = m.index + s.length;
  }
  return out;
}

/** The tokens of a whole document, sentence by sentence (linear in the text). */
export function scanDoc(doc: TextDoc): FTok[] {
  const out: FTok[] = [];
  for (const s of doc.sentences) scan(s.text, s.start, s.index, out);
  return out;
}
