import type { Cues } from './attribute';
import { endsWithAny } from './lexicon';
import { isDeterminer } from './noun-phrase';
import type { QTok } from './tokens';

const DASHES = new Set(['—', '–', '―', '-']);

/** A finite verb or auxiliary at k ("is", "has", "won’t", a speech verb, a past tense in -ed, "fell"). */
export function finiteAt(toks: readonly QTok[], k: number, cues: Cues): boolean {
  const t = toks[k];
  const lex = cues.lex;
  if (!t || t.kind !== 'word' || t.quote >= 0) return false;
  if (lex.g.finite.has(t.lower) || /^(?:that|it|he|she|there|what|who|which|this)['’]s$|['’](?:ll|re|ve|d)$/.test(t.lower)) return true;
  if (!t.cap && !isDeterminer(toks[k - 1], lex)) {
    if (t.lower.length > 4 && endsWithAny(t.lower, lex.g.pastSuffix)) return true;
    if (lex.pastForms.has(t.lower) || (lex.presentForms.has(t.lower) && !lex.nounForms.has(t.lower))) return true;
  }
  return cues.isVerb(k);
}

/** A new independent clause opens at k: a subject pronoun, or a short noun phrase, then a finite verb. */
export function opensClause(toks: readonly QTok[], k: number, limit: number, cues: Cues): boolean {
  const t = toks[k];
  if (!t || t.kind !== 'word' || t.quote >= 0) return false;
  const g = cues.lex.g;
  if (g.subjectPronouns.has(t.lower)) return !!toks[k + 1] && toks[k + 1].kind === 'word';
  if (g.subjectPronouns.has(t.lower.replace(/['’].*$/, ''))) return true;
  for (let e = k + 1; e < limit && e <= k + 5; e++) {
    const u = toks[e];
    if (u.kind !== 'word' || u.quote >= 0) return false;
    if (finiteAt(toks, e, cues)) return true;
  }
  return false;
}

/** A verb that carries on the speaker's actions: "…, called her “third-rate”", "… and insisted". */
function verbPhraseAt(toks: readonly QTok[], k: number, cues: Cues, anyPast: boolean): boolean {
  const t = toks[k];
  const g = cues.lex.g;
  if (!t || t.kind !== 'word' || t.quote >= 0 || t.cap) return false;
  if (g.auxAfterAnd.has(t.lower)) return true;
  const v = cues.verb(k);
  if (v && !v.passive && !endsWithAny(t.lower, g.gerundSuffix) && (anyPast || v.kind === 'speech')) return true;
  return anyPast && t.lower.length > 4 && endsWithAny(t.lower, g.pastSuffix) && !isDeterminer(toks[k - 1], cues.lex);
}

/**
 * ", AKA Danger Mouse, wrote …", ", a political outsider, could …": an aside inside the clause,
 * closed by a comma that a finite verb follows. Returns the closing comma, or -1.
 */
function innerAside(toks: readonly QTok[], comma: number, limit: number, cues: Cues): number {
  for (let e = comma + 2; e < limit && e <= comma + 12; e++) {
    const u = toks[e];
    if (u.quote >= 0) continue;
    if (u.kind === 'punct') return u.text === ',' && finiteAt(toks, e + 1, cues) ? e : -1;
  }
  return -1;
}

/**
 * Where a reported clause stops. The corpus ends a reported clause at the clause, not the
 * sentence: at a semicolon, dash or parenthesis; at a comma that opens a tail the reporter
 * added (", however …", ", the largest outlay in …", ", compared with …", ", adding …",
 * ", but …"); at a coordinated clause or verb ("…, and more than 4 in 10 said …", "… but he
 * sounded", "… and insisted"); or before a second attribution ("…, he said"). An aside inside
 * the clause (", a firm from Ohio, had …") is kept.
 */
export function clauseEnd(toks: readonly QTok[], cues: Cues, start: number, limit: number): number {
  const g = cues.lex.g;
  let words = 0;
  for (let e = start; e < limit; e++) {
    const t = toks[e];
    if (t.kind === 'word') words++;
    if (t.quote >= 0 || words < 2 || e === start) continue;
    const n = toks[e + 1];
    if (t.kind === 'punct') {
      if (t.text === ';' || t.text === '(') return e;
      if (DASHES.has(t.text) && n && n.quote < 0 && n.start > t.end) return e;
      if (t.text !== ',' || !n || n.quote >= 0 || n.kind !== 'word') continue;
      const w = n.lower;
      const aside = innerAside(toks, e, limit, cues);
      if (aside > 0 && !g.predicateJoiners.has(w) && !g.subjectPronouns.has(w)) {
        e = aside;
        continue;
      }
      if (g.tailStarters.has(w) || (endsWithAny(w, g.gerundSuffix) && w.length > 4 && !n.cap)) return e;
      if (g.articles.has(w)) return e;
      // ", and more than 4 in 10 said …", ", and called her …"; not ", and that …", which goes on with the reported words.
      if (g.clauseCoordinators.has(w) && !g.complementizer.has(toks[e + 2]?.lower ?? '') && (opensClause(toks, e + 2, limit, cues) || verbPhraseAt(toks, e + 2, cues, true))) return e;
      if (verbPhraseAt(toks, e + 1, cues, true)) return e;
      if (g.approximators.has(w) && /^[\d$€£]/.test(toks[e + 2]?.text ?? '')) return e;
      if (g.comparatives.has(w) && g.than.has(toks[e + 2]?.lower ?? '')) return e;
      // ", he said, …": another attribution.
      if (g.subjectPronouns.has(w) && cues.verb(e + 2)) return e;
      continue;
    }
    if (g.predicateJoiners.has(t.lower)) {
      if (!n || n.quote >= 0 || n.kind !== 'word') continue;
      if (verbPhraseAt(toks, e + 1, cues, false)) return e;
      if (g.contrast.has(t.lower) && opensClause(toks, e + 1, limit, cues)) return e;
      // "… and he reiterated his claim that …"
      if (g.subjectPronouns.has(n.lower) && cues.verb(e + 2)?.kind === 'speech') return e;
    }
  }
  return limit;
}
