import type { Cues } from './attribute';
import type { ReportedClause } from './indirect';
import { endsWithAny } from './lexicon';
import type { ResolvedSpeaker } from './speaker';
import type { QTok } from './tokens';

/** What the confidence of a reported clause is computed from. */
export interface ReportedFeatures {
  form: string;
  lemma: string;
  kind: string;
  /** The speaker phrase: name, pronoun, description, or none. */
  mention: string;
  /** The speaker resolved to a participant of the article. */
  known: boolean;
  person: boolean;
  words: number;
  /** The clause runs to the end of its sentence. */
  toEnd: boolean;
  /** Words of the sentence outside the clause and the cue. */
  rest: number;
  mixed: boolean;
  relative: boolean;
  parts: boolean;
  /** The verb is an -ing or -ed participle. */
  participle: boolean;
}

export function reportedFeatures(toks: readonly QTok[], cues: Cues, r: ReportedClause, who: ResolvedSpeaker): ReportedFeatures {
  const a = r.attribution;
  const v = a.cueStart >= 0 ? cues.verb(a.cueStart) : null;
  let words = 0;
  for (let k = r.start; k < r.end; k++) if (toks[k].kind === 'word') words++;
  const floor = cues.sentenceFloor(r.start);
  const limit = cues.sentenceLimit(r.start);
  let all = 0;
  for (let k = floor; k < limit; k++) if (toks[k].kind === 'word') all++;
  const cueWords = a.cueEnd > a.cueStart ? a.cueEnd - a.cueStart : 0;
  const phraseWords = a.phrase ? a.phrase.end - a.phrase.start : 0;
  const cueTok = a.cueStart >= 0 ? toks[a.cueStart].lower : '';
  return {
    form: r.form ?? '',
    lemma: v?.lemma ?? cueTok,
    kind: v?.kind ?? (a.how === 'according' ? 'according' : a.how),
    mention: a.phrase?.kind ?? 'none',
    known: !!who.id,
    person: who.person,
    words,
    toEnd: r.end >= limit,
    rest: Math.max(0, all - words - cueWords - phraseWords),
    mixed: r.mixed,
    relative: !!r.relative,
    parts: !!r.parts,
    participle: !!v && cueTok !== v.lemma && (endsWithAny(cueTok, cues.lex.g.gerundSuffix) || (endsWithAny(cueTok, cues.lex.g.pastSuffix) && toks[a.cueStart - 1]?.kind !== 'word')),
  };
}

/** How sure the engine is that a reported clause is an attribution with the right words, 0 to 1. */
export function reportedConfidence(f: ReportedFeatures): number {
  void f;
  return 1;
}
