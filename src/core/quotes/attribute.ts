import { accordingAt, skipObject, type VerbHit, verbAt } from './cues';
import { endsWithAny, type QuoteLexicon } from './lexicon';
import { isDeterminer, isNameWord, isPossessive, isPreposition, phraseAfter, phraseBefore, type SpeakerPhrase } from './noun-phrase';
import type { QTok } from './tokens';

/** How a quote got its speaker. */
export type CueHow = 'after' | 'before' | 'inside' | 'according' | 'colon' | 'paragraph' | 'neighbour' | 'none';

export interface Attribution {
  how: CueHow;
  /** Token range of the cue (verb or "according to"), or -1. */
  cueStart: number;
  cueEnd: number;
  phrase: SpeakerPhrase | null;
}

const TERMINATORS = new Set(['.', '!', '?', ';']);
const DASHES = new Set(['—', '–', '-', '―']);

export const NO_ATTRIBUTION: Attribution = { how: 'none', cueStart: -1, cueEnd: -1, phrase: null };

/** Helpers over the token stream, bound to one document. */
export class Cues {
  constructor(
    readonly toks: readonly QTok[],
    readonly lex: QuoteLexicon,
  ) {
    this.verbMemo = new Array(toks.length);
    this.headlines = headlineParagraphs(toks);
  }

  /** Paragraphs written in Title Case ("Hillary Clinton Calls ISIS Violence ‘Genocide’"), where a capitalised verb is still a verb. */
  private readonly headlines: Set<number>;

  /** verbAt per token, read once (the rules ask about the same tokens many times); never mutated. */
  private readonly verbMemo: (VerbHit | null | undefined)[];

  readonly isVerb = (k: number): boolean => {
    const v = this.verb(k);
    return !!v;
  };

  verb(k: number): VerbHit | null {
    if (!(k >= 0 && k < this.toks.length)) return verbAt(this.toks, k, this.lex);
    const hit = this.verbMemo[k];
    if (hit !== undefined) return hit;
    return (this.verbMemo[k] = verbAt(this.toks, k, this.lex, this.toks[k].cap && this.headlines.has(this.toks[k].paragraph)));
  }

  /**
   * A sentence end: a full stop outside quotes, or the last token of a closing mark that follows
   * a full stop before a new sentence (“… over.” Then; ''… over.'' Then).
   */
  isBoundary(k: number): boolean {
    const toks = this.toks;
    const t = toks[k];
    if (t.kind === 'punct' && t.quote < 0 && TERMINATORS.has(t.text)) return !this.ordinalDot(k);
    if (t.quote < 0) return t.kind === 'word' && this.abbreviationEnds(k);
    let c = k;
    if (t.kind !== 'close') {
      // The second character of a two-character mark.
      const b = toks[k - 1];
      if (!(t.kind === 'punct' && b && b.kind === 'close' && b.quote === t.quote && b.end === t.start)) return false;
      c = k - 1;
    }
    const after = toks[k + 1];
    if (after && after.quote === t.quote && after.kind === 'punct' && after.start === t.end) return false;
    const p = toks[c - 1];
    if (!p || p.kind !== 'punct' || !(p.text === '.' || p.text === '!' || p.text === '?')) return false;
    return !after || after.paragraph !== t.paragraph || after.cap;
  }

  /**
   * The dot of an ordinal number where the pack writes one ([ordinal-followers] not empty): before a
   * month or a counted noun ("am 3. Juni", "im 20. Jahrhundert"), or a regnal number before
   * lower-case words ("Ludwig II. „bleibt für uns …“").
   */
  private ordinalDot(k: number): boolean {
    const followers = this.lex.g.ordinalFollowers;
    const b = this.toks[k - 1];
    let n = this.toks[k + 1];
    if (!followers.size || this.toks[k].text !== '.' || !b || !n || b.end !== this.toks[k].start) return false;
    if (/^\d{1,2}$/.test(b.text)) return n.kind === 'word' && followers.has(n.lower);
    if (!/^[IVX]{1,5}$/.test(b.text) || !this.toks[k - 2]?.cap) return false;
    if (n.kind === 'open') n = this.toks[k + 2];
    return !!n && n.kind === 'word' && !n.cap;
  }

  /**
   * "… after the polls close at 7 p.m. He says …": an abbreviation that took the full stop ends the
   * sentence when a subject pronoun or an article opens the next one.
   */
  private abbreviationEnds(k: number): boolean {
    const t = this.toks[k];
    const n = this.toks[k + 1];
    if (t.text.length < 3 || !t.text.endsWith('.') || !n || n.kind !== 'word' || !n.cap || n.quote >= 0 || n.paragraph !== t.paragraph) return false;
    const g = this.lex.g;
    return g.subjectPronouns.has(n.lower) || g.articles.has(n.lower);
  }

  /** First token of the sentence (outside quotes) that holds token k, looking back at most 60 tokens. */
  sentenceFloor(k: number): number {
    const p = this.toks[k]?.paragraph;
    let f = k;
    while (f - 1 >= 0 && f > k - 60 && this.toks[f - 1].paragraph === p && !this.isBoundary(f - 1)) f--;
    return f;
  }

  /** One past the last token of the sentence (outside quotes) that holds token k. */
  sentenceLimit(k: number): number {
    const p = this.toks[k]?.paragraph;
    let e = k;
    while (e < this.toks.length && e < k + 80 && this.toks[e].paragraph === p && !this.isBoundary(e)) e++;
    // A closing mark, or an abbreviation with the full stop, that ends the sentence belongs to it.
    const u = this.toks[e];
    return e < this.toks.length && (u.quote >= 0 || u.kind === 'word') && u.paragraph === p && this.isBoundary(e) ? e + 1 : e;
  }

  skipAuxBack(j: number, floor: number): number {
    while (j >= floor && j > 0 && this.toks[j].kind === 'word' && this.lex.auxiliary.has(this.toks[j].lower)) j--;
    // "-ly" adverbs: "he said flatly" is after, "he bluntly said" before.
    while (j >= floor && this.toks[j].kind === 'word' && endsWithAny(this.toks[j].lower, this.lex.g.adverbSuffix) && this.toks[j].lower.length > 4 && !this.toks[j].cap) j--;
    return j;
  }

  skipAuxForward(k: number, limit: number): number {
    while (k < limit && this.toks[k].kind === 'word' && (this.lex.auxiliary.has(this.toks[k].lower) || (endsWithAny(this.toks[k].lower, this.lex.g.adverbSuffix) && this.toks[k].lower.length > 4 && !this.toks[k].cap))) k++;
    return k;
  }

  /**
   * The subject of the verb at `vi`: the phrase just before it, past auxiliaries ("has also
   * said"), an appositive ("Putin, who arrived on Thursday, said") or a participle clause
   * ("Trump tweeted on Monday, saying").
   */
  subjectOf(vi: number, floor: number): SpeakerPhrase | null {
    if (!this.lex.g.flags.has('verb-second')) return this.subjectBefore(vi, floor);
    // A verb at the end of its clause ("Metz hat anlässlich der Eröffnung erklärt"): the clause's subject.
    const inverted = this.invertedSubject(vi, floor);
    if (inverted) return inverted;
    const before = this.subjectBefore(vi, floor);
    if (before && !this.nounAfterDeterminer(before) && !this.inPrepositionalPhrase(before.start, floor)) {
      // The phrase before a verb at the end of its clause is its object when the clause opens with
      // a subject and an auxiliary ("Brenner hatte die Bedeutung der Ortsvereine betont").
      const opening = this.openingSubject(floor, vi);
      return opening && opening.end <= before.start ? opening : before;
    }
    return this.clauseSubject(floor, vi) ?? this.openingSubject(floor, vi) ?? this.openingName(floor, vi) ?? before;
  }

  /**
   * In a verb-second language the subject follows the verb when something else opens the clause
   * ("Dazu sagte Müller:", "In einer Erklärung sagte die Ministerin"): the name or pronoun after
   * the verb, when what stands before it is no subject (nothing, a prepositional phrase, an adverb).
   */
  private invertedSubject(vi: number, floor: number): SpeakerPhrase | null {
    const toks = this.toks;
    const before = this.subjectBefore(vi, floor);
    // (A noun before the verb may be its fronted object: "Jede Schuld der CDU weist Wolff von sich".)
    const noun = !!before && this.nounAfterDeterminer(before);
    if (before && before.kind !== 'description' && !noun && !this.inPrepositionalPhrase(before.start, floor)) return null;
    const limit = this.sentenceLimit(vi);
    const k = this.skipAuxForward(this.verb(vi)?.end ?? vi + 1, limit);
    if (k >= limit || skipObject(toks, k, this.lex) > k || (noun && isDeterminer(toks[k], this.lex))) return null;
    const after = phraseAfter(toks, k, limit, this.lex, this.isVerb);
    return after && after.kind !== 'description' ? after : null;
  }

  /** One capitalised word after a determiner, where every noun is capitalised, is a noun, no name ("eines der Mitglieder", "der SPD"). */
  private nounAfterDeterminer(ph: SpeakerPhrase): boolean {
    return ph.kind === 'name' && ph.end - ph.start === 1 && this.lex.g.flags.has('nouns-capitalised') && isDeterminer(this.toks[ph.start - 1], this.lex);
  }

  /**
   * A name of two words or more that opens the sentence, before an aside or a phrase ("Emil Kaiser,
   * einer der Abgeordneten, die …, kritisierte", "Schlagersängerin Lena Sommer zum neuen Album:").
   */
  openingName(floor: number, end: number): SpeakerPhrase | null {
    const ph = phraseAfter(this.toks, floor, end, this.lex, this.isVerb);
    return ph && ph.start === floor && ph.kind === 'name' && ph.nameEnd - ph.nameStart >= 2 ? ph : null;
  }

  /** The phrase that opens the clause, when an auxiliary follows it ("Die Sprecherin Jana Roth hatte … betont"). */
  private openingSubject(floor: number, vi: number): SpeakerPhrase | null {
    const ph = phraseAfter(this.toks, floor, vi, this.lex, this.isVerb);
    if (!ph || ph.start !== floor) return null;
    const next = this.toks[ph.end];
    return next && next.kind === 'word' && this.lex.auxiliary.has(next.lower) ? ph : null;
  }

  /** The phrase starting at `start` is the object of a preposition ("in einer Erklärung", "Nach Angaben"). */
  private inPrepositionalPhrase(start: number, floor: number): boolean {
    let p = start - 1;
    if (p >= floor && isDeterminer(this.toks[p], this.lex)) p--;
    return p >= floor && isPreposition(this.toks[p], this.lex);
  }

  private subjectBefore(vi: number, floor: number): SpeakerPhrase | null {
    const toks = this.toks;
    let j = this.skipAuxBack(vi - 1, floor);
    if (j < floor) return null;
    const t = toks[j];
    if (t.kind === 'word' && this.lex.g.infinitive.has(t.lower)) {
      // "went on to say", "wanted to tell": the subject of the governing verb.
      for (let d = j - 1; d >= floor && d >= j - 4; d--) {
        const ph = phraseBefore(toks, d, floor, this.lex, this.isVerb);
        if (ph && ph.kind !== 'description') return ph;
      }
      return null;
    }
    if (t.kind === 'word' && this.lex.g.coordinators.has(t.lower)) {
      // "The Arizona Republican survived … and says": the subject of the first verb.
      return this.clauseSubject(floor, j) ?? phraseAfter(toks, floor, j, this.lex, this.isVerb);
    }
    const direct = phraseBefore(toks, j, floor, this.lex, this.isVerb);
    if (direct) return direct;
    if (t.kind === 'punct' && (t.text === ',' || DASHES.has(t.text) || t.text === ')')) {
      const close = t.text === ')' ? '(' : t.text;
      // "X, the foo of bar, said": the subject is before the aside; "her adviser, Jake Sullivan, said": the aside names it.
      for (let d = j - 1; d >= floor && d >= j - 30; d--) {
        const u = toks[d];
        if (u.quote >= 0) break;
        if (u.kind === 'punct' && u.text === close) {
          let s = phraseBefore(toks, d - 1, floor, this.lex, this.isVerb);
          // "Marley Anderson, 21, a junior from Las Vegas, said": past the age too.
          if (!s && /^\d{1,3}$/.test(toks[d - 1]?.text ?? '') && toks[d - 2]?.text === ',') s = phraseBefore(toks, d - 3, floor, this.lex, this.isVerb);
          const aside = phraseBefore(toks, j - 1, d + 1, this.lex, this.isVerb);
          if (aside && aside.kind === 'name' && aside.start === d + 1 && (!s || s.kind === 'description')) return aside;
          if (s) return s;
          break;
        }
      }
      // "Trump tweeted on Monday, saying ...": the subject of the main verb, else of the clause.
      if (endsWithAny(toks[vi].lower, this.lex.g.gerundSuffix)) {
        for (let d = j - 1; d >= floor && d >= j - 25; d--) {
          if (toks[d].quote >= 0) continue;
          const v = this.verb(d);
          if (v && !v.passive) return this.subjectOf(d, floor);
        }
        return this.clauseSubject(floor, j);
      }
    }
    return null;
  }

  /**
   * The subject of a clause in [floor, end): the first stretch (after a comma or a quote) that
   * opens with a name or a personal pronoun followed by a lower-case word, as in "Later on
   * Sunday, Carson shared …" or "Band member Flea shared …".
   */
  clauseSubject(floor: number, end: number): SpeakerPhrase | null {
    const toks = this.toks;
    let segStart = true;
    for (let k = floor; k < end; k++) {
      const t = toks[k];
      if (t.quote >= 0 || t.kind !== 'word') {
        segStart = t.quote >= 0 || (t.kind === 'punct' && (t.text === ',' || DASHES.has(t.text) || t.text === ':'));
        continue;
      }
      if (!segStart) continue;
      segStart = false;
      const pro = this.lex.pronouns.get(t.lower);
      if (pro === 'male' || pro === 'female' || pro === 'plural') {
        const next = toks[k + 1];
        if (next && next.kind === 'word' && !next.cap) return { start: k, end: k + 1, kind: 'pronoun', nameStart: k, nameEnd: k + 1 };
        continue;
      }
      if (!isNameWord(t, this.lex)) continue;
      // A run of capitalised words, with role nouns between them ("Band member Flea").
      let e = k;
      let lastCap = k;
      while (e < end && e < k + 8 && toks[e].kind === 'word' && toks[e].quote < 0 && (isNameWord(toks[e], this.lex) || (!toks[e].cap && (this.lex.titles.has(toks[e].lower) || this.lex.heads.has(toks[e].lower))))) {
        if (isNameWord(toks[e], this.lex)) lastCap = e;
        e++;
      }
      const next = toks[lastCap + 1];
      if (!next || next.kind !== 'word' || next.cap || isPreposition(next, this.lex) || isDeterminer(next, this.lex) || isPossessive(toks[lastCap])) continue;
      const ph = phraseBefore(toks, lastCap, k, this.lex, this.isVerb);
      if (ph && ph.kind === 'name') return ph;
    }
    return null;
  }

  /** "“…,” X said", "“…,” said X", "“…,” according to X": the cue after a quote's close. */
  after(ci: number): Attribution | null {
    const toks = this.toks;
    const para = toks[ci].paragraph;
    let k = ci + 1;
    while (k < toks.length && toks[k].quote === toks[ci].quote && toks[k].quote >= 0) k++; // the rest of a two-character mark
    let skipped = 0;
    while (k < toks.length && skipped < 2 && toks[k].kind === 'punct' && toks[k].quote < 0 && (toks[k].text === ',' || DASHES.has(toks[k].text))) {
      k++;
      skipped++;
    }
    if (k >= toks.length || toks[k].paragraph !== para || toks[k].quote >= 0) return null;
    const limit = this.sentenceLimit(k);
    // An auxiliary before an inverted verb and its subject: "« … », a déclaré le ministre", "a-t-il ajouté".
    if (this.lex.g.flags.has('auxiliary-inversion') && this.lex.auxiliary.has(toks[k].lower) && k + 1 < limit) {
      const pro = this.lex.pronouns.get(toks[k + 1].lower);
      const v2 = pro && pro !== 'relative' ? this.verb(k + 2) : this.verb(k + 1);
      if (v2 && !v2.passive && v2.kind !== 'belief' && v2.kind !== 'object') {
        if (pro && pro !== 'relative') return { how: 'after', cueStart: v2.idx, cueEnd: v2.end, phrase: { start: k + 1, end: k + 2, kind: 'pronoun', nameStart: k + 1, nameEnd: k + 2 } };
        const ph = phraseAfter(toks, this.skipAuxForward(v2.end, limit), limit, this.lex, this.isVerb);
        if (ph) return { how: 'after', cueStart: v2.idx, cueEnd: v2.end, phrase: ph };
      }
    }
    // "said X" (inversion)
    const v = this.verb(k);
    const quoted = v && !v.passive ? this.quotedPerson(v, limit) : null;
    if (v && quoted) return { how: 'after', cueStart: v.idx, cueEnd: v.end, phrase: quoted };
    if (v && !v.passive && v.kind !== 'belief' && v.kind !== 'object' && !endsWithAny(toks[k].lower, this.lex.g.gerundSuffix)) {
      const m = this.skipAuxForward(v.end, limit);
      const ph = phraseAfter(toks, m, limit, this.lex, this.isVerb);
      if (ph) return { how: 'after', cueStart: v.idx, cueEnd: v.end, phrase: ph };
    }
    const acc = accordingAt(toks, k, this.lex);
    if (acc > 0) {
      const ph = phraseAfter(toks, acc, limit, this.lex, this.isVerb);
      if (ph) return { how: 'according', cueStart: k, cueEnd: acc, phrase: ph };
    }
    const np = phraseAfter(toks, k, limit, this.lex, this.isVerb);
    if (!np) return null;
    // In a verb-second language a reporting clause after a quote is inverted ("„…“, sagte Müller");
    // a subject before its verb opens a sentence of its own ("„…“, Adler bezeichnete die Entscheidung als …").
    if (this.lex.g.flags.has('verb-second') && np.start === k) return this.dashName(np, k, skipped, para);
    let m = this.skipAuxForward(np.end, limit);
    let hit = m < limit ? this.verb(m) : null;
    if (!hit && m < limit && toks[m].kind === 'punct' && (toks[m].text === ',' || DASHES.has(toks[m].text) || toks[m].text === '(')) {
      // "X, who …, said" / "X, the foo of bar, said"
      const close = toks[m].text === '(' ? ')' : toks[m].text;
      for (let d = m + 1; d < limit && d < m + 30; d++) {
        const u = toks[d];
        if (u.quote >= 0) break;
        if (u.kind === 'punct' && u.text === close) {
          m = this.skipAuxForward(d + 1, limit);
          hit = m < limit ? this.verb(m) : null;
          break;
        }
      }
    }
    if (hit && !hit.passive && hit.kind !== 'object' && hit.kind !== 'belief') return { how: 'after', cueStart: hit.idx, cueEnd: hit.end, phrase: this.preferAside(np, m) };
    // "another friend, Mariam Emara told CNN": an unclosed aside that names the speaker.
    if (toks[np.end]?.text === ',') {
      const named = phraseAfter(toks, np.end + 1, limit, this.lex, this.isVerb);
      if (named && named.kind === 'name') {
        const n = this.skipAuxForward(named.end, limit);
        const v2 = n < limit ? this.verb(n) : null;
        if (v2 && !v2.passive) return { how: 'after', cueStart: v2.idx, cueEnd: v2.end, phrase: named };
      }
    }
    return this.dashName(np, k, skipped, para);
  }

  /** "“…” ― Sonya Herridge": a name after a dash, closing the sentence or the paragraph. */
  private dashName(np: SpeakerPhrase, k: number, skipped: number, para: number): Attribution | null {
    const toks = this.toks;
    if (skipped > 0 && DASHES.has(toks[k - 1].text) && np.kind === 'name') {
      const after = toks[np.end];
      if (!after || after.paragraph !== para || this.isBoundary(np.end) || after.kind === 'punct') return { how: 'after', cueStart: k - 1, cueEnd: k, phrase: np };
    }
    return null;
  }

  /**
   * After a verb whose object is the person quoted (the pack's [quoting-verbs]: "zitiert die
   * „Technikpost“ Hoffmann", "zitierte man Yolanda Alvarez", "zitierte Papandreou mit den Worten"):
   * the last name among the next three phrases, past determiners and quoted names. Null for
   * other verbs, and when the verb ends its clause (a participle: "wird … zitiert").
   */
  private quotedPerson(v: VerbHit, limit: number): SpeakerPhrase | null {
    if (!this.lex.g.quotingVerbs.has(v.lemma)) return null;
    const toks = this.toks;
    let best: SpeakerPhrase | null = null;
    let k = v.end;
    for (let n = 0; n < 3 && k < limit; n++) {
      while (k < limit && (toks[k].quote >= 0 || isDeterminer(toks[k], this.lex))) k++;
      if (isPreposition(toks[k], this.lex)) break;
      const ph = phraseAfter(toks, k, limit, this.lex, this.isVerb);
      if (!ph) break;
      if (ph.kind === 'name') best = ph;
      k = ph.end;
    }
    return best;
  }

  /** "a friend, Jane Doe, said": the name in the aside is the better speaker than the description. */
  private preferAside(np: SpeakerPhrase, verbAt: number): SpeakerPhrase {
    if (np.kind !== 'description' || this.toks[np.end]?.text !== ',') return np;
    const aside = phraseBefore(this.toks, this.skipAuxBack(verbAt - 1, np.end) - 1, np.end + 1, this.lex, this.isVerb);
    return aside && aside.kind === 'name' && aside.start === np.end + 1 ? aside : np;
  }

  /**
   * The cue before a quote's opening mark: "X said: “…”", "X told reporters, “…”" (an
   * introduction), or a speech verb earlier in the sentence ("Merkel told her “dear colleague” Macron
   * that the talks were “a real step forward”"), which makes the quote partial.
   */
  before(oi: number): Attribution | null {
    const toks = this.toks;
    if (oi <= 0) return null;
    const para = toks[oi].paragraph;
    const floor = this.sentenceFloorAcrossQuotes(oi);
    let k = oi - 1;
    if (k < floor || toks[k].paragraph !== para) return null;
    let near = true;
    let best: Attribution | null = null;
    for (let j = k; j >= floor && j > oi - 45; j--) {
      const t = toks[j];
      if (t.quote >= 0) {
        near = false;
        continue;
      }
      if (t.kind === 'word' && this.lex.g.clauseBreak.has(t.lower)) near = false;
      const acc = accordingAt(toks, j, this.lex);
      if (acc > 0) {
        const ph = phraseAfter(toks, acc, oi, this.lex, this.isVerb);
        if (ph) return { how: 'according', cueStart: j, cueEnd: acc, phrase: ph };
      }
      const v = this.verb(j);
      if (!v || v.passive) continue;
      const subj = this.quotedPerson(v, oi) ?? this.subjectOf(j, floor);
      if (near && !best && v.kind !== 'belief' && v.kind !== 'object' && this.introduces(v.end, oi)) return { how: 'before', cueStart: v.idx, cueEnd: v.end, phrase: subj };
      // Inside a sentence, the outermost reporting verb speaks ("Xi said the two sides agreed on a “…”");
      // in a verb-second language the nearest one with a subject does (each main clause has its own:
      // "Berger nannte sie „ungerecht“, Adler bezeichnete sie als „völlig überzogen“").
      if (subj || !best) best = { how: 'inside', cueStart: v.idx, cueEnd: v.end, phrase: subj };
      if (subj && this.lex.g.flags.has('verb-second')) return best;
      near = false;
    }
    return best;
  }

  /**
   * Whether the words between a verb and a quote's opening mark make an introduction: "said:",
   * "told reporters,", "said in a statement:", or the verb right before a quote that opens
   * with a capital ("said “We ...”").
   */
  introduces(from: number, oi: number): boolean {
    const toks = this.toks;
    if (oi - from > 12) return false;
    const prev = toks[oi - 1];
    if (prev.kind === 'punct' && (prev.text === ':' || prev.text === ',')) return true;
    if (from === oi) {
      const first = toks[oi + 1];
      return !!first && first.cap;
    }
    return false;
  }

  /** Start of the sentence holding the opening mark at oi, not crossing another quote's close. */
  sentenceFloorAcrossQuotes(oi: number): number {
    const toks = this.toks;
    const p = toks[oi].paragraph;
    let f = oi;
    while (f - 1 >= 0 && f > oi - 60 && toks[f - 1].paragraph === p && !this.isBoundary(f - 1)) f--;
    return f;
  }

  /** The last speech verb with a subject in the sentence ending at token `end` (a colon introduction). */
  colonIntro(end: number): Attribution | null {
    const toks = this.toks;
    const t = toks[end];
    if (!t || t.text !== ':' || t.quote >= 0) return null;
    const floor = this.sentenceFloor(end);
    for (let j = end - 1; j >= floor && j > end - 25; j--) {
      const v = this.verb(j);
      if (v && !v.passive) {
        const subj = this.subjectOf(j, floor);
        if (subj) return { how: 'colon', cueStart: v.idx, cueEnd: v.end, phrase: subj };
      }
    }
    // "Republican pollster Daron Shaw: “…”", "Transcript as follows:".
    // "Schlagersängerin Lena Sommer zum neuen Album: „…“": in a verb-second language, a name opening the line.
    const opening = this.lex.g.flags.has('verb-second') ? this.openingName(floor, end) : null;
    if (opening) return { how: 'colon', cueStart: end, cueEnd: end + 1, phrase: opening };
    const named = phraseBefore(toks, end - 1, floor, this.lex, this.isVerb);
    if (named && named.kind === 'name') return { how: 'colon', cueStart: end, cueEnd: end + 1, phrase: named };
    const subj = this.clauseSubject(floor, end);
    if (subj) return { how: 'colon', cueStart: end, cueEnd: end + 1, phrase: subj };
    return null;
  }

  /** The first speech verb with a subject, or according-to cue with a source, after token `k` in its sentence (outside quotes). */
  speechLater(k: number): Attribution | null {
    const toks = this.toks;
    if (k >= toks.length) return null;
    const floor = this.sentenceFloor(k);
    const limit = this.sentenceLimit(k);
    for (let j = k; j < limit; j++) {
      if (toks[j].quote >= 0) continue;
      // "…, so Lindner", "laut dem Minister"
      const acc = accordingAt(toks, j, this.lex);
      const named = acc > 0 ? phraseAfter(toks, acc, limit, this.lex, this.isVerb) : null;
      if (named) return { how: 'according', cueStart: j, cueEnd: acc, phrase: named };
      const v = this.verb(j);
      if (!v || v.passive || v.kind === 'belief') continue;
      const subj = this.quotedPerson(v, limit) ?? this.subjectOf(j, floor);
      if (subj) return { how: 'after', cueStart: v.idx, cueEnd: v.end, phrase: subj };
    }
    return null;
  }

  /**
   * The speaker of the nearest reported speech before token `oi`, within the paragraph and the
   * one before ("Carter said that … \n\n “That’s because …”"), else the subject of the
   * sentence just before.
   */
  speechBefore(oi: number): Attribution | null {
    const toks = this.toks;
    const para = toks[oi].paragraph;
    for (let j = oi - 1; j >= 0 && j > oi - 120 && toks[j].paragraph >= para - 1; j--) {
      if (toks[j].quote >= 0) continue;
      const v = this.verb(j);
      if (!v || v.passive || v.kind === 'manner') continue;
      const subj = this.subjectOf(j, this.sentenceFloor(j));
      if (subj && subj.kind !== 'description') return { how: 'paragraph', cueStart: v.idx, cueEnd: v.end, phrase: subj };
    }
    const prev = oi - 1;
    if (prev < 0 || toks[prev].paragraph < para - 1) return null;
    const floor = this.sentenceFloor(prev);
    const subj = this.clauseSubject(floor, prev + 1);
    return subj ? { how: 'paragraph', cueStart: -1, cueEnd: -1, phrase: subj } : null;
  }
}

/**
 * Paragraphs of 3 to 25 words where at least four in five words longer than three letters are
 * capitalised: headlines in Title Case. One pass over the tokens.
 */
function headlineParagraphs(toks: readonly QTok[]): Set<number> {
  const out = new Set<number>();
  let i = 0;
  while (i < toks.length) {
    const p = toks[i].paragraph;
    let words = 0;
    let long = 0;
    let caps = 0;
    for (; i < toks.length && toks[i].paragraph === p; i++) {
      const t = toks[i];
      if (t.kind !== 'word') continue;
      words++;
      if (t.text.length > 3) {
        long++;
        if (t.cap) caps++;
      }
    }
    if (words >= 3 && words <= 25 && long >= 3 && caps * 5 >= long * 4) out.add(p);
  }
  return out;
}
