/**
 * Character classes for the hand-written scanners of the text layer, the figures and the quotes:
 * one table lookup per character instead of a Unicode regex per token. Each class is the exact
 * set of the regex escape it names (`\p{L}`, `\p{M}`, `\p{N}`, `\s`, `\p{Lu}`, `\p{Ll}`), so a
 * scanner written with them finds the same tokens as the regex it replaces.
 *
 * The classes of the Basic Multilingual Plane are computed once per code unit, on first sight,
 * and kept in a 64 KB table (a pure function of the character, shared by every document);
 * characters beyond it (surrogate pairs) are classified one by one.
 */
export const LETTER = 1;
export const MARK = 2;
export const NUMBER = 4;
/** An ASCII digit: `\d` of a regex (even with the `u` flag). */
export const DIGIT = 8;
export const SPACE = 16;
export const UPPER = 32;
export const LOWER = 64;
/** Letter, mark or number: the characters of a word. */
export const WORDISH = LETTER | MARK | NUMBER;
const KNOWN = 128;

const IS_L = /^\p{L}$/u;
const IS_M = /^\p{M}$/u;
const IS_N = /^\p{N}$/u;
const IS_S = /^\s$/u;
const IS_LU = /^\p{Lu}$/u;
const IS_LL = /^\p{Ll}$/u;

function classify(ch: string): number {
  let c = 0;
  if (IS_L.test(ch)) c |= LETTER;
  if (IS_M.test(ch)) c |= MARK;
  if (IS_N.test(ch)) c |= NUMBER;
  if (ch.length === 1 && ch >= '0' && ch <= '9') c |= DIGIT;
  if (IS_S.test(ch)) c |= SPACE;
  if (IS_LU.test(ch)) c |= UPPER;
  if (IS_LL.test(ch)) c |= LOWER;
  return c;
}

const table = new Uint8Array(65536);
for (let u = 0; u < 128; u++) table[u] = classify(String.fromCharCode(u)) | KNOWN;

/** Classes of a code unit of the Basic Multilingual Plane (a lone surrogate has none). */
export function unitClass(u: number): number {
  let c = table[u];
  if (c === 0) table[u] = c = classify(String.fromCharCode(u)) | KNOWN;
  return c & ~KNOWN;
}

const isHigh = (u: number) => u >= 0xd800 && u <= 0xdbff;
const isLow = (u: number) => u >= 0xdc00 && u <= 0xdfff;

/** Length in code units of the code point at `i` (2 for a surrogate pair, else 1). */
export function widthAt(text: string, i: number): number {
  return isHigh(text.charCodeAt(i)) && i + 1 < text.length && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
}

/** Classes of the code point starting at `i` (0 past the end), as a `u` regex reads it there. */
export function classAt(text: string, i: number): number {
  if (i >= text.length || i < 0) return 0;
  const u = text.charCodeAt(i);
  if (u < 128) return table[u] & ~KNOWN;
  if (isHigh(u) && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) return classify(text.slice(i, i + 2));
  return unitClass(u);
}

/** Classes of the code point ending just before `i` (a lookbehind's view). */
export function classBefore(text: string, i: number): number {
  if (i <= 0 || i > text.length) return 0;
  const u = text.charCodeAt(i - 1);
  if (u < 128) return table[u] & ~KNOWN;
  if (isLow(u) && i >= 2 && isHigh(text.charCodeAt(i - 2))) return classify(text.slice(i - 2, i));
  return unitClass(u);
}

/** End of the run of code points of class `mask` starting at `i` (i itself when there is none). */
export function runEnd(text: string, i: number, mask: number, limit = text.length): number {
  while (i < limit) {
    const u = text.charCodeAt(i);
    if (u < 128) {
      if (!(table[u] & mask)) break;
      i++;
    } else {
      const w = widthAt(text, i);
      if (i + w > limit || !(classAt(text, i) & mask)) break;
      i += w;
    }
  }
  return i;
}
