import type { Cues } from './attribute';
import { AUX_AFTER_AND } from './clause-end';
import type { VerbHit } from './cues';
import type { ReportedClause } from './indirect';
import { isPreposition } from './noun-phrase';
import type { QTok } from './tokens';

const OBJECT_STOP = new Set(['last', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'this', 'on', 'in', 'during', 'after', 'before', 'while', 'when', 'because', 'as', 'since', 'who', 'which', 'whose', 'where', 'amid', 'despite', 'until']);
/** Where a noun-phrase object ends ("denied the charges through his lawyer", "endorsed Trump at a news conference"). */
const NP_STOP = new Set(['at', 'by', 'through', 'via', 'over', 'than', 'if', 'whether', 'so', 'that', 'like', 'unlike', 'with', 'without', 'into']);
const OBJECT_STOP_AFTER_ON = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|twitter|facebook|cnn|fox|nbc|abc|cbs|msnbc)$/;
/** "backed down", "backed out", "plans out": a particle changes the verb. */
const PARTICLES = new Set(['down', 'out', 'off', 'away', 'up', 'back', 'around', 'together']);
/** Verbs whose listener comes before the reported infinitive ("urged him to resign", "asked the campaign to release"). */
const LISTENER_THEN_TO = new Set(['ask', 'urge', 'beg', 'warn', 'tell', 'press', 'implore', 'encourage', 'advise', 'caution', 'pressure', 'push', 'invite', 'call on', 'challenge', 'order', 'instruct', 'direct', 'remind', 'persuade', 'convince']);

/**
 * What a speaker called for, proposed, endorsed or declined: the object or the infinitive after
 * the verb ("called for a special prosecutor", "declined to comment", "urged him to resign" →
 * "to resign"), up to punctuation, a time adjunct, a prepositional phrase after a noun object
 * or a second verb of the speaker.
 */
export function objectAfter(toks: readonly QTok[], cues: Cues, v: VerbHit): ReportedClause | null {
  if (!(v.kind === 'object' || cues.lex.objectLemmas.has(v.lemma) || v.lemma.endsWith(' for') || v.lemma.endsWith(' on'))) return null;
  const limit = cues.sentenceLimit(v.idx);
  let begin = v.end;
  const first = toks[begin];
  if (!first || begin >= limit || first.kind !== 'word' || (isPreposition(first) && first.lower !== 'to')) return null;
  if (PARTICLES.has(first.lower) || (v.passive && first.lower === 'by')) return null;
  // "announced he is suspending his campaign": a clause, not an object.
  if (cues.lex.pronouns.get(first.lower) && ['male', 'female', 'plural', 'self'].includes(cues.lex.pronouns.get(first.lower)!) && !['him', 'her', 'them', 'us', 'me'].includes(first.lower)) return null;
  // "backed by big-bucks super PACs": a passive participle.
  if (toks[v.idx].lower.endsWith('ed') && first.lower === 'by') return null;
  if (LISTENER_THEN_TO.has(v.lemma) && first.lower !== 'to') {
    for (let e = begin + 1; e < limit && e < begin + 9; e++) {
      const t = toks[e];
      if (t.quote >= 0 || t.kind !== 'word') break;
      if (t.lower === 'to' && toks[e + 1]?.kind === 'word') {
        begin = e;
        break;
      }
    }
  }
  let infinitive = toks[begin].lower === 'to';
  let e = begin;
  let nouns = 0;
  for (; e < limit && e < begin + 40; e++) {
    const t = toks[e];
    if (t.quote >= 0) continue;
    if (t.kind === 'punct' && t.text !== '-' && t.text !== '’' && t.text !== "'") break;
    if (e > begin && t.kind === 'word') {
      if (OBJECT_STOP.has(t.lower) && !(t.lower === 'on' && !OBJECT_STOP_AFTER_ON.test(toks[e + 1]?.lower ?? ''))) break;
      if ((t.lower === 'and' || t.lower === 'but') && toks[e + 1] && (AUX_AFTER_AND.has(toks[e + 1].lower) || cues.isVerb(e + 1) || toks[e + 1].lower.endsWith('ing'))) break;
      if (!infinitive && nouns > 0 && NP_STOP.has(t.lower)) break;
      // "the impeachment of X following news that …"
      if (!infinitive && nouns > 0 && t.lower.endsWith('ing') && t.lower.length > 5 && !t.cap && toks[e - 1].lower !== 'to' && !isPreposition(toks[e - 1])) break;
      // "voters to know that …": the infinitive after the object is part of it.
      if (!infinitive && t.lower === 'to' && toks[e + 1]?.kind === 'word') infinitive = true;
      nouns++;
    }
    if (e === begin) nouns++;
  }
  if (e <= begin) return null;
  const floor = cues.sentenceFloor(v.idx);
  const subj = cues.subjectOf(v.idx, floor) ?? cues.clauseSubject(floor, v.idx);
  if (!subj) return null;
  if (['what', 'how', 'whatever'].includes(toks[subj.start - 1]?.lower ?? '') && subj.end <= v.idx) return null;
  return { start: begin, end: e, attribution: { how: 'inside', cueStart: v.idx, cueEnd: v.end, phrase: subj }, mixed: false, form: 'object' };
}
