/**
 * Drops near-duplicates from a ranked list: walks `items` in order (best first) and keeps an item
 * unless its word set is at least `threshold` similar (Jaccard) to one already kept. For the short
 * lists the popup shows (quotes, figures, sentences): cost O(n · kept), with `limit` capping kept.
 */
export function dedupeRanked<T>(items: readonly T[], text: (item: T) => string, threshold = 0.8, limit = Infinity): T[] {
  const kept: T[] = [];
  const keptSets: Set<string>[] = [];
  for (const item of items) {
    if (kept.length >= limit) break;
    const words = wordSet(text(item));
    let duplicate = false;
    for (const other of keptSets) {
      if (jaccard(words, other) >= threshold) {
        duplicate = true;
        break;
      }
    }
    if (duplicate) continue;
    kept.push(item);
    keptSets.push(words);
  }
  return kept;
}

/** Lower-cased words (letters and digits) of a text. */
export function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** |A ∩ B| / |A ∪ B|; two empty sets are identical. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size && !b.size) return 1;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const w of small) if (big.has(w)) common++;
  return common / (a.size + b.size - common);
}
