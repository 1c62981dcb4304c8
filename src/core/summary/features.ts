import { sentenceAt, type TextDoc } from '../text/document';
import type { Figure, Participant } from '../types';
import { datelineLength } from './dateline';
import type { SummaryLexicon } from './lexicon';
import { type SentenceTerms, stem } from './terms';

/** The raw signals of every sentence, one typed array per signal (linear in the text). */
export interface SentenceSignals {
  /** Offset where the sentence proper starts (after a dateline). */
  start: Int32Array;
  words: Int32Array;
  boilerplate: Uint8Array;
  /** Sum of the other-sentence frequencies of its terms over sqrt(term count), scaled to max 1. */
  centrality: Float64Array;
  /** Share of the title's content terms the sentence holds. */
  title: Float64Array;
  /** Names (participant mentions, or capitalised words inside the sentence when none are known). */
  names: Float64Array;
  figures: Float64Array;
  /** Share of characters inside double quote marks. */
  quoted: Float64Array;
  dangling: Uint8Array;
  voice: Uint8Array;
}

const DANGLING = new Set(['he', 'she', 'it', 'they', 'his', 'her', 'its', 'their', 'this', 'that', 'these', 'those', 'but', 'and', 'so', 'yet', 'also', 'however', 'meanwhile', 'still', 'then', 'there']);
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
): SentenceSignals {
  const n = doc.sentences.length;
  const sig: SentenceSignals = {
    start: new Int32Array(n),
    words: new Int32Array(n),
    boilerplate: new Uint8Array(n),
    centrality: new Float64Array(n),
    title: new Float64Array(n),
    names: new Float64Array(n),
    figures: new Float64Array(n),
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
  for (const f of figures) if (f.sentence >= 0 && f.sentence < n) sig.figures[f.sentence]++;
  let maxCentrality = 0;
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
      if (hasDigit(tok.text)) digits++;
    }
    sig.voice[s] = body.trimEnd().endsWith('?') || (firstPerson && sig.quoted[s] < 0.5) ? 1 : 0;
    if (!fromFindings) sig.names[s] = caps;
    if (figures.length === 0) sig.figures[s] = digits;
    let c = 0;
    let inTitle = 0;
    const a = terms.offsets[s];
    const b = terms.offsets[s + 1];
    for (let k = a; k < b; k++) {
      c += terms.sentenceFreq[terms.ids[k]] - 1;
      if (titleIds.size && titleIds.has(terms.ids[k])) inTitle++;
    }
    sig.centrality[s] = b > a ? c / Math.sqrt(b - a) : 0;
    if (sig.centrality[s] > maxCentrality) maxCentrality = sig.centrality[s];
    sig.title[s] = titleTerms ? inTitle / titleTerms : 0;
  }
  if (maxCentrality > 0) for (let s = 0; s < n; s++) sig.centrality[s] /= maxCentrality;
  return sig;
}

function bump(arr: Float64Array, doc: TextDoc, offset: number): void {
  const s = sentenceAt(doc, offset);
  if (s >= 0 && offset >= doc.sentences[s].start && offset < doc.sentences[s].end) arr[s]++;
}
