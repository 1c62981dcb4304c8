import { type Ctx, type Found, symAt, wordAt } from './found';
import { NUM } from './tokens';

const num = (c: Ctx, k: number): number => (c.t[k]?.kind === NUM ? Number(c.t[k].norm) : NaN);

/** "pm", "p.m.", "am", "a.m", "a" (as in "9:00a"), "oclock": the end of the marker and +12 for pm. */
function meridiem(c: Ctx, k: number, ref: number): { end: number; add: number } | null {
  const w = wordAt(c, k, ref);
  if (w === 'am' || w === 'pm') return { end: k + 1, add: w === 'pm' ? 12 : 0 };
  if ((w === 'a' || w === 'p') && symAt(c, k + 1) === '.' && wordAt(c, k + 2, ref) === 'm') {
    return { end: k + 3 + (symAt(c, k + 3) === '.' ? 1 : 0), add: w === 'p' ? 12 : 0 };
  }
  if (w === 'oclock') return { end: k + 1, add: 0 };
  // "9:00a", "9.am"
  if ((w === 'a' || w === 'p') && c.t[k].glued && !wordAt(c, k + 1, ref)) return { end: k + 1, add: w === 'p' ? 12 : 0 };
  if (symAt(c, k) === '.' && c.t[k].glued && (wordAt(c, k + 1, ref) === 'am' || wordAt(c, k + 1, ref) === 'pm')) {
    return { end: k + 2 + (symAt(c, k + 2) === '.' ? 1 : 0), add: wordAt(c, k + 1, ref) === 'pm' ? 12 : 0 };
  }
  if (w === 'o' && symAt(c, k + 1) === "'" && wordAt(c, k + 2, ref) === 'clock') return { end: k + 3, add: 0 };
  return null;
}

/** A time of day at token `i`: "9:30", "10:30 a.m.", "5pm", "7 p.m.", "noon", "15:50:06". Value in hours. */
export function readTime(c: Ctx, i: number, inner = false): Found | null {
  const t = c.t;
  const w0 = wordAt(c, i);
  if (w0 === 'noon' || w0 === 'midnight' || w0 === 'midday') return { kind: 'time', s: i, e: i + 1, value: w0 === 'midnight' ? 0 : 12 };
  const named = c.lex.timeWords.get(w0);
  if (named !== undefined) return { kind: 'time', s: i, e: i + 1, value: named };
  // "a las 5", "às 18 horas", "alle 9": a bare hour after the language's hour words
  const hb = inner ? null : c.lex.hourBefore.match(t, i);
  if (hb && t[hb.end]?.sentence === t[i].sentence) return hourAfter(c, hb.end);
  // "in the morning", "early morning", "late afternoon", "later in the evening"
  if (w0 === 'in' || w0 === 'later' || w0 === 'earlier' || w0 === 'early') {
    const k = w0 === 'in' ? i : i + 1;
    const end = partOfDay(c, k, i);
    if (end > 0) return { kind: 'time', s: i, e: end };
  }
  if ((w0 === 'early' || w0 === 'late') && PARTS.has(wordAt(c, i + 1, i)) && wordAt(c, i + 1, i) !== 'night') return { kind: 'time', s: i, e: i + 2 };
  if (t[i]?.kind !== NUM || t[i].norm.length > 2) return null;
  const h = num(c, i);
  if (!(h >= 0 && h <= 24)) return null;
  let k = i + 1;
  let minutes = 0;
  let clock = false;
  const sep = symAt(c, k);
  if ((sep === ':' || sep === '.') && t[k].glued && t[k + 1]?.glued && t[k + 1].kind === NUM && t[k + 1].norm.length === 2) {
    minutes = num(c, k + 1);
    if (minutes > 59) return null;
    k += 2;
    // "om 20.00", "um 9.30": where the comma is the decimal point, "20.00" is a time, unless it
    // reads as a day and month ("22.04.", or "22.04" without an hour word before it)
    const prev = wordAt(c, i - 1);
    const hourWord = c.lex.dateJoin.has(prev) || c.lex.hourBefore.hasFirst(prev);
    const dayMonth = minutes >= 1 && minutes <= 12 && h >= 1 && !hourWord;
    // ("subió 3.25 por ciento" in a text that writes a decimal point after all: a quantity follows)
    const quantity = symAt(c, k) === '%' || !!c.lex.percent.match(t, k) || !!c.lex.units.match(t, k) || !!c.lex.currencies.match(t, k) || c.lex.scale.has(wordAt(c, k));
    clock = sep === ':' || (sep === '.' && c.lex.decimalComma && h <= 23 && !dayMonth && !quantity && !(symAt(c, k) === '.' && t[k].glued) && !(t[k]?.glued && t[k].kind === NUM));
    if (symAt(c, k) === ':' && t[k].glued && t[k + 1]?.norm.length === 2) k += 2;
  }
  // "18h30", "9h", "18 h", "18 Uhr", "18.30 Uhr", "9 uur": a mark after the hour
  if (c.lex.hourMark.has(wordAt(c, k, i)) && h <= 24) {
    let e = k + 1;
    if (k === i + 1 && t[e]?.kind === NUM && t[e].glued && t[e].norm.length === 2 && num(c, e) <= 59) {
      minutes = num(c, e);
      e++;
    }
    if (!(t[e]?.glued && t[e].kind !== 2)) return { kind: 'time', s: i, e, value: h + minutes / 60 };
  }
  // "1-3 pm", "8-9am"
  if (k === i + 1 && (symAt(c, k) === '-' || symAt(c, k) === '–') && t[k + 1]?.kind === NUM && t[k + 1].norm.length <= 2) {
    const m2 = meridiem(c, k + 2, i);
    const h2 = num(c, k + 1);
    if (m2 && h2 <= 12 && h <= 12) return { kind: 'time', s: i, e: m2.end, value: (h % 12) + m2.add, valueMax: (h2 % 12) + m2.add };
  }
  // "5 to 6pm", "3:00 to 4:00", "between 3 and 8am", "8am-3": ranges of hours
  const joiner = t[k]?.norm ?? '';
  if (!inner && (joiner === 'to' || joiner === '-' || joiner === '–' || (joiner === 'and' && wordAt(c, i - 1) === 'between') || (t[k]?.kind === 1 && c.lex.dateRange.has(joiner))) && t[k].sentence === t[i].sentence && !meridiem(c, k, i)) {
    const end = readTime(c, k + 1, true);
    if (end && end.value != null && (clock || meridiem(c, end.s + 1, i) || /[:.]/.test(c.text.slice(c.t[end.s].end, c.t[end.e - 1].end)) || end.e > end.s + 1)) {
      return { kind: 'time', s: i, e: end.e, value: h + minutes / 60, valueMax: end.value };
    }
  }
  const m = meridiem(c, k, i);
  if (m) {
    if (h > 12 && m.add) return null;
    const hours = (h % 12) + (m.add && h !== 12 ? 12 : 0) + (!m.add && h === 12 ? 0 : 0);
    return { kind: 'time', s: i, e: m.end, value: hours + minutes / 60 };
  }
  if (clock && !(t[k]?.glued && t[k].kind !== 2)) return { kind: 'time', s: i, e: k, value: h + minutes / 60 };
  // "5 in the morning", "at 7 in the evening"
  const part = partOfDay(c, k, i);
  if (part > 0 && h <= 12) return { kind: 'time', s: i, e: part, value: h };
  return null;
}

const PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);

/** "in the morning", "in the evening": the end index, or -1. */
export function partOfDay(c: Ctx, k: number, ref: number): number {
  if (wordAt(c, k, ref) === 'in' && wordAt(c, k + 1, ref) === 'the' && PARTS.has(wordAt(c, k + 2, ref))) return k + 3;
  return -1;
}

/** The hour at `k` after an hour word ("a las 5", "a las 10.30 horas", "las once"), or null. */
function hourAfter(c: Ctx, k: number): Found | null {
  const t = c.t;
  const f = readTime(c, k, true);
  if (f) return f;
  const tok = t[k];
  const h = tok.kind === NUM && tok.norm.length <= 2 ? num(c, k) : c.lex.cardinal.get(wordAt(c, k));
  if (h === undefined || !(h >= 0 && h <= 24)) return null;
  let e = k + 1;
  let minutes = 0;
  // "a las 10.30 horas"
  if (tok.kind === NUM && (symAt(c, e) === '.' || symAt(c, e) === ':') && t[e].glued && t[e + 1]?.glued && t[e + 1].kind === NUM && t[e + 1].norm.length === 2 && num(c, e + 1) <= 59) {
    minutes = num(c, e + 1);
    e += 2;
  }
  // "um 1,5 Prozent", "a las 5km": anything written against the number makes it no hour
  const after = t[e];
  if (after?.glued && (after.kind !== 2 || after.norm === '%' || ((after.norm === ',' || after.norm === '.') && t[e + 1]?.glued && t[e + 1].kind === NUM))) return null;
  const u = c.lex.units.match(t, e);
  if (u && u.value.code === 'h') e = u.end;
  // "a las 5 empresas" counts firms: a noun after the number makes no time
  const next = wordAt(c, e, k);
  if (next && !c.lex.stopwords.has(next)) return null;
  return { kind: 'time', s: k, e, value: h + minutes / 60 };
}
