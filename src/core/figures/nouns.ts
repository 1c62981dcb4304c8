import { type Ctx, wordAt } from './found';
import { SYM, WORD } from './tokens';

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'all', 'each', 'every']);
const MODIFIERS = new Set(['more', 'other', 'additional', 'extra', 'further', 'fewer', 'less', 'new']);
const OF_INNER = new Set(['between', 'and', 'of']);
const INNER = new Set(['of', 'to', 'in', 'for', 'from', 'on', 'and', 'between', 'with']);
const PARTICLES = new Set(['to', 'by', 'at', 'of', 'from', 'around', 'about', 'nearly', 'almost', 'some', 'more', 'than', 'just', 'over', 'under', 'an', 'a', 'estimated', 'roughly', 'up', 'down', 'only', 'least']);
const AUX = new Set(['has', 'have', 'had', 'will', 'would', 'is', 'are', 'was', 'were', 'be', 'been', 'to', 'expected', 'set', 'likely', 'could', 'may', 'might', 'should', 'already', 'now', 'also', 'reportedly', 'each']);

export function isPlural(c: Ctx, w: string): boolean {
  return c.lex.plural.has(w) || /.men$/.test(w) || (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is|ous|ics)$/.test(w));
}

/** Trend words that are also nouns: "a 24% increase", "a $5bn cut". */
const TREND_NOUNS = new Set(['increase', 'decrease', 'rise', 'fall', 'drop', 'decline', 'jump', 'gain', 'surge', 'slump', 'cost', 'total', 'value', 'average', 'hit', 'top']);

const verbish = (w: string): boolean => /(?:ed|ing|ly)$/.test(w) && w.length > 4;

/** Content word at `k` that may sit in a noun phrase ("increase" only where a noun is expected). */
function nounWord(c: Ctx, k: number, ref: number, trendNoun = false): string {
  const w = wordAt(c, k, ref);
  if (w.length < 2) return '';
  const lex = c.lex;
  if (lex.stopwords.has(w) || lex.verb.has(w) || lex.clauseStop.has(w) || lex.months.has(w) || lex.weekdays.has(w) || lex.shift.has(w) || lex.dayWords.has(w)) return '';
  if (lex.trend.has(w) && !(trendNoun && TREND_NOUNS.has(w))) return '';
  if (lex.cardinal.has(w) || lex.scale.has(w) || lex.vague.has(w)) return '';
  return w;
}

/** The noun counted by a number at `k` ("140 pilot whales" -> "pilot whales"). */
export function countedNoun(c: Ctx, k: number, ref: number, needPlural = false): { text: string; end: number } | null {
  const t = c.t;
  let j = k;
  while (MODIFIERS.has(wordAt(c, j, ref)) && nounWord(c, j + 1, ref)) j++;
  const first = j;
  let lastEnd = -1;
  let plural = false;
  for (let n = 0; n < 4; n++) {
    // "U.S.", "U.K.": dotted initials as one modifier
    if (t[j]?.kind === WORD && t[j].norm.length === 1 && t[j].cap && t[j + 1]?.norm === '.' && t[j + 1].glued && t[j + 2]?.glued && t[j + 2].kind === WORD) {
      let e = j;
      while (t[e]?.kind === WORD && t[e].norm.length === 1 && t[e + 1]?.norm === '.' && t[e + 1].glued) e += 2;
      j = e;
      continue;
    }
    const w = nounWord(c, j, ref, n === 0 && j === k && /^(?:a|an|the)$/.test(wordAt(c, ref - 1, ref)));
    if (!w || (/ly$/.test(w) && w.length > 4)) break;
    // "stranded whales": a participle only as a modifier of a following noun
    if (verbish(w) && !nounWord(c, j + 1, ref)) break;
    let e = j + 1;
    // hyphenated compounds: "long-finned", "state-owned"
    while (t[e]?.kind === SYM && t[e].norm === '-' && t[e].glued && t[e + 1]?.kind === WORD && t[e + 1].glued) e += 2;
    lastEnd = e;
    j = e;
    if (isPlural(c, t[e - 1].norm)) {
      plural = true;
      break;
    }
    if (!nounWord(c, j, ref)) break;
  }
  if (lastEnd < 0) return null;
  // A verb is no noun: "three died", "2 rose".
  while (lastEnd > first && verbish(t[lastEnd - 1].norm) && !plural) {
    lastEnd--;
    while (lastEnd > first && t[lastEnd - 1].kind === SYM) lastEnd--;
  }
  if (lastEnd <= first) return null;
  if (needPlural && !plural) return null;
  return { text: c.text.slice(t[first].start, t[lastEnd - 1].end), end: lastEnd };
}

/** "of diplomatic relations between Moscow and Beijing" after a figure. */
export function ofPhrase(c: Ctx, k: number, ref: number): string | null {
  const t = c.t;
  if (wordAt(c, k, ref) !== 'of') return null;
  let j = k + 1;
  let last = -1;
  const lex = c.lex;
  for (let n = 0; n < 10 && t[j] && t[j].sentence === t[ref].sentence; n++) {
    const tok = t[j];
    if (tok.kind === WORD) {
      const w = tok.norm;
      if (lex.clauseStop.has(w) || lex.verb.has(w) || lex.trend.has(w) || lex.months.has(w)) break;
      if (DETERMINERS.has(w) && last >= 0) break;
      if (last >= 0 && verbish(w) && !tok.cap && !lex.stopwords.has(w)) break;
      // After the head noun only "between ... and ..." and "of" go on: "relations between Moscow and Beijing".
      if (last >= 0 && INNER.has(w) && !OF_INNER.has(w)) break;
      if (!lex.stopwords.has(w) || INNER.has(w) || DETERMINERS.has(w)) {
        if (!lex.stopwords.has(w)) last = j;
        j++;
        // "of aviation accidents occur": a plural head ends the phrase unless "between"/"and"/"of" follow.
        if (!lex.stopwords.has(w) && isPlural(c, w) && !OF_INNER.has(t[j]?.norm ?? '') && !(t[j]?.kind === SYM && t[j].glued)) break;
        continue;
      }
      break;
    }
    if (tok.kind === SYM && (tok.norm === '-' || tok.norm === "'" || tok.norm === '&') && tok.glued) {
      j++;
      continue;
    }
    break;
  }
  if (last < 0) return null;
  let first = k + 1;
  while (first < last && (DETERMINERS.has(t[first].norm) || INNER.has(t[first].norm))) first++;
  return c.text.slice(t[first].start, t[last].end);
}

/** The noun phrase that ends at token `end`, read backwards ("bilateral trade", "largest loss"). */
export function nounBefore(c: Ctx, end: number, ref: number): string | null {
  const t = c.t;
  let first = -1;
  let k = end;
  let crossed = false;
  for (let n = 0; n < 9 && k >= 0 && t[k].sentence === t[ref].sentence; n++, k--) {
    const tok = t[k];
    if (tok.kind === WORD) {
      const w = tok.norm;
      // "hate groups operating in the U.S. declined": read past one prepositional phrase
      if (DETERMINERS.has(w) && !crossed && first >= 0 && PP_PREPS.has(t[k - 1]?.norm ?? '') && t[k - 2]?.kind === WORD && nounWord(c, k - 2, ref)) {
        crossed = true;
        k -= 1;
        first = -1;
        continue;
      }
      if (DETERMINERS.has(w) || c.lex.clauseStop.has(w) || c.lex.verb.has(w) || AUX.has(w)) break;
      if (c.lex.stopwords.has(w) && !INNER.has(w) && w !== 's') break;
      first = k;
      continue;
    }
    if (tok.kind === SYM && (tok.norm === "'" || tok.norm === '-' || (tok.norm === '.' && t[k - 1]?.kind === WORD && t[k - 1].norm.length === 1)) && (t[k + 1]?.glued || tok.norm === '.')) continue;
    break;
  }
  if (first < 0) return null;
  while (first <= end && (INNER.has(t[first].norm) || t[first].kind === SYM)) first++;
  if (first > end) return null;
  // Keep the head before the phrase: "hate groups operating in the U.S." -> "hate groups".
  let last = end;
  if (crossed) {
    let p = first;
    while (p <= end && !PP_PREPS.has(t[p].norm)) p++;
    if (p <= end && p > first) last = p - 1;
    while (last > first && verbish(t[last].norm)) last--;
  }
  if (!nounWord(c, last, ref) && !(crossed && t[last].kind === WORD)) return null;
  if (QUANTITY_HEADS.has(t[last].norm) && first === last) return null;
  return c.text.slice(t[first].start, t[last].end);
}

const PP_PREPS = new Set(['in', 'at', 'on', 'from', 'for', 'across', 'around', 'outside', 'inside', 'within']);

/** Heads that name a quantity, not what it measures ("a total of 300"). */
const QUANTITY_HEADS = new Set(['total', 'average', 'maximum', 'minimum', 'max', 'min', 'number', 'sum', 'amount', 'figure', 'handful', 'lot', 'couple', 'tally', 'estimate', 'age', 'ages', 'height', 'up', 'one']);

/** "expectations of $50 million", "a fine of $5,000": the noun before "of". */
export function nounOfBefore(c: Ctx, s: number): string | null {
  if (wordAt(c, s - 1, s) !== 'of') return null;
  return nounBefore(c, s - 2, s);
}

/** "$5.6 million in profits", "$48 billion in assets". */
export function inPhrase(c: Ctx, k: number, ref: number): string | null {
  if (wordAt(c, k, ref) !== 'in' || c.t[k + 1]?.cap) return null;
  return countedNoun(c, k + 1, ref)?.text ?? null;
}

/** The subject of the verb before a figure: "annual exports reaching $90 million" -> "annual exports". */
export function subjectOf(c: Ctx, s: number): { np: string; verb: string } | null {
  let k = s - 1;
  for (let n = 0; n < 3 && PARTICLES.has(wordAt(c, k, s)); n++) k--;
  // "was a staggering $500,000"
  if (verbish(wordAt(c, k, s)) && PARTICLES.has(wordAt(c, k - 1, s))) k -= 2;
  if (/ly$/.test(wordAt(c, k, s))) k--;
  const verb = wordAt(c, k, s);
  if (!verb || !(c.lex.trend.has(verb) || c.lex.casualty.has(verb) || c.lex.transaction.has(verb))) return null;
  k--;
  for (let n = 0; n < 4 && AUX.has(wordAt(c, k, s)); n++) k--;
  // "the largest loss reported was"
  if (verbish(wordAt(c, k, s)) && (c.lex.verb.has(verb) || AUX.has(verb))) k--;
  const np = nounBefore(c, k, s);
  return np ? { np, verb } : null;
}
