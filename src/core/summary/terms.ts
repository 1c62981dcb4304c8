import type { TextDoc } from '../text/document';

/** Folds a lower-cased word to a crude stem so that "attacks" meets "attack" and "Libya's" meets "Libya". */
export function stem(norm: string): string {
  let w = norm;
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && /(?:ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

/** Content terms of each sentence as integer ids (deduplicated within a sentence), in one pass over the tokens. */
export interface SentenceTerms {
  /** terms[s] = sorted unique term ids of sentence s. */
  terms: Int32Array[];
  /** Number of sentences holding each term. */
  sentenceFreq: Int32Array;
  /** Id of each term string, for looking up outside words (e.g. the title's). */
  ids: Map<string, number>;
}

export function sentenceTerms(doc: TextDoc, ignore: Set<string>): SentenceTerms {
  const ids = new Map<string, number>();
  const freq: number[] = [];
  const terms: Int32Array[] = [];
  const seen: number[] = [];
  for (let s = 0; s < doc.sentences.length; s++) {
    const from = doc.sentenceTokenStart[s];
    const to = doc.sentenceTokenStart[s + 1];
    const mine: number[] = [];
    for (let t = from; t < to; t++) {
      const norm = doc.tokens[t].norm;
      if (norm.length < 2 || ignore.has(norm)) continue;
      const key = stem(norm);
      if (ignore.has(key)) continue;
      let id = ids.get(key);
      if (id === undefined) {
        id = freq.length;
        ids.set(key, id);
        freq.push(0);
        seen.push(-1);
      }
      if (seen[id] === s) continue;
      seen[id] = s;
      freq[id]++;
      mine.push(id);
    }
    terms.push(Int32Array.from(mine.sort((a, b) => a - b)));
  }
  return { terms, sentenceFreq: Int32Array.from(freq), ids };
}
