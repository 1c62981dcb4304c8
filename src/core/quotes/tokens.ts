import { classAt, classBefore, LETTER, NUMBER, runEnd, SPACE, unitClass, WORDISH } from '../text/chars';
import type { Paragraph } from '../types';
import { type MarkedSpan, markedEnd } from './marks';

export type QTokKind = 'word' | 'punct' | 'open' | 'close';

/** A word of the text layer: `text` is the text's slice at start..end, `norm` its lower case. */
export interface SharedWord {
  start: number;
  end: number;
  text: string;
  norm: string;
}

/** A token of the quote engine: words and punctuation, with the quote each lies in. */
export interface QTok {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: QTokKind;
  /** Index of the marked span it lies in (marks included), or -1. */
  quote: number;
  paragraph: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
}

/**
 * The end of the word at `i` (i itself when none starts there): letters, digits and marks joined
 * by an apostrophe, hyphen or dot, or by a comma between digits ("700,000", the decimal comma of
 * "7,2 Prozent"). Scanned by hand over the character classes (src/core/text/chars.ts).
 */
function wordEnd(text: string, i: number): number {
  let e = runEnd(text, i, WORDISH);
  if (e === i) return i;
  for (;;) {
    const j = text.charCodeAt(e);
    // ' ’ - .
    const joins = j === 39 || j === 0x2019 || j === 45 || j === 46 ? true : j === 44 ? !!(classBefore(text, e) & NUMBER) && !!(classAt(text, e + 1) & NUMBER) : false;
    if (!joins || (j === 46 && missingSpace(text, e))) return e;
    const f = runEnd(text, e + 1, WORDISH);
    if (f === e + 1) return e;
    e = f;
  }
}

/**
 * A full stop with the space after it missing ("sagte Merkel.Als …"): two lower-case letters before
 * the dot, an upper-case then a lower-case letter after it. ("U.S", "Ph.D", "z.B" keep their dot.)
 */
function missingSpace(text: string, dot: number): boolean {
  const lower = (c: string | undefined) => !!c && c.toLowerCase() === c && c.toUpperCase() !== c;
  const upper = (c: string | undefined) => !!c && c.toUpperCase() === c && c.toLowerCase() !== c;
  return lower(text[dot - 1]) && lower(text[dot - 2]) && upper(text[dot + 1]) && lower(text[dot + 2]);
}

/** "W.", "U.S": the word ends with a dot and a letter. */
function dotLetterEnd(text: string, start: number, end: number): boolean {
  if (!(classBefore(text, end) & LETTER)) return false;
  const w = widthBefore(text, end);
  return end - w - 1 >= start && text.charCodeAt(end - w - 1) === 46;
}

/** Width of the code point ending before `i` (2 for a surrogate pair). */
function widthBefore(text: string, i: number): number {
  const u = text.charCodeAt(i - 1);
  return u >= 0xdc00 && u <= 0xdfff && i >= 2 && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff ? 2 : 1;
}
/** A verb with its inverted pronoun: "déclare-t-il" is [déclare, -t, il]. */
const INVERTED = /^(\p{L}+)(-t)?-(\p{L}+)$/u;
const NONE: ReadonlySet<string> = new Set();

function isUpperStart(s: string): boolean {
  const u = s.charCodeAt(0);
  if (u < 128) return u >= 65 && u <= 90;
  const c = s[0];
  return c.toUpperCase() === c && c.toLowerCase() !== c;
}

/**
 * Tokenises every paragraph once (linear in the text): words ("don’t", "U.S", "China-Russia"),
 * a trailing full stop kept on initials and abbreviations ("W.", "Sen."), and one token per
 * punctuation mark. Marks of the scanned quotes become `open`/`close` tokens.
 * `shared`: the text layer's word tokens (doc.tokens, in text order); a word that is one of them
 * takes its text and lower-cased form from there (the same strings, already hashed by the text
 * layer's vocabulary) instead of slicing and lower-casing again.
 */
export function quoteTokens(text: string, paragraphs: readonly Paragraph[], spans: readonly MarkedSpan[], abbrevs: Set<string>, inversion: ReadonlySet<string> = NONE, shared: readonly SharedWord[] = []): QTok[] {
  const out: QTok[] = [];
  let si = 0; // next span whose marks we have not passed
  let di = 0; // next shared word not before the current token
  for (const p of paragraphs) {
    let i = p.start;
    while (i < p.end) {
      const code = text.charCodeAt(i);
      // ASCII: a space is one of \t\n\v\f\r and ' '; beyond, the Unicode test.
      if (code < 128 ? code === 32 || (code >= 9 && code <= 13) : unitClass(code) & SPACE) {
        i++;
        continue;
      }
      const we = wordEnd(text, i);
      let end: number;
      let kind: QTokKind = 'word';
      if (we > i) {
        end = we;
        if (end > p.end) end = p.end;
        if (text.charCodeAt(end) === 46 && end + 1 <= p.end) {
          const w = text.slice(i, end);
          if ((w.length === 1 && isUpperStart(w)) || abbrevs.has(w.toLowerCase()) || dotLetterEnd(text, i, end)) end++;
        }
      } else {
        end = i + 1;
        kind = 'punct';
      }
      while (di < shared.length && shared[di].start < i) di++;
      const d = kind === 'word' && di < shared.length && shared[di].start === i && shared[di].end === end ? shared[di] : null;
      const t = d ? d.text : text.slice(i, end);
      // An inverted subject pronoun written against its verb ("déclare-t-il", "a-t-elle"): two words.
      const inv = kind === 'word' && inversion.size ? INVERTED.exec(t) : null;
      if (inv && inversion.has(inv[3].toLowerCase())) {
        const v = inv[1];
        const pStart = i + t.length - inv[3].length;
        out.push({ text: v, lower: v.toLowerCase(), start: i, end: i + v.length, kind, quote: -1, paragraph: p.index, cap: isUpperStart(v) });
        out.push({ text: inv[3], lower: inv[3].toLowerCase(), start: pStart, end, kind, quote: -1, paragraph: p.index, cap: isUpperStart(inv[3]) });
        i = end;
        continue;
      }
      out.push({ text: t, lower: d ? d.norm : t.toLowerCase(), start: i, end, kind, quote: -1, paragraph: p.index, cap: kind === 'word' && isUpperStart(t) });
      i = end;
    }
  }
  // Mark quote tokens, in one merge pass (tokens and spans are both in text order).
  for (const t of out) {
    while (si < spans.length && spanEnd(spans[si]) <= t.start) si++;
    if (si >= spans.length) break;
    const s = spans[si];
    if (t.start >= s.open && t.start < spanEnd(s)) {
      t.quote = si;
      if (t.start === s.open) t.kind = 'open';
      else if (t.start === s.close) t.kind = 'close';
    }
  }
  return out;
}

/** One past the last character covered by a span, closing mark included. */
export function spanEnd(s: MarkedSpan): number {
  return markedEnd(s);
}

/** Index of the first token starting at or after `offset` (binary search). */
export function tokenAt(toks: readonly QTok[], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether the words right before a quote's opening mark (token `oi`) are one of `cues`, one word
 * or two ("titled", "author of"), with a comma or colon between allowed.
 */
export function precededBy(toks: readonly QTok[], oi: number, cues: ReadonlySet<string>): boolean {
  let k = oi;
  const q = toks[k]?.quote ?? -1;
  while (k >= 0 && q >= 0 && toks[k].quote === q) k--;
  if (k >= 0 && toks[k].kind === 'punct' && (toks[k].text === ',' || toks[k].text === ':')) k--;
  const t = toks[k];
  if (!t || t.kind !== 'word' || t.quote >= 0) return false;
  return cues.has(t.lower) || (k > 0 && cues.has(`${toks[k - 1].lower} ${t.lower}`));
}
