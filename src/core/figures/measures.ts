import { type Ctx, type Found, wordAt } from './found';
import { inPhrase, nounOfBefore, ofPhrase, subjectOf } from './nouns';

const DATED = new Set(['date', 'year', 'period', 'time']);
const TIME_PREPS = new Set(['in', 'during', 'for', 'by', 'since', 'through']);

/**
 * What each figure measures: the counted noun, an "of" phrase, or the subject of a verb such as
 * reached, rose or killed; with the year or date of the same clause when there is one.
 */
export function attachMeasures(c: Ctx, found: Found[]): void {
  for (let n = 0; n < found.length; n++) {
    const f = found[n];
    if (DATED.has(f.kind)) continue;
    let m = f.noun ?? null;
    if (f.kind === 'age') m ??= appositiveName(c, f.s);
    else if (f.kind !== 'ordinal') {
      // Read past a bracketed conversion: "5 million pounds ($7.4 million) in aid".
      const next = found[n + 1];
      const after = next && c.t[f.e]?.norm === '(' && next.s === f.e + 1 && c.t[next.e]?.norm === ')' ? next.e + 1 : f.e;
      m ??= ofPhrase(c, after, f.s) ?? inPhrase(c, after, f.s) ?? nounOfBefore(c, f.s);
      const subject = subjectOf(c, f.s);
      if (subject && c.lex.casualty.has(subject.verb)) m = `${m ?? 'people'} ${subject.verb}`;
      else if (!m && subject) m = c.lex.transaction.has(subject.verb) ? `${subject.np} ${subject.verb}` : subject.np;
    }
    // "16.5 million viewers, up 10% from the 14.9 million": the same quantity again, or its change;
    // "sales rose 5% to $2bn": the level after the change.
    for (let back = 1; back <= 2 && !m; back++) {
      const before = found[n - back];
      if (!before || !before.measures || c.t[before.s].sentence !== c.t[f.s].sentence || f.s - before.e > 8) continue;
      const change = f.kind === 'percent' && /^(?:up|down)$/.test(wordAt(c, f.s - 1) || wordAt(c, f.s));
      const again = f.kind === 'number' && before.kind === 'count' && f.value != null && before.value != null && f.value > 0 && before.value / f.value < 10 && f.value / before.value < 10;
      const level = back === 1 && f.s - before.e === 1 && /^(?:to|from)$/.test(c.t[before.e].norm) && !before.noun;
      if (change || again || level) {
        m = before.noun ?? before.measures.replace(/, [^,]*$/, '');
        if (again) f.kind = 'count';
      }
    }
    if (m && f.kind !== 'ordinal' && f.kind !== 'age') {
      const when = nearbyDate(c, found, n);
      if (when) m = `${m}, ${when}`;
    }
    f.measures = m;
    // "5 million pounds ($7.4 million)": the conversion measures the same thing.
    const prev = found[n - 1];
    if (prev && c.t[f.s - 1]?.norm === '(' && prev.e === f.s - 1 && sameFamily(prev, f)) {
      f.conversion = true;
      f.measures = prev.measures ?? f.measures;
    }
  }
}

const sameFamily = (a: Found, b: Found): boolean => a.kind === b.kind || (a.kind === 'measure' && b.kind === 'count');

/** "Bill Gross, 65,": the name an age is told of. */
function appositiveName(c: Ctx, s: number): string | null {
  const t = c.t;
  if (t[s - 1]?.norm !== ',' || !t[s - 2]?.cap) return null;
  let k = s - 2;
  while (k - 1 >= 0 && t[k - 1].cap && t[k - 1].sentence === t[s].sentence && t[k - 1].kind === 1 && k > s - 6) k--;
  return c.text.slice(t[k].start, t[s - 2].end);
}

/** The text of a date or year right after the figure ("in 2023") or opening its clause. */
function nearbyDate(c: Ctx, found: Found[], n: number): string | null {
  const f = found[n];
  const next = found[n + 1];
  const t = c.t;
  const dated = next && (next.kind === 'year' || next.kind === 'period' || (next.kind === 'date' && !!next.date && /\d/.test(c.text.slice(t[next.s].start, t[next.e - 1].end))));
  if (next && dated && t[next.s].sentence === t[f.s].sentence && next.s - f.e <= 2) {
    const between = next.s === f.e || TIME_PREPS.has(wordAt(c, f.e));
    if (between) return c.text.slice(t[next.s].start, t[next.e - 1].end);
  }
  return null;
}
