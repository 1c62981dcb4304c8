import type { TextDoc } from '../text/document';
import type { Figure } from '../types';
import { combineDates } from './combine';
import { ordinalWord, readDate } from './dates';
import { type Ctx, type Found, wordAt } from './found';
import { figureLexicon, markTokens, STARTER_BIT } from './lexicon';
import { attachMeasures } from './measures';
import { amount, compoundNumber } from './numbers';
import { readOrdinal } from './ordinals';
import { readQuantity } from './quantity';
import { rank } from './rank';
import { rejectFound, rejectRun } from './reject';
import { readTime } from './times';
import { NUM, scanDoc } from './tokens';

/** The figures of a text, in reading order, before ranking (exported for tests and tools). */
export function readFigures(c: Ctx): Found[] {
  const t = c.t;
  const found: Found[] = [];
  const skipped = addresses(c.text);
  let next = 0;
  for (let i = 0; i < t.length; ) {
    // Web and e-mail addresses hold digits, never figures.
    while (next < skipped.length && skipped[next][1] <= t[i].start) next++;
    if (next < skipped.length && skipped[next][0] <= t[i].start) {
      i++;
      continue;
    }
    const tok = t[i];
    if (tok.kind !== 0 && !(tok.mask >= 0 ? tok.mask & STARTER_BIT : c.lex.starters.has(tok.norm)) && compoundNumber(c.lex, tok.norm) === null && !(c.lex.ordinalEndings.length && ordinalWord(c, tok.norm))) {
      i++;
      continue;
    }
    // Dates and times first: "10/1/2018-10/7/2018" is no phone number.
    const when = readTime(c, i) ?? qualifiedTime(c, i) ?? readDate(c, i);
    const skip = when ? -1 : rejectRun(c, i);
    if (skip > i) {
      i = skip;
      continue;
    }
    const f = when ?? readOrdinal(c, i) ?? readQuantity(c, i) ?? percentOf(c, i);
    if (f && f.e > i) {
      const numStart = firstNumberToken(c, f);
      if (!rejectFound(c, f, numStart)) {
        found.push(f);
        i = f.e;
        continue;
      }
      // Skip the whole rejected number: its pieces are no figures either ("1,674.5" is not "674").
      let k = numStart + 1;
      while (k < f.e && t[k].glued && (t[k].kind === NUM || t[k].norm === ',' || t[k].norm === '.')) k++;
      i = Math.max(i + 1, k);
      continue;
    }
    i++;
  }
  return combineDates(c, found);
}

const URL = /(?:https?:\/\/|www\.)[^\s"'<>]+/g;
const EMAIL_LOCAL = /[\w.+-]/;
const EMAIL_HOST = /[\w.-]/;

/** Offsets of web and e-mail addresses, in order (linear: e-mails grow from each "@", bounded). */
function addresses(text: string): [number, number][] {
  const out: [number, number][] = [];
  URL.lastIndex = 0;
  for (let m = URL.exec(text); m; m = URL.exec(text)) out.push([m.index, m.index + m[0].length]);
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let a = at;
    while (a > 0 && at - a < 64 && EMAIL_LOCAL.test(text[a - 1])) a--;
    let b = at + 1;
    while (b < text.length && b - at < 255 && EMAIL_HOST.test(text[b])) b++;
    if (a < at && text.slice(at + 1, b).includes('.')) out.push([a, b]);
  }
  return out.sort((x, y) => x[0] - y[0]);
}

const VAGUE_SHARE = new Set(['small', 'large', 'high', 'low', 'tiny', 'significant', 'substantial', 'sizeable', 'sizable', 'big', 'growing', 'huge', 'greater', 'larger', 'higher', 'smaller', 'lower']);

/** Determiners before a percent sign used as a noun: "the % of increase". */
const SHARE_DETERMINER = new Set(['the', 'a', 'what', 'which', 'this', 'that']);

/** The sign "%" (or the word "percent", which stands for it) at `k`, in the sentence of `ref`. */
function isPercentSign(c: Ctx, k: number, ref: number): boolean {
  const tok = c.t[k];
  if (!tok || tok.sentence !== c.t[ref].sentence) return false;
  return tok.kind === 1 ? tok.norm === 'percent' : tok.kind === 2 && tok.norm === '%';
}

/**
 * "percent of 10", "per cent of twenty-two"; "a small percent", "a large percentage of", and a percent
 * sign used as a noun, "the % of increase" (no value: the ranking sinks these, and readers' lists leave
 * them out). The plain noun "percentage" ("the percentage of voters") is ordinary prose, not a figure.
 */
function percentOf(c: Ctx, i: number): Found | null {
  const w = c.t[i]?.norm;
  if (SHARE_DETERMINER.has(w ?? '') && c.t[i].kind === 1 && isPercentSign(c, i + 1, i) && wordAt(c, i + 2, i) === 'of') {
    return { kind: 'percent', s: i + 1, e: i + 2, value: null, unit: 'percent', approximate: true };
  }
  if (VAGUE_SHARE.has(w ?? '') && c.t[i].kind === 1) {
    const k = i + 1;
    const p = wordAt(c, k, i);
    const end = p === 'percent' || p === 'percentage' ? k + 1 : p === 'per' && wordAt(c, k + 1, i) === 'cent' ? k + 2 : -1;
    if (end > 0) return { kind: 'percent', s: i, e: end, value: null, unit: 'percent', approximate: true };
  }
  const k = w === 'per' && c.t[i + 1]?.norm === 'cent' ? i + 2 : w === 'percent' || w === 'percents' ? i + 1 : -1;
  if (k < 0 || wordAt(c, k, i) !== 'of') return null;
  const a = amount(c, k + 1);
  if (!a || a.vague || c.t[a.end - 1].sentence !== c.t[i].sentence) return null;
  return { kind: 'percent', s: i, e: a.end, value: a.value, unit: 'percent' };
}

/** "around 1pm", "after about 3:30pm": a time with its qualifier. */
function qualifiedTime(c: Ctx, i: number): Found | null {
  const q = c.lex.approxBefore.match(c.t, i);
  const f = q ? readTime(c, q.end) : null;
  return f ? { ...f, s: i, approximate: true } : null;
}

/** The first token of the number itself, past qualifiers and currency signs. */
function firstNumberToken(c: Ctx, f: Found): number {
  for (let k = f.s; k < f.e; k++) {
    const tok = c.t[k];
    if (tok.kind === NUM || c.lex.cardinal.has(tok.norm) || c.lex.ordinal.has(tok.norm) || c.lex.vague.has(tok.norm)) return k;
  }
  return f.s;
}

/** Finds money, percentages, counts, measures and dates, with what each measures; best first. */
export function findFigures(doc: TextDoc): Figure[] {
  try {
    const lex = figureLexicon(doc.pack);
    const c: Ctx = { t: markTokens(lex, scanDoc(doc)), text: doc.text, lex };
    const found = readFigures(c);
    attachMeasures(c, found);
    return rank(c, found, doc.sentences.length);
  } catch {
    return [];
  }
}
