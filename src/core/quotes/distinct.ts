import type { Quote } from '../types';

/**
 * Quotes for a reader's list: a phrase quoted again by the same speaker (a story that repeats
 * “a steady hand” in two paragraphs) is listed once, at its first place in the list. The engine's
 * result keeps every occurrence, each with its own offsets.
 */
export function distinctQuotes(quotes: readonly Quote[]): Quote[] {
  const seen = new Set<string>();
  return quotes.filter((q) => {
    const key = `${q.direct ? 'd' : 'r'}\u0000${q.speaker ?? ''}\u0000${q.text.replace(/\s+/g, ' ').trim().toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
