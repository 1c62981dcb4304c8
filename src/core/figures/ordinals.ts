import { type Ctx, type Found, symAt, wordAt } from './found';
import { ordinalWord } from './dates';
import { countedNoun } from './nouns';
import { NUM } from './tokens';

const OWNERS = new Set(['the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'a', 'an', 's']);

/** An ordinal that carries information: "his first trip abroad", "the second-largest economy". */
export function readOrdinal(c: Ctx, i: number): Found | null {
  const t = c.t;
  const tok = t[i];
  let value = c.lex.ordinalEndings.length ? ordinalWord(c, wordAt(c, i)) : c.lex.ordinal.get(wordAt(c, i));
  let k = i + 1;
  if (value === undefined && tok?.kind === NUM && t[i + 1]?.glued && c.lex.ordinalSuffix.has(t[i + 1].norm)) {
    value = Number(tok.norm);
    k = i + 2;
  }
  if (value === undefined) return null;
  // "twenty-first" is read by the number words; only the determiner form is informative here.
  const owner = wordAt(c, i - 1, i);
  // "der dritte", "la 111e année", "l'avant-dernier": the language's own determiners
  const ownOwner = c.lex.ordinalOwner.has(owner) || (symAt(c, i - 1) === "'" && c.lex.ordinalOwner.has(wordAt(c, i - 2, i)));
  if (!OWNERS.has(owner) && !ownOwner && !(symAt(c, i - 1) === "'" && wordAt(c, i - 2, i) === '')) return null;
  let nounStart = k;
  if (symAt(c, k) === '-' && t[k].glued) nounStart = k + 1;
  const noun = countedNoun(c, nounStart, i);
  // Where the pack lists its determiners, "der tausendste" ranks an item by itself.
  if (!noun) return ownOwner ? { kind: 'ordinal', s: i, e: k, value } : null;
  // "the 25th Amendment", "the 82nd Airborne": names.
  if (t[nounStart]?.cap && !c.lex.nounsCapitalised) return null;
  return { kind: 'ordinal', s: i, e: k, value, noun: noun.text };
}
