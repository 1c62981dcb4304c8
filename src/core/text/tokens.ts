import type { Sentence, Token } from '../types';

/**
 * Word tokens: runs of letters and digits, with inner apostrophes, hyphens, dots and commas
 * between digits ("don't", "China-Russia", "U.S", "3.5", "6,000"). Punctuation is skipped.
 */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.,\-][\p{L}\p{N}\p{M}]+)*/gu;

/**
 * `elisions`: the pack's elided words ("l", "d", "qu" in French): "l'Italie" is then two tokens,
 * "l" and "Italie", so that the name stands on its own.
 */
export function tokenizeSentences(sentences: Sentence[], elisions?: ReadonlySet<string>): Token[] {
  const out: Token[] = [];
  for (const s of sentences) {
    WORD.lastIndex = 0;
    const body = s.text;
    let m: RegExpExecArray | null;
    while ((m = WORD.exec(body))) {
      let start = s.start + m.index;
      let word = m[0];
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
