import { type Ctx, type Found, symAt, wordAt } from './found';
import { amount, compoundNumber } from './numbers';
import { NUM, WORD } from './tokens';

const pad = (n: number): string => String(n).padStart(2, '0');
const CONTEXT = new Set(['in', 'of', 'since', 'until', 'till', 'by', 'early', 'late', 'mid', 'last', 'next', 'this', 'from', 'to', 'through', 'before', 'after', 'during', 'between', 'and', 'or', 'on', 'until', 'that', 'every', 'each', 'around', 'throughout', 'into', 'end', 'beginning', 'start', 'middle', 'past', 'coming', 'previous', 'following', 'same', 'for']);

const STRONG_CUE = new Set(['in', 'since', 'early', 'late', 'until', 'of']);

const YEAR_KINDS = new Set(['fiscal', 'financial', 'calendar', 'school', 'academic', 'tax', 'budget', 'model']);
const A_DURATION_BEFORE = new Set(['for', 'in', 'within', 'over', 'after', 'than', 'about', 'almost', 'nearly', 'just', 'only', 'another', 'half', 'once', 'twice', 'least']);
const SEASON_CUE = new Set(['in', 'during', 'the', 'whole', 'entire', 'early', 'late', 'mid', 'through', 'until', 'since', 'by', 'this', 'last', 'next']);

const num = (c: Ctx, k: number): number => (c.t[k]?.kind === NUM ? Number(c.t[k].norm) : NaN);
const len = (c: Ctx, k: number): number => (c.t[k]?.kind === NUM ? c.t[k].norm.length : 0);
const sameSent = (c: Ctx, a: number, b: number): boolean => !!c.t[b] && c.t[b].sentence === c.t[a].sentence;
const isYear = (c: Ctx, k: number): boolean => len(c, k) === 4 && num(c, k) >= 1000 && num(c, k) <= 2199 && !(c.t[k + 1]?.glued && c.t[k + 1].kind !== 2);

/** A day of the month at `k`: "16", "16th", "1st" (not glued to a letter other than the suffix). */
function dayAt(c: Ctx, k: number): { day: number; end: number } | null {
  const d = num(c, k);
  if (!(d >= 1 && d <= 31) || len(c, k) > 2) return null;
  const next = c.t[k + 1];
  if (next && next.glued && next.kind === WORD) {
    if (!c.lex.ordinalSuffix.has(next.norm)) return null;
    return { day: d, end: k + 2 };
  }
  if (next && next.glued && next.kind === NUM) return null;
  return { day: d, end: k + 1 };
}

/** ", 2023" or " 2023" after a month or a day: the year and the end. */
function yearAfter(c: Ctx, k: number, ref: number): { year: number; end: number } | null {
  let j = k;
  if (symAt(c, j) === ',') j++;
  // "23 de mayo de 2024"
  else if (c.lex.dateOf.has(wordAt(c, j, ref)) && isYear(c, j + 1)) j++;
  if (sameSent(c, ref, j) && isYear(c, j)) return { year: num(c, j), end: j + 1 };
  return null;
}

function iso(year: number | null, month: number, day: number | null): string {
  return `${year ?? 'XXXX'}-${pad(month)}${day ? '-' + pad(day) : ''}`;
}

/** "May 16, 2023", "May 2023", "May 16", "in May", "Nov. 18-19". */
function monthFirst(c: Ctx, i: number, month: number): Found | null {
  const t = c.t;
  let k = i + 1;
  if (symAt(c, k) === '.' && t[k].glued) k++;
  // "Dec/2018", "Oct/2", "Sep-23-2020", "Dec-2018"
  const joined = (symAt(c, k) === '/' || symAt(c, k) === '-') && t[k].glued && t[k + 1]?.glued && t[k + 1].kind === NUM;
  if (joined) {
    k++;
    if (isYear(c, k)) return { kind: 'date', s: i, e: k + 1, date: iso(num(c, k), month, null) };
    const dj = dayAt(c, k);
    if (dj) {
      let e = dj.end;
      let year: number | null = null;
      if ((symAt(c, e) === '-' || symAt(c, e) === '/') && t[e].glued && isYear(c, e + 1)) {
        year = num(c, e + 1);
        e += 2;
      }
      return { kind: 'date', s: i, e, date: iso(year, month, dj.day) };
    }
    return null;
  }
  const d = sameSent(c, i, k) ? dayAt(c, k) : null;
  if (d) {
    const y = yearAfter(c, d.end, i);
    const f: Found = { kind: 'date', s: i, e: y ? y.end : d.end, date: iso(y?.year ?? null, month, d.day) };
    // "November 18-19"
    if (!y && (symAt(c, d.end) === '-' || symAt(c, d.end) === '–') && dayAt(c, d.end + 1)) {
      const d2 = dayAt(c, d.end + 1)!;
      if (d2.day > d.day) f.e = d2.end;
      const y2 = yearAfter(c, f.e, i);
      if (y2) {
        f.e = y2.end;
        f.date = iso(y2.year, month, d.day);
      }
    }
    return f;
  }
  const y = yearAfter(c, k, i);
  if (y) return { kind: 'date', s: i, e: y.end, date: iso(y.year, month, null) };
  // A month by itself needs a capital (or a cue before it), and "may"/"march" need both.
  const tok = t[i];
  const prev = wordAt(c, i - 1, i);
  const langCue = c.lex.monthBefore.has(prev);
  const cue = CONTEXT.has(prev) || symAt(c, i - 1) === '-' || langCue;
  const ambiguous = tok.norm === 'may' || tok.norm === 'march' || tok.norm.length <= 3;
  if (ambiguous) {
    if (!cue || (!tok.cap && !STRONG_CUE.has(prev) && !langCue)) return null;
  } else if (!cue) return null;
  return { kind: 'date', s: i, e: i + 1, date: iso(null, month, null) };
}

/** "16 May 2023", "1st of June", "the 09th of May". */
function dayFirst(c: Ctx, i: number): Found | null {
  const d = dayAt(c, i);
  if (!d) return null;
  let k = d.end;
  // "1-8 March 2015"
  let last = d;
  if ((symAt(c, k) === '-' || symAt(c, k) === '–') && c.t[k].glued && dayAt(c, k + 1) && c.lex.months.has(wordAt(c, dayAt(c, k + 1)!.end, i))) {
    last = dayAt(c, k + 1)!;
    if (last.day <= d.day) return null;
    k = last.end;
  }
  // "23. Mai 2024": a day written as an ordinal with a dot
  if (symAt(c, k) === '.' && c.t[k].glued && c.lex.months.has(wordAt(c, k + 1, i))) k++;
  const sep = last === d && (symAt(c, k) === '-' || symAt(c, k) === '/') && c.t[k].glued && c.t[k + 1]?.glued;
  if (c.lex.dateOf.has(wordAt(c, k, i)) || sep) k++;
  const m = c.lex.months.get(wordAt(c, k, i));
  if (!m) return null;
  let e = k + 1;
  if (symAt(c, e) === '.' && c.t[e].glued) e++;
  if (sep && (symAt(c, e) === '-' || symAt(c, e) === '/') && c.t[e].glued && isYear(c, e + 1)) {
    return { kind: 'date', s: i, e: e + 2, date: iso(num(c, e + 1), m, d.day) };
  }
  const y = yearAfter(c, e, i);
  return { kind: 'date', s: i, e: y ? y.end : k + 1, date: iso(y?.year ?? null, m, d.day) };
}

/** Dates in digits: "2023-05-16", "5/17/2018", "1990s", "2014-2018", "2022-23". */
function numericDate(c: Ctx, i: number): Found | null {
  const t = c.t;
  const g = (k: number) => !!t[k]?.glued;
  const run = (k: number) => g(k) && t[k].kind !== 2;
  const a = num(c, i);
  // ISO 2023-05-16
  if (len(c, i) === 4 && symAt(c, i + 1) === '-' && g(i + 1) && g(i + 2) && len(c, i + 2) <= 2 && symAt(c, i + 3) === '-' && g(i + 3) && g(i + 4) && len(c, i + 4) <= 2) {
    const m = num(c, i + 2);
    const d = num(c, i + 4);
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return { kind: 'date', s: i, e: i + 5, date: iso(a, m, d) };
  }
  // 5/17/2018, 17/5/2018, 5/17/18, 02-02-2020
  const slash = (k: number) => (symAt(c, k) === '/' || symAt(c, k) === '.' || (symAt(c, k) === '-' && len(c, i + 4) === 4)) && g(k) && g(k + 1);
  if (len(c, i) <= 2 && slash(i + 1) && len(c, i + 2) <= 2 && slash(i + 3) && (len(c, i + 4) === 4 || len(c, i + 4) === 2) && symAt(c, i + 1) === symAt(c, i + 3)) {
    let m = a;
    let d = num(c, i + 2);
    if (m > 12 && d <= 12) [m, d] = [d, m];
    let y = num(c, i + 4);
    if (y < 100) y += y < 50 ? 2000 : 1900;
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31 && !run(i + 5)) return { kind: 'date', s: i, e: i + 5, date: iso(y, m, d) };
  }
  // 11/20 after "on": a day without a year
  const prev = wordAt(c, i - 1, i);
  if ((prev === 'on' || c.lex.weekdays.has(prev)) && len(c, i) <= 2 && symAt(c, i + 1) === '/' && g(i + 1) && g(i + 2) && len(c, i + 2) <= 2 && !run(i + 3)) {
    let m = a;
    let d = num(c, i + 2);
    if (m > 12 && d <= 12) [m, d] = [d, m];
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return { kind: 'date', s: i, e: i + 3, date: iso(null, m, d) };
  }
  // "le 22/04", "29/2": the day first, without a year, where the language writes dates so
  // "22.04." where the comma is the decimal point
  const dm = symAt(c, i + 1) === '/' || (symAt(c, i + 1) === '.' && c.lex.decimalComma && len(c, i + 2) === 2);
  if (c.lex.dayFirst && dm && len(c, i) <= 2 && g(i + 1) && g(i + 2) && len(c, i + 2) <= 2 && !run(i + 3) && !((symAt(c, i + 3) === '/' || symAt(c, i + 3) === '.') && g(i + 3) && g(i + 4))) {
    const d = a;
    const m = num(c, i + 2);
    const cued = c.lex.dateArticles.has(prev) || c.lex.weekdays.has(prev) || c.lex.dateRange.has(prev) || c.lex.between.has(prev) || c.lex.dateJoin.has(prev);
    const e = symAt(c, i + 3) === '.' && g(i + 3) ? i + 4 : i + 3;
    if (d >= 1 && d <= 31 && m >= 1 && m <= 12 && (cued || m < d)) return { kind: 'date', s: i, e, date: iso(null, m, d) };
  }
  // Decades: 1990s, 1990's
  if (len(c, i) === 4 && a % 10 === 0 && a >= 1000 && a <= 2100) {
    if (g(i + 1) && t[i + 1].norm === 's') return decade(i, i + 2, a);
    if (symAt(c, i + 1) === "'" && g(i + 1) && t[i + 2]?.norm === 's' && g(i + 2)) return decade(i, i + 3, a);
  }
  // Year ranges: 2014-2018, 2022-23, 2014 to 2018
  if (isYearLike(c, i)) {
    const j = i + 1;
    const joiner = symAt(c, j) || wordAt(c, j, i);
    if ((joiner === '-' || joiner === '–' || joiner === '/' || joiner === 'to' || joiner === 'through' || (joiner === 'and' && wordAt(c, i - 1) === 'between')) && sameSent(c, i, j + 1)) {
      const b = num(c, j + 1);
      const bl = len(c, j + 1);
      if ((bl === 4 && b > a && b - a <= 200 && !run(j + 2)) || (bl === 2 && (joiner === '-' || joiner === '/' || joiner === '–') && g(j) && g(j + 1) && b === (a + 1) % 100)) {
        const full = bl === 2 ? a - (a % 100) + b + (b < a % 100 ? 100 : 0) : b;
        return { kind: 'period', s: i, e: j + 2, value: a, valueMax: full, date: `${a}/${full}` };
      }
    }
  }
  return dayFirst(c, i);
}

const isYearLike = (c: Ctx, k: number): boolean => isYear(c, k) || (len(c, k) === 4 && num(c, k) >= 1000 && num(c, k) <= 2199 && (symAt(c, k + 1) === '-' || symAt(c, k + 1) === '/'));

function decade(s: number, e: number, a: number): Found {
  return { kind: 'period', s, e, value: a, valueMax: a + 9, date: `${a}/${a + 9}` };
}

/** Q3, H1, FY2023, "fiscal 2023", "the third quarter", "the 19th century". */
function periodAt(c: Ctx, i: number): Found | null {
  const t = c.t;
  const w = (k: number) => wordAt(c, k, i);
  const tok = t[i];
  // Q3 2023, H1
  if ((tok.norm === 'q' || tok.norm === 'h') && t[i + 1]?.glued && len(c, i + 1) === 1 && !t[i + 2]?.glued) {
    const n = num(c, i + 1);
    if (n >= 1 && n <= (tok.norm === 'q' ? 4 : 2) && (tok.cap || tok.norm === 'q')) {
      const y = yearAfter(c, wordAt(c, i + 2, i) === 'of' ? i + 3 : i + 2, i);
      return { kind: 'period', s: i, e: y ? y.end : i + 2, value: n, date: `${y ? y.year : 'XXXX'}-${tok.norm.toUpperCase()}${n}` };
    }
  }
  const fiscal = c.lex.fiscal.match(t, i);
  if (fiscal) {
    let k = fiscal.end;
    if (w(k) === 'year') k++;
    const n = num(c, k);
    const l = len(c, k);
    if ((l === 4 && n >= 1900 && n <= 2199) || (l === 2 && t[k].glued)) {
      const year = l === 2 ? 2000 + n : n;
      let e = k + 1;
      if ((symAt(c, e) === '/' || symAt(c, e) === '-') && t[e].glued && len(c, e + 1) === 2) e += 2;
      return { kind: 'period', s: i, e, value: year, date: `FY${year}` };
    }
  }
  // ordinal + quarter / half / century
  let ord = c.lex.ordinal.get(tok.norm);
  let k = i + 1;
  if (ord === undefined && tok.kind === NUM && t[i + 1]?.glued && c.lex.ordinalSuffix.has(t[i + 1].norm)) {
    ord = num(c, i);
    k = i + 2;
  }
  if (ord !== undefined) {
    if (symAt(c, k) === '-' && t[k].glued) k++;
    const p = w(k);
    if ((p === 'quarter' && ord <= 4) || (p === 'half' && ord <= 2)) {
      let e = k + 1;
      let year: number | null = null;
      const y = w(e) === 'of' ? yearAfter(c, e + 1, i) : yearAfter(c, e, i);
      if (y) {
        year = y.year;
        e = y.end;
      }
      return { kind: 'period', s: i, e, value: ord, date: `${year ?? 'XXXX'}-${p === 'quarter' ? 'Q' : 'H'}${ord}` };
    }
    if ((p === 'century' || p === 'centuries') && ord <= 22) return { kind: 'period', s: i, e: k + 1, value: ord, date: `${(ord - 1) * 100}/${ord * 100 - 1}` };
  }
  // "week 31"
  if (tok.norm === 'week' && c.t[i + 1]?.kind === NUM && num(c, i + 1) >= 1 && num(c, i + 1) <= 53 && !c.t[i + 2]?.glued) {
    return { kind: 'period', s: i, e: i + 2, value: num(c, i + 1), unit: 'week' };
  }
  // "year 2008"
  if (tok.norm === 'year' && isYear(c, i + 1)) return { kind: 'year', s: i, e: i + 2, value: num(c, i + 1), date: String(num(c, i + 1)) };
  return null;
}

/** "last week", "next month", "this September", "the past two years", "next Friday". */
function shifted(c: Ctx, i: number): Found | null {
  const w = (k: number) => wordAt(c, k, i);
  if (!c.lex.shift.has(w(i))) return null;
  // "last fiscal year", "this school year"
  const k = YEAR_KINDS.has(w(i + 1)) && w(i + 2) === 'year' ? i + 2 : i + 1;
  const p = w(k);
  if (c.lex.period.has(p)) return { kind: 'date', s: i, e: k + 1 };
  const m = c.lex.months.get(p);
  if (m && p.length > 3) return { kind: 'date', s: i, e: k + 1, date: iso(null, m, null) };
  if (c.lex.weekdays.has(p) && p.length > 3) return { kind: 'date', s: i, e: k + 1 };
  if (c.lex.seasons.has(p)) return { kind: 'period', s: i, e: k + 1 };
  // "the past two years", "next five days"
  const a = amount(c, k);
  if (a && !a.vague) {
    const u = c.lex.units.match(c.t, a.end);
    if (u && u.value.kind === 'duration') return { kind: 'period', s: i, e: u.end, value: a.value, unit: u.value.code };
  }
  return null;
}

const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);

/** "Tuesday morning", "yesterday afternoon": the end past the part of the day. */
function withPartOfDay(c: Ctx, e: number, ref: number): number {
  return DAY_PARTS.has(wordAt(c, e, ref)) ? e + 1 : e;
}

/**
 * Word orders of other languages: a duration after "ago" words ("il y a trois ans", "hace dos
 * meses", "vor drei Jahren"), a shift after the count ("les 3 prochains jours", "los últimos
 * años" reads as English), a shift after the period ("la semana siguiente", "l'année dernière").
 */
function agoOrShiftAfter(c: Ctx, i: number): Found | null {
  const t = c.t;
  const w = (k: number) => wordAt(c, k, i);
  const ago = c.lex.agoBefore.match(t, i);
  if (ago && sameSent(c, i, ago.end)) {
    let k = ago.end;
    const q = c.lex.approxBefore.match(t, k);
    if (q && sameSent(c, i, q.end)) k = q.end;
    const a = amount(c, k);
    // "hace un mes": the article "un" stands for one
    const one = !a && c.lex.articles.has(w(k)) ? k + 1 : k;
    const u = a && !a.vague ? c.lex.units.match(t, a.end) : c.lex.units.match(t, one);
    if (u && u.value.kind === 'duration' && sameSent(c, i, u.end - 1)) return { kind: 'date', s: i, e: u.end, value: a?.value ?? 1, unit: u.value.code };
  }
  if (!c.lex.shiftAfter.size) return null;
  if (c.lex.period.has(w(i)) && c.lex.shiftAfter.has(w(i + 1))) return { kind: 'date', s: i, e: i + 2 };
  const a = t[i].kind === NUM || c.lex.cardinal.has(w(i)) ? amount(c, i) : null;
  if (a && !a.vague && c.lex.shiftAfter.has(w(a.end))) {
    const u = c.lex.units.match(t, a.end + 1);
    if (u && u.value.kind === 'duration' && sameSent(c, i, u.end - 1)) return { kind: 'period', s: i, e: u.end, value: a.value, unit: u.value.code };
  }
  return null;
}

/** The value of an ordinal word: listed ("zweiten"), or a number with an ordinal ending ("neunundzwanzigsten"). */
export function ordinalWord(c: Ctx, word: string): number | undefined {
  const listed = c.lex.ordinal.get(word);
  if (listed !== undefined) return listed;
  for (const end of c.lex.ordinalEndings) {
    if (word.length <= end.length + 2 || !word.endsWith(end)) continue;
    const stem = word.slice(0, -end.length);
    const v = c.lex.cardinal.get(stem) ?? c.lex.scale.get(stem) ?? compoundNumber(c.lex, stem) ?? undefined;
    if (v !== undefined) return v;
  }
  return undefined;
}

/** The date or period starting at token `i`, if any. */
export function readDate(c: Ctx, i: number): Found | null {
  const t = c.t;
  const tok = t[i];
  if (!tok) return null;
  const w = (k: number) => wordAt(c, k, i);
  // "early 2023", "mid-March", "the end of the year", "late last year"
  const part = c.lex.part.match(t, i);
  if (part && sameSent(c, i, part.end)) {
    let k = part.end;
    if (symAt(c, k) === '-' && t[k].glued) k++;
    let article = false;
    // "Ende des Monats", "a finales del año"
    if (c.lex.partOf.has(w(k)) && k === part.end) {
      k++;
      article = true;
    }
    if (w(k) === 'the' || c.lex.dateArticles.has(w(k))) {
      k++;
      article = true;
      // "fin de l'année"
      if (symAt(c, k) === "'" && t[k].glued) k++;
    }
    const inner = readCore(c, k);
    if (inner && inner.kind !== 'duration') return { ...inner, s: i };
    // "mediados de noviembre", "Anfang Mai": a month after a part needs no other cue
    const month = part.end > i + 1 || c.lex.partOf.size ? c.lex.months.get(w(k)) : undefined;
    if (month && w(k).length > 3) return { kind: 'date', s: i, e: k + 1, date: iso(null, month, null) };
    // "the end of the year", "fin du mois", "a finales de año"
    if (c.lex.period.has(w(k)) && (w(k - 1) === 'the' || article || c.lex.partOf.has(t[part.end - 1].norm))) return { kind: 'date', s: i, e: k + 1 };
    if (w(k) === 'in' && w(k + 1) === 'the' && c.lex.period.has(w(k + 2))) return { kind: 'date', s: i, e: k + 3 };
    if (isYear(c, k)) return { kind: 'year', s: i, e: k + 1, value: num(c, k), date: String(num(c, k)) };
  }
  return readCore(c, i);
}

function readCore(c: Ctx, i: number): Found | null {
  const t = c.t;
  const tok = t[i];
  if (!tok) return null;
  const w = (k: number) => wordAt(c, k, i);
  const before = agoOrShiftAfter(c, i);
  if (before) return before;
  if (tok.kind === NUM) return numericDate(c, i) ?? periodAt(c, i);
  // '90s
  if (symAt(c, i) === "'" && len(c, i + 1) === 2 && t[i + 1].glued && t[i + 2]?.norm === 's' && t[i + 2].glued) {
    const n = num(c, i + 1);
    if (n % 10 === 0) return decade(i, i + 3, n + (n <= 20 ? 2000 : 1900));
  }
  if (tok.kind !== WORD) return null;
  const word = tok.norm;
  const month = c.lex.months.get(word);
  if (month) return monthFirst(c, i, month);
  // "veintidós de febrero", "primero de mayo": a day in words, then "de" and the month
  const dayWord = c.lex.dateOf.size && !c.lex.dateOf.has('of') ? (c.lex.cardinal.get(word) ?? c.lex.ordinal.get(word)) : undefined;
  if (dayWord && dayWord >= 1 && dayWord <= 31 && c.lex.dateOf.has(w(i + 1)) && c.lex.months.has(w(i + 2)) && !c.lex.articles.has(word)) {
    const m = c.lex.months.get(w(i + 2))!;
    const y = yearAfter(c, i + 3, i);
    return { kind: 'date', s: i, e: y ? y.end : i + 3, date: iso(y?.year ?? null, m, dayWord) };
  }
  // "am zweiten Mai", "neunundzwanzigsten Mai", "tweeëntwintig februari": a day in words, then the month
  const ordDay = c.lex.ordinalEndings.length ? (ordinalWord(c, word) ?? (c.lex.dayFirst && !c.lex.articles.has(word) ? (c.lex.cardinal.get(word) ?? compoundNumber(c.lex, word) ?? undefined) : undefined)) : undefined;
  if (ordDay && ordDay <= 31 && c.lex.months.has(w(i + 1))) {
    const m = c.lex.months.get(w(i + 1))!;
    const y = yearAfter(c, i + 2, i);
    return { kind: 'date', s: i, e: y ? y.end : i + 2, date: iso(y?.year ?? null, m, ordDay) };
  }
  const period = periodAt(c, i);
  if (period) return period;
  if (c.lex.weekdays.has(word) && (word.length > 3 || (tok.cap && (symAt(c, i + 1) === ',' || c.lex.months.has(w(i + 1)))))) {
    const f: Found = { kind: 'date', s: i, e: i + 1 };
    let k = i + 1;
    if (symAt(c, k) === ',') k++;
    const m = c.lex.months.get(w(k));
    const after = m ? monthFirst(c, k, m) : t[k]?.kind === NUM ? dayFirst(c, k) : null;
    if (after && after.date) {
      f.e = after.e;
      f.date = after.date;
    } else if (k === i + 1 && dayAt(c, k) && !c.lex.units.match(t, dayAt(c, k)!.end) && !t[dayAt(c, k)!.end]?.glued) {
      // "Monday 21"
      f.e = dayAt(c, k)!.end;
    } else f.e = withPartOfDay(c, f.e, i);
    return f;
  }
  if (c.lex.dayWords.has(word)) return { kind: 'date', s: i, e: withPartOfDay(c, i + 1, i), value: null };
  const shift = shifted(c, i);
  if (shift) return shift;
  if (word === 'the' && /^(?:past|coming|following|previous|same|next|last)$/.test(w(i + 1))) {
    const inner = shifted(c, i + 1);
    if (inner) return { ...inner, s: i };
  }
  const sentenceStart = !t[i - 1] || t[i - 1].sentence !== tok.sentence;
  const next = w(i + 1);
  if ((tok.cap && !sentenceStart) || t[i + 1]?.cap || (next && !c.lex.stopwords.has(next) && next !== 'basis')) {
    // "Daily Telegraph": a name; "daily life", "a weekly magazine": adjectives, not recurrences
  } else if (c.lex.recurrence.has(word) || (word === 'semi' || word === 'bi') && symAt(c, i + 1) === '-' && c.lex.recurrence.has(w(i + 2))) {
    return { kind: 'period', s: i, e: c.lex.recurrence.has(word) ? i + 1 : i + 3, unit: 'recurrence' };
  }
  const every = c.lex.every.match(t, i);
  if (every) {
    let k = every.end;
    const a = amount(c, k);
    if (a && !a.vague && !a.fraction) k = a.end;
    const u = c.lex.units.match(t, k);
    if (c.lex.period.has(w(k)) || c.lex.weekdays.has(w(k)) || (u && u.value.kind === 'duration')) {
      return { kind: 'period', s: i, e: u ? u.end : k + 1, unit: 'recurrence', value: a?.value ?? null };
    }
  }
  const phrase = c.lex.datePhrases.match(t, i);
  if (phrase) return { kind: 'date', s: i, e: phrase.end };
  // "a few minutes", "several weeks", "a couple of days"
  {
    let k = i;
    if (word === 'a' && c.lex.aWords.has(word)) k++;
    if (c.lex.few.has(w(k)) && w(k) !== 'handful') {
      let e = k + 1;
      if (w(e) === 'of') e++;
      const u = c.lex.units.match(t, e);
      if (u && u.value.kind === 'duration') return { kind: 'duration', s: i, e: u.end, value: c.lex.few.get(w(k)), unit: u.value.code, approximate: true };
    }
  }
  // "an hour", "a week" after "for", "in", "within"... or before "ago"
  if (c.lex.aWords.has(word) && t[i + 1]) {
    const u = c.lex.units.match(t, i + 1);
    const nounAfter = u && t[u.end]?.kind === WORD && !c.lex.stopwords.has(t[u.end].norm) && !c.lex.relativeTail.match(t, u.end);
    if (u && u.value.kind === 'duration' && !t[i + 1].norm.endsWith('s') && !nounAfter) {
      const before = A_DURATION_BEFORE.has(w(i - 1));
      const tail = c.lex.relativeTail.match(t, u.end);
      if (tail && /^(?:ago|later|earlier)$/.test(t[u.end].norm)) return { kind: 'date', s: i, e: tail.end, value: 1, unit: u.value.code };
      if (before && !c.lex.per.has(w(i - 1))) return { kind: 'duration', s: i, e: u.end, value: 1, unit: u.value.code };
    }
  }
  // "the 18th" (a day of the month, when no noun follows)
  if (word === 'the' && t[i + 1]?.kind === NUM && t[i + 2]?.glued && c.lex.ordinalSuffix.has(t[i + 2].norm) && num(c, i + 1) <= 31) {
    const next = w(i + 3);
    if (!next || c.lex.stopwords.has(next) || next === 'of') {
      const m = next === 'of' ? c.lex.months.get(w(i + 4)) : undefined;
      if (m) {
        const y = yearAfter(c, i + 5, i);
        return { kind: 'date', s: i, e: y ? y.end : i + 5, date: iso(y?.year ?? null, m, num(c, i + 1)) };
      }
      return { kind: 'date', s: i, e: i + 3, date: null };
    }
  }
  if (c.lex.seasons.has(word) && (SEASON_CUE.has(w(i - 1)) || tok.cap)) {
    let k = i + 1;
    if (w(k) === 'of') k++;
    if (isYear(c, k)) return { kind: 'period', s: i, e: k + 1, date: String(num(c, k)) };
    // "in the summer", "last winter"; "the fall" of a city is no season
    if (SEASON_CUE.has(w(i - 1)) && !(w(i - 1) === 'the' && ((w(i + 1) && !c.lex.stopwords.has(w(i + 1))) || word === 'fall' || w(i + 1) === 'of'))) return { kind: 'period', s: i, e: i + 1 };
  }
  const holiday = c.lex.holidays.match(t, i);
  if (holiday && (tok.cap || CONTEXT.has(w(i - 1)) || c.lex.monthBefore.has(w(i - 1)) || c.lex.dateJoin.has(w(i - 1)))) {
    const y = yearAfter(c, holiday.end, i);
    return { kind: 'date', s: i, e: y ? y.end : holiday.end, date: y ? String(y.year) : null };
  }
  if (c.lex.seasons.has(word)) {
    let k = i + 1;
    if (w(k) === 'of') k++;
    if (isYear(c, k)) return { kind: 'period', s: i, e: k + 1, date: String(num(c, k)) };
  }
  return null;
}
