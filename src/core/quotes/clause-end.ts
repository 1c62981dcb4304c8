import type { Cues } from './attribute';
import { isDeterminer } from './noun-phrase';
import type { QTok } from './tokens';

/** Words after a comma that open a tail the reporter added (", however …", ", a swipe at …"). */
export const TAIL_STARTERS = new Set(['however', 'while', 'whereas', 'compared', 'which', 'who', 'whose', 'according', 'as', 'after', 'before', 'despite', 'including', 'especially', 'particularly', 'although', 'though', 'even', 'unlike', 'citing', 'adding', 'noting', 'saying', 'putting', 'in', 'on', 'at', 'during', 'with', 'without', 'amid', 'following', 'than', 'since', 'because', 'where', 'when', 'yes', 'but', 'yet', 'meanwhile', 'instead', 'then', 'now']);
/** Words after "and"/"but" that continue the speaker's actions rather than the reported words. */
export const AUX_AFTER_AND = new Set(['has', 'have', 'had', 'did', 'does', 'do', 'is', 'was', 'were', 'are', 'will', 'would', 'also', 'then', 'later', 'called', 'added', 'said', 'urged', 'vowed', 'promised', 'declined', 'refused']);
/** Finite verbs and auxiliaries. */
export const FINITE = new Set(['is', 'was', 'were', 'are', 'be', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'should', 'may', 'might', 'must', 'did', 'does', 'do', "won't", "wasn't", "isn't", "aren't", "weren't", "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't", "couldn't", "wouldn't", "shouldn't", "can't", 'won’t', 'wasn’t', 'isn’t', 'aren’t', 'weren’t', 'didn’t', 'doesn’t', 'don’t', 'hasn’t', 'haven’t', 'hadn’t', 'couldn’t', 'wouldn’t', 'shouldn’t', 'can’t']);
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'there']);
/** ", about 10,000 more than …", ", less than half of …": a comparison the reporter adds. */
const APPROXIMATORS = new Set(['about', 'nearly', 'almost', 'roughly', 'around', 'approximately', 'some']);
const DASHES = new Set(['—', '–', '―', '-']);

/** A finite verb or auxiliary at k ("is", "has", "won’t", a speech verb, a past tense in -ed). */
export function finiteAt(toks: readonly QTok[], k: number, cues: Cues): boolean {
  const t = toks[k];
  if (!t || t.kind !== 'word' || t.quote >= 0) return false;
  if (FINITE.has(t.lower) || /^(?:that|it|he|she|there|what|who|which|this)['’]s$|['’](?:ll|re|ve|d)$/.test(t.lower)) return true;
  if (!t.cap && t.lower.length > 4 && t.lower.endsWith('ed') && !isDeterminer(toks[k - 1])) return true;
  if (!t.cap && !isDeterminer(toks[k - 1]) && (cues.lex.pastForms.has(t.lower) || (cues.lex.presentForms.has(t.lower) && !cues.lex.nounForms.has(t.lower)))) return true;
  return cues.isVerb(k);
}

/** A new independent clause opens at k: a subject pronoun, or a short noun phrase, then a finite verb. */
export function opensClause(toks: readonly QTok[], k: number, limit: number, cues: Cues): boolean {
  const t = toks[k];
  if (!t || t.kind !== 'word' || t.quote >= 0) return false;
  if (SUBJECT_PRONOUNS.has(t.lower)) return !!toks[k + 1] && toks[k + 1].kind === 'word';
  if (/^(?:he|she|it|they|we|i|you|there)['’]/.test(t.lower)) return true;
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
  if (!t || t.kind !== 'word' || t.quote >= 0 || t.cap) return false;
  if (AUX_AFTER_AND.has(t.lower)) return true;
  const v = cues.verb(k);
  if (v && !v.passive && !t.lower.endsWith('ing') && (anyPast || v.kind === 'speech')) return true;
  return anyPast && t.lower.length > 4 && t.lower.endsWith('ed') && !isDeterminer(toks[k - 1]);
}

/**
 * ", the 68-year-old former secretary of state" closes the clause; ", a political outsider,
 * could …" is an aside inside it: the aside is closed by a comma and a finite verb follows.
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
 * sentence: at a semicolon, colon, dash or parenthesis; at a comma that opens a tail the
 * reporter added (", however …", ", a swipe at …", ", compared with …", ", adding …",
 * ", but …"); at a coordinated clause or verb ("…, and more than 4 in 10 said …", "… but he
 * sounded", "… and insisted"); or before a second attribution inside the sentence ("…, he said").
 */
export function clauseEnd(toks: readonly QTok[], cues: Cues, start: number, limit: number): number {
  let words = 0;
  for (let e = start; e < limit; e++) {
    const t = toks[e];
    if (t.kind === 'word') words++;
    if (t.quote >= 0 || words < 2 || e === start) continue;
    const n = toks[e + 1];
    if (t.kind === 'punct') {
      if (t.text === ';' || t.text === '(') return e;
      if (DASHES.has(t.text) && t.start > 0 && n && n.quote < 0 && n.start > t.end) return e;
      if (t.text !== ',' || !n || n.quote >= 0 || n.kind !== 'word') continue;
      const w = n.lower;
      // "his band and collaborator Brian Burton, AKA Danger Mouse, wrote …": an aside in the clause.
      const aside = innerAside(toks, e, limit, cues);
      if (aside > 0 && w !== 'but' && w !== 'and' && !SUBJECT_PRONOUNS.has(w)) {
        e = aside;
        continue;
      }
      if (TAIL_STARTERS.has(w) || (w.endsWith('ing') && w.length > 4 && !n.cap)) return e;
      // ", the 68-year-old former secretary of state" closes the clause.
      if ((w === 'a' || w === 'an' || w === 'the')) return e;
      // ", and more than 4 in 10 said …", ", and called her …"; not ", and that …", which goes on with the reported words.
      if ((w === 'and' || w === 'or') && toks[e + 2]?.lower !== 'that' && (opensClause(toks, e + 2, limit, cues) || verbPhraseAt(toks, e + 2, cues, true))) return e;
      if (verbPhraseAt(toks, e + 1, cues, true)) return e;
      if (APPROXIMATORS.has(w) && /^[\d$€£]/.test(toks[e + 2]?.text ?? '')) return e;
      if ((w === 'more' || w === 'less' || w === 'fewer') && toks[e + 2]?.lower === 'than') return e;
      // ", he said, …": another attribution.
      if (SUBJECT_PRONOUNS.has(w) && cues.verb(e + 2)) return e;
      continue;
    }
    if ((t.lower === 'but' || t.lower === 'and')) {
      if (!n || n.quote >= 0 || n.kind !== 'word') continue;
      if (verbPhraseAt(toks, e + 1, cues, false)) return e;
      if (t.lower === 'but' && opensClause(toks, e + 1, limit, cues)) return e;
      // "… and he reiterated his claim that …"
      if (SUBJECT_PRONOUNS.has(n.lower) && cues.verb(e + 2)?.kind === 'speech') return e;
    }
  }
  return limit;
}
