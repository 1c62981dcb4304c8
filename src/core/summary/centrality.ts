import type { SentenceTerms } from './terms';

export interface CentralityShape {
  /** The sentence's term weights are summed, then divided by (term count) ^ this. */
  centralityNorm: number;
  /**
   * Directed centrality (as in PacSum): a term's weight in earlier sentences counts this much
   * against its weight in later ones. 1 = undirected; below 1, a sentence that opens what follows
   * beats one that repeats what came before.
   */
  centralityBackward: number;
}

/**
 * Content-word centrality against the document's term-frequency centroid: for each sentence, the
 * weight of its terms in the other sentences (linear in the text, never sentence against
 * sentence). Scaled so that the most central sentence has 1.
 */
export function centrality(terms: SentenceTerms, shape: CentralityShape): Float64Array {
  const n = terms.offsets.length - 1;
  const { ids, offsets } = terms;
  const centroid = terms.sentenceFreq;
  // before[t]: number of sentences read so far that hold term t.
  const before = new Int32Array(centroid.length);
  const back = shape.centralityBackward;
  const out = new Float64Array(n);
  let max = -Infinity;
  for (let s = 0; s < n; s++) {
    const a = offsets[s];
    const b = offsets[s + 1];
    if (b === a) continue;
    let sum = 0;
    for (let k = a; k < b; k++) {
      const t = ids[k];
      const earlier = before[t];
      sum += centroid[t] - earlier - 1 + back * earlier;
      before[t]++;
    }
    out[s] = sum / Math.pow(b - a, shape.centralityNorm);
    if (out[s] > max) max = out[s];
  }
  if (max > 0) for (let s = 0; s < n; s++) out[s] /= max;
  return out;
}
