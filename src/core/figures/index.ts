import type { TextDoc } from '../text/document';
import type { Figure } from '../types';
import { readDate } from './dates';
import type { Ctx, Found } from './found';
import { figureLexicon } from './lexicon';
import { attachMeasures } from './measures';
import { readOrdinal } from './ordinals';
import { readQuantity } from './quantity';
import { rank } from './rank';
import { rejectFound, rejectRun } from './reject';
import { NUM, scanDoc } from './tokens';

/** The figures of a text, in reading order, before ranking (exported for tests and tools). */
export function readFigures(c: Ctx): Found[] {
  const t = c.t;
  const found: Found[] = [];
  for (let i = 0; i < t.length; ) {
    const skip = rejectRun(c, i);
    if (skip > i) {
      i = skip;
      continue;
    }
    const f = readDate(c, i) ?? readOrdinal(c, i) ?? readQuantity(c, i);
    if (f && f.e > i) {
      const numStart = firstNumberToken(c, f);
      if (!rejectFound(c, f, numStart)) {
        found.push(f);
        i = f.e;
        continue;
      }
      // Skip the whole rejected number (not its qualifier only).
      i = Math.max(i + 1, numStart + 1);
      continue;
    }
    i++;
  }
  return found;
}

/** The first token of the number itself, past qualifiers and currency signs. */
function firstNumberToken(c: Ctx, f: Found): number {
  for (let k = f.s; k < f.e; k++) {
    const tok = c.t[k];
    if (tok.kind === NUM || c.lex.cardinal.has(tok.norm) || c.lex.ordinal.has(tok.norm) || c.lex.vague.has(tok.norm)) return k;
  }
  return f.s;
}

/** Finds money, percentages, counts, measures and dates, with what each measures; best first. */
export function findFigures(doc: TextDoc): Figure[] {
  try {
    const c: Ctx = { t: scanDoc(doc), text: doc.text, lex: figureLexicon(doc.pack) };
    const found = readFigures(c);
    attachMeasures(c, found);
    return rank(c, found, doc.sentences.length);
  } catch {
    return [];
  }
}
