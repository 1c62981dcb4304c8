import { accordingAt } from './cues';
import type { Cues } from './attribute';
import type { DirectQuote } from './direct';
import { type QTok, tokenAt } from './tokens';

/**
 * Where the press marks quoted fragments as quotes of their own (the pack's quoted-fragments flag:
 * German), a fragment with no speech cue of its own is still speech when its sentence reports
 * speech and the fragment reads as words said rather than a name:
 * - the sentence reports speech: a speech verb or an according-to cue stands in it (before the
 *   fragment or after it: "als „falsch“ zurückgewiesen"), a verb in the reported mood does ("Es
 *   sei „völlig unrealistisch“", the pack's [reported-mood]), or the fragment lies inside a
 *   reported clause;
 * - the fragment reads as words said: it opens with a lower-case word ("„völlig unrealistisch“"),
 *   or a word that introduces a characterisation stands before it ("nannte den Bericht eine
 *   „Zeitungsente“", "bezeichnete die Pläne als „Wortbruch“", the pack's [fragment-openers]);
 *   a capitalised fragment after anything else is a name ("die Zeitung „Die Welt“"), unless it
 *   runs on as a phrase with lower-case words in a sentence in the reported mood.
 * Bounded: the sentence scan stops at the sentence limits (at most 60 tokens back, 80 ahead).
 */
export function speechFragment(toks: readonly QTok[], cues: Cues, d: DirectQuote, inClause: boolean): boolean {
  const g = cues.lex.g;
  const oi = tokenAt(toks, d.parts[0]?.start ?? d.start) - 1;
  const open = toks[oi];
  if (!open || open.kind !== 'open') return false;
  if (!readsAsSaid(toks, oi, g.fragmentOpeners)) {
    // Capitalised words that run on as a phrase ("„Sanktionen zu tun oder militärischen Aktionen“")
    // inside reported speech.
    return phraseLike(toks, oi) && (inClause || reportsSpeech(toks, cues, oi, true));
  }
  if (inClause || ['inside', 'according', 'after', 'before', 'colon'].includes(d.attribution.how)) return true;
  return reportsSpeech(toks, cues, oi);
}

/** The words in the marks of a one-part quote, when they are a short name: no sentence end, at most `max` words. */
function shortName(d: DirectQuote, max: number): string | null {
  if (d.parts.length !== 1) return null;
  const inner = d.parts[0].text.trim();
  return /[.!?…]["'“”»«]*$/.test(inner) || inner.split(/\s+/).length > max ? null : inner;
}

/** The first token after the marks that open at token oi. */
function afterMarks(toks: readonly QTok[], oi: number): number {
  const q = toks[oi]?.quote ?? -1;
  let ci = oi + 1;
  while (ci < toks.length && toks[ci].quote === q) ci++;
  return ci;
}

/** Three words or more in the marks, one of them a lower-case word of four letters or more. */
function phraseLike(toks: readonly QTok[], oi: number): boolean {
  const q = toks[oi].quote;
  let words = 0;
  let lower = false;
  for (let k = oi + 1; k < toks.length && toks[k].quote === q && k < oi + 40; k++) {
    const t = toks[k];
    if (t.kind !== 'word') continue;
    words++;
    if (!t.cap && t.text.length >= 4 && /^\p{Ll}/u.test(t.text)) lower = true;
  }
  return words >= 3 && lower;
}

/** A noun that names what follows stands right before the mark ("die NDR-Sendung „kassensturz“"): the last part of a compound counts. */
export function namedBy(toks: readonly QTok[], oi: number, nouns: ReadonlySet<string>): boolean {
  const prev = toks[oi - 1];
  if (!prev || prev.kind !== 'word' || prev.quote >= 0 || prev.paragraph !== toks[oi].paragraph) return false;
  return nouns.has(prev.lower) || nouns.has(prev.lower.slice(prev.lower.lastIndexOf('-') + 1));
}

/** The quoted words open with a lower-case letter, or follow a characterising word (or two: "sprach von"). */
function readsAsSaid(toks: readonly QTok[], oi: number, openers: ReadonlySet<string>): boolean {
  const q = toks[oi].quote;
  for (let k = oi + 1; k < toks.length && toks[k].quote === q && k < oi + 4; k++) {
    const t = toks[k];
    if (t.kind !== 'word') continue;
    if (!t.cap && /^\p{Ll}/u.test(t.text)) return true;
    break;
  }
  const prev = toks[oi - 1];
  if (!prev || prev.kind !== 'word' || prev.quote >= 0 || prev.paragraph !== toks[oi].paragraph) return false;
  const before = toks[oi - 2];
  return openers.has(prev.lower) || (!!before && before.kind === 'word' && openers.has(`${before.lower} ${prev.lower}`));
}

/** A speech verb (before or after the fragment: "als „Fest“ bezeichnete"), a reported-mood verb or an according-to cue outside quotes in the sentence of token oi. */
function reportsSpeech(toks: readonly QTok[], cues: Cues, oi: number, moodOnly = false): boolean {
  const mood = cues.lex.g.reportedMood;
  const from = cues.sentenceFloor(oi);
  const to = cues.sentenceLimit(oi);
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (t.quote >= 0 || t.kind !== 'word') continue;
    if (mood.has(t.lower) || (!moodOnly && (accordingAt(toks, k, cues.lex) > 0 || cues.verb(k)))) return true;
  }
  return false;
}

/**
 * A short name after a colon whose sentence has no speech verb, not a quote: "Ihr erstes großes
 * Bild entstand 1984: „La Nuit Blanche“", "Die Band stellte ihre neue CD vor: „Have a nice
 * day“". Words said after a colon end as a sentence does ("Sommer zum neuen Album: „Ich bleibe.“").
 */
export function colonName(toks: readonly QTok[], cues: Cues, d: DirectQuote): boolean {
  const oi = tokenAt(toks, d.start) - 1;
  const colon = toks[oi - 1];
  if (!colon || colon.text !== ':' || colon.quote >= 0 || shortName(d, 6) === null) return false;
  for (let k = cues.sentenceFloor(oi - 1); k < oi - 1; k++) if (toks[k].quote < 0 && cues.verb(k)) return false;
  return true;
}

/** Quoted words that are the first part of a compound ("die „Save Our Sharks“-Kampagne", "ein „Tagesblatt“-Korrespondent"): a name. */
export function compoundPart(text: string, d: DirectQuote): boolean {
  const last = d.parts[d.parts.length - 1];
  let e = last.end;
  // Past the closing mark (one or two characters).
  while (e < text.length && e < last.end + 2 && "\"'“”‘’«»‹›".includes(text[e])) e++;
  return text[e] === '-' && /\p{L}/u.test(text[e + 1] ?? '');
}

/**
 * A short quoted name standing as the subject or object of a speech verb right beside it: "Wie
 * „netzwelt aktuell“ berichtet", "schrieb „Der Morgen“ in einem Nachruf", "Der Bericht nennt
 * „Twitter“". Words said are introduced by a colon or a comma, not written against the verb.
 */
export function verbsName(toks: readonly QTok[], cues: Cues, d: DirectQuote): boolean {
  const inner = shortName(d, 5);
  if (inner === null) return false;
  const oi = tokenAt(toks, d.start) - 1;
  const ci = afterMarks(toks, oi);
  // a verb after the marks, past one adverb ("heute mitteilte"), after "wie" or a definite article
  const before = toks[oi - 1];
  const subject = !before || before.paragraph !== toks[oi].paragraph || before.kind !== 'word' || cues.lex.g.definite.has(before.lower) || cues.lex.accordingAfterComma.has(before.lower);
  for (let k = ci; subject && k < toks.length && k < ci + 2; k++) {
    const t = toks[k];
    if (t.kind !== 'word' || t.quote >= 0 || t.paragraph !== toks[oi].paragraph) break;
    const v = cues.verb(k);
    if (v && v.kind !== 'belief') return true;
  }
  // a verb right before the marks, capitalised words in them
  const v = toks[oi - 1] && toks[oi - 1].quote < 0 ? cues.verb(oi - 1) : null;
  return !!v && !v.passive && v.kind !== 'belief' && /^\p{Lu}/u.test(inner);
}

/**
 * One of a list of quoted names ("Stücke wie „Von Kopf bis Fuß“, „Mein Gorilla“ und „Singin' in
 * the Rain“"): a short capitalised span with another quote right before or after it, across a
 * comma or a conjunction.
 */
export function listedName(toks: readonly QTok[], cues: Cues, d: DirectQuote): boolean {
  const inner = shortName(d, 8);
  if (inner === null || !/^\p{Lu}/u.test(inner)) return false;
  const oi = tokenAt(toks, d.start) - 1;
  const q = toks[oi]?.quote ?? -1;
  const ci = afterMarks(toks, oi);
  const joins = (t: QTok | undefined) => !!t && t.quote < 0 && (t.text === ',' || cues.lex.g.coordinators.has(t.lower) || t.lower === 'oder');
  const quoteAt = (t: QTok | undefined) => !!t && t.quote >= 0 && t.quote !== q;
  return (joins(toks[ci]) && quoteAt(toks[ci + 1])) || (joins(toks[oi - 1]) && quoteAt(toks[oi - 2]));
}
