import type { FigureKind } from '../types';
import { type Ctx, type Found, wordAt } from './found';

const RANGE = new Set(['-', '–', '—', '~', 'to', 'till', 'til', 'until', 'through', 'thru']);
const ANCHOR = new Set(['from', 'after', 'before', 'since', 'starting', 'beginning']);
const DAYISH: FigureKind[] = ['date', 'time'];
const CALENDAR = new Set<FigureKind>(['date', 'year', 'period', 'time']);
const JOINERS = new Set([',', 'on', 'at', 'of', 'in', ', at', 'before', 'after', 'by', 'around', 'about']);
/** Joiners that only tie a time to its day ("today before 4pm"). */
const TIME_ONLY = new Set(['before', 'after', 'by', 'around', 'about']);

/** The tokens between two figures as one string ("", "to", ", ", "of the"). */
function gap(c: Ctx, a: Found, b: Found): string[] {
  const out: string[] = [];
  for (let k = a.e; k < b.s; k++) out.push(c.t[k].norm);
  return out;
}

/**
 * Joins dates that belong together: ranges ("from 2014 to 2018", "May 2-5"), a day and its
 * time ("Tuesday, Jan 15, 1:00 PM"), a month and its year ("April of 1987"), durations anchored
 * to a date ("two weeks after Christmas") and compound durations ("3 hours 30 minutes").
 */
export function combineDates(c: Ctx, found: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const prev = out[out.length - 1];
    const merged = prev && c.t[prev.s].sentence === c.t[f.s].sentence ? join(c, prev, f) : null;
    if (merged) out[out.length - 1] = merged;
    else out.push(f);
  }
  return out;
}

function join(c: Ctx, a: Found, b: Found): Found | null {
  let g = gap(c, a, b);
  if (g.length > 3) return null;
  // "from 2007 to the end of 2008"
  if (g.length === 2 && g[1] === 'the' && RANGE.has(g[0])) g = [g[0]];
  // "du 3 au 5 mai", "de mayo a junio", "entre le 1er et le 7": an article after a joiner
  if (g.length === 2 && c.lex.dateArticles.has(g[1]) && !c.lex.dateJoin.has(g.join(' ')) && (c.lex.dateRange.has(g[0]) || c.lex.dateJoin.has(g[0]) || c.lex.and.has(g[0]))) g = [g[0]];
  if (g.length > 2) return null;
  const between = g.join(' ');
  const calA = CALENDAR.has(a.kind);
  const calB = CALENDAR.has(b.kind);
  const lastA = a.last ?? a.kind;
  const merge = (kind: FigureKind, extra: Partial<Found> = {}): Found => ({ ...a, kind, e: b.e, last: b.last ?? b.kind, ...extra });
  // Ranges of dates, years, times: "2014 till 2018", "10am-12pm", "between 2014 and 2018".
  const before = wordAt(c, a.s - 1);
  // "entre el 1 de diciembre y el 4 de febrero"
  const beforeArticle = c.lex.dateArticles.has(before) ? wordAt(c, a.s - 2) : '';
  const isBetween = before === 'between' || c.lex.between.has(before) || c.lex.between.has(beforeArticle);
  const ranged = calA && calB && g.length === 1 && (RANGE.has(between) || c.lex.dateRange.has(between) || ((between === 'and' || c.lex.and.has(between)) && isBetween));
  const mixed = lastA === 'time' ? b.kind !== 'time' : b.kind === 'time';
  // "mardi à 9h": a word that joins both ranges and a day to its time ("à", "a") is tried as a joiner next
  if (ranged && mixed && !c.lex.dateJoin.has(between)) return null;
  if (ranged && !mixed) {
    const kind = a.kind === 'time' ? 'time' : a.kind === 'date' && lastA === 'time' ? 'date' : 'period';
    return merge(kind, { valueMax: b.value ?? null, date: a.date && b.date ? `${a.date}/${b.date}` : (a.date ?? b.date ?? null) });
  }
  // A day, then its date or time: "Tuesday, Jan 15", "next week on Tuesday", "tomorrow at 5pm", "Jan 15, 1:00 PM",
  // "today before 4pm"; a time, then its day: "9am on Tuesday", "8.30pm today".
  if (calA && calB && (g.length === 0 || JOINERS.has(between) || c.lex.dateJoin.has(between))) {
    const coarse = /^(?:week|weekend|month|year|quarter|decade|century|season)s?$/.test(c.t[a.e - 1].norm);
    const dayThenTime = (DAYISH.includes(a.kind) || a.unit === 'recurrence') && b.kind === 'time' && !coarse;
    const timeThenDay = a.kind === 'time' && b.kind === 'date' && (g.length === 0 || between === 'on' || between === 'of');
    const weekdays = c.lex.weekdays.has(c.t[a.e - 1].norm) && c.lex.weekdays.has(c.t[b.s].norm);
    const relThenDay = a.kind === 'date' && b.kind === 'date' && (!a.date || !b.date) && between !== 'in' && !TIME_ONLY.has(between) && !weekdays;
    const thenYear = (b.kind === 'year' || (b.kind === 'period' && !!b.date && /^\d{4}$/.test(b.date))) && a.kind !== 'year' && !(a.date && /^\d{4}/.test(a.date)) && between !== ',' && !TIME_ONLY.has(between);
    const partOf = (a.kind === 'date' || a.kind === 'period') && between === 'of';
    if (dayThenTime || timeThenDay || (!TIME_ONLY.has(between) && (relThenDay || thenYear || partOf))) {
      const date = a.date && b.date && /^XXXX/.test(a.date) && /^\d{4}$/.test(b.date) ? b.date + a.date.slice(4) : (a.date ?? b.date ?? null);
      return merge(a.kind === 'time' ? b.kind : a.kind, { date });
    }
  }
  // "2019 H2", "2019-Q1"
  if (a.kind === 'year' && b.kind === 'period' && b.date?.startsWith('XXXX-') && (g.length === 0 || between === '-')) {
    return { ...b, s: a.s, date: `${a.date}${b.date.slice(4)}` };
  }
  // "two weeks after Christmas", "3 days from today", "two years since 2011".
  if (a.kind === 'duration' && calB && g.length === 1 && ANCHOR.has(between)) return merge('date');
  // "3 hours 30 minutes", "1 hour and 30 minutes", "2 years 1 month 21 days".
  if (a.kind === 'duration' && b.kind === 'duration' && (g.length === 0 || between === 'and' || between === ',')) {
    return merge('duration', { value: a.value, unit: a.unit });
  }
  return null;
}
