import type { Paragraph } from '../types';
import { isSpace } from '../text/paragraphs';

/** A quoted passage found by the mark scanner: `start`/`end` are inside the marks. */
export interface MarkedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** First character inside the marks. */
  start: number;
  /** One past the last character inside the marks. */
  end: number;
  /** Offset of the closing mark, or -1 when the quote ran to the end of its paragraph unclosed. */
  close: number;
  /** Characters in the closing mark (2 for ''); absent means 1. */
  closeWidth?: number;
  /** Paragraph of the opening mark and of the end. */
  paragraph: number;
  lastParagraph: number;
  /** Quoted with single marks at the top level (often scare quotes or headline style). */
  single: boolean;
}

type Family = 'double' | 'single' | 'angle' | 'sangle' | 'corner' | 'low';

interface Open {
  family: Family;
  pos: number;
  /** Straight mark (" or '), which closes with the same character. */
  straight: boolean;
  /** „ and ‚ close with “ or ” (German) as well as the usual closer. */
  low: boolean;
  /** Characters in the mark: 2 for ''. */
  width: number;
}

/** How deep the scanner looks for a matching mark, and how many it keeps open. */
const MAX_LOOK = 6;
const MAX_OPEN = 32;
const OPEN_PUNCT = '([{—–-/\u00a0';
const CLOSE_PUNCT = '.,;:!?)]}…—–-';
const ELISIONS = ['em', 'til', 'cause', 'bout', 'n', 'tis', 'twas', 'round', 'cos'];

function isWordChar(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  return c > 127 && /[\p{L}\p{N}]/u.test(ch);
}

function isMark(ch: string | undefined): boolean {
  return ch !== undefined && '"\'“”‘’„‚«»‹›「」『』'.includes(ch);
}

/**
 * Finds the quoted passages of a text in one pass over its characters, with a stack of open
 * marks per paragraph. Handles curly, straight, angle, low-9 and corner marks, nesting (only the
 * outermost passage is returned), apostrophes ("don’t", "Xi’s", "’90s"), and quotes that run over
 * several paragraphs, where each paragraph reopens the mark without closing the previous one.
 */
export function scanMarks(text: string, paragraphs: readonly Paragraph[]): MarkedSpan[] {
  const out: MarkedSpan[] = [];
  /** A quote left open at the end of the previous paragraph, waiting for a reopening mark. */
  let carry: { open: Open; start: number; paragraph: number } | null = null;
  let prevEnd = 0;
  let prevIndex = 0;
  for (const p of paragraphs) {
    const stack: Open[] = [];
    let i = p.start;
    while (i < p.end && isSpace(text.charCodeAt(i))) i++;
    if (carry) {
      if (familyOpening(text[i]) === carry.open.family) {
        stack.push(carry.open); // the reopening mark of a continued quote
        i++;
      } else {
        out.push(unclosed(carry.open, carry.start, carry.paragraph, prevEnd, prevIndex));
        carry = null;
      }
    }
    const closeAt = (at: number, ch: string, width: number): void => {
      const k = matchingOpen(stack, ch);
      if (k < 0) return;
      const o = stack[k];
      stack.length = k;
      if (k > 0) return;
      const carried = carry !== null && o === carry.open;
      out.push({
        open: o.pos,
        start: carried ? carry!.start : o.pos + o.width,
        end: at,
        close: at,
        closeWidth: width,
        paragraph: carried ? carry!.paragraph : p.index,
        lastParagraph: p.index,
        single: o.family === 'single',
      });
      if (carried) carry = null;
    };
    for (; i < p.end; i++) {
      // Most characters are no mark: below « only " and ' are (a fast test before isMark).
      const code = text.charCodeAt(i);
      if (code < 0xab && code !== 34 && code !== 39) continue;
      const ch = text[i];
      if (!isMark(ch)) continue;
      const prev = i > p.start ? text[i - 1] : undefined;
      if (ch === '"' && prev === '=') {
        // An attribute value in markup (id="…"): skip to its closing mark, which opens nothing.
        const close = text.indexOf('"', i + 1);
        if (close > 0 && close < p.end && close - i <= 300) i = close;
        continue;
      }
      const next = i + 1 < p.end ? text[i + 1] : undefined;
      const leftBound = prev === undefined || isSpace(prev.charCodeAt(0)) || OPEN_PUNCT.includes(prev) || isMark(prev);
      const rightBound = next === undefined || isSpace(next.charCodeAt(0)) || CLOSE_PUNCT.includes(next) || isMark(next);
      // Two apostrophes in a row ('') stand for a double mark in some newsrooms' text.
      if (ch === "'" && next === "'") {
        const prev2 = prev;
        const next2 = i + 2 < p.end ? text[i + 2] : undefined;
        const lb = prev2 === undefined || isSpace(prev2.charCodeAt(0)) || OPEN_PUNCT.includes(prev2) || isMark(prev2);
        const rb = next2 === undefined || isSpace(next2.charCodeAt(0)) || CLOSE_PUNCT.includes(next2) || isMark(next2);
        const act2 = classify('"', stack, lb, rb, prev2, next2, text, i, p.end);
        if (act2 === 'open' && stack.length < MAX_OPEN) stack.push({ family: 'double', pos: i, straight: true, low: false, width: 2 });
        else if (act2 === 'close') closeAt(i, '"', 2);
        i++;
        continue;
      }
      const act = classify(ch, stack, leftBound, rightBound, prev, next, text, i, p.end);
      if (act === 'open') {
        if (stack.length >= MAX_OPEN) continue;
        stack.push({ family: familyOpening(ch)!, pos: i, straight: ch === '"' || ch === "'", low: ch === '„' || ch === '‚', width: 1 });
      } else if (act === 'close') closeAt(i, ch, 1);
    }
    // A mark left open at the end of the paragraph may continue in the next one.
    const o = stack[0];
    if (!o || o.family === 'single') {
      carry = null; // nothing open, or an apostrophe or scare quote left open: dropped
    } else if (!(carry && o === carry.open)) {
      carry = { open: o, start: o.pos + o.width, paragraph: p.index };
    }
    prevEnd = p.end;
    prevIndex = p.index;
  }
  if (carry) out.push(unclosed(carry.open, carry.start, carry.paragraph, prevEnd, prevIndex));
  return out;
}

function unclosed(o: Open, start: number, paragraph: number, end: number, lastParagraph: number): MarkedSpan {
  return { open: o.pos, start, end, close: -1, paragraph, lastParagraph, single: o.family === 'single' };
}

/** One past the last character of a span, closing mark included. */
export function markedEnd(s: MarkedSpan): number {
  return s.close >= 0 ? s.close + (s.closeWidth ?? 1) : s.end;
}

function familyOpening(ch: string | undefined): Family | null {
  switch (ch) {
    case '“':
    case '"':
      return 'double';
    case '‘':
    case "'":
      return 'single';
    case '„':
      return 'double';
    case '‚':
      return 'single';
    case '«':
      return 'angle';
    case '‹':
      return 'sangle';
    case '「':
    case '『':
      return 'corner';
    default:
      return null;
  }
}

function matchingOpen(stack: Open[], ch: string): number {
  const fam: Family | null =
    ch === '”' || ch === '"' || ch === '“' ? 'double' : ch === '’' || ch === "'" || ch === '‘' ? 'single' : ch === '»' ? 'angle' : ch === '›' ? 'sangle' : ch === '」' || ch === '』' ? 'corner' : null;
  for (let k = stack.length - 1; k >= 0 && k >= stack.length - MAX_LOOK; k--) if (stack[k].family === fam) return k;
  return -1;
}

/** The nearest open mark of a family, among the top few (deeper nesting is noise, and a bounded look keeps the scan linear). */
function hasOpen(stack: Open[], fam: Family): Open | null {
  for (let k = stack.length - 1; k >= 0 && k >= stack.length - MAX_LOOK; k--) if (stack[k].family === fam) return stack[k];
  return null;
}

function isElision(text: string, i: number, end: number): boolean {
  let j = i + 1;
  while (j < end && j < i + 6 && /[a-z]/.test(text[j])) j++;
  if (j < end && isWordChar(text[j])) return false;
  return ELISIONS.includes(text.slice(i + 1, j).toLowerCase());
}

/** Decides whether a mark opens, closes or is something else (an apostrophe, an inch sign). */
function classify(
  ch: string,
  stack: Open[],
  leftBound: boolean,
  rightBound: boolean,
  prev: string | undefined,
  next: string | undefined,
  text: string,
  i: number,
  end: number,
): 'open' | 'close' | 'skip' {
  switch (ch) {
    case '“': {
      // „…“ (German) closes with “.
      const top = stack[stack.length - 1];
      if (top && top.low && top.family === 'double' && !leftBound) return 'close';
      if (rightBound && !leftBound && hasOpen(stack, 'double')) return 'close';
      return 'open';
    }
    case '”':
      if (hasOpen(stack, 'double')) return 'close';
      // Some sites use ” for both marks.
      return leftBound && !rightBound ? 'open' : 'skip';
    case '"': {
      const top = stack[stack.length - 1];
      if (hasOpen(stack, 'double')) {
        // Inside a curly quote, a straight mark before a word opens a nested quote.
        if (leftBound && !rightBound && !(top.family === 'double' && top.straight)) return 'open';
        return 'close';
      }
      if (prev !== undefined && /[0-9]/.test(prev) && !leftBound) return 'skip'; // 5'10"
      // The end of a markup attribute whose value ran over a line break (date="May 1,\n">).
      if (next === '>') return 'skip';
      // "Rep. Gowdy (R-S.C.):\"I have not…": an opener right after a colon, with no space.
      if (prev === ':' && isWordChar(next)) return 'open';
      // "\". . . I just want somebody…": an opener before an ellipsis.
      if (leftBound && (next === '…' || text.startsWith('...', i + 1) || text.startsWith('. .', i + 1))) return 'open';

      // An opener stands after a space or punctuation, before a word.
      return rightBound || !leftBound ? 'skip' : 'open';
    }
    case '„':
    case '«':
    case '‹':
    case '「':
    case '『':
      return 'open';
    case '»':
    case '›':
    case '」':
    case '』':
      return 'close';
    case '‚':
      return leftBound && !rightBound ? 'open' : 'skip';
    case '‘':
    case '’':
    case "'": {
      // Apostrophes: a letter on both sides (don’t, Xi’s), a year (’90s), an elision (’em).
      if (isWordChar(prev) && isWordChar(next)) return 'skip';
      if (leftBound && next !== undefined && /[0-9]/.test(next)) return 'skip';
      if (leftBound && ch !== '‘' && isElision(text, i, end)) return 'skip';
      const o = hasOpen(stack, 'single');
      if (ch === '‘') {
        if (o && !leftBound && rightBound) return 'close';
        return rightBound ? 'skip' : 'open';
      }
      if (o && !leftBound) return 'close';
      if (ch === "'" && leftBound && !rightBound) return 'open';
      // ’ after a word with nothing open: a plural possessive ("leaders’ views").
      return 'skip';
    }
    default:
      return 'skip';
  }
}
