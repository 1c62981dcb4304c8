import { endsWithAny, type QuoteLexicon } from './lexicon';
import type { QTok } from './tokens';

export type MentionKind = 'name' | 'pronoun' | 'description';

/** The words that name or refer to a speaker, as token indices [start, end). */
export interface SpeakerPhrase {
  start: number;
  end: number;
  kind: MentionKind;
  /** For names: the tokens of the name itself, titles left out. */
  nameStart: number;
  nameEnd: number;
}

export function isDeterminer(t: QTok | undefined, lex: QuoteLexicon): boolean {
  return !!t && t.kind === 'word' && lex.g.determiners.has(t.lower);
}

export function isPreposition(t: QTok | undefined, lex: QuoteLexicon): boolean {
  return !!t && t.kind === 'word' && lex.g.prepositions.has(t.lower);
}

export function isNameWord(t: QTok | undefined, lex: QuoteLexicon): boolean {
  if (!t || t.kind !== 'word' || t.quote >= 0) return false;
  if (t.cap) return !lex.g.notName.has(t.lower);
  return lex.g.particles.has(t.lower);
}

export function isPossessive(t: QTok): boolean {
  return /['’]s$/i.test(t.text) || t.text.endsWith('s’');
}

/** A plausible head of a speaker description ("spokesman", "officials", "71-year-old"). */
export function isSpeakerHead(t: QTok, lex: QuoteLexicon): boolean {
  const w = t.lower;
  if (lex.heads.has(w)) return true;
  if (endsWithAny(w, lex.g.ageSuffix)) return true;
  const singular = w.endsWith('s') ? w.slice(0, -1) : w;
  if (lex.heads.has(singular)) return true;
  return endsWithAny(w, lex.g.headSuffix);
}

/**
 * Trims a capitalised run to the name: drops leading titles and roles ("Chinese President Xi
 * Jinping" → "Xi Jinping"), keeping at least one word.
 */
function nameBounds(toks: readonly QTok[], start: number, end: number, lex: QuoteLexicon): [number, number] {
  let s = start;
  for (let k = start; k < end - 1; k++) if (lex.titles.has(toks[k].lower)) s = k + 1;
  return [s, end];
}

function wordish(t: QTok | undefined): boolean {
  return !!t && t.kind === 'word' && t.quote < 0;
}

/**
 * The speaker phrase that ends at token `j` (inclusive), reading leftwards from a speech verb:
 * a pronoun ("he"), a name ("Chinese President Xi Jinping"), a description ("the Chinese
 * leader", "a spokeswoman for the State Department"), or a relative "who" resolved to the
 * phrase before it ("Premier Li Qiang — China’s number two official — who said").
 */
export function phraseBefore(toks: readonly QTok[], j: number, floor: number, lex: QuoteLexicon, isVerb: (k: number) => boolean): SpeakerPhrase | null {
  if (j < floor || !wordish(toks[j])) return null;
  const t = toks[j];
  const pro = lex.pronouns.get(t.lower);
  if (pro === 'relative') {
    if (!lex.g.relativePerson.has(t.lower)) return null;
    let m = j - 1;
    const sep = toks[m];
    if (sep && sep.kind === 'punct' && '—–-'.includes(sep.text)) {
      // "X — an aside — who said": skip back over the aside.
      for (let d = m - 1; d >= floor && d >= m - 20; d--) {
        if (toks[d].kind === 'punct' && toks[d].text === sep.text) {
          m = d;
          break;
        }
      }
    }
    if (toks[m] && toks[m].kind === 'punct' && ',—–-('.includes(toks[m].text)) m--;
    return phraseBefore(toks, m, floor, lex, isVerb);
  }
  if (pro && !lex.g.relative.has(t.lower)) {
    // "he", "she", "they"; not "it" as a quoted thing unless nothing else
    return { start: j, end: j + 1, kind: 'pronoun', nameStart: j, nameEnd: j + 1 };
  }
  if (isNameWord(t, lex) && !isPossessive(t)) {
    let s = j;
    while (s - 1 >= floor && s > j - 6 && isNameWord(toks[s - 1], lex) && !isPossessive(toks[s - 1])) s--;
    // Skip a leading particle ("de" at the start is not a name).
    while (s < j && !toks[s].cap) s++;
    const [ns, ne] = nameBounds(toks, s, j + 1, lex);
    // Extend to lower-case roles written before the name ("presidential candidate Donald Trump").
    let ps = s;
    while (ps - 1 >= floor && ps > s - 4 && wordish(toks[ps - 1]) && !toks[ps - 1].cap && lex.titles.has(toks[ps - 1].lower)) ps--;
    // "a spokeswoman for the State Department": the speaker is the spokeswoman.
    const climbed = climbPreposition(toks, ps, j, floor, lex, isVerb);
    if (climbed) return climbed;
    return { start: ps, end: j + 1, kind: 'name', nameStart: ns, nameEnd: ne };
  }
  // A description: words back to a determiner or a possessive.
  if (lex.g.conjunctions.has(t.lower)) return null;
  // "Dazu", "Meanwhile": a capitalised word that never names anyone is no speaker either.
  if (t.cap && lex.g.notName.has(t.lower)) return null;
  if (!t.cap && (t.lower.length < 2 || isVerb(j) || lex.auxiliary.has(t.lower) || isPreposition(t, lex) || lex.g.determiners.has(t.lower))) return null;
  let s = j;
  let found = false;
  for (let k = j - 1; k >= floor && k >= j - 6; k--) {
    const u = toks[k];
    if (!wordish(u) || isVerb(k) || isPreposition(u, lex) || lex.g.conjunctions.has(u.lower)) break;
    if (lex.g.determiners.has(u.lower)) {
      s = k;
      found = true;
      break;
    }
    if (isPossessive(u)) {
      s = k;
      // "Putin’s spokesman": the possessor's name is part of the description.
      while (s - 1 >= floor && isNameWord(toks[s - 1], lex) && s > k - 3) s--;
      found = true;
      break;
    }
    if (lex.pronouns.has(u.lower) || lex.auxiliary.has(u.lower)) break;
    s = k;
  }
  if (!found && !isSpeakerHead(t, lex) && !t.cap) return null;
  if (!found && s < j && !isSpeakerHead(t, lex)) return null;
  // "a spokesman for the campaign": climb over the prepositional phrase.
  const climbed = climbPreposition(toks, s, j, floor, lex, isVerb);
  if (climbed) return climbed;
  if (t.cap && s === j) {
    const [ns, ne] = nameBounds(toks, s, j + 1, lex);
    return { start: s, end: j + 1, kind: 'name', nameStart: ns, nameEnd: ne };
  }
  return { start: s, end: j + 1, kind: 'description', nameStart: s, nameEnd: j + 1 };
}

/** "a spokesman for X", "an aide to X": the description before a preposition that ends at j. */
function climbPreposition(toks: readonly QTok[], s: number, j: number, floor: number, lex: QuoteLexicon, isVerb: (k: number) => boolean): SpeakerPhrase | null {
  // The determiner of the object ("the State Department") belongs to it.
  let p = s - 1;
  if (isDeterminer(toks[p], lex) && p - 1 >= floor) p--;
  if (!isPreposition(toks[p], lex) || p - 1 < floor || !lex.g.climbPrepositions.has(toks[p].lower)) return null;
  const head = phraseBefore(toks, p - 1, floor, lex, isVerb);
  if (head && head.kind === 'description' && isSpeakerHead(toks[head.end - 1], lex) && !toks[head.end - 1].cap) {
    return { start: head.start, end: j + 1, kind: 'description', nameStart: head.start, nameEnd: j + 1 };
  }
  return null;
}

/**
 * The speaker phrase that starts at token `k`, reading rightwards (after an inverted verb,
 * "said Robert Stone, a retiree", or before a verb, "the Chinese leader added"). Stops at
 * punctuation, a verb or a clause word; up to 10 words.
 */
export function phraseAfter(toks: readonly QTok[], k: number, limit: number, lex: QuoteLexicon, isVerb: (k: number) => boolean): SpeakerPhrase | null {
  if (k >= limit || !wordish(toks[k])) return null;
  const first = toks[k];
  const pro = lex.pronouns.get(first.lower);
  if (pro && pro !== 'relative') return { start: k, end: k + 1, kind: 'pronoun', nameStart: k, nameEnd: k + 1 };
  if (lex.g.stopForward.has(first.lower) || isVerb(k) || lex.auxiliary.has(first.lower)) return null;
  let e = k;
  while (e < limit && e < k + 10 && wordish(toks[e]) && !isVerb(e) && !(e > k && (lex.auxiliary.has(toks[e].lower) || lex.g.stopForward.has(toks[e].lower)))) {
    if (lex.pronouns.has(toks[e].lower) && e > k) break;
    // Where every noun is capitalised (German), a lower-case word after a name ends the phrase:
    // the object ("sieht Brandt einen …"), a verb particle ("stellte Kramer fest"), an adverb;
    // a name particle ("von") or a genitive that belongs to the name ("Sprecher des Ministeriums") does not.
    if (e > k && toks[e - 1].cap && !toks[e].cap && !lex.g.particles.has(toks[e].lower) && !lex.g.genitive.has(toks[e].lower) && lex.g.flags.has('nouns-capitalised')) break;
    e++;
  }
  if (e === k) return null;
  // Trailing prepositions are not part of the phrase ("X in a statement" is handled by the caller).
  let end = e;
  // Cut at the first preposition after a name ("Trump in Iowa"), but keep "spokesman for X".
  let headed = false;
  for (let m = k + 1; m < end; m++) {
    if (isPreposition(toks[m], lex)) {
      if (!isSpeakerHead(toks[m - 1], lex) || toks[m - 1].cap) {
        end = m;
        break;
      }
      headed = true;
    }
  }
  const last = toks[end - 1];
  if (headed) return { start: k, end, kind: 'description', nameStart: k, nameEnd: end };
  if (isNameWord(last, lex) || (last.cap && end - k === 1)) {
    let s = end - 1;
    while (s - 1 >= k && isNameWord(toks[s - 1], lex) && !isPossessive(toks[s - 1])) s--;
    while (s < end - 1 && !toks[s].cap) s++;
    const [ns, ne] = nameBounds(toks, s, end, lex);
    return { start: k, end, kind: 'name', nameStart: ns, nameEnd: ne };
  }
  if (!isSpeakerHead(last, lex) || isPreposition(last, lex) || isDeterminer(last, lex)) return null;
  return { start: k, end, kind: 'description', nameStart: k, nameEnd: end };
}
