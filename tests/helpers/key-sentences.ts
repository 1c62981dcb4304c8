import type { KeySentence } from '../../src/core/types';

/** What every answer of keySentences must hold: spans of the text, in reading order, finite scores, at most `count`. */
export function expectValidPicks(text: string, out: KeySentence[], count: number): void {
  expect(out.length).toBeLessThanOrEqual(Math.max(0, count));
  for (let i = 0; i < out.length; i++) {
    expect(text.slice(out[i].start, out[i].end)).toBe(out[i].text);
    if (i) expect(out[i].sentence).toBeGreaterThan(out[i - 1].sentence);
    expect(Number.isFinite(out[i].score)).toBe(true);
  }
}
