/**
 * Which language an article is in: what the page declares (`<html lang>`, JSON-LD `inLanguage`,
 * `og:locale`, or the batch line's "lang" hint) and what its text says. The text is read against
 * each pack's profile.txt (its most frequent words): a page whose text clearly belongs to another
 * language than the one it declares gets the pack of its text.
 */
import { LETTER, runEnd } from '../text/chars';
import { PACK_CODES, PROFILES } from './profiles';
import { primaryTag } from './select';

export interface LanguageGuess {
  code: string;
  /** Weighted share of the sample's words that are profile words of that language. */
  share: number;
  /** The same share for the runner-up language. */
  runnerUp: number;
  /** Words read. */
  words: number;
  /** Enough words, and a clear lead over every other language. */
  confident: boolean;
}

let weights: Map<string, number[]> | null = null;

/**
 * Word -> [code index, weight, code index, weight, ...] (code index into PACK_CODES): a word in k
 * profiles weighs 1/k in each. Flat arrays, so that scoring a sample allocates nothing.
 */
function profileWeights(): Map<string, number[]> {
  if (weights) return weights;
  const byWord = new Map<string, string[]>();
  for (const code of PACK_CODES) {
    for (const line of PROFILES[code].split('\n')) {
      const w = line.replace(/#.*/, '').trim().toLowerCase();
      if (!w) continue;
      const codes = byWord.get(w) ?? [];
      if (!codes.includes(code)) codes.push(code);
      byWord.set(w, codes);
    }
  }
  weights = new Map();
  for (const [w, codes] of byWord) weights.set(w, codes.flatMap((c) => [PACK_CODES.indexOf(c), 1 / codes.length]));
  return weights;
}

/** Fewer words than this say nothing; from CONFIDENT_WORDS on, a clear lead overrules the declared language. */
const MIN_WORDS = 8;
const CONFIDENT_WORDS = 25;

/** The language of a text from its most frequent words, or null when the sample says nothing. */
export function guessLanguage(text: string, sampleChars = 6000): LanguageGuess | null {
  if (typeof text !== 'string' || !text) return null;
  const sample = text.slice(0, sampleChars).toLowerCase();
  const w = profileWeights();
  // Score per code index; `order` keeps the codes in the order they first scored (ties go to the first).
  const scores = new Float64Array(PACK_CODES.length);
  const order: number[] = [];
  let words = 0;
  // The runs of letters (\p{L}+), scanned by hand over the character classes.
  for (let i = 0; i < sample.length; ) {
    const e = runEnd(sample, i, LETTER);
    if (e === i) {
      i++;
      continue;
    }
    words++;
    const hit = w.get(sample.slice(i, e));
    i = e;
    if (!hit) continue;
    for (let j = 0; j < hit.length; j += 2) {
      const c = hit[j];
      if (scores[c] === 0 && !order.includes(c)) order.push(c);
      scores[c] += hit[j + 1];
    }
  }
  if (words < MIN_WORDS) return null;
  let best = '';
  let top = 0;
  let second = 0;
  for (const c of order) {
    const s = scores[c];
    if (s > top) {
      second = top;
      top = s;
      best = PACK_CODES[c];
    } else if (s > second) second = s;
  }
  if (!best) return null;
  const share = top / words;
  const runnerUp = second / words;
  if (share < 0.08 || top < 1.2 * second) return null;
  return { code: best, share, runnerUp, words, confident: words >= CONFIDENT_WORDS && share >= 0.12 && top >= 1.6 * second };
}

/**
 * The pack code for an article: the text's language when the text is clear about it, else the
 * declared language when Lede has a pack for it, else the text's best guess, else English.
 */
export function languageOf(declared: string | null | undefined, text: string): string {
  const tag = primaryTag(declared);
  const guess = guessLanguage(text);
  if (guess?.confident && guess.code !== tag) return guess.code;
  if (tag && PACK_CODES.includes(tag)) return tag;
  return guess?.code ?? 'en';
}
