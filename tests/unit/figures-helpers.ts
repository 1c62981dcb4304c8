import { findFigures } from '../../src/core/figures';
import { en } from '../../src/core/lang/en';
import { buildDoc } from '../../src/core/text/document';
import type { Figure } from '../../src/core/types';

/** The figures of a text, in reading order. */
export function figures(text: string): Figure[] {
  return findFigures(buildDoc(text, en)).sort((a, b) => a.start - b.start);
}

/** The one figure whose text contains `needle`. */
export function figureOf(text: string, needle: string): Figure | undefined {
  return figures(text).find((f) => f.text.includes(needle));
}
