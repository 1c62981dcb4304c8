import { endsWithAny, type QuoteLexicon, type VerbKind } from './lexicon';
import { isDeterminer, isPreposition } from './noun-phrase';
import type { QTok } from './tokens';

/** A speech verb (or phrase) found at token `idx`, running to `end` (exclusive). */
export interface VerbHit {
  idx: number;
  end: number;
  lemma: string;
  kind: VerbKind;
  /** "was told", "is expected": the subject is not the speaker. */
  passive: boolean;
}

const POSSESSIVE = /['’]s$|s['’]$/;

function phraseAt(toks: readonly QTok[], k: number, map: Map<string, string[][]>): number {
  const t = toks[k];
  const cands = map.get(t.lower);
  if (!cands) return -1;
  for (const words of cands) {
    let ok = true;
    for (let w = 0; w < words.length; w++) {
      const u = toks[k + w];
      if (!u || u.kind !== 'word' || u.quote >= 0 || u.lower !== words[w] || u.paragraph !== t.paragraph) {
        ok = false;
        break;
      }
    }
    if (ok) return k + words.length;
  }
  return -1;
}

/** The speech verb at token k, if that token is one (and is used as a verb, not a noun). */
export function verbAt(toks: readonly QTok[], k: number, lex: QuoteLexicon, headline = false): VerbHit | null {
  const t = toks[k];
  if (!t || t.kind !== 'word' || t.quote >= 0) return null;
  const pe = phraseAt(toks, k, lex.phrasal);
  let hit: VerbHit | null = null;
  if (pe > 0) hit = { idx: k, end: pe, lemma: toks.slice(k, pe).map((u) => u.lower).join(' '), kind: 'speech', passive: false };
  else {
    const v = lex.verbs.get(t.lower);
    if (!v) return null;
    hit = { idx: k, end: k + 1, lemma: v.lemma, kind: v.kind, passive: false };
  }
  // A noun, not a verb: "the report", "his remarks", "Trump’s claims".
  const prev = toks[k - 1];
  // A bare base form ("press", "report", "claim") is a verb only after a pronoun, a modal or "to",
  // or a plural subject ("officials warn"); "say" and "tell" are common enough to pass.
  if (hit.end === k + 1 && t.lower === hit.lemma && !lex.g.commonLemmas.has(hit.lemma)) {
    const pw = prev && prev.kind === 'word' && prev.paragraph === t.paragraph ? prev.lower : '';
    if (!lex.g.baseBefore.has(pw) && !(pw.length > 3 && pw.endsWith('s') && !pw.endsWith('ss') && !prev!.cap)) return null;
  }
  if (prev && prev.kind === 'word' && prev.paragraph === t.paragraph && (isDeterminer(prev, lex) || POSSESSIVE.test(prev.text)) && !lex.g.complementizer.has(prev.lower)) return null;
  if (hit.end === k + 1 && lex.nounForms.has(t.lower) && nounUse(toks, k, lex)) return null;
  // "the grand welcoming ceremony", "a stern warning": an -ing form inside a noun phrase.
  const det = toks[k - 2];
  if (hit.end === k + 1 && endsWithAny(t.lower, lex.g.gerundSuffix) && prev && prev.kind === 'word' && !prev.cap && prev.paragraph === t.paragraph && det && det.kind === 'word' && isDeterminer(det, lex) && !lex.g.complementizer.has(det.lower) && !lex.auxiliary.has(prev.lower)) return null;
  // "270 pledged delegates", "her lead in pledged delegates": a participle used as an adjective.
  const next = toks[k + 1];
  if (hit.end === k + 1 && endsWithAny(t.lower, lex.g.pastSuffix) && prev && (isPreposition(prev, lex) || /^\d/.test(prev.text)) && next && next.kind === 'word' && !next.cap && !isDeterminer(next, lex) && !lex.pronouns.has(next.lower) && !lex.g.infinitive.has(next.lower) && !lex.g.complementizer.has(next.lower)) return null;
  if (!headline && t.cap && k > 0 && prev && prev.kind === 'word' && prev.paragraph === t.paragraph && hit.end === k + 1) {
    // A capitalised verb inside a sentence is a name ("Said", "Tell" as surnames are rare, but "Post" is a paper).
    return null;
  }
  // Passive: "was told", "were asked", "is expected".
  let b = k - 1;
  while (b >= 0 && toks[b].kind === 'word' && lex.auxiliary.has(toks[b].lower) && !lex.g.be.has(toks[b].lower) && b > k - 4) b--;
  if (b >= 0 && toks[b].kind === 'word' && lex.g.be.has(toks[b].lower) && t.lower !== hit.lemma && !endsWithAny(t.lower, lex.g.gerundSuffix)) hit.passive = true;
  return hit;
}

/**
 * A verb form that is as often a plural noun ("remarks", "questions", "states") read as a noun:
 * followed by a verb or a preposition ("his remarks were", "questions about", "comments
 * pre-empted"), by "that" and a verb ("states that vote"), or after a word that cannot be its
 * subject.
 */
function nounUse(toks: readonly QTok[], k: number, lex: QuoteLexicon): boolean {
  const t = toks[k];
  const next = toks[k + 1];
  if (next && next.kind === 'word' && next.quote < 0 && next.paragraph === t.paragraph) {
    if (lex.g.nounNext.has(next.lower)) return true;
    if (!next.cap && next.lower.length > 4 && endsWithAny(next.lower, lex.g.pastSuffix)) return true;
    if (lex.g.complementizer.has(next.lower)) {
      const n2 = toks[k + 2];
      return !!n2 && n2.kind === 'word' && !n2.cap && (lex.g.nounNext.has(n2.lower) || endsWithAny(n2.lower, lex.g.pastSuffix) || (!lex.pronouns.has(n2.lower) && !isDeterminer(n2, lex)));
    }
    // "the poll shows a tightening race", "the report claims he …"
    if (isDeterminer(next, lex) || lex.pronouns.has(next.lower)) return false;
  }
  const prev = toks[k - 1];
  if (!prev || prev.kind !== 'word' || prev.paragraph !== t.paragraph) return false;
  return !(prev.cap || lex.g.subjectBefore.has(prev.lower) || lex.auxiliary.has(prev.lower) || endsWithAny(prev.lower, lex.g.adverbSuffix));
}

/** "according to", "citing": returns the token after the phrase, or -1. */
export function accordingAt(toks: readonly QTok[], k: number, lex: QuoteLexicon): number {
  const t = toks[k];
  if (!t || t.kind !== 'word' || t.quote >= 0) return -1;
  const e = phraseAt(toks, k, lex.according);
  if (e > 0 || !lex.accordingAfterComma.size) return e;
  // "„…“, so Müller", ", wie die Polizei mitteilte": cues that count only after a comma or a closing mark.
  const prev = toks[k - 1];
  return prev && prev.paragraph === t.paragraph && (prev.text === ',' || prev.kind === 'close') ? phraseAt(toks, k, lex.accordingAfterComma) : -1;
}

/** Listeners after "told" ("reporters", "the press"): returns the token after them, or k. */
export function skipObject(toks: readonly QTok[], k: number, lex: QuoteLexicon): number {
  const t = toks[k];
  if (!t || t.kind !== 'word') return k;
  const e = phraseAt(toks, k, lex.objects);
  return e > 0 ? e : k;
}
