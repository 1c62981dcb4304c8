import type { Paragraph } from '../types';

const SENTENCE_END = /[.!?:;"”’»)\]…]$/;

/**
 * Splits text into paragraphs. A blank line always separates paragraphs. A single line
 * break does too, unless it looks like a soft wrap: the line does not end a sentence and the
 * next line starts with a lower-case letter.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = -1;
  let end = -1;
  let pos = 0;
  const n = text.length;
  const flush = () => {
    if (start >= 0) out.push({ text: text.slice(start, end), start, end, index: out.length });
    start = -1;
  };
  while (pos <= n) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = n;
    // Trim the line.
    let a = pos;
    let b = nl;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (a === b) {
      flush();
    } else if (start < 0) {
      start = a;
      end = b;
    } else {
      const prevLine = text.slice(Math.max(start, end - 4), end);
      const first = text[a];
      const soft = !SENTENCE_END.test(prevLine) && first.toLowerCase() === first && first.toUpperCase() !== first;
      if (soft) end = b;
      else {
        flush();
        start = a;
        end = b;
      }
    }
    pos = nl + 1;
  }
  flush();
  return out;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x200b || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}
