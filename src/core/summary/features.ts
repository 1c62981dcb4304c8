import { sentenceAt, type TextDoc } from '../text/document';
import type { Figure, FigureKind, Participant } from '../types';
import { centrality, type CentralityShape } from './centrality';
import { datelineLength } from './dateline';
import type { SummaryLexicon } from './lexicon';
import { textLexicon } from '../text/lexicon';
import { tokenizeSentences } from '../text/tokens';
import { BOILER_TRIGGER, DANGLING, EMPHASIS, FIRST_PERSON, IGNORED, type SentenceTerms, termKey, WHEN } from './terms';

/** The raw signals of every sentence, one typed array per signal (linear in the text). */
export interface SentenceSignals {
  /** Offset where the sentence proper starts (after a dateline). */
  start: Int32Array;
  words: Int32Array;
  boilerplate: Uint8Array;
  /** Weight of its terms in the rest of the text (see centrality.ts), scaled to max 1. */
  centrality: Float64Array;
  /** Share of the title's content terms the sentence holds. */
  title: Float64Array;
  /** Names (participant mentions, or capitalised words inside the sentence when none are known). */
  names: Float64Array;
  /**
   * The key figure: 1 for the sentence holding the article's top amount or percentage (as ranked by
   * the figures module); without figures, currency, percent and million/billion tokens, shared out.
   */
  figures: Float64Array;
  /** Emphasis words ("notably", "landmark"). */
  emphasis: Float64Array;
  /** 1 when the sentence dates the event with a [when] word ("mardi"), as a news lead does. */
  when: Uint8Array;
  /** Share of characters inside double quote marks. */
  quoted: Float64Array;
  dangling: Uint8Array;
  voice: Uint8Array;
}

const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']', ' ', '\n', '\t']);

/** Ends on a question mark, maybe inside closing quotes or brackets (scans back at most 5 characters). */
export function endsAsQuestion(text: string): boolean {
  for (let i = text.length - 1; i >= 0 && i >= text.length - 5; i--) {
    const ch = text[i];
    if (ch === '?') return true;
    if (!CLOSERS.has(ch)) return false;
  }
  return false;
}

/** Share of `text` inside double quotes (straight or curly) or guillemets (« », French). */
export function quotedShare(text: string): number {
  let inside = false;
  let count = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0xab) inside = true;
    else if (c === 0x201d || c === 0xbb) inside = false;
    else if (c === 0x22) inside = !inside;
    else if (c > 32) {
      letters++;
      if (inside) count++;
    }
  }
  return letters ? count / letters : 0;
}


/** Which figure kinds can be the key figure of a story. */
const FIGURE_KIND_WEIGHT: Partial<Record<FigureKind, number>> = {
  money: 1,
  percent: 1,
  'percentage-points': 1,
  count: 0,
  measure: 0,
  age: 0,
  number: 0,
  ordinal: 0,
  date: 0,
  year: 0,
  period: 0,
  duration: 0,
};
const MAGNITUDES = new Set(['million', 'billion', 'trillion', 'percent', 'bn']);
const CURRENCY = '$£€¥₹';

/** How much a token with digits looks like a key figure, when the figures module found none. */
function figureStrength(doc: TextDoc, t: number): number {
  const tok = doc.tokens[t];
  const before = doc.text[tok.start - 1] ?? '';
  const after = doc.text[tok.end] ?? '';
  if (CURRENCY.includes(before) || after === '%') return 1;
  const next = doc.tokens[t + 1];
  if (next && next.sentence === tok.sentence && MAGNITUDES.has(next.norm)) return 1;
  return 0;
}

/** Participants found: a salience-weighted sum, scaled to read like a count of capitalised words. */
const NAMES_SCALE = 2;

const UPPER = /^\p{Lu}/u;
/** Starts with a capital letter (ASCII fast path). */
const isCapitalised = (word: string) => {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(word);
};
const hasDigit = (s: string) => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
};

export function sentenceSignals(
  doc: TextDoc,
  terms: SentenceTerms,
  lex: SummaryLexicon,
  title: string | null | undefined,
  participants: Participant[],
  figures: Figure[],
  shape: CentralityShape,
): SentenceSignals {
  // Only the sentences the terms cover (see MAX_SENTENCES in index.ts).
  const n = terms.offsets.length - 1;
  const sig: SentenceSignals = {
    start: new Int32Array(n),
    words: new Int32Array(n),
    boilerplate: new Uint8Array(n),
    centrality: centrality(terms, shape),
    title: new Float64Array(n),
    names: new Float64Array(n),
    figures: new Float64Array(n),
    emphasis: new Float64Array(n),
    when: new Uint8Array(n),
    quoted: new Float64Array(n),
    dangling: new Uint8Array(n),
    voice: new Uint8Array(n),
  };
  // Title terms, as ids of the story's own terms.
  const titleIds = new Set<number>();
  let titleTerms = 0;
  if (title) {
    // The title's words as the document's own tokenizer reads them (French "l'humiliation" is "l"
    // and "humiliation"), each folded to its term like the sentences' words.
    const words = tokenizeSentences([{ text: title, start: 0, end: title.length, index: 0, paragraph: 0 }], textLexicon(doc.pack).elisions);
    for (const tok of words) {
      if (tok.norm.length < 2 || lex.ignore.has(tok.norm)) continue;
      titleTerms++;
      const key = termKey(tok.norm, lex);
      const id = key === null ? undefined : terms.vocabulary.get(key);
      if (id !== undefined) titleIds.add(id);
    }
  }
  // Without findings, capitalised words and currency or percent tokens stand in for them.
  const proxyNames = participants.length === 0;
  const proxyFigures = figures.length === 0;
  // Each participant counts once per sentence, by its salience relative to the story's main one.
  let topSalience = 0;
  for (const p of participants) topSalience = Math.max(topSalience, p.salience);
  const lastSeen = new Int32Array(n).fill(-1);
  participants.forEach((p, i) => {
    const weight = topSalience > 0 ? Math.max(0, p.salience) / topSalience : 1;
    for (const m of p.mentions) {
      const s = sentenceAt(doc, m.start);
      if (s < 0 || s >= n || m.start < doc.sentences[s].start || lastSeen[s] === i) continue;
      lastSeen[s] = i;
      sig.names[s] += weight * NAMES_SCALE;
    }
  });
  // Found figures: only the sentence holding the article's top amount or percentage (by the
  // figures module's own score) gets 1. Bonuses for every figure, or for counts and measures,
  // cost ROUGE on CNN dev (see scripts/ablate-summary.mjs): most figures are detail, not news.
  let top: Figure | null = null;
  let topValue = 0;
  for (const f of figures) {
    const v = (FIGURE_KIND_WEIGHT[f.kind] ?? 0) * f.score;
    if (v > topValue && f.sentence >= 0 && f.sentence < n) {
      topValue = v;
      top = f;
    }
  }
  if (top) sig.figures[top.sentence] = 1;
  for (let s = 0; s < n; s++) {
    const sent = doc.sentences[s];
    // Datelines open an article or a paragraph.
    const cut = s === 0 || doc.sentences[s - 1].paragraph !== sent.paragraph ? datelineLength(sent.text) : 0;
    sig.start[s] = sent.start + cut;
    const from = doc.sentenceTokenStart[s];
    const to = doc.sentenceTokenStart[s + 1];
    let first = from;
    while (first < to && doc.tokens[first].start < sig.start[s]) first++;
    sig.words[s] = to - first;
    const body = cut ? sent.text.slice(cut) : sent.text;
    sig.quoted[s] = quotedShare(body);
    const flags = terms.tokenFlags;
    if (first < to) sig.dangling[s] = flags[first] & DANGLING ? 1 : 0;
    let firstPerson = false;
    let trigger = false;
    let caps = 0;
    let digits = 0;
    for (let t = first; t < to; t++) {
      const f = flags[t];
      const tok = doc.tokens[t];
      if (f & FIRST_PERSON) firstPerson = true;
      if (f & BOILER_TRIGGER) trigger = true;
      if (f & EMPHASIS) sig.emphasis[s]++;
      if (f & WHEN) sig.when[s] = 1;
      if (proxyNames && t > first && !(f & IGNORED) && isCapitalised(tok.text)) caps++;
      if (proxyFigures && hasDigit(tok.text)) digits += figureStrength(doc, t);
    }
    sig.boilerplate[s] = lex.boilerStarts.test(body) || (trigger && lex.boilerContains.test(body)) ? 1 : 0;
    sig.voice[s] = endsAsQuestion(body) || (firstPerson && sig.quoted[s] < 0.5) ? 1 : 0;
    if (proxyNames) sig.names[s] = caps;
    if (proxyFigures) sig.figures[s] = digits;
    let inTitle = 0;
    if (titleIds.size) for (let k = terms.offsets[s]; k < terms.offsets[s + 1]; k++) if (titleIds.has(terms.ids[k])) inTitle++;
    sig.title[s] = titleTerms ? inTitle / titleTerms : 0;
  }
  // Without the figures module's ranking, a key figure stands out when few sentences hold one:
  // divide by the square root of their count.
  let holding = 0;
  for (let s = 0; s < n; s++) if (sig.figures[s] > 0) holding++;
  if (holding > 1 && !top) for (let s = 0; s < n; s++) sig.figures[s] /= Math.sqrt(holding);
  return sig;
}

