import { type Ctx, type Found, wordAt } from './found';
import { ofPhrase, subjectOf } from './nouns';

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
    if (!m && f.kind !== 'ordinal') m = ofPhrase(c, f.e, f.s);
    const subject = f.kind === 'ordinal' || f.kind === 'age' ? null : subjectOf(c, f.s);
    if (subject && c.lex.casualty.has(subject.verb)) m = `${m ?? 'people'} ${subject.verb}`;
    else if (!m && subject) m = subject.np;
    if (m && f.kind !== 'ordinal' && f.kind !== 'age') {
      const when = nearbyDate(c, found, n);
      if (when) m = `${m}, ${when}`;
    }
    f.measures = m;
  }
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
