/** Guesses the language of a text from its function words (lang-words.json). */
import table from './lang-words.json';

let index: Map<string, string[]> | null = null;
function wordIndex(): Map<string, string[]> {
  if (!index) {
    index = new Map();
    for (const [code, words] of Object.entries(table)) {
      if (code.startsWith('$') || !Array.isArray(words)) continue;
      for (const w of words) index.set(w, [...(index.get(w) ?? []), code]);
    }
  }
  return index;
}

/** An ISO 639-1 code, or null when the sample is too short or no language stands out. */
export function detectLanguage(text: string, sampleChars = 3000): string | null {
  const words = text.slice(0, sampleChars).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 20) return null;
  const idx = wordIndex();
  const counts = new Map<string, number>();
  for (const w of words) for (const code of idx.get(w) ?? []) counts.set(code, (counts.get(code) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return null;
  const [best, n] = ranked[0];
  const second = ranked[1]?.[1] ?? 0;
  return n >= words.length * 0.08 && n >= second * 1.5 ? best : null;
}
