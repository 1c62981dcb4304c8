import type { Figure, FigureKind } from '../types';
import type { Ctx, Found } from './found';
import { DATED } from './listed';

/** Substance first: money and shares, then counts and measures, then durations, then dates. */
const BASE: Record<FigureKind, number> = {
  money: 5,
  percent: 4.5,
  'percentage-points': 4.5,
  count: 3.5,
  measure: 3.5,
  duration: 2.5,
  age: 2,
  ordinal: 0.8,
  period: 1.2,
  year: 1,
  date: 1,
  time: 0.8,
  number: 1,
};


/** Figures with offsets and scores, best first; a repeated figure sinks. */
export function rank(c: Ctx, found: Found[], sentences: number): Figure[] {
  const seen = new Set<string>();
  const out: Figure[] = [];
  for (const f of found) {
    const start = c.t[f.s].start;
    const end = c.t[f.e - 1].end;
    const key = `${f.kind}|${f.value ?? ''}|${f.valueMax ?? ''}|${f.unit ?? ''}|${f.date ?? (f.value == null ? c.text.slice(start, end).toLowerCase() : '')}`;
    const components = {
      kind: BASE[f.kind],
      measures: f.measures ? 2 : 0,
      position: sentences > 1 ? 0.5 * (1 - c.t[f.s].sentence / sentences) : 0.5,
      small: f.small && (f.kind === 'count' || f.kind === 'number') ? (c.t[f.s - 1]?.norm === 'the' ? -2.5 : -1.5) : 0,
      repeat: seen.has(key) || f.conversion ? -3 : 0,
      vague: f.value == null && !DATED.has(f.kind) ? -2.5 : f.approximate && f.kind !== 'money' && f.kind !== 'percent' ? -0.3 : 0,
    };
    seen.add(key);
    // The components' sum, in their order (as a reduce over their values would add them).
    const sum = 0 + components.kind + components.measures + components.position + components.small + components.repeat + components.vague;
    const score = Math.round(sum * 1000) / 1000;
    const fig: Figure = {
      text: c.text.slice(start, end),
      start,
      end,
      kind: f.kind,
      value: f.value ?? null,
      sentence: c.t[f.s].sentence,
      score,
      components,
    };
    if (f.valueMax != null) fig.valueMax = f.valueMax;
    if (f.unit) fig.unit = f.unit;
    if (f.date) fig.date = f.date;
    if (f.approximate) fig.approximate = true;
    fig.measures = f.measures ?? null;
    out.push(fig);
  }
  return out.sort((a, b) => b.score - a.score || a.start - b.start);
}
