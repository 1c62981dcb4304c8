import type { Paragraph, Sentence } from '../types';
import type { TextLexicon } from './lexicon';
import { isSpace } from './paragraphs';

const TERMINATORS = '.!?…。！？';
const CLOSERS = '"\'”’»)]}›」';
const OPENERS = '"“‘«(\'[„‹「¿¡';
const NO_SPLIT_BEFORE = ',;:)]}';

function isLower(ch: string): boolean {
  return ch.toLowerCase() === ch && ch.toUpperCase() !== ch;
}

function isDigit(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** The word (letters and inner dots) that ends just before `end`, e.g. "U.S" before the final dot. */
function wordBefore(text: string, end: number, floor: number): string {
  let a = end;
  while (a > floor && a > end - 40) {
    const ch = text[a - 1];
    if (ch === '.' || !isSpace(ch.charCodeAt(0)) && /[\p{L}\p{M}]/u.test(ch)) a--;
    else break;
  }
  return text.slice(a, end);
}

/** The word that starts at `start`. */
function wordAfter(text: string, start: number, limit: number): string {
  let b = start;
  while (b < limit && b < start + 40 && /[\p{L}\p{M}]/u.test(text[b])) b++;
  return text.slice(start, b);
}

const INITIALISM = /^(?:\p{Lu}\.)+\p{Lu}$/u;
const INITIAL = /^\p{Lu}$/u;

/**
 * Decides whether a full stop after `word` ends the sentence, given the text that follows.
 */
function periodEnds(word: string, next: string, nextWord: string, lex: TextLexicon): boolean {
  const w = word.toLowerCase();
  if (lex.titleAbbrevs.has(w)) return false;
  if (INITIAL.test(word)) return false; // "George W. Bush"
  if (lex.numberAbbrevs.has(w)) return !isDigit(next);
  if (lex.anyAbbrevs.has(w) || INITIALISM.test(word)) {
    // "in the U.S. The next day": a capitalised function word or a quote opens a sentence.
    return OPENERS.includes(next) || lex.stopwords.has(nextWord.toLowerCase());
  }
  return true;
}

/** "1." or "a." opening a paragraph item is a list marker, not a sentence. */
function isListMarker(text: string, start: number, dot: number): boolean {
  const n = dot - start;
  if (n < 1 || n > 3) return false;
  for (let k = start; k < dot; k++) if (!isDigit(text[k])) return n === 1 && /\p{Ll}/u.test(text[start]);
  return true;
}

/** One or two digits right before the dot, after a space: "am 2. Oktober". */
function ordinalDot(text: string, floor: number, dot: number): boolean {
  let a = dot;
  while (a > floor && dot - a < 3 && isDigit(text[a - 1])) a--;
  return a < dot && dot - a <= 2 && (a === floor || isSpace(text.charCodeAt(a - 1)));
}

/** Splits each paragraph into sentences, in one pass over the text. */
export function splitSentences(text: string, paragraphs: Paragraph[], lex: TextLexicon): Sentence[] {
  const out: Sentence[] = [];
  for (const p of paragraphs) {
    let sentStart = p.start;
    let i = p.start;
    while (i < p.end) {
      // Below the ellipsis only . ! ? end a sentence: a fast test before TERMINATORS.
      const code = text.charCodeAt(i);
      if (code < 0x2026 && code !== 46 && code !== 33 && code !== 63) {
        i++;
        continue;
      }
      const ch = text[i];
      if (!TERMINATORS.includes(ch)) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < p.end && TERMINATORS.includes(text[j])) j++;
      while (j < p.end && CLOSERS.includes(text[j])) j++;
      if (j >= p.end) break;
      if (!isSpace(text.charCodeAt(j))) {
        i = j;
        continue;
      }
      let k = j;
      while (k < p.end && isSpace(text.charCodeAt(k))) k++;
      if (k >= p.end) break;
      const next = text[k];
      let ends = true;
      if (isLower(next) || NO_SPLIT_BEFORE.includes(next)) ends = false;
      else if (ch === '.' && j - i === 1 && isListMarker(text, sentStart, i)) ends = false;
      else if (ch === '.' && j - i === 1 && ordinalDot(text, sentStart, i) && lex.afterOrdinal.has(wordAfter(text, k, p.end).toLowerCase())) ends = false;
      else if (ch === '.' && j - i === 1) {
        ends = periodEnds(wordBefore(text, i, sentStart), next, wordAfter(text, k, p.end), lex);
      }
      if (ends) {
        pushSentence(out, text, sentStart, j, p.index);
        sentStart = k;
      }
      i = k;
    }
    pushSentence(out, text, sentStart, p.end, p.index);
  }
  return out;
}

function pushSentence(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end, index: out.length, paragraph });
}
