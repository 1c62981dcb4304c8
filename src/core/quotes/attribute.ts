import { accordingAt, type VerbHit, verbAt } from './cues';
import type { QuoteLexicon } from './lexicon';
import { phraseAfter, phraseBefore, type SpeakerPhrase } from './noun-phrase';
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
const DASHES = new Set(['—', '–', '-']);
const CLAUSE_BREAK = new Set(['that', 'whether', 'if', 'because', 'but', 'and', 'while', 'when', 'although']);

export const NO_ATTRIBUTION: Attribution = { how: 'none', cueStart: -1, cueEnd: -1, phrase: null };

/** Helpers over the token stream, bound to one document. */
export class Cues {
  constructor(
    readonly toks: readonly QTok[],
    readonly lex: QuoteLexicon,
  ) {}

  readonly isVerb = (k: number): boolean => {
    const v = verbAt(this.toks, k, this.lex);
    return !!v;
  };

  verb(k: number): VerbHit | null {
    return verbAt(this.toks, k, this.lex);
  }

  isBoundary(k: number): boolean {
    const t = this.toks[k];
    return t.kind === 'punct' && t.quote < 0 && TERMINATORS.has(t.text);
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
    return e;
  }

  skipAuxBack(j: number, floor: number): number {
    while (j >= floor && j > 0 && this.toks[j].kind === 'word' && this.lex.auxiliary.has(this.toks[j].lower)) j--;
    // "-ly" adverbs: "he said flatly" is after, "he bluntly said" before.
    while (j >= floor && this.toks[j].kind === 'word' && this.toks[j].lower.endsWith('ly') && this.toks[j].lower.length > 4 && !this.toks[j].cap) j--;
    return j;
  }

  skipAuxForward(k: number, limit: number): number {
    while (k < limit && this.toks[k].kind === 'word' && (this.lex.auxiliary.has(this.toks[k].lower) || (this.toks[k].lower.endsWith('ly') && this.toks[k].lower.length > 4 && !this.toks[k].cap))) k++;
    return k;
  }

  /**
   * The subject of the verb at `vi`: the phrase just before it, past auxiliaries ("has also
   * said"), an appositive ("Putin, who arrived on Thursday, said") or a participle clause
   * ("Trump tweeted on Monday, saying").
   */
  subjectOf(vi: number, floor: number): SpeakerPhrase | null {
    const toks = this.toks;
    let j = this.skipAuxBack(vi - 1, floor);
    if (j < floor) return null;
    const direct = phraseBefore(toks, j, floor, this.lex, this.isVerb);
    if (direct) return direct;
    const t = toks[j];
    if (t.kind === 'punct' && (t.text === ',' || DASHES.has(t.text) || t.text === ')')) {
      const close = t.text === ')' ? '(' : t.text;
      // "X, the foo of bar, said": the subject is before the aside.
      for (let d = j - 1; d >= floor && d >= j - 30; d--) {
        const u = toks[d];
        if (u.quote >= 0) break;
        if (u.kind === 'punct' && u.text === close) {
          const s = phraseBefore(toks, d - 1, floor, this.lex, this.isVerb);
          if (s) return s;
          break;
        }
      }
      // "Trump tweeted on Monday, saying ...": the subject of the main verb, else the sentence's first words.
      if (toks[vi].lower.endsWith('ing')) {
        for (let d = j - 1; d >= floor && d >= j - 25; d--) {
          if (toks[d].quote >= 0) continue;
          const v = this.verb(d);
          if (v && !v.passive) return this.subjectOf(d, floor);
        }
        let e = floor;
        while (e < j && e < floor + 5 && toks[e].cap && toks[e].kind === 'word') e++;
        if (e > floor) return phraseBefore(toks, e - 1, floor, this.lex, this.isVerb);
      }
    }
    return null;
  }

  /** "“…,” X said", "“…,” said X", "“…,” according to X": the cue after a quote's close. */
  after(ci: number): Attribution | null {
    const toks = this.toks;
    const para = toks[ci].paragraph;
    let k = ci + 1;
    let skipped = 0;
    while (k < toks.length && skipped < 2 && toks[k].kind === 'punct' && toks[k].quote < 0 && (toks[k].text === ',' || DASHES.has(toks[k].text))) {
      k++;
      skipped++;
    }
    if (k >= toks.length || toks[k].paragraph !== para || toks[k].quote >= 0) return null;
    const limit = this.sentenceLimit(k);
    // "said X" (inversion)
    const v = this.verb(k);
    if (v && !v.passive && v.kind !== 'belief' && !toks[k].lower.endsWith('ing')) {
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
    if (hit && !hit.passive) return { how: 'after', cueStart: hit.idx, cueEnd: hit.end, phrase: np };
    return null;
  }

  /**
   * The cue before a quote's opening mark: "X said: “…”", "X told reporters, “…”" (an
   * introduction), or a speech verb earlier in the sentence ("Xi told his “old friend” Putin
   * that relations were “conducive to peace”"), which makes the quote partial.
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
      if (t.kind === 'word' && CLAUSE_BREAK.has(t.lower)) near = false;
      const acc = accordingAt(toks, j, this.lex);
      if (acc > 0) {
        const ph = phraseAfter(toks, acc, oi, this.lex, this.isVerb);
        if (ph) return { how: 'according', cueStart: j, cueEnd: acc, phrase: ph };
      }
      const v = this.verb(j);
      if (!v || v.passive) continue;
      const subj = this.subjectOf(j, floor);
      if (near && !best && v.kind !== 'belief' && this.introduces(v.end, oi)) return { how: 'before', cueStart: v.idx, cueEnd: v.end, phrase: subj };
      // Inside a sentence, the outermost reporting verb speaks ("Xi said the two sides agreed on a “…”").
      if (subj || !best) best = { how: 'inside', cueStart: v.idx, cueEnd: v.end, phrase: subj };
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
    for (let j = end - 1; j >= floor && j > end - 20; j--) {
      const v = this.verb(j);
      if (v && !v.passive) {
        const subj = this.subjectOf(j, floor);
        if (subj) return { how: 'colon', cueStart: v.idx, cueEnd: v.end, phrase: subj };
      }
    }
    return null;
  }
}
