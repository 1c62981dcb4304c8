import { sentenceAt, type TextDoc } from '../text/document';
import type { Figure, FigureKind, Participant } from '../types';
import { centrality, type CentralityShape } from './centrality';
import { datelineLength } from './dateline';
import type { SummaryLexicon } from './lexicon';
import { type SentenceTerms, stem } from './terms';

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
  /** Figures, weighted by kind: amounts and counts 1, bare numbers 0.5, dates and years 0.25. */
  figures: Float64Array;
  /** Event or outcome verbs ("signed", "killed"). */
  events: Float64Array;
  /** Emphasis words ("notably", "landmark"). */
  emphasis: Float64Array;
  /** Share of characters inside double quote marks. */
  quoted: Float64Array;
  dangling: Uint8Array;
  voice: Uint8Array;
}

const DANGLING = new Set(['he', 'she', 'it', 'they', 'his', 'her', 'its', 'their', 'this', 'that', 'these', 'those', 'but', 'and', 'so', 'yet', 'also', 'however', 'meanwhile', 'still', 'then', 'there']);
/** A question mark, maybe inside closing quotes or brackets, at the end. */
const QUESTION_END = /\?["'”’»)\]\s]{0,4}$/;
const FIRST_PERSON = new Set(['i', 'me', 'my', 'we', 'our', 'us', "i'm", 'i’m', "i've", 'i’ve', "we're", 'we’re', 'you', 'your']);

/** Share of `text` inside double quotes (straight or curly). */
export function quotedShare(text: string): number {
  let inside = false;
  let count = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) inside = true;
    else if (c === 0x201d) inside = false;
    else if (c === 0x22) inside = !inside;
    else if (c > 32) {
      letters++;
      if (inside) count++;
    }
  }
  return letters ? count / letters : 0;
}

function isBoilerplate(text: string, lex: SummaryLexicon): boolean {
  return lex.boilerStarts.test(text.slice(0, 60)) || lex.boilerContains.test(text);
}

const FIGURE_KIND_WEIGHT: Partial<Record<FigureKind, number>> = {
  money: 1,
  percent: 1,
  'percentage-points': 1,
  count: 1,
  measure: 1,
  age: 0.5,
  number: 0.5,
  ordinal: 0.5,
  date: 0.25,
  year: 0.25,
  period: 0.25,
  duration: 0.5,
};
const MAGNITUDES = new Set(['million', 'billion', 'trillion', 'percent', 'per', 'bn', 'm', 'people', 'dead', 'killed', 'times']);
const CURRENCY = '$£€¥₹';

/** How much a token with digits looks like a key figure, when the figures module found none. */
function figureStrength(doc: TextDoc, t: number): number {
  const tok = doc.tokens[t];
  const before = doc.text[tok.start - 1] ?? '';
  const after = doc.text[tok.end] ?? '';
  if (CURRENCY.includes(before) || after === '%') return 1;
  const next = doc.tokens[t + 1];
  if (next && next.sentence === tok.sentence && MAGNITUDES.has(next.norm)) return 1;
  if (/^(?:1[89]|20)\d\d$/.test(tok.text)) return 0.25;
  return 0.5;
}

const isUpper = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
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
  const n = doc.sentences.length;
  const sig: SentenceSignals = {
    start: new Int32Array(n),
    words: new Int32Array(n),
    boilerplate: new Uint8Array(n),
    centrality: centrality(terms, shape),
    title: new Float64Array(n),
    names: new Float64Array(n),
    figures: new Float64Array(n),
    events: new Float64Array(n),
    emphasis: new Float64Array(n),
    quoted: new Float64Array(n),
    dangling: new Uint8Array(n),
    voice: new Uint8Array(n),
  };
  // Title terms, as ids of the story's own terms.
  const titleIds = new Set<number>();
  let titleTerms = 0;
  if (title) {
    for (const m of title.toLowerCase().matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
      if (m[0].length < 2 || lex.ignore.has(m[0])) continue;
      titleTerms++;
      const id = terms.vocabulary.get(stem(m[0]));
      if (id !== undefined) titleIds.add(id);
    }
  }
  const fromFindings = participants.length > 0;
  for (const p of participants) for (const m of p.mentions) bump(sig.names, doc, m.start);
  for (const f of figures) if (f.sentence >= 0 && f.sentence < n) sig.figures[f.sentence] += FIGURE_KIND_WEIGHT[f.kind] ?? 0.5;
  for (let s = 0; s < n; s++) {
    const sent = doc.sentences[s];
    const cut = datelineLength(sent.text);
    sig.start[s] = sent.start + cut;
    const from = doc.sentenceTokenStart[s];
    const to = doc.sentenceTokenStart[s + 1];
    let first = from;
    while (first < to && doc.tokens[first].start < sig.start[s]) first++;
    sig.words[s] = to - first;
    const body = cut ? sent.text.slice(cut) : sent.text;
    sig.boilerplate[s] = isBoilerplate(body, lex) ? 1 : 0;
    sig.quoted[s] = quotedShare(body);
    if (first < to) sig.dangling[s] = DANGLING.has(doc.tokens[first].norm) ? 1 : 0;
    let firstPerson = false;
    let caps = 0;
    let digits = 0;
    for (let t = first; t < to; t++) {
      const tok = doc.tokens[t];
      if (!firstPerson && FIRST_PERSON.has(tok.norm)) firstPerson = true;
      if (t > first && isUpper(tok.text[0]) && !lex.ignore.has(tok.norm)) caps++;
      if (hasDigit(tok.text)) digits += figureStrength(doc, t);
      if (lex.events.has(tok.norm)) sig.events[s]++;
      else if (lex.emphasis.has(tok.norm)) sig.emphasis[s]++;
    }
    sig.voice[s] = QUESTION_END.test(body) || (firstPerson && sig.quoted[s] < 0.5) ? 1 : 0;
    if (!fromFindings) sig.names[s] = caps;
    if (figures.length === 0) sig.figures[s] = digits;
    let inTitle = 0;
    if (titleIds.size) for (let k = terms.offsets[s]; k < terms.offsets[s + 1]; k++) if (titleIds.has(terms.ids[k])) inTitle++;
    sig.title[s] = titleTerms ? inTitle / titleTerms : 0;
  }
  return sig;
}

function bump(arr: Float64Array, doc: TextDoc, offset: number): void {
  const s = sentenceAt(doc, offset);
  if (s >= 0 && offset >= doc.sentences[s].start && offset < doc.sentences[s].end) arr[s]++;
}
