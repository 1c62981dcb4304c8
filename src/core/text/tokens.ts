import type { Sentence, Token } from '../types';

/**
 * Word tokens: runs of letters and digits, with inner apostrophes, hyphens, dots and commas
 * between digits ("don't", "China-Russia", "U.S", "3.5", "6,000"). Punctuation is skipped.
 */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.,\-][\p{L}\p{N}\p{M}]+)*/gu;

export function tokenizeSentences(sentences: Sentence[]): Token[] {
  const out: Token[] = [];
  for (const s of sentences) {
    WORD.lastIndex = 0;
    const body = s.text;
    let m: RegExpExecArray | null;
    while ((m = WORD.exec(body))) {
      const start = s.start + m.index;
      out.push({ text: m[0], start, end: start + m[0].length, norm: m[0].toLowerCase(), sentence: s.index });
    }
  }
  return out;
}
