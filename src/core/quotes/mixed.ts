import type { Cues } from './attribute';
import { clauseEnd } from './clause-end';
import type { DirectQuote } from './direct';
import type { ReportedClause } from './indirect';
import { precededBy, type QTok, tokenAt } from './tokens';

/**
 * Mixed speech the clause rules missed: a quoted fragment governed by a speech verb earlier in its
 * sentence ("Bush described his leadership skills as a “work in progress.”", "Cruz blamed the law
 * on “knuckleheaded Democratic politicians.”") makes the words from the verb to the end of the
 * clause, fragment included, a reported clause with quoted words. Fragments already inside a
 * clause, and clauses that would overlap one, are left alone. Linear: one pass over the quotes,
 * and the tokens of each clause once.
 */
export function governedClauses(direct: readonly DirectQuote[], found: readonly ReportedClause[], toks: readonly QTok[], cues: Cues): ReportedClause[] {
  const taken = new Uint8Array(toks.length);
  for (const r of found) for (let k = r.start; k < r.end; k++) taken[k] = 1;
  const out: ReportedClause[] = [];
  for (const d of direct) {
    const a = d.attribution;
    if (!d.partial || a.how !== 'inside' || !a.phrase || a.cueEnd <= 0 || d.parts.length !== 1) continue;
    // Gestures ("Merkel greeting Macron as a “dear colleague”") report nothing of their own.
    const v = cues.verb(a.cueStart);
    if (!v || v.passive || cues.lex.gestureVerbs.has(v.lemma)) continue;
    const oi = tokenAt(toks, d.start) - 1;
    const ci = tokenAt(toks, d.end);
    if (oi < a.cueEnd || ci >= toks.length || oi - a.cueEnd > 25) continue;
    // Words shown or named ("a box labeled “…”", "chants of “…”") are not reported speech.
    if (precededBy(toks, oi, cues.lex.displayCues)) continue;
    // The nearest speech verb before the fragment introduces it ("noted her years in the Senate,
    // saying “we faced hard times together.”"), not the outermost one.
    let start = a.cueEnd;
    for (let k = oi - 1; k >= a.cueEnd && k > oi - 12; k--) {
      const near = toks[k].quote < 0 ? cues.verb(k) : null;
      if (near && !near.passive && near.end <= oi) {
        start = near.end;
        break;
      }
    }
    const limit = cues.sentenceLimit(a.cueStart);
    if (ci >= limit) continue;
    let end = clauseEnd(toks, cues, start, limit);
    if (end <= ci) end = ci + 1;
    let free = true;
    let words = 0;
    let quoted = 0;
    for (let k = start; k < end && free; k++) {
      if (taken[k]) free = false;
      if (toks[k].kind !== 'word') continue;
      words++;
      if (toks[k].quote >= 0) quoted++;
    }
    // "Elliott said “there is no greater man …”": quoted words that are more than half the clause
    // are a direct quote the verb introduces, not mixed speech ("called Trump “unhinged”" is mixed).
    // A quote that opens right after its verb ("declares ‘revolution,’ …") is introduced by it.
    if (!free || start === oi || quoted * 2 > words) continue;
    for (let k = start; k < end; k++) taken[k] = 1;
    out.push({ start, end, attribution: a, mixed: true, form: 'mixed' });
  }
  return out;
}
