import type { Attribution, Cues } from './attribute';
import { accordingAt, skipObject, type VerbHit } from './cues';
import { endsWithAny } from './lexicon';
import { isDeterminer, isNameWord, isPreposition, phraseAfter, type SpeakerPhrase } from './noun-phrase';
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
}


/** A clause opening with a noun phrase needs a finite verb soon after ("said the plan would …", not "denied the charges"). */
function hasFiniteVerb(toks: readonly QTok[], k: number, limit: number, cues: Cues): boolean {
  for (let e = k; e < limit && e < k + 25; e++) {
    const t = toks[e];
    if (t.kind === 'punct' && t.quote < 0 && t.text !== '-' && t.text !== '’' && t.text !== "'") return false;
    if (t.kind !== 'word') continue;
    if (cues.lex.g.finite.has(t.lower) || /^(?:that|it|he|she|there|what|who|which|this)['’]s$|['’](?:ll|re|ve|d)$/.test(t.lower)) return true;
    if (e > k + 1 && !isDeterminer(toks[e - 1], cues.lex) && !t.cap && endsWithAny(t.lower, cues.lex.g.finiteSuffix) && t.lower.length > 4) return true;
    if (cues.isVerb(e)) return true;
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
  const start = ph.end + 1;
  const limit = cues.sentenceLimit(start);
  let words = 0;
  let quoted = 0;
  for (let e = start; e < limit; e++) if (isWord(toks[e])) {
    words++;
    if (toks[e].quote >= 0) quoted++;
  }
  if (words < 3 || quoted === words) return null;
  return { start, end: limit, attribution: { how: 'colon', cueStart: ph.end, cueEnd: ph.end + 1, phrase: ph }, mixed: false };
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
  return { start, end: e, attribution: { how: 'inside', cueStart: k, cueEnd: k + 1, phrase: null }, mixed: false };
}

function overlaps(taken: Set<number>, r: ReportedClause): boolean {
  for (let k = r.start; k < r.end; k++) if (taken.has(k)) return true;
  return false;
}

function push(found: ReportedClause[], taken: Set<number>, r: ReportedClause, toks: readonly QTok[]): void {
  for (let k = r.start; k < r.end; k++) {
    taken.add(k);
    if (toks[k].quote >= 0) r.mixed = true;
  }
  found.push(r);
}

/** The clause after a verb: "said (that) …", "told reporters on Monday that …". */
function clauseAfter(toks: readonly QTok[], cues: Cues, v: VerbHit): ReportedClause | null {
  const limit = cues.sentenceLimit(v.idx);
  let k = v.end;
  // ", said Ms. Gil, …": an inverted cue closes the clause before it.
  if (toks[v.idx - 1]?.text === ',' && isNameWord(toks[k], cues.lex)) {
    const inv = phraseAfter(toks, k, limit, cues.lex, cues.isVerb);
    if (inv && (inv.end >= limit || toks[inv.end].kind === 'punct')) return null;
  }
  if (cues.lex.g.tell.has(v.lemma)) {
    const o = skipObject(toks, k, cues.lex);
    if (o > k) k = o;
    else {
      // "told Putin", "told the committee"
      let e = k;
      if (isDeterminer(toks[e], cues.lex)) e++;
      // "told his “old friend” Putin that …": the listener may carry quoted words.
      while (e < limit && e < k + 8 && (toks[e].quote >= 0 || (isWord(toks[e]) && (toks[e].cap || (e > k && !cues.lex.g.clauseOpeners.has(toks[e].lower) && !cues.lex.g.complementizer.has(toks[e].lower)))))) e++;
      k = e;
    }
  }
  // Languages that set off reported clauses with a comma ("sagte, er werde", "sagte, dass").
  if (cues.lex.g.flags.has('comma-before-clause') && toks[k]?.text === ',' && toks[k].quote < 0) k++;
  // Adjuncts before "that": "said on Monday that", "said in a statement that".
  let m = k;
  let adj = 0;
  while (m < limit && adj < 10 && !cues.lex.g.complementizer.has(toks[m].lower) && (cues.lex.g.timeWords.has(toks[m].lower) || (adj > 0 && isWord(toks[m]) && (toks[m].cap || isPreposition(toks[m], cues.lex))))) {
    m++;
    adj++;
  }
  let start: number;
  if (m < limit && cues.lex.g.complementizer.has(toks[m].lower) && toks[m].quote < 0) start = m + 1;
  else if (toks[k] && cues.lex.g.complementizer.has(toks[k].lower) && toks[k].quote < 0) start = k + 1;
  else {
    // No "that": the clause must open at once with a subject.
    if (cues.lex.g.thatOnly.has(v.lemma) || v.kind === 'belief') {
      if (!cues.lex.g.bareBelief.has(v.lemma)) return null;
    }
    const c = toks[k];
    if (!c || k >= limit || c.quote >= 0) return null;
    if (c.kind === 'punct' && c.text === ',') {
      // "said, however, that"
      return null;
    }
    if (!isWord(c)) return null;
    const bare = c.lower.replace(/['’](?:ll|d|s|re|ve|m)$/, '');
    const pronoun = cues.lex.g.clauseOpeners.has(bare) && !isDeterminer(c, cues.lex) && !cues.lex.g.subordinators.has(c.lower);
    const opens = pronoun || (!isPreposition(c, cues.lex) && !cues.lex.g.infinitive.has(c.lower) && !endsWithAny(c.lower, cues.lex.g.adverbSuffix) && !cues.isVerb(k) && hasFiniteVerb(toks, k + 1, limit, cues));
    if (!opens) return null;
    start = k;
  }
  if (start >= limit) return null;
  // The clause runs to the end of the sentence, or of the aside for "who said".
  let end = clauseEnd(toks, start, limit, cues);
  const before = toks[v.idx - 1];
  if (before && cues.lex.g.relative.has(before.lower) && !cues.lex.g.complementizer.has(before.lower)) {
    for (let e = start; e < limit; e++) if (toks[e].kind === 'punct' && toks[e].quote < 0 && (toks[e].text === ',' || toks[e].text === '—')) {
      end = e;
      break;
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
  const floor = cues.sentenceFloor(v.idx);
  const subj = cues.subjectOf(v.idx, floor) ?? cues.clauseSubject(floor, v.idx);
  if (!subj) return null;
  return { start, end, attribution: { how: 'inside', cueStart: v.idx, cueEnd: v.end, phrase: subj }, mixed: false };
}


/**
 * Where a reported clause stops: the sentence end, or the first comma that opens a tail the
 * reporter added (", however …", ", a swipe at …", ", compared with …", ", adding …"), or a
 * second verb of the speaker ("… but did not say", "… and has championed").
 */
function clauseEnd(toks: readonly QTok[], start: number, limit: number, cues: Cues): number {
  for (let e = start + 2; e < limit; e++) {
    const t = toks[e];
    if (t.quote >= 0) continue;
    const n = toks[e + 1];
    if (t.kind === 'punct' && (t.text === ',' || t.text === '—' || t.text === '–' || t.text === ';' || t.text === '(') && n && n.quote < 0) {
      if (t.text === ';' || t.text === '(') return e;
      if (n.kind === 'word' && (cues.lex.g.tailStarters.has(n.lower) || (endsWithAny(n.lower, cues.lex.g.gerundSuffix) && n.lower.length > 4 && !n.cap))) return e;
    }
    if (t.kind === 'word' && cues.lex.g.predicateJoiners.has(t.lower) && n && n.kind === 'word' && cues.lex.g.auxAfterAnd.has(n.lower)) return e;
  }
  return limit;
}


/**
 * What a speaker called for, proposed, endorsed or declined: the object or the infinitive after
 * the verb ("called for a special prosecutor", "declined to comment", "accused him of lying"),
 * up to punctuation, a time adjunct or a second verb of the speaker.
 */
function objectAfter(toks: readonly QTok[], cues: Cues, v: VerbHit): ReportedClause | null {
  if (!(v.kind === 'object' || cues.lex.objectLemmas.has(v.lemma) || v.lemma.endsWith(' for') || v.lemma.endsWith(' on'))) return null;
  const limit = cues.sentenceLimit(v.idx);
  const first = toks[v.end];
  if (!first || v.end >= limit || first.kind !== 'word' || (isPreposition(first, cues.lex) && !cues.lex.g.infinitive.has(first.lower))) return null;
  let e = v.end;
  for (; e < limit && e < v.end + 40; e++) {
    const t = toks[e];
    if (t.quote >= 0) continue;
    if (t.kind === 'punct' && t.text !== '-' && t.text !== '’' && t.text !== "'") break;
    if (e > v.end && t.kind === 'word') {
      if (cues.lex.g.objectStop.has(t.lower) && !(cues.lex.g.objectStopOn.has(t.lower) && !cues.lex.g.objectStopAfterOn.has(toks[e + 1]?.lower ?? ''))) break;
      if (cues.lex.g.predicateJoiners.has(t.lower) && toks[e + 1] && (cues.lex.g.auxAfterAnd.has(toks[e + 1].lower) || cues.isVerb(e + 1))) break;
    }
  }
  if (e <= v.end) return null;
  const floor = cues.sentenceFloor(v.idx);
  const subj = cues.subjectOf(v.idx, floor) ?? cues.clauseSubject(floor, v.idx);
  if (!subj) return null;
  return { start: v.end, end: e, attribution: { how: 'inside', cueStart: v.idx, cueEnd: v.end, phrase: subj }, mixed: false };
}

/** "CLAUSE, X said." / "CLAUSE, said X." with the cue closing the sentence. */
function clauseBefore(toks: readonly QTok[], cues: Cues, v: VerbHit): ReportedClause | null {
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
    let j = cues.skipAuxBack(v.idx - 1, floor);
    for (let d = j; d >= floor && d > j - 14; d--) {
      if (cues.isVerb(d) && d !== v.idx) break; // "…, Xi said the two sides agreed": not this verb's clause
      if (toks[d].kind === 'punct' && toks[d].text === ',' && toks[d].quote < 0) {
        const ph = phraseAfter(toks, d + 1, v.idx, cues.lex, cues.isVerb);
        const subj = cues.subjectOf(v.idx, d + 1);
        if (ph && subj) {
          phrase = subj;
          comma = d;
        }
        break;
      }
      if (toks[d].quote >= 0) break;
    }
    j = 0;
  }
  if (!phrase || comma <= floor) return null;
  if (v.kind !== 'speech') return null;
  const after = phrase.end > v.end ? phrase.end : v.end;
  // "The museum, Mr. Bush said, celebrated …": the cue interrupts the clause, which goes on after it.
  const resume = toks[after + 1];
  if (toks[after]?.text === ',' && toks[after].quote < 0 && resume && after + 1 < limit && !(resume.kind === 'word' && (cues.lex.g.tailStarters.has(resume.lower) || (endsWithAny(resume.lower, cues.lex.g.gerundSuffix) && !resume.cap)))) {
    const end2 = clauseEnd(toks, after + 1, limit, cues);
    let w1 = 0;
    for (let e = floor; e < comma; e++) if (isWord(toks[e])) w1++;
    if (w1 >= 1 && end2 - (after + 1) >= 2) {
      return { start: floor, end: end2, parts: [[floor, comma], [after + 1, end2]], attribution: { how: 'after', cueStart: v.idx, cueEnd: v.end, phrase }, mixed: false };
    }
  }
  // Nothing but adjuncts after the cue.
  let tail = 0;
  for (let e = after; e < limit; e++) if (isWord(toks[e])) tail++;
  if (tail > 12) return null;
  const next = toks[after];
  if (after < limit && next && !(next.kind === 'punct' && next.text === ',') && !(next.kind === 'word' && cues.lex.g.afterCue.has(next.lower))) return null;
  let words = 0;
  let quoted = 0;
  for (let e = floor; e < comma; e++) if (isWord(toks[e])) {
    words++;
    if (toks[e].quote >= 0) quoted++;
  }
  if (words < 3 || quoted === words) return null;
  return { start: floor, end: comma, attribution: { how: 'after', cueStart: v.idx, cueEnd: v.end, phrase }, mixed: false };
}

/**
 * The source after "according to": a person or any document, count or record ("a CNN tally",
 * "the most recent data available from the FBI"), up to the next punctuation.
 */
export function sourcePhrase(toks: readonly QTok[], k: number, limit: number, cues: Cues): SpeakerPhrase | null {
  const ph = phraseAfter(toks, k, limit, cues.lex, cues.isVerb);
  if (ph && ph.kind !== 'description') return ph;
  let e = k;
  while (e < limit && e < k + 12 && toks[e].kind === 'word' && toks[e].quote < 0) e++;
  if (e === k) return ph;
  return { start: k, end: e, kind: 'description', nameStart: k, nameEnd: e };
}

/** "CLAUSE, according to X." or "According to X, CLAUSE." */
function according(toks: readonly QTok[], cues: Cues, k: number, acc: number, used: ReadonlySet<number>): ReportedClause | null {
  const floor = cues.sentenceFloor(k);
  const limit = cues.sentenceLimit(k);
  const ph = sourcePhrase(toks, acc, limit, cues);
  if (!ph) return null;
  const attribution: Attribution = { how: 'according', cueStart: k, cueEnd: acc, phrase: ph };
  if (k === floor || (k === floor + 1 && !isWord(toks[floor]))) {
    // "According to X, CLAUSE."
    let c = ph.end;
    while (c < limit && !(toks[c].kind === 'punct' && toks[c].text === ',')) c++;
    if (c + 1 >= limit) return null;
    return { start: c + 1, end: limit, attribution, mixed: false };
  }
  const comma = toks[k - 1]?.text === ',' ? k - 1 : k;
  if (comma - floor < 3) return null;
  // "“…,” Putin said, according to a Kremlin readout": the quote already has its cue.
  for (let e = floor; e < comma; e++) if (used.has(e)) return null;
  let quoted = 0;
  for (let e = floor; e < comma; e++) if (toks[e].quote >= 0) quoted++;
  if (quoted === comma - floor) return null;
  return { start: floor, end: comma, attribution, mixed: false };
}
