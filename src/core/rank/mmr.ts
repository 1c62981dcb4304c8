/**
 * Maximal marginal relevance: picks `k` items greedily, each time the one whose score minus
 * `lambda` times its greatest similarity to the items already picked is highest. Items with a
 * score of -Infinity are never picked; items at least `duplicate` similar to a picked one only
 * when nothing else is left.
 * Cost: O(k · n) similarity calls.
 * Returns indices into `scores`, in pick order.
 */
export function mmrSelect(scores: ArrayLike<number>, k: number, similarity: (a: number, b: number) => number, lambda: number, duplicate = Infinity): number[] {
  const n = scores.length;
  const picked: number[] = [];
  const maxSim = new Float64Array(n);
  const taken = new Uint8Array(n);
  while (picked.length < k) {
    let best = -1;
    let bestValue = -Infinity;
    let dup = -1;
    let dupValue = -Infinity;
    for (let i = 0; i < n; i++) {
      if (taken[i] || scores[i] === -Infinity) continue;
      const v = scores[i] - lambda * maxSim[i];
      if (maxSim[i] >= duplicate) {
        if (v > dupValue) {
          dupValue = v;
          dup = i;
        }
      } else if (v > bestValue) {
        bestValue = v;
        best = i;
      }
    }
    if (best < 0) best = dup;
    if (best < 0) break;
    taken[best] = 1;
    picked.push(best);
    if (lambda !== 0 || duplicate !== Infinity) for (let i = 0; i < n; i++) if (!taken[i] && scores[i] !== -Infinity) maxSim[i] = Math.max(maxSim[i], similarity(best, i));
  }
  return picked;
}

/** Cosine similarity of two sets given as sorted integer arrays (binary vectors). */
export function setCosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (!a.length || !b.length) return 0;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      common++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return common / Math.sqrt(a.length * b.length);
}
