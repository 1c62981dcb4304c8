import type { Figure, FigureKind } from '../types';

/** Kinds that tell when, not how much: they stand without a numeric value. */
export const DATED: ReadonlySet<FigureKind> = new Set<FigureKind>(['date', 'year', 'period', 'time', 'duration']);

/**
 * Whether a figure belongs in a reader's list of key figures. The engine also reports shares named
 * without an amount ("a small percent", "the percentage of voters"), as recognisers do; a reader's
 * list leaves out those, since they give no number.
 */
export function isListed(f: Figure): boolean {
  return f.value !== null || DATED.has(f.kind);
}
