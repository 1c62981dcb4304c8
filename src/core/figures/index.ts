import type { TextDoc } from '../text/document';
import type { Figure } from '../types';

/** Finds money, percentages, counts, measures and dates, with what each measures. */
export function findFigures(doc: TextDoc): Figure[] {
  void doc;
  return [];
}
