import type { Cues } from './attribute';
import { clauseEnd } from './clause-end';
import type { VerbHit } from './cues';
import type { ReportedClause } from './indirect';
import { endsWithAny } from './lexicon';
import { isPreposition } from './noun-phrase';
import type { QTok } from './tokens';

/**
 * What a speaker called for, proposed, endorsed or declined: the object or the infinitive after
 * the verb ("called for a special prosecutor", "declined to comment", "urged him to resign" →
 * "to resign"), up to punctuation, a time adjunct, a prepositional phrase after a noun object
 * or a second verb of the speaker.
 */
export function objectAfter(toks: readonly QTok[], cues: Cues, v: VerbHit): ReportedClause | null {
  const lex = cues.lex;
  const g = lex.g;
  if (!(v.kind === 'object' || lex.objectLemmas.has(v.lemma) || v.lemma.endsWith(' for') || v.lemma.endsWith(' on'))) return null;
  const limit = cues.sentenceLimit(v.idx);
  let begin = v.end;
  const first = toks[begin];
  if (!first || begin >= limit || first.kind !== 'word' || (isPreposition(first, lex) && !g.infinitive.has(first.lower))) return null;
  // "backed down", "backed by the union": a particle, or a passive participle.
  if (g.verbParticles.has(first.lower) || (g.passiveBy.has(first.lower) && (v.passive || endsWithAny(toks[v.idx].lower, g.pastSuffix)))) return null;
  // "announced he is suspending his campaign": a clause, not an object.
  const pro = lex.pronouns.get(first.lower);
  if ((pro === 'male' || pro === 'female' || pro === 'plural' || pro === 'self') && !g.objectPronouns.has(first.lower)) return null;
  if (g.listenerThenTo.has(v.lemma) && !g.infinitive.has(first.lower)) {
    // "urged him to resign": the reported words are the infinitive.
    for (let e = begin + 1; e < limit && e < begin + 9; e++) {
      const t = toks[e];
      if (t.quote >= 0 || t.kind !== 'word') break;
      if (g.infinitive.has(t.lower) && toks[e + 1]?.kind === 'word') {
        begin = e;
        break;
      }
    }
  }
  let infinitive = g.infinitive.has(toks[begin].lower);
  let e = begin;
  let nouns = 0;
  for (; e < limit && e < begin + 40; e++) {
    const t = toks[e];
    if (t.quote >= 0) continue;
    if (t.kind === 'punct' && t.text !== '-' && t.text !== '’' && t.text !== "'") break;
    if (e > begin && t.kind === 'word') {
      if (g.objectStop.has(t.lower) && !(g.objectStopOn.has(t.lower) && !g.objectStopAfterOn.has(toks[e + 1]?.lower ?? ''))) break;
      if (g.predicateJoiners.has(t.lower) && toks[e + 1] && (g.auxAfterAnd.has(toks[e + 1].lower) || cues.isVerb(e + 1) || endsWithAny(toks[e + 1].lower, g.gerundSuffix))) break;
      // "denied the charges through his lawyer": a noun object ends before an adjunct.
      if (!infinitive && nouns > 0 && g.npStop.has(t.lower)) break;
      // "the impeachment of X following news that …"
      if (!infinitive && nouns > 0 && endsWithAny(t.lower, g.gerundSuffix) && t.lower.length > 5 && !t.cap && !g.infinitive.has(toks[e - 1].lower) && !isPreposition(toks[e - 1], lex)) break;
      // "voters to know that …": the infinitive after the object is part of it.
      if (!infinitive && g.infinitive.has(t.lower) && toks[e + 1]?.kind === 'word') infinitive = true;
      nouns++;
    }
    if (e === begin) nouns++;
  }
  if (e <= begin) return null;
  // "wants to take a stronger role in the conflict": an infinitive runs to the end of its clause.
  if (infinitive && g.infinitive.has(toks[begin].lower)) e = Math.max(e, clauseEnd(toks, cues, begin, limit));
  const floor = cues.sentenceFloor(v.idx);
  const subj = cues.subjectOf(v.idx, floor) ?? cues.clauseSubject(floor, v.idx);
  if (!subj) return null;
  // "what the campaign plans": a free relative.
  if (g.freeRelative.has(toks[subj.start - 1]?.lower ?? '') && subj.end <= v.idx) return null;
  return { start: begin, end: e, attribution: { how: 'inside', cueStart: v.idx, cueEnd: v.end, phrase: subj }, mixed: false, form: 'object' };
}
