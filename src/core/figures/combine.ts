import type { FigureKind } from '../types';
import { type Ctx, type Found, wordAt } from './found';

const RANGE = new Set(['-', '–', '—', '~', 'to', 'till', 'til', 'until', 'through', 'thru']);
const ANCHOR = new Set(['from', 'after', 'before', 'since']);
const DAYISH: FigureKind[] = ['date', 'time'];
const CALENDAR = new Set<FigureKind>(['date', 'year', 'period', 'time']);

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
  const g = gap(c, a, b);
  if (g.length > 2) return null;
  const between = g.join(' ');
  const calA = CALENDAR.has(a.kind);
  const calB = CALENDAR.has(b.kind);
  // Ranges of dates, years, times: "2014 till 2018", "10am-12pm", "between 2014 and 2018".
  if (calA && calB && g.length === 1 && (RANGE.has(between) || (between === 'and' && wordAt(c, a.s - 1) === 'between'))) {
    if (a.kind === 'time' ? b.kind !== 'time' : b.kind === 'time') return null;
    return { ...a, kind: a.kind === 'time' ? 'time' : 'period', e: b.e, valueMax: b.value ?? null, date: a.date && b.date ? `${a.date}/${b.date}` : (a.date ?? b.date ?? null) };
  }
  // A day, then its date or time: "Tuesday, Jan 15", "next week on Tuesday", "tomorrow at 5pm", "Jan 15, 1:00 PM".
  if (calA && calB && (g.length === 0 || between === ',' || between === 'on' || between === 'at' || between === 'of' || between === 'in' || between === ', at')) {
    const coarse = /^(?:week|weekend|month|year|quarter|decade|century|season)s?$/.test(c.t[a.e - 1].norm);
    const dayThenTime = DAYISH.includes(a.kind) && b.kind === 'time' && !coarse;
    const relThenDay = a.kind === 'date' && b.kind === 'date' && (!a.date || !b.date) && between !== 'in';
    const thenYear = (b.kind === 'year' || (b.kind === 'period' && !!b.date && /^\d{4}$/.test(b.date))) && a.kind !== 'year' && !(a.date && /^\d{4}/.test(a.date)) && between !== ',';
    const partOf = (a.kind === 'date' || a.kind === 'period') && between === 'of';
    if (dayThenTime || relThenDay || thenYear || partOf) {
      const date = a.date && b.date && /^XXXX/.test(a.date) && /^\d{4}$/.test(b.date) ? b.date + a.date.slice(4) : (a.date ?? b.date ?? null);
      return { ...a, kind: a.kind === 'time' ? b.kind : a.kind, e: b.e, date };
    }
  }
  // "2019 H2", "2019-Q1"
  if (a.kind === 'year' && b.kind === 'period' && b.date?.startsWith('XXXX-') && (g.length === 0 || between === '-')) {
    return { ...b, s: a.s, date: `${a.date}${b.date.slice(4)}` };
  }
  // "two weeks after Christmas", "3 days from today", "two years since 2011".
  if (a.kind === 'duration' && calB && g.length === 1 && ANCHOR.has(between)) return { ...a, kind: 'date', e: b.e };
  // "3 hours 30 minutes", "1 hour and 30 minutes", "2 years 1 month 21 days".
  if (a.kind === 'duration' && b.kind === 'duration' && (g.length === 0 || between === 'and' || between === ',')) {
    return { ...a, e: b.e, value: a.value, unit: a.unit };
  }
  return null;
}
