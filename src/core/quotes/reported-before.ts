import type { Attribution, Cues } from './attribute';
import { clauseEnd, finiteAt } from './clause-end';
import { adverbialOnly, clauseFloor, clauseStartBefore } from './clause-start';
import type { VerbHit } from './cues';
import type { ReportedClause } from './indirect';
import { endsWithAny } from './lexicon';
import { isDeterminer, isNameWord, isPossessive, phraseAfter, type SpeakerPhrase } from './noun-phrase';
import type { QTok } from './tokens';


function isWord(t: QTok | undefined): boolean {
  return !!t && t.kind === 'word';
}

function wordCounts(toks: readonly QTok[], a: number, b: number): { words: number; quoted: number } {
  let words = 0;
  let quoted = 0;
  for (let e = a; e < b; e++) if (isWord(toks[e])) {
    words++;
    if (toks[e].quote >= 0) quoted++;
  }
  return { words, quoted };
}

/**
 * The words between two commas after a cue ("said X, the chief economist, …") are an aside on
 * the speaker when no finite verb stands in them: the aside ends at the next comma or the
 * sentence end.
 */
function appositiveEnd(toks: readonly QTok[], cues: Cues, k: number, limit: number): number {
  const t = toks[k];
  if (!t || t.kind !== 'word' || t.quote >= 0) return -1;
  if (!(isDeterminer(t, cues.lex) || isPossessive(t) || t.cap || !cues.lex.g.fronting.has(t.lower))) return -1;
  for (let e = k; e < limit; e++) {
    const u = toks[e];
    if (u.quote >= 0) return -1;
    if (u.kind === 'punct') return u.text === ',' || u.text === '—' ? e : -1;
    if (finiteAt(toks, e, cues) && !endsWithAny(u.lower, cues.lex.g.pastSuffix)) return -1;
    if (cues.lex.g.relative.has(u.lower)) return -1;
  }
  return limit;
}

/** "CLAUSE, X said." / "CLAUSE, said X." with the cue closing the sentence, or interrupting it. */
export function clauseBefore(toks: readonly QTok[], cues: Cues, v: VerbHit): ReportedClause | null {
  if (v.kind !== 'speech') return null;
  const vt = toks[v.idx];
  // "…, writing in The New York Times, …", "…, requested by Sanders, …": participles, not cues.
  if (endsWithAny(vt.lower, cues.lex.g.gerundSuffix) || cues.lex.g.participleCues.has(vt.lower)) return null;
  const floor = cues.sentenceFloor(v.idx);
  const limit = cues.sentenceLimit(v.idx);
  // After the verb: the speaker (inverted) or nothing but adjuncts up to the sentence end.
  let phrase: SpeakerPhrase | null = null;
  let comma = -1;
  const inv = phraseAfter(toks, v.end, limit, cues.lex, cues.isVerb);
  const invOk = inv && (inv.end >= limit || toks[inv.end].kind === 'punct');
  if (toks[v.idx - 1]?.text === ',' && inv && invOk) {
    phrase = inv;
    comma = v.idx - 1;
  } else {
    // "…, X said (on Monday)."
    const j = cues.skipAuxBack(v.idx - 1, floor);
    for (let d = j; d >= floor && d > j - 14; d--) {
      if (cues.isVerb(d) && d !== v.idx) break; // "…, Xi said the two sides agreed": not this verb's clause
      if (toks[d].kind === 'punct' && toks[d].text === ',' && toks[d].quote < 0) {
        const ph = phraseAfter(toks, d + 1, v.idx, cues.lex, cues.isVerb);
        const subj = cues.subjectOf(v.idx, d + 1);
        // "…, whose new book boasts": a relative clause, not the speaker.
        if (ph && subj && !cues.lex.g.relativeWords.has(toks[d + 1].lower)) {
          phrase = subj;
          comma = d;
        }
        break;
      }
      if (toks[d].quote >= 0) break;
    }
  }
  if (!phrase || comma <= floor) return null;
  // "By Sunday morning, conservative Web sites had …": a passive or participle cue is no speaker's.
  if (v.passive) return null;
  let after = phrase.end > v.end ? phrase.end : v.end;
  // "said Richard Curtin, the chief economist for …": an aside on the speaker.
  if (toks[after]?.text === ',' && toks[after].quote < 0) {
    const ae = appositiveEnd(toks, cues, after + 1, limit);
    if (ae > after + 1) after = ae;
  }
  // "The museum, Mr. Bush said, celebrated …": the cue interrupts the clause, which goes on after it.
  const resume = toks[after + 1];
  if (toks[after]?.text === ',' && toks[after].quote < 0 && resume && after + 1 < limit && !(resume.kind === 'word' && (cues.lex.g.tailStarters.has(resume.lower) || (endsWithAny(resume.lower, cues.lex.g.gerundSuffix) && !resume.cap)))) {
    const end2 = clauseEnd(toks, cues, after + 1, limit);
    const second = wordCounts(toks, after + 1, end2);
    let verb = false;
    for (let e = after + 1; e < end2 && !verb; e++) if (toks[e].quote < 0 && finiteAt(toks, e, cues)) verb = true;
    if (second.words >= 2 && (verb || second.quoted * 2 >= second.words)) {
      const s1 = clauseFloor(toks, floor, comma);
      // "Still, he said, officials have to …", "In both cases, Eric Trump said, those donations …":
      // an opening adverbial is no clause of its own; the reported words are the second part.
      if (adverbialOnly(toks, s1, comma, cues.lex)) return { start: after + 1, end: end2, attribution: { how: 'after', cueStart: v.idx, cueEnd: v.end, phrase }, mixed: false, form: 'split' };
      return { start: s1, end: end2, parts: [[s1, comma], [after + 1, end2]], attribution: { how: 'after', cueStart: v.idx, cueEnd: v.end, phrase }, mixed: false, form: 'split' };
    }
  }
  const start = clauseStartBefore(toks, cues, floor, comma);
  if (start < 0) return null;
  // Nothing but adjuncts after the cue.
  let tail = 0;
  for (let e = after; e < limit; e++) if (isWord(toks[e])) tail++;
  if (tail > 12) return null;
  const next = toks[after];
  if (after < limit && next && !(next.kind === 'punct' && (next.text === ',' || next.text === '—')) && !(next.kind === 'word' && cues.lex.g.afterCue.has(next.lower))) return null;
  const { words, quoted } = wordCounts(toks, start, comma);
  if (words < 3 || quoted === words) return null;
  return { start, end: comma, attribution: { how: 'after', cueStart: v.idx, cueEnd: v.end, phrase }, mixed: false, form: 'before' };
}

/**
 * The source after "according to": a person or any document, count or record ("a CNN tally",
 * "the most recent data available from the FBI"), up to the next punctuation.
 */
function sourcePhrase(toks: readonly QTok[], k: number, limit: number, cues: Cues): SpeakerPhrase | null {
  const ph = phraseAfter(toks, k, limit, cues.lex, cues.isVerb);
  if (ph && ph.kind !== 'description') return ph;
  let e = k;
  while (e < limit && e < k + 12 && toks[e].kind === 'word' && toks[e].quote < 0) e++;
  if (e === k) return ph;
  return { start: k, end: e, kind: 'description', nameStart: k, nameEnd: e };
}

/** "CLAUSE, according to X." or "According to X, CLAUSE." */
export function according(toks: readonly QTok[], cues: Cues, k: number, acc: number, used: ReadonlySet<number>): ReportedClause | null {
  const floor = cues.sentenceFloor(k);
  const limit = cues.sentenceLimit(k);
  // "according to his plan": manner, not a source.
  if (cues.lex.g.accordingManner.has(toks[acc]?.lower ?? '')) return null;
  const ph = sourcePhrase(toks, acc, limit, cues);
  if (!ph) return null;
  const attribution: Attribution = { how: 'according', cueStart: k, cueEnd: acc, phrase: ph };
  if (k === floor || (k === floor + 1 && !isWord(toks[floor]))) {
    // "According to X, CLAUSE."
    let c = ph.end;
    while (c < limit && !(toks[c].kind === 'punct' && toks[c].text === ',')) c++;
    if (c + 1 >= limit) return null;
    return { start: c + 1, end: clauseEnd(toks, cues, c + 1, limit), attribution, mixed: false, form: 'according-before' };
  }
  const comma = toks[k - 1]?.text === ',' ? k - 1 : k;
  if (comma - floor < 3) return null;
  // "“…,” Putin said, according to a Kremlin readout": the quote already has its cue.
  for (let e = floor; e < comma; e++) if (used.has(e)) return null;
  const start = clauseStartBefore(toks, cues, floor, comma);
  if (start < 0) return null;
  const { words, quoted } = wordCounts(toks, start, comma);
  if (words < 3 || quoted === words) return null;
  // "Name, a person's role, according to X" is about the name, not a clause.
  if (isNameWord(toks[start], cues.lex) && toks[comma - 1]?.kind === 'word' && !finiteAt(toks, start + 1, cues) && words < 4) return null;
  return { start, end: comma, attribution, mixed: false, form: 'according-after' };
}
