import type { QuoteLexicon } from './lexicon';
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

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'one', 'another', 'some', 'many', 'several', 'most', 'other', 'both', 'all', 'each', 'two', 'three', 'four', 'five', 'few', 'no', 'any', 'every']);
const PREPOSITIONS = new Set(['for', 'of', 'at', 'from', 'with', 'to', 'in', 'on', 'inside', 'within', 'close']);
const PARTICLES = new Set(['de', 'da', 'van', 'von', 'bin', 'al', 'le', 'la', 'del', 'di', 'du', 'der', 'den', 'dos', 'das', 'el', 'ibn', 'ben', 'st.', 'jr.', 'jr', 'sr.', 'sr', 'ii', 'iii']);
/** Capitalised words that start sentences but never names. */
const NOT_NAME = new Set([
  'the', 'a', 'an', 'but', 'and', 'or', 'so', 'then', 'in', 'on', 'at', 'as', 'if', 'when', 'while', 'after', 'before', 'this', 'that', 'these', 'those', 'it',
  'there', 'here', 'yet', 'still', 'also', 'now', 'for', 'with', 'to', 'of', 'by', 'from', 'because', 'though', 'although', 'meanwhile', 'however', 'asked',
  'speaking', 'writing', 'according', 'said', 'says', 'told', 'added', 'i', 'we', 'he', 'she', 'they', 'you', 'his', 'her', 'their', 'our', 'my', 'its',
  'later', 'earlier', 'hours', 'days', 'weeks', 'months', 'years', 'moments', 'minutes', 'instead', 'yesterday', 'today', 'tonight', 'afterward',
  'afterwards', 'even', 'only', 'last', 'next', 'first', 'during', 'since', 'until', 'despite', 'following', 'like', 'unlike', 'why', 'what', 'how',
  'where', 'who', 'not', 'no', 'yes', 'having', 'being', 'asked', 'speaking', 'told',
  'jan', 'jan.', 'feb', 'feb.', 'mar', 'mar.', 'apr', 'apr.', 'jun', 'jun.', 'jul', 'jul.', 'aug', 'aug.', 'sept', 'sept.', 'sep', 'sep.', 'oct', 'oct.', 'nov', 'nov.', 'dec', 'dec.',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'all', 'some', 'many', 'most', 'both', 'each', 'every', 'one', 'two', 'just', 'again', 'finally', 'indeed',
]);
const CONJUNCTIONS = new Set(['and', 'or', 'but', 'nor', 'so', 'yet', 'than', 'as', 'if', 'because', 'when', 'while', 'where', 'whether', 'though', 'although']);
const RELATIVE = new Set(['who', 'which', 'that']);
const STOP_FORWARD = new Set(['that', 'who', 'which', 'when', 'while', 'as', 'and', 'but', 'because', 'after', 'before', 'if', 'is', 'was', 'were', 'are', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'be', 'been']);

export function isDeterminer(t: QTok | undefined): boolean {
  return !!t && t.kind === 'word' && DETERMINERS.has(t.lower);
}

export function isPreposition(t: QTok | undefined): boolean {
  return !!t && t.kind === 'word' && PREPOSITIONS.has(t.lower);
}

export function isNameWord(t: QTok | undefined): boolean {
  if (!t || t.kind !== 'word' || t.quote >= 0) return false;
  if (t.cap) return !NOT_NAME.has(t.lower);
  return PARTICLES.has(t.lower);
}

export function isPossessive(t: QTok): boolean {
  return /['’]s$/i.test(t.text) || t.text.endsWith('s’');
}

/** A plausible head of a speaker description ("spokesman", "officials", "71-year-old"). */
export function isSpeakerHead(t: QTok, lex: QuoteLexicon): boolean {
  const w = t.lower;
  if (lex.heads.has(w)) return true;
  if (w.endsWith('year-old') || w.endsWith('year-olds')) return true;
  const singular = w.endsWith('s') ? w.slice(0, -1) : w;
  if (lex.heads.has(singular)) return true;
  return /(?:er|or|ist|ian|ant|ent|man|woman|men|women|ers|ors|ists|ians|ants|ents)$/.test(w);
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
    if (t.lower !== 'who') return null;
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
  if (pro && !RELATIVE.has(t.lower)) {
    // "he", "she", "they"; not "it" as a quoted thing unless nothing else
    return { start: j, end: j + 1, kind: 'pronoun', nameStart: j, nameEnd: j + 1 };
  }
  if (isNameWord(t) && !isPossessive(t)) {
    let s = j;
    while (s - 1 >= floor && s > j - 6 && isNameWord(toks[s - 1]) && !isPossessive(toks[s - 1])) s--;
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
  if (CONJUNCTIONS.has(t.lower)) return null;
  if (!t.cap && (t.lower.length < 2 || isVerb(j) || lex.auxiliary.has(t.lower) || isPreposition(t) || DETERMINERS.has(t.lower))) return null;
  let s = j;
  let found = false;
  for (let k = j - 1; k >= floor && k >= j - 6; k--) {
    const u = toks[k];
    if (!wordish(u) || isVerb(k) || isPreposition(u) || CONJUNCTIONS.has(u.lower)) break;
    if (DETERMINERS.has(u.lower)) {
      s = k;
      found = true;
      break;
    }
    if (isPossessive(u)) {
      s = k;
      // "Putin’s spokesman": the possessor's name is part of the description.
      while (s - 1 >= floor && isNameWord(toks[s - 1]) && s > k - 3) s--;
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
  if (isDeterminer(toks[p]) && p - 1 >= floor) p--;
  if (!isPreposition(toks[p]) || p - 1 < floor || !['for', 'of', 'to', 'at', 'with', 'from'].includes(toks[p].lower)) return null;
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
  if (STOP_FORWARD.has(first.lower) || isVerb(k) || lex.auxiliary.has(first.lower)) return null;
  let e = k;
  while (e < limit && e < k + 10 && wordish(toks[e]) && !isVerb(e) && !(e > k && (lex.auxiliary.has(toks[e].lower) || STOP_FORWARD.has(toks[e].lower)))) {
    if (lex.pronouns.has(toks[e].lower) && e > k) break;
    e++;
  }
  if (e === k) return null;
  // Trailing prepositions are not part of the phrase ("X in a statement" is handled by the caller).
  let end = e;
  // Cut at the first preposition after a name ("Trump in Iowa"), but keep "spokesman for X".
  let headed = false;
  for (let m = k + 1; m < end; m++) {
    if (isPreposition(toks[m])) {
      if (!isSpeakerHead(toks[m - 1], lex) || toks[m - 1].cap) {
        end = m;
        break;
      }
      headed = true;
    }
  }
  const last = toks[end - 1];
  if (headed) return { start: k, end, kind: 'description', nameStart: k, nameEnd: end };
  if (isNameWord(last) || (last.cap && end - k === 1)) {
    let s = end - 1;
    while (s - 1 >= k && isNameWord(toks[s - 1]) && !isPossessive(toks[s - 1])) s--;
    while (s < end - 1 && !toks[s].cap) s++;
    const [ns, ne] = nameBounds(toks, s, end, lex);
    return { start: k, end, kind: 'name', nameStart: ns, nameEnd: ne };
  }
  if (!isSpeakerHead(last, lex) || isPreposition(last) || isDeterminer(last)) return null;
  return { start: k, end, kind: 'description', nameStart: k, nameEnd: end };
}
