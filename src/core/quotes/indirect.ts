import type { Attribution, Cues } from './attribute';
import { clauseEnd, finiteAt } from './clause-end';
import { firstComma, inFrontedAdverbial } from './clause-start';
import { accordingAt, skipObject, type VerbHit } from './cues';
import { endsWithAny } from './lexicon';
import { isDeterminer, isNameWord, isPreposition, phraseAfter } from './noun-phrase';
import { according, clauseBefore } from './reported-before';
import { objectAfter } from './reported-object';
import type { QTok } from './tokens';

/** Reported speech: a clause (token range) attributed by a cue. */
export interface ReportedClause {
  /** Token range of the reported words [start, end). */
  start: number;
  end: number;
  attribution: Attribution;
  /** When a cue interrupts the clause ("The museum, he said, celebrated …"): its pieces. */
  parts?: [number, number][];
  /** The clause carries quoted words (mixed speech). */
  mixed: boolean;
  /** The construction that found it, for the confidence score. */
  form?: ReportedForm;
  /** How sure the engine is, 0 to 1 (set by `scoreReported`). */
  confidence?: number;
  /** The speaker is the head of a restrictive relative clause ("voters who say …"). */
  relative?: boolean;
}

/** How a reported clause was found. */
export type ReportedForm = 'that' | 'bare' | 'object' | 'before' | 'split' | 'according-after' | 'according-before' | 'headline' | 'asked' | 'mixed';


/**
 * "social media success depends on …": a third-person present in -s right after a noun (a word
 * that is not a determiner, preposition, possessive or adjective ending), not a plural noun after
 * its modifier ("state voters" is the risk, kept small by the length and ending checks).
 */
function presentAfterNoun(toks: readonly QTok[], e: number, cues: Cues): boolean {
  const t = toks[e];
  const p = toks[e - 1];
  const w = t.lower;
  if (t.cap || t.quote >= 0 || w.length < 5 || !w.endsWith('s') || /(?:ss|us|is|ics|ous|ness|ings?)$/.test(w)) return false;
  if (!p || p.kind !== 'word' || p.quote >= 0 || isDeterminer(p, cues.lex) || isPreposition(p, cues.lex) || /['’]s?$/.test(p.lower)) return false;
  const n = toks[e + 1];
  // A verb takes an object, a preposition, a particle or "that" next, not a full stop.
  return !!n && n.kind === 'word' && !cues.lex.g.predicateJoiners.has(n.lower);
}

/** The speech verb at vi has a pronoun subject right after a relative pronoun or a noun ("that he said", "a move they say"). */
function relativeSubject(toks: readonly QTok[], cues: Cues, vi: number): boolean {
  const subj = toks[vi - 1];
  const pro = cues.lex.pronouns.get(subj?.lower ?? '');
  if (!subj || subj.kind !== 'word' || subj.quote >= 0 || !(pro === 'male' || pro === 'female' || pro === 'plural' || pro === 'self')) return false;
  const before = toks[vi - 2];
  if (!before || before.kind !== 'word' || before.quote >= 0) return false;
  const g = cues.lex.g;
  if (g.relative.has(before.lower)) return true;
  // "a decision they say allowed …": a noun right before the pronoun.
  return !before.cap && !isDeterminer(before, cues.lex) && !isPreposition(before, cues.lex) && !g.conjunctions.has(before.lower) && !g.complementizer.has(before.lower) && !cues.isVerb(vi - 2) && !g.finite.has(before.lower);
}

/** A clause opening with a noun phrase needs a finite verb soon after ("said the plan would …", not "denied the charges"). */
function hasFiniteVerb(toks: readonly QTok[], k: number, limit: number, cues: Cues): boolean {
  const g = cues.lex.g;
  let asides = 0;
  for (let e = k; e < limit && e < k + 16; e++) {
    const t = toks[e];
    if (t.kind === 'punct' && t.quote < 0 && t.text !== '-' && t.text !== '’' && t.text !== "'") {
      // "his band and collaborator Brian Burton, AKA Danger Mouse, wrote": an aside in the subject.
      if (t.text === ',' && asides < 2) {
        asides++;
        continue;
      }
      return false;
    }
    if (t.kind !== 'word') continue;
    if (t.quote >= 0) {
      // Quoted words carry the verb in mixed speech ("the comment “was inappropriate”").
      if (g.finite.has(t.lower) || /['’](?:s|ll|re|ve|d)$/.test(t.lower)) return true;
      continue;
    }
    if (g.finite.has(t.lower) || /^(?:that|it|he|she|there|what|who|which|this)['’]s$|['’](?:ll|re|ve|d)$/.test(t.lower)) return true;
    // "… indicates a tightening race as Trump consolidates": a verb after a subordinator is another clause's.
    if (e > k && (g.clauseSubordinators.has(t.lower) || (g.conjunctions.has(t.lower) && !g.predicateJoiners.has(t.lower) && (cues.lex.pronouns.has(toks[e + 1]?.lower ?? '') || isNameWord(toks[e + 1], cues.lex))))) return false;
    if (!isDeterminer(toks[e - 1], cues.lex) && !t.cap && endsWithAny(t.lower, g.finiteSuffix) && t.lower.length > 4) return true;
    if (finiteAt(toks, e, cues)) return true;
    if (e > k && presentAfterNoun(toks, e, cues)) return true;
  }
  return false;
}

function isWord(t: QTok | undefined): boolean {
  return !!t && t.kind === 'word';
}

/**
 * Finds reported speech: "X said (that) CLAUSE", "X told Y that CLAUSE", "CLAUSE, X said",
 * "CLAUSE, according to X", "According to X, CLAUSE". `used` holds the tokens of cues that
 * already attribute a direct quote, which are not read again.
 */
export function findReported(toks: readonly QTok[], cues: Cues, used: ReadonlySet<number>): ReportedClause[] {
  const out: ReadonlySet<number> = used;
  const found: ReportedClause[] = [];
  const taken = new Set<number>();
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.kind !== 'word' || t.quote >= 0 || out.has(k)) continue;
    const acc = accordingAt(toks, k, cues.lex);
    if (acc > 0) {
      const r = according(toks, cues, k, acc, out);
      if (r && !overlaps(taken, r)) push(found, taken, r, toks);
      else if (r && r.form === 'according-after') replaceInner(found, taken, r, toks);
      continue;
    }
    const headline = k === 0 || toks[k - 1].paragraph !== t.paragraph ? nameColon(toks, cues, k) : null;
    if (headline) {
      if (!overlaps(taken, headline)) push(found, taken, headline, toks);
      k = headline.end - 1;
      continue;
    }
    const asked = askedAt(toks, cues, k);
    if (asked) {
      if (!overlaps(taken, asked)) push(found, taken, asked, toks);
      continue;
    }
    const v = cues.verb(k);
    if (!v || v.passive || v.kind === 'manner') continue;
    const r = (v.kind === 'object' ? null : clauseAfter(toks, cues, v) ?? clauseBefore(toks, cues, v)) ?? objectAfter(toks, cues, v);
    if (r && !overlaps(taken, r)) push(found, taken, r, toks);
    else if (r && (r.form === 'before' || r.form === 'split')) replaceInner(found, taken, r, toks);
    if (r) k = Math.max(k, v.end - 1);
  }
  return found;
}

/** "John McCain: Republican Populist Anger Appeals to …": a paragraph that opens with a name and a colon. */
function nameColon(toks: readonly QTok[], cues: Cues, k: number): ReportedClause | null {
  const ph = phraseAfter(toks, k, Math.min(toks.length, k + 7), cues.lex, cues.isVerb);
  if (!ph || ph.kind !== 'name' || ph.end - k > 5) return null;
  const colon = toks[ph.end];
  if (!colon || colon.text !== ':' || colon.paragraph !== toks[k].paragraph) return null;
  // "CORRECTION:", "Editor's Note:", "The Latest:": a label, not a speaker.
  const label = toks.slice(ph.start, ph.end).map((t) => t.lower).join(' ');
  const last = toks[ph.end - 1].lower;
  if (cues.lex.headlineLabels.has(label) || cues.lex.headlineLabels.has(last) || (ph.start > k && cues.lex.headlineLabels.has(`${toks[k].lower} ${label}`))) return null;
  // "BEIJING:", "WASHINGTON, D.C.:": a dateline in capitals at the top of the story, not a speaker.
  if (toks[k].paragraph <= 1 && toks.slice(ph.start, ph.end).every((t) => !isWord(t) || t.text === t.text.toUpperCase())) return null;
  const start = ph.end + 1;
  const limit = cues.sentenceLimit(start);
  let words = 0;
  let quoted = 0;
  let commas = 0;
  let caps = 0;
  for (let e = start; e < limit; e++) {
    if (toks[e].text === ',' && toks[e].quote < 0) commas++;
    if (!isWord(toks[e])) continue;
    words++;
    if (toks[e].cap) caps++;
    if (toks[e].quote >= 0) quoted++;
  }
  if (words < 3 || quoted === words) return null;
  // "Iowa: Tim Albrecht, Brad Anderson, Rob Barron, …": a list of names.
  if (commas >= 3 && caps * 10 >= words * 8) return null;
  return { start, end: limit, attribution: { how: 'colon', cueStart: ph.end, cueEnd: ph.end + 1, phrase: ph }, mixed: false, form: 'headline' };
}


/** "Asked whether the plan would work, Ryan said …": the question put to the speaker, by an unnamed asker. */
function askedAt(toks: readonly QTok[], cues: Cues, k: number): ReportedClause | null {
  const t = toks[k];
  if (!cues.lex.g.asked.has(t.lower) || cues.sentenceFloor(k) !== k) return null;
  const q = toks[k + 1];
  if (!q || q.kind !== 'word' || !cues.lex.g.questionWords.has(q.lower)) return null;
  const limit = cues.sentenceLimit(k);
  let e = k + 2;
  while (e < limit && !(toks[e].kind === 'punct' && toks[e].quote < 0 && toks[e].text === ',')) e++;
  if (e >= limit || e - k < 4) return null;
  const start = cues.lex.g.askedAbout.has(q.lower) ? k + 2 : k + 1;
  return { start, end: e, attribution: { how: 'inside', cueStart: k, cueEnd: k + 1, phrase: null }, mixed: false, form: 'asked' };
}

function overlaps(taken: Set<number>, r: ReportedClause): boolean {
  for (let k = r.start; k < r.end; k++) if (taken.has(k)) return true;
  return false;
}

/**
 * "Merkel denied the charges, the lawyer said": a cue that closes the sentence reports the whole
 * clause, so the clauses found inside it (with their cues) give way to it. Clauses are taken in
 * text order, so only the last few can lie inside.
 */
function replaceInner(found: ReportedClause[], taken: Set<number>, r: ReportedClause, toks: readonly QTok[]): void {
  let i = found.length;
  while (i > 0 && found[i - 1].end > r.start) i--;
  const inner = found.slice(i);
  if (!inner.length || !inner.every((c) => c.start >= r.start && c.end <= r.end && c.attribution.cueStart >= r.start && c.attribution.cueStart < r.end)) return;
  for (const c of inner) for (let k = c.start; k < c.end; k++) taken.delete(k);
  found.length = i;
  push(found, taken, r, toks);
}

function push(found: ReportedClause[], taken: Set<number>, r: ReportedClause, toks: readonly QTok[]): void {
  for (let k = r.start; k < r.end; k++) {
    taken.add(k);
    if (toks[k].quote >= 0) r.mixed = true;
  }
  found.push(r);
}


/**
 * Adjuncts between a verb and its clause: "said on Monday", "said Friday", "said in a
 * statement", "told reporters after his victory in the primary that". Returns the token after
 * them: a "that" within a short run of words after a preposition is taken at once.
 */
function skipAdjuncts(toks: readonly QTok[], cues: Cues, k: number, limit: number): number {
  const g = cues.lex.g;
  const t = toks[k];
  if (!t || t.quote >= 0 || t.kind !== 'word') return k;
  if (g.adjunctPrepositions.has(t.lower) || g.adjunctWords.has(t.lower)) {
    for (let e = k + 1; e < limit && e < k + 12; e++) {
      const u = toks[e];
      if (u.quote >= 0 || u.kind !== 'word') break;
      if (g.complementizer.has(u.lower)) return e;
      if (g.finite.has(u.lower) || cues.isVerb(e)) break;
    }
  }
  let m = k;
  while (m < limit && m < k + 10) {
    const u = toks[m];
    if (u.quote >= 0 || u.kind !== 'word') break;
    if (g.adjunctWords.has(u.lower)) {
      m++;
      continue;
    }
    // "last week", "this morning", "on Monday", "in a statement", "in an interview with CNN".
    if (g.adjunctPrepositions.has(u.lower)) {
      let e = m + 1;
      if (isDeterminer(toks[e], cues.lex)) e++;
      const head = toks[e];
      if (head && head.kind === 'word' && head.quote < 0 && (g.adjunctWords.has(head.lower) || g.adjunctHeads.has(head.lower) || cues.lex.media.has(head.lower))) {
        m = e + 1;
        // "in an interview with CNN", "in a statement on Friday"
        if (toks[m] && g.adjunctPrepositions.has(toks[m].lower) && isNameWord(toks[m + 1], cues.lex)) {
          m += 2;
          while (m < limit && isNameWord(toks[m], cues.lex)) m++;
        }
        continue;
      }
    }
    break;
  }
  return m;
}

/** "what Obama says", "it is safe to say", "that is to say": no attribution. */
function writerIdiom(toks: readonly QTok[], cues: Cues, vi: number): boolean {
  const g = cues.lex.g;
  const b = toks[vi - 1];
  if (!b || b.kind !== 'word') return false;
  if (g.freeRelative.has(b.lower)) return true;
  if (!g.infinitive.has(b.lower)) return false;
  const w = toks[vi - 2];
  return !!w && w.kind === 'word' && (g.be.has(w.lower) || cues.lex.writerIdioms.has(w.lower));
}

/** The clause after a verb: "said (that) …", "told reporters on Monday that …". */
function clauseAfter(toks: readonly QTok[], cues: Cues, v: VerbHit): ReportedClause | null {
  const lex = cues.lex;
  const g = lex.g;
  const limit = cues.sentenceLimit(v.idx);
  if (writerIdiom(toks, cues, v.idx)) return null;
  let k = v.end;
  // ", said Ms. Gil, …": an inverted cue closes the clause before it.
  if (toks[v.idx - 1]?.text === ',' && isNameWord(toks[k], lex)) {
    const inv = phraseAfter(toks, k, limit, lex, cues.isVerb);
    if (inv && (inv.end >= limit || toks[inv.end].kind === 'punct')) return null;
  }
  if (g.tell.has(v.lemma)) {
    // "told The Post and Courier newspaper of Charleston on Saturday that …"
    for (let e = k + 1; e < limit && e < k + 14; e++) {
      const u = toks[e];
      if (u.quote >= 0 || u.kind !== 'word' || (e > k + 1 && (g.finite.has(u.lower) || cues.isVerb(e)))) break;
      if (g.complementizer.has(u.lower)) {
        k = e;
        break;
      }
    }
  }
  if (g.tell.has(v.lemma) && !g.complementizer.has(toks[k]?.lower ?? '')) {
    const o = skipObject(toks, k, lex);
    if (o > k) k = o;
    else {
      // "told Putin", "told the committee"
      let e = k;
      if (isDeterminer(toks[e], lex)) e++;
      // "told her “dear colleague” Macron that …": the listener may carry quoted words.
      const listener = (u: QTok, at: number) => u.cap || ((g.prepositions.has(u.lower) || g.predicateJoiners.has(u.lower)) && !!toks[at + 1]?.cap) || (at > k && !g.listenerStop.has(u.lower) && !g.clauseOpeners.has(u.lower) && !g.complementizer.has(u.lower));
      while (e < limit && e < k + 8 && (toks[e].quote >= 0 || (isWord(toks[e]) && listener(toks[e], e)))) e++;
      k = e;
    }
  }
  // Languages that set off reported clauses with a comma ("sagte, er werde", "sagte, dass").
  if (g.flags.has('comma-before-clause') && toks[k]?.text === ',' && toks[k].quote < 0) k++;
  // Adjuncts before the clause: "said on Monday that", "said in a statement that", "said Friday".
  const m = skipAdjuncts(toks, cues, k, limit);
  let start: number;
  const viaThat = m < limit && g.complementizer.has(toks[m].lower) && toks[m].quote < 0;
  if (viaThat) {
    start = m + 1;
    // "reiterated that approach in his interview": "that" was a determiner.
    const w = toks[start];
    if (w && w.kind === 'word' && w.quote < 0 && !w.cap && !isDeterminer(w, lex) && !lex.pronouns.has(w.lower) && !/^\d/.test(w.text) && !hasFiniteVerb(toks, start, limit, cues)) return null;
  } else {
    // No "that": the clause must open at once with a subject.
    const pro = lex.pronouns.get(toks[m]?.lower ?? '');
    const pronounClause = (pro === 'male' || pro === 'female' || pro === 'plural' || pro === 'self') && g.finite.has(toks[m + 1]?.lower ?? '');
    if ((g.thatOnly.has(v.lemma) || v.kind === 'belief') && !pronounClause && !g.bareBelief.has(v.lemma)) return null;
    k = m;
    const c = toks[k];
    if (!c || k >= limit || c.quote >= 0) return null;
    // "said, however, that"
    if (c.kind === 'punct' && c.text === ',') return null;
    if (!isWord(c)) return null;
    // "a finish that he said defied expectations", "a move they say left a vacuum": the relative
    // pronoun (or the noun before a contact clause) is the subject, so the clause opens with its verb.
    if (!c.cap && finiteAt(toks, k, cues) && relativeSubject(toks, cues, v.idx)) {
      const end = clauseEnd(toks, cues, k, limit);
      const subj = cues.subjectOf(v.idx, cues.sentenceFloor(v.idx));
      if (subj && end > k + 1) return { start: k, end, attribution: { how: 'inside', cueStart: v.idx, cueEnd: v.end, phrase: subj }, mixed: false, form: 'bare' };
    }
    if ((g.fronting.has(c.lower) || g.nonOpeners.has(c.lower)) && !g.subordinators.has(c.lower) && !g.questionWords.has(c.lower)) return null;
    const bare = c.lower.replace(/['’](?:ll|d|s|re|ve|m)$/, '');
    const pronoun = g.clauseOpeners.has(bare) && !isDeterminer(c, lex) && !g.subordinators.has(c.lower);
    const opens = pronoun || (!isPreposition(c, lex) && !g.infinitive.has(c.lower) && !endsWithAny(c.lower, g.adverbSuffix) && !cues.isVerb(k) && hasFiniteVerb(toks, k + 1, limit, cues));
    if (!opens) return null;
    start = k;
  }
  if (start >= limit) return null;
  // The clause runs to the end of the sentence, or of the aside for "who said".
  let end = clauseEnd(toks, cues, start, limit);
  const floor = cues.sentenceFloor(v.idx);
  const beforeAt = cues.skipAuxBack(v.idx - 1, floor);
  const before = toks[beforeAt];
  // "voters who say …": the speaker is the head of a restrictive relative clause.
  const relative = !!before && g.relative.has(before.lower) && toks[beforeAt - 1]?.text !== ',';
  if (before && g.relative.has(before.lower) && !g.complementizer.has(before.lower)) {
    for (let e = start; e < end; e++) if (toks[e].kind === 'punct' && toks[e].quote < 0 && (toks[e].text === ',' || toks[e].text === '—')) {
      end = e;
      break;
    }
  }
  // "After saying he was nervous to ask a question, the man …": the clause ends with the adverbial,
  // and a participle's speaker is the subject of the main clause.
  let mainSubject = null;
  if (inFrontedAdverbial(toks, floor, v.idx, lex)) {
    end = Math.min(end, firstComma(toks, start, limit));
    if (endsWithAny(toks[v.idx].lower, g.gerundSuffix)) {
      if (end < limit && toks[end].text === ',') mainSubject = cues.clauseSubject(end + 1, limit) ?? phraseAfter(toks, end + 1, limit, lex, (e) => finiteAt(toks, e, cues));
      if (!mainSubject) return null;
    }
  }
  // A clause that is one direct quote is the direct quote's business.
  let words = 0;
  let quoted = 0;
  for (let e = start; e < end; e++) if (isWord(toks[e])) {
    words++;
    if (toks[e].quote >= 0) quoted++;
  }
  if (words < 3 || quoted === words) return null;
  const subj = mainSubject ?? cues.subjectOf(v.idx, floor) ?? cues.clauseSubject(floor, v.idx);
  if (!subj) return null;
  // "what Obama says and promises is …", "how a candidate responds can be …": a free relative.
  if (g.freeRelative.has(toks[subj.start - 1]?.lower ?? '') && subj.end <= v.idx) return null;
  return { start, end, attribution: { how: 'inside', cueStart: v.idx, cueEnd: v.end, phrase: subj }, mixed: false, form: viaThat ? 'that' : 'bare', ...(relative ? { relative } : {}) };
}
