import type { TextDoc } from '../text/document';
import { type ParticipantLexicon, type PlaceKind, placeOf } from './lexicon';

/** How a word is written. */
export type Shape = 'lower' | 'title' | 'upper' | 'mixed' | 'other';

/** Upper-case (1), lower-case (-1) or caseless (0) code unit; ASCII fast, the rest by Unicode. */
function caseOf(ch: string, c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? 1 : c >= 97 && c <= 122 ? -1 : 0;
  const lo = ch.toLowerCase();
  const up = ch.toUpperCase();
  return lo === up ? 0 : ch === up ? 1 : -1;
}

/** The shape of a word from its letters: "Xi" title, "AFP" upper, "McDonald" mixed, "3rd" other. */
export function shapeOf(word: string): Shape {
  const c0 = word.charCodeAt(0);
  const first = caseOf(word.charAt(0), c0);
  if (first === 0) return 'other';
  if (first < 0) return 'lower';
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < word.length; i++) {
    const k = caseOf(word[i], word.charCodeAt(i));
    if (k > 0) upper++;
    else if (k < 0) lower++;
  }
  if (lower === 0) return upper >= 2 ? 'upper' : 'title';
  return upper === 1 ? 'title' : 'mixed';
}

/**
 * What the document itself says about each word's case: how often it is written in lower case,
 * and how often capitalised where capitals carry meaning (not at a sentence start, not in an
 * all-caps headline). Built in one pass over the tokens.
 */
export interface CaseProfile {
  /** Per sentence: written in capitals throughout (a headline or a dateline). */
  capsSentence: boolean[];
  /** Per token: capitalisation is no evidence here (sentence start, after a quote mark or colon). */
  initial: boolean[];
  lower: Map<string, number>;
  capMid: Map<string, number>;
  /** Capitalised mid-sentence with no capitalised neighbour: a name on its own ("Cricket" in "Test and County Cricket Board" is not). */
  capSolo: Map<string, number>;
  /** Pairs of capitalised words written side by side mid-sentence ("kevin brown"). */
  capBigrams: Set<string>;
  /** The capitalised form seen mid-sentence, when there is one ("Leicestershire", "NATO"). */
  form: Map<string, string>;
  /** Per token: its shape (shapeOf its text), computed once. */
  shapes: Shape[];
}

const OPENING = /[“"‘'(\[:—–]|(?:^|\s)-(?:\s|$)|\.\.\.|…/;

/** OPENING.test(text.slice(a, b)), without the slice when the gap is one space (most gaps). */
function opening(text: string, a: number, b: number): boolean {
  if (b === a + 1 && text.charCodeAt(a) === 32) return false;
  return OPENING.test(text.slice(a, b));
}

/** The core of a token: without a possessive "'s" / "’s" / trailing apostrophe. */
export function coreOf(word: string): string {
  const n = word.length;
  if (n > 2 && (word[n - 2] === "'" || word[n - 2] === '’') && (word[n - 1] === 's' || word[n - 1] === 'S')) return word.slice(0, n - 2);
  return word;
}

const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

export function caseProfile(doc: TextDoc, lex: ParticipantLexicon): CaseProfile {
  const { tokens, sentences, text } = doc;
  const shapes = new Array<Shape>(tokens.length);
  for (let t = 0; t < tokens.length; t++) shapes[t] = shapeOf(tokens[t].text);
  const capsSentence = new Array<boolean>(sentences.length).fill(false);
  for (let s = 0; s < sentences.length; s++) {
    let alpha = 0;
    let upper = 0;
    // Title case: "San Bernardino Terror Suspect Named By Police": long words all capitalised,
    // function words too.
    let long = 0;
    let longCap = 0;
    let capStop = 0;
    const a = doc.sentenceTokenStart[s];
    for (let t = a; t < doc.sentenceTokenStart[s + 1]; t++) {
      const sh = shapes[t];
      if (sh === 'other') continue;
      alpha++;
      if (sh === 'upper' || (sh === 'title' && tokens[t].text.length === 1)) upper++;
      if (tokens[t].text.length >= 4) {
        long++;
        if (sh !== 'lower') longCap++;
      }
      if (t > a && sh === 'title' && tokens[t].text.length >= 2 && lex.stopwords.has(tokens[t].norm)) capStop++;
    }
    const titleCase = long >= 4 && longCap === long && capStop >= 1;
    capsSentence[s] = titleCase || (alpha > 0 && upper >= 0.7 * alpha && (alpha >= 2 || sentences[s].text.length < 40));
  }
  const initial = new Array<boolean>(tokens.length).fill(false);
  const lower = new Map<string, number>();
  const capMid = new Map<string, number>();
  const capSolo = new Map<string, number>();
  const capBigrams = new Set<string>();
  const capitalised = (t: number) => t >= 0 && t < tokens.length && shapes[t] !== 'lower' && shapes[t] !== 'other';
  const form = new Map<string, string>();
  for (let s = 0; s < sentences.length; s++) {
    const a = doc.sentenceTokenStart[s];
    const b = doc.sentenceTokenStart[s + 1];
    let prevEnd = sentences[s].start;
    let firstWord = true;
    for (let t = a; t < b; t++) {
      const tok = tokens[t];
      const gapStart = prevEnd;
      prevEnd = tok.end;
      const sh = shapes[t];
      if (sh === 'other') continue;
      const isInitial = firstWord || opening(text, gapStart, tok.start);
      firstWord = false;
      initial[t] = isInitial;
      if (capsSentence[s]) continue;
      const core = coreOf(tok.norm);
      if (sh === 'lower') inc(lower, core);
      else if (!isInitial) {
        inc(capMid, core);
        if (!(t > a && capitalised(t - 1)) && !(t + 1 < b && capitalised(t + 1))) inc(capSolo, core);
        if (t > a && capitalised(t - 1)) capBigrams.add(`${coreOf(tokens[t - 1].norm)} ${core}`);
        if (!form.has(core)) form.set(core, coreOf(tok.text));
      }
    }
  }
  return { capsSentence, initial, lower, capMid, capSolo, capBigrams, form, shapes };
}

/**
 * Whether a word written in capitals in a headline would be capitalised in running text: the
 * document's own usage first, then the lexicons.
 */
export function capitalisedInRunningText(norm: string, profile: CaseProfile, lex: ParticipantLexicon): boolean {
  if (lex.stopwords.has(norm)) return false;
  // An ordinary word counts as a name only where the text capitalises it on its own.
  const cap = (isCommon(norm, lex) ? profile.capSolo : profile.capMid).get(norm) ?? 0;
  const low = profile.lower.get(norm) ?? 0;
  if (cap > 0 && cap >= low) return true;
  if (low > 0) return false;
  if (placeOf(lex, norm) || lex.knownOrgs.has(norm) || lex.demonyms.has(norm)) return true;
  if (lex.firstNames.has(norm) || lex.surnames.has(norm)) return !lex.common.has(norm);
  if (isCommon(norm, lex) || lex.miscWords.has(norm) || lex.g.capsUnknownNoName) return false;
  return /^\p{L}/u.test(norm);
}

/**
 * Whether a capitalised word at a sentence start (where capitals say nothing) is a name: the
 * document's usage first, then the lexicons.
 */
export function nameAtSentenceStart(norm: string, profile: CaseProfile, lex: ParticipantLexicon, nextIsName: boolean): boolean {
  if (lex.stopwords.has(norm) || contraction(norm, lex)) return false;
  const cap = profile.capMid.get(norm) ?? 0;
  const low = profile.lower.get(norm) ?? 0;
  if (cap > 0 && cap >= low) return true;
  if (low > 1 || (low > 0 && cap === 0 && !nextIsName)) return false;
  if (/^i['’]/.test(norm)) return false;
  const common = isCommon(norm, lex);
  if (placeOf(lex, norm) || lex.knownOrgs.has(norm)) return true;
  if (lex.demonyms.has(norm)) return true;
  if (!common) return !(nonNameSuffix(norm, lex) && !lex.firstNames.has(norm) && !lex.surnames.has(norm));
  // An ordinary word that is also a first name ("Will", "Rose") starts a name before another name.
  return nextIsName && lex.firstNames.has(norm);
}

/** Endings of adverbs, participles and abstract nouns ("Notably", "Following"): the pack's [non-name-suffixes]. */
export function nonNameSuffix(norm: string, lex: ParticipantLexicon): boolean {
  if (norm.length <= 5) return false;
  for (const x of lex.g.nonNameSuffixes) if (norm.endsWith(x)) return true;
  return false;
}

/**
 * An ordinary word, or an inflection of one ("Scorers", "Deliveries", "Trailing"). The list holds
 * stems only; scripts/gen-lexicons.mjs drops the inflections this rule derives: keep both the same.
 */
const commonMemo = new WeakMap<ParticipantLexicon, Map<string, boolean>>();

export function isCommon(norm: string, lex: ParticipantLexicon, depth = 0): boolean {
  const c = lex.common;
  if (c.has(norm)) return true;
  if (depth === 0) {
    // Memoised per lexicon; bounded so that a huge text cannot grow it without end.
    let memo = commonMemo.get(lex);
    if (!memo) commonMemo.set(lex, (memo = new Map()));
    const hit = memo.get(norm);
    if (hit !== undefined) return hit;
    const yes = inflectionOfCommon(norm, lex, depth);
    if (memo.size > 50_000) memo.clear();
    memo.set(norm, yes);
    return yes;
  }
  return inflectionOfCommon(norm, lex, depth);
}

function inflectionOfCommon(norm: string, lex: ParticipantLexicon, depth: number): boolean {
  const c = lex.common;
  const has = (w: string) => w.length > 2 && (c.has(w) || (depth < 1 && isCommon(w, lex, depth + 1)));
  if (norm.length < 4) return false;
  // The pack's [inflection] rules: "ies>y" reads "deliveries" as "delivery".
  for (const [end, add] of lex.g.inflection) if (norm.endsWith(end) && has(norm.slice(0, norm.length - end.length) + add)) return true;
  return false;
}

/** "We'd", "They've", "I'm": a pronoun with a contracted verb. */
export function contraction(norm: string, lex: ParticipantLexicon): boolean {
  const q = norm.search(/['’]/);
  return q > 0 && lex.stopwords.has(norm.slice(0, q)) && /^['’](?:d|ve|ll|re|m|s|t)$/.test(norm.slice(q));
}

const vocabularyMemo = new WeakMap<ParticipantLexicon, Map<string, boolean>>();

/**
 * A word of the pack's generated vocabulary (participants-vocabulary.txt), or an inflection of
 * one by the pack's [inflection] rules ("Altären" reads as "altäre" + "n").
 */
export function inVocabulary(norm: string, lex: ParticipantLexicon): boolean {
  const v = lex.vocabulary;
  if (v.size === 0 || norm.length < 3) return false;
  if (v.has(norm)) return true;
  let memo = vocabularyMemo.get(lex);
  if (!memo) vocabularyMemo.set(lex, (memo = new Map()));
  const hit = memo.get(norm);
  if (hit !== undefined) return hit;
  let yes = false;
  if (norm.length >= 4) {
    for (const [end, add] of lex.g.inflection) {
      if (!norm.endsWith(end)) continue;
      const stem = norm.slice(0, norm.length - end.length) + add;
      if (stem.length > 2 && v.has(stem)) {
        yes = true;
        break;
      }
    }
  }
  if (memo.size > 50_000) memo.clear();
  memo.set(norm, yes);
  return yes;
}

/**
 * Where nouns are capitalised: a common noun by the vocabulary, whole ("Konto"), as the last part
 * of a hyphenated compound ("IT-Sicherheit", "Bus-Anreise") or as the head of a closed compound
 * ("Amtshaus", "Spielfeld"). A compound whose head names places or institutions ("Wilhelmsdorf",
 * "Bundeskriminalamt": the grammar's [name-compound-heads], the organisation heads) is no plain noun.
 */
export function vocabularyNoun(norm: string, lex: ParticipantLexicon): boolean {
  if (lex.vocabulary.size === 0 || norm.length > 60) return false;
  const dash = norm.lastIndexOf('-');
  if (dash > 0) {
    const last = norm.slice(dash + 1);
    if (last.length < 3 || lex.places.has(last) || lex.knownOrgs.has(last)) return false;
    return isCommon(last, lex) || nonNameSuffix(last, lex) || vocabularyNoun(last, lex);
  }
  if (inVocabulary(norm, lex)) return true;
  // The longest head of four letters or more, after a first part of three or more.
  for (let i = 3; i + 4 <= norm.length; i++) {
    const head = norm.slice(i);
    if (lex.g.nameCompoundHeads.has(head) || lex.orgHeads.has(head) || lex.placeHeads.has(head)) return false;
    if (inVocabulary(head, lex) || lex.common.has(head)) return true;
  }
  return false;
}

/**
 * A common noun by any of the pack's lists: the vocabulary (whole, or as the head of a compound,
 * even a compound that may name a place: "Polizeirat"), the common words, or a noun ending.
 */
export function nounLike(norm: string, lex: ParticipantLexicon): boolean {
  if (norm.length > 60) return false;
  if (inVocabulary(norm, lex) || isCommon(norm, lex) || nonNameSuffix(norm, lex)) return true;
  for (let i = 3; i + 4 <= norm.length; i++) if (inVocabulary(norm.slice(i), lex)) return true;
  return false;
}

/** The word is one of `words`, or a compound ending in one ("Elektrokonzern" ends in "konzern"). */
export function endsWithAny(norm: string, words: Set<string>): boolean {
  if (words.has(norm)) return true;
  for (let i = 3; i + 3 <= norm.length && i < 40; i++) if (words.has(norm.slice(i))) return true;
  return false;
}

/** Where names inflect (genitive-s flag): a known place with a case ending ("Deutschlands", "Niederlanden"). */
export function inflectedPlace(norm: string, lex: ParticipantLexicon): { kind: PlaceKind; name: string } | undefined {
  if (!lex.g.genitiveS || norm.length < 5) return undefined;
  for (const end of ['s', 'n', 'es', 'en']) {
    if (!norm.endsWith(end)) continue;
    const hit = placeOf(lex, norm.slice(0, norm.length - end.length));
    if (hit) return hit;
  }
  return undefined;
}

/** A compound the vocabulary lacks that ends in a street's or a building's head ("Pestalozzistraße", "Richard-Wagner-Straße"). */
export function placeCompound(norm: string, lex: ParticipantLexicon): boolean {
  if (lex.g.placeCompoundHeads.size === 0 || norm.length > 60 || inVocabulary(norm, lex)) return false;
  const last = norm.slice(norm.lastIndexOf('-') + 1);
  if (last !== norm && lex.g.placeCompoundHeads.has(last)) return true;
  for (let i = 3; i + 3 <= last.length; i++) if (lex.g.placeCompoundHeads.has(last.slice(i))) return true;
  return false;
}
