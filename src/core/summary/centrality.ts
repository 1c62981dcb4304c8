import type { SentenceTerms } from './terms';

export interface CentralityShape {
  /** The sentence's term weights are summed, then divided by (term count) ^ this. */
  centralityNorm: number;
  /** Sentences further than this (in sentences) from the start weigh half in the centroid; 0 = all alike. */
  centralityLede: number;
  /** Weigh a term by log(1 + weight) instead of its weight. */
  centralityLog: number;
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
  const weight = (s: number) => (shape.centralityLede > 0 ? 1 / (1 + s / shape.centralityLede) : 1);
  const centroid = new Float64Array(terms.sentenceFreq.length);
  for (let s = 0; s < n; s++) {
    const ws = weight(s);
    for (let k = offsets[s]; k < offsets[s + 1]; k++) centroid[ids[k]] += ws;
  }
  // before[t]: weight of term t in the sentences read so far.
  const before = new Float64Array(centroid.length);
  const back = shape.centralityBackward;
  const out = new Float64Array(n);
  let max = -Infinity;
  for (let s = 0; s < n; s++) {
    const a = offsets[s];
    const b = offsets[s + 1];
    if (b === a) continue;
    const ws = weight(s);
    let sum = 0;
    for (let k = a; k < b; k++) {
      const t = ids[k];
      const earlier = before[t];
      const later = centroid[t] - earlier - ws;
      const others = later + back * earlier;
      sum += shape.centralityLog ? Math.sign(others) * Math.log1p(Math.abs(others)) : others;
      before[t] += ws;
    }
    out[s] = sum / Math.pow(b - a, shape.centralityNorm);
    if (out[s] > max) max = out[s];
  }
  if (max > 0) for (let s = 0; s < n; s++) out[s] /= max;
  return out;
}
