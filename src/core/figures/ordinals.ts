import { type Ctx, type Found, symAt, wordAt } from './found';
import { countedNoun } from './nouns';
import { NUM } from './tokens';

const OWNERS = new Set(['the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'a', 'an', 's']);

/** An ordinal that carries information: "his first trip abroad", "the second-largest economy". */
export function readOrdinal(c: Ctx, i: number): Found | null {
  const t = c.t;
  const tok = t[i];
  let value = c.lex.ordinal.get(wordAt(c, i));
  let k = i + 1;
  if (value === undefined && tok?.kind === NUM && t[i + 1]?.glued && c.lex.ordinalSuffix.has(t[i + 1].norm)) {
    value = Number(tok.norm);
    k = i + 2;
  }
  if (value === undefined) return null;
  // "twenty-first" is read by the number words; only the determiner form is informative here.
  const owner = wordAt(c, i - 1, i);
  if (!OWNERS.has(owner) && !(symAt(c, i - 1) === "'" && wordAt(c, i - 2, i) === '')) return null;
  let nounStart = k;
  if (symAt(c, k) === '-' && t[k].glued) nounStart = k + 1;
  const noun = countedNoun(c, nounStart, i);
  if (!noun) return null;
  // "the 25th Amendment", "the 82nd Airborne": names.
  if (t[nounStart]?.cap) return null;
  return { kind: 'ordinal', s: i, e: k, value, noun: noun.text };
}
