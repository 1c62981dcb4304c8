import type { FigureKind } from '../types';
import type { FigureLexicon } from './lexicon';
import type { FTok } from './tokens';

/** A figure while it is being read: token indices rather than offsets. */
export interface Found {
  kind: FigureKind;
  /** First and one-past-last token. */
  s: number;
  e: number;
  value?: number | null;
  valueMax?: number | null;
  unit?: string | null;
  date?: string | null;
  approximate?: boolean;
  /** The counted noun, read while parsing ("140 pilot whales"). */
  noun?: string | null;
  measures?: string | null;
  /** For joined dates, the kind of the last piece ("Tuesday at 2:00" ends with a time). */
  last?: FigureKind;
  /** A conversion in brackets of the figure before it ("3,600 km (2,200 miles)"). */
  conversion?: boolean;
  /** A small number written in words ("the two sides"): little news in it. */
  small?: boolean;
}

/** What every reader of the figures engine shares. */
export interface Ctx {
  t: FTok[];
  text: string;
  lex: FigureLexicon;
}

/** The lower-cased word at token `k`, or "" (also when `k` is in another sentence than `ref`). */
export function wordAt(c: Ctx, k: number, ref = k): string {
  const tok = c.t[k];
  return tok && tok.kind === 1 && c.t[ref] && tok.sentence === c.t[ref].sentence ? tok.norm : '';
}

/** The symbol at token `k`, or "". */
export function symAt(c: Ctx, k: number): string {
  const tok = c.t[k];
  return tok && tok.kind === 2 ? tok.norm : '';
}
