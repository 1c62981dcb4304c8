import type { TextDoc } from '../text/document';
import type { Figure, KeySentence, Participant, Quote } from '../types';

export interface Findings {
  participants: Participant[];
  quotes: Quote[];
  figures: Figure[];
}

/** Picks the key sentences, in the order shown to the reader. */
export function keySentences(doc: TextDoc, findings: Findings, count: number): KeySentence[] {
  void findings;
  return doc.sentences.slice(0, count).map((s) => ({ text: s.text, start: s.start, end: s.end, sentence: s.index, score: 1 }));
}
