import { accordingAt } from './cues';
import type { Cues } from './attribute';
import type { DirectQuote } from './direct';
import { type QTok, tokenAt } from './tokens';

/**
 * Where the press marks quoted fragments as quotes of their own (the pack's quoted-fragments flag:
 * German), a fragment with no speech cue of its own is still speech when its sentence reports
 * speech and the fragment reads as words said rather than a name:
 * - the sentence reports speech: a speech verb or an according-to cue stands in it (the
 *   attribution found one), a verb in the reported mood does ("Es sei „völlig unrealistisch“",
 *   the pack's [reported-mood]), or the fragment lies inside a reported clause;
 * - the fragment reads as words said: it opens with a lower-case word ("„völlig unrealistisch“"),
 *   or a word that introduces a characterisation stands before it ("nannte den Bericht eine
 *   „Zeitungsente“", "bezeichnete die Pläne als „Wortbruch“", the pack's [fragment-openers]);
 *   a capitalised fragment after anything else is a name ("die Zeitung „Die Welt“").
 * Bounded: the sentence scan stops at the sentence limits (at most 60 tokens back, 80 ahead).
 */
export function speechFragment(toks: readonly QTok[], cues: Cues, d: DirectQuote, inClause: boolean): boolean {
  const g = cues.lex.g;
  const oi = tokenAt(toks, d.parts[0]?.start ?? d.start) - 1;
  const open = toks[oi];
  if (!open || open.kind !== 'open') return false;
  if (!readsAsSaid(toks, oi, g.fragmentOpeners)) return false;
  if (inClause || ['inside', 'according', 'after', 'before', 'colon'].includes(d.attribution.how)) return true;
  return reportsSpeech(toks, cues, oi);
}

/** The quoted words open with a lower-case letter, or follow a characterising word. */
function readsAsSaid(toks: readonly QTok[], oi: number, openers: ReadonlySet<string>): boolean {
  const q = toks[oi].quote;
  for (let k = oi + 1; k < toks.length && toks[k].quote === q && k < oi + 4; k++) {
    const t = toks[k];
    if (t.kind !== 'word') continue;
    if (!t.cap && /^\p{Ll}/u.test(t.text)) return true;
    break;
  }
  const prev = toks[oi - 1];
  return !!prev && prev.kind === 'word' && prev.quote < 0 && prev.paragraph === toks[oi].paragraph && openers.has(prev.lower);
}

/** A reported-mood verb or an according-to cue outside quotes in the sentence of token oi. */
function reportsSpeech(toks: readonly QTok[], cues: Cues, oi: number): boolean {
  const mood = cues.lex.g.reportedMood;
  const from = cues.sentenceFloor(oi);
  const to = cues.sentenceLimit(oi);
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (t.quote >= 0 || t.kind !== 'word') continue;
    if (mood.has(t.lower) || accordingAt(toks, k, cues.lex) > 0) return true;
  }
  return false;
}
