import type { FigureLexicon } from './lexicon';
import { type FTok, NUM, SYM, WORD } from './tokens';

/** A number read from the tokens: digits, words or both ("3.5", "twenty-one", "1.5bn", "tens of thousands"). */
export interface Amount {
  value: number;
  /** First and one-past-last token. */
  start: number;
  end: number;
  /** Written (at least partly) in words. */
  spelled: boolean;
  /** A vague amount ("hundreds", "tens of thousands", "several hundred"). */
  vague: boolean;
  /** One plain run of digits with no separator ("2023"). */
  plain: boolean;
  /** Has a scale word or short scale ("million", "bn"). */
  scaled: boolean;
  /** Number of digits of a plain integer. */
  digits: number;
  /** A fraction by itself ("two thirds", "a half"). */
  fraction?: boolean;
  /** A ratio ("one in five"). */
  ratio?: boolean;
  /** A fraction of a scale ("three quarters million"). */
  partial?: boolean;
}

export interface NumCtx {
  t: FTok[];
  text: string;
  lex: FigureLexicon;
}

const UNICODE_FRACTIONS: Record<string, number> = {
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5,
  '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8,
};

const GROUP_SPACE = /^[ \u00a0\u2009\u202f]$/;

/** Token `j` continues token `i`'s sentence. */
export const same = (t: FTok[], i: number, j: number): boolean => !!t[j] && t[j].sentence === t[i].sentence;
const isNum = (t: FTok[], i: number): boolean => t[i]?.kind === NUM;
const sym = (t: FTok[], i: number, s: string): boolean => t[i]?.kind === SYM && t[i].norm === s;
const glued = (t: FTok[], i: number): boolean => !!t[i]?.glued;

/** Digits with separators: "1,234,567.89", "1.111,11", "12,34,567", ".08", "1 234 567", "3/4", "2 1/4", "1e10". */
export function numeral(c: NumCtx, i: number): { value: number; end: number; plain: boolean; digits: number } | null {
  const t = c.t;
  const tok = t[i];
  if (!tok) return null;
  if (tok.kind === SYM && tok.norm in UNICODE_FRACTIONS) return { value: UNICODE_FRACTIONS[tok.norm], end: i + 1, plain: false, digits: 0 };
  let j = i;
  let str = '';
  if (sym(t, i, '.') && isNum(t, i + 1) && glued(t, i + 1) && !(isNum(t, i - 1) && glued(t, i))) {
    str = '0.';
    j = i + 1;
  } else if (tok.kind !== NUM) return null;
  // Groups joined by "," and "." with no spaces.
  const parts: string[] = [t[j].norm];
  const seps: string[] = [];
  let k = j + 1;
  // Inside a list or an address ("22,24,26", "192.168.1.2") every group stands alone.
  const inList = !str && (sym(t, j - 1, ',') || sym(t, j - 1, '.')) && glued(t, j) && glued(t, j - 1) && isNum(t, j - 2);
  while (!inList && (sym(t, k, ',') || sym(t, k, '.')) && glued(t, k) && isNum(t, k + 1) && glued(t, k + 1) && same(t, i, k + 1)) {
    seps.push(t[k].norm);
    parts.push(t[k + 1].norm);
    k += 2;
  }
  let value: number;
  let end = k;
  const commas = seps.filter((s) => s === ',').length;
  const dots = seps.length - commas;
  if (str) {
    if (seps.length) return null;
    value = Number(str + parts[0]);
  } else if (!seps.length) {
    value = Number(parts[0]);
  } else {
    // Decimal comma ("3,5", "1.234.567,89"): read with the separators' roles swapped.
    const swap = c.lex.decimalComma;
    const read = swap ? readGroups(parts, seps.map((x) => (x === ',' ? '.' : ',')), dots, commas) : readGroups(parts, seps, commas, dots);
    if (read) value = read;
    else {
      // A list ("22,24,26") or an address ("192.168.1.2"): only the first group is a number here.
      value = Number(parts[0]);
      end = j + 1;
    }
  }
  let plain = !str && end === j + 1;
  // Thousands grouped by single spaces: "1 234 567", "40 000".
  if (plain && parts[0].length <= 3 && !(t[i - 1] && t[i - 1].kind === WORD && c.lex.months.has(t[i - 1].norm))) {
    let digitsStr = parts[0];
    let e = end;
    while (isNum(t, e) && t[e].norm.length === 3 && !t[e].glued && same(t, i, e) && GROUP_SPACE.test(c.text.slice(t[e - 1].end, t[e].start)) && !(glued(t, e + 1) && t[e + 1].kind !== SYM)) {
      digitsStr += t[e].norm;
      e++;
    }
    if (e > end) {
      value = Number(digitsStr);
      end = e;
      plain = false;
      if (sym(t, e, c.lex.decimalComma ? ',' : '.') && glued(t, e) && isNum(t, e + 1) && glued(t, e + 1)) {
        value = Number(digitsStr + '.' + t[e + 1].norm);
        end = e + 2;
      }
    }
  }
  // Fractions "3/4", "1 / 4", mixed "2 1/4", "10 1/2".
  const frac = fraction(c, end);
  if (frac && plain && Number.isInteger(value)) {
    return { value: frac.spaced ? value + frac.value : frac.value, end: frac.end, plain: false, digits: 0 };
  }
  if (frac === null && plain && sym(t, end, '/') && glued(t, end) && isNum(t, end + 1) && glued(t, end + 1) && !sym(t, end + 2, '/')) {
    const d = Number(t[end + 1].norm);
    if (commonDenominator(value, d)) return { value: value / d, end: end + 2, plain: false, digits: 0 };
  }
  // Exponents: "1e10", "12.32e+14", "1.3x10^6", "1.1^23", "2.5^-1".
  if (glued(t, end) && t[end].norm === 'e' && glued(t, end + 1)) {
    let e = end + 1;
    let s = 1;
    if (sym(t, e, '+') || sym(t, e, '-')) s = t[e++].norm === '-' ? -1 : 1;
    if (isNum(t, e) && glued(t, e)) return { value: value * 10 ** (s * Number(t[e].norm)), end: e + 1, plain: false, digits: 0 };
  }
  if (glued(t, end) && t[end].norm === 'x' && t[end + 1]?.norm === '10' && sym(t, end + 2, '^')) {
    const p = power(t, end + 3);
    if (p) return { value: value * 10 ** p.exp, end: p.end, plain: false, digits: 0 };
  }
  if (sym(t, end, '^') && glued(t, end)) {
    const p = power(t, end + 1);
    if (p) return { value: Math.sign(p.exp) < 0 ? value ** p.exp : value ** p.exp, end: p.end, plain: false, digits: 0 };
  }
  return { value, end, plain, digits: plain ? parts[0].length : 0 };
}

function power(t: FTok[], e: number): { exp: number; end: number } | null {
  let s = 1;
  while (sym(t, e, '+') || sym(t, e, '-')) if (t[e++].norm === '-') s = -s;
  return isNum(t, e) && glued(t, e) ? { exp: s * Number(t[e].norm), end: e + 1 } : null;
}

/** Fractions have common denominators: "9/11" and "24/7" are none. */
const commonDenominator = (n: number, d: number): boolean => d > n && n > 0 && (d <= 10 || d === 12 || d === 16 || d === 32 || d === 64 || d === 100);

/** "3/4" at `i` (after an optional space, for "2 1/4"): small denominators only, never a date. */
function fraction(c: NumCtx, i: number): { value: number; end: number; spaced: boolean } | null {
  const t = c.t;
  if (!isNum(t, i) || !sym(t, i + 1, '/') || !isNum(t, i + 2)) return null;
  if (t[i].glued) return null;
  const n = Number(t[i].norm);
  const d = Number(t[i + 2].norm);
  if (sym(t, i + 3, '/') || !commonDenominator(n, d)) return null;
  return { value: n / d, end: i + 3, spaced: true };
}

function readGroups(parts: string[], seps: string[], commas: number, dots: number): number | null {
  const tail = parts.slice(1);
  if (dots === 0) {
    if (parts[0].length <= 3 && tail.every((p) => p.length === 3)) return Number(parts.join(''));
    // Indian grouping: 12,34,567.
    if (tail.length >= 2 && tail[tail.length - 1].length === 3 && tail.slice(0, -1).every((p) => p.length === 2) && parts[0].length <= 2) {
      return Number(parts.join(''));
    }
    if (commas === 1) return Number(parts[0] + '.' + parts[1]);
    return null;
  }
  if (commas === 0) {
    if (dots === 1) return Number(parts[0] + '.' + parts[1]);
    return null;
  }
  const last = seps[seps.length - 1];
  const intParts = parts.slice(0, -1);
  const sep = seps[0];
  if (seps.slice(0, -1).some((s) => s !== sep) || last === sep) return null;
  if (!(intParts[0].length <= 3 && intParts.slice(1).every((p) => p.length === 3))) {
    const indian = intParts.length >= 3 && intParts[0].length <= 2 && intParts.slice(1, -1).every((p) => p.length === 2) && intParts[intParts.length - 1].length === 3;
    if (!indian) return null;
  }
  return Number(intParts.join('') + '.' + parts[parts.length - 1]);
}

/**
 * The value of a number written as one word, from its pieces: "dreihundertfünfundzwanzig" =
 * drei hundert fünf und zwanzig = 325, "zweieinhalb" = 2.5, "vijfentwintig" = 25. Null when the
 * word is not made of number pieces only. Greedy longest pieces, so linear in the word's length.
 */
export function compoundNumber(lex: FigureLexicon, word: string): number | null {
  const pieces = lex.compound;
  if (!pieces || word.length < 6 || word.length > 60) return null;
  const known = lex.compoundCache.get(word);
  if (known !== undefined) return known;
  let total = 0;
  let cur = 0;
  let count = 0;
  let pos = 0;
  let afterJoin = false;
  let ok = true;
  while (pos < word.length && ok) {
    let found = '';
    for (let n = Math.min(14, word.length - pos); n >= 2 && !found; n--) {
      const piece = word.slice(pos, pos + n);
      if (pieces.has(piece) || (lex.compoundJoin.has(piece) && count > 0)) found = piece;
    }
    if (!found) ok = false;
    else if (lex.compoundJoin.has(found) && !pieces.has(found)) afterJoin = true;
    else {
      const v = pieces.get(found)!;
      if (v === 100) cur = (cur || 1) * 100;
      else if (v === 1000) {
        total += (cur || 1) * 1000;
        cur = 0;
      } else cur += v;
      afterJoin = false;
      count++;
    }
    pos += found.length;
  }
  const value = ok && count >= 2 && !afterJoin ? total + cur : null;
  if (lex.compoundCache.size < 4096) lex.compoundCache.set(word, value);
  return value;
}

type Last = 'none' | 'unit' | 'teen' | 'tens' | 'hund' | 'scale' | 'dig' | 'dozen';

const whole = (v: number, start: number, end: number, extra: Partial<Amount> = {}): Amount => ({
  value: v,
  start,
  end,
  spelled: true,
  vague: false,
  plain: false,
  scaled: false,
  digits: 0,
  ...extra,
});

/**
 * Every word that can open an amount, per lexicon: the words each word-led path of `amount` reads
 * at its first token (a negative sign word, vague and "few" words, articles, fractions, "half" and
 * "quarter", implicit ones, cardinals and the first words of cardinal phrases); compound number
 * words are checked apart. A new word-led reading in `amount` adds its words here.
 */
const openers = new WeakMap<FigureLexicon, Set<string>>();
function amountOpeners(lex: FigureLexicon): Set<string> {
  let s = openers.get(lex);
  if (!s) {
    s = new Set<string>(['half', 'quarter']);
    for (const list of [lex.negative, lex.vague.keys(), lex.few.keys(), lex.aWords, lex.fraction.keys(), lex.implicitOne, lex.cardinal.keys(), lex.cardinalPhrases.firsts()]) for (const w of list) s.add(w);
    openers.set(lex, s);
  }
  return s;
}

/**
 * A whole amount at token `i`: digits and number words with their scales, fractions, ratios and
 * signs. `money` lets "m" and "t" read as million and trillion ("$5m"). `depth` bounds the
 * look-ahead into fractions ("one and a half").
 */
export function amount(c: NumCtx, i: number, money = false, depth = 0): Amount | null {
  // A word that opens none of the word-led readings below opens no amount: answered here, before
  // the reader's working state is set up (most calls, on ordinary words).
  const first = c.t[i];
  if (first && first.kind === WORD && !amountOpeners(c.lex).has(first.norm) && compoundNumber(c.lex, first.norm) === null) return null;
  const { t, lex } = c;
  const start = i;
  let j = i;
  let sign = 1;
  const w = (k: number) => (t[k] && t[k].kind === WORD && same(t, i, k) ? t[k].norm : '');
  if (lex.negative.has(w(j)) && startsNumber(c, j + 1)) {
    sign = -1;
    j++;
  } else if (sym(t, j, '-') && !(t[j - 1] && same(t, i, j - 1) && t[j - 1].kind !== SYM && t[j].glued) && !(sym(t, j - 1, '-') && t[j].glued)) {
    // A minus sign is written against its number, or opens the sentence ("- 1 4/5").
    const next = t[j + 1];
    const opens = !t[j - 1] || !same(t, i, j - 1);
    if (next && (next.kind === NUM || next.norm === '.') && same(t, i, j + 1) && (next.glued || opens)) {
      sign = -1;
      j++;
    }
  }
  // Vague amounts: "tens of thousands", "hundreds", "several hundred", "a few thousand".
  const vague = vagueAmount(c, j);
  if (vague) return whole(sign * vague.value, start, vague.end, { vague: true, scaled: true });

  const lead = w(j);
  // "et demi", "y medio", "und halb": a bare half after an and-word
  if (depth > 0 && lex.fraction.get(lead) === 2 && lead !== 'half' && lex.and.has(w(j - 1))) return whole(sign * 0.5, start, j + 1, { fraction: true });
  // "a fifth", "a third of", "a half": one over an ordinal.
  if (lex.aWords.has(lead)) {
    const den = denominator(c, j + 1, false);
    if (den && (depth > 0 || w(den.end) === 'of' || !w(den.end))) {
      return whole((sign * 1) / den.d, start, den.end, { fraction: true });
    }
  }
  // "half a million", "quarter million", "half a percentage point", "more than half of".
  if ((lead === 'half' || lead === 'quarter') && depth === 0) {
    const part = lead === 'half' ? 0.5 : 0.25;
    let k = j + 1;
    if (lex.aWords.has(w(k))) k++;
    const s = lex.scale.get(w(k)) ?? lex.multiplier.get(w(k));
    if (s && s >= 12) return whole(sign * part * s, start, k + 1, { scaled: s >= 1000 });
    if (k > j + 1 && w(k)) return whole(sign * part, start, k, { fraction: true });
    const qualified = lex.approxBefore.match(t, Math.max(0, j - 2))?.end === j || lex.approxBefore.match(t, Math.max(0, j - 1))?.end === j;
    if (lead === 'half' && (w(k) === 'of' || qualified) && j === start) return whole(part, start, j + 1, { fraction: true });
    return null;
  }

  let total = 0;
  let cur = 0;
  let lastScale = Infinity;
  let last = 'none' as Last; // widened: step() assigns it inside a closure
  let lastAtom = 0;
  let spelled = false;
  let scaled = false;
  let plain = false;
  let digitsSeen = false;
  let digits = 0;
  let good = -1;
  let goodValue = 0;
  let goodLast: Last = 'none';
  let goodScale = Infinity;
  let beforeAnd: { j: number; value: number; last: Last; scale: number } | null = null;
  const commit = () => {
    good = j;
    goodValue = total + cur;
    goodLast = last;
    goodScale = lastScale;
  };
  const kindOf = (v: number): Last => (v < 10 ? 'unit' : v < 20 ? 'teen' : v < 100 ? 'tens' : v < 1000 && v % 100 === 0 ? 'hund' : 'dig');
  /** A number word was read: move past it. */
  const step = (next: Last, isScale: boolean) => {
    last = next;
    spelled = true;
    if (isScale) scaled = true;
    plain = false;
    j++;
    commit();
  };
  if (lex.aWords.has(lead) && (lex.scale.has(w(j + 1)) || lex.multiplier.has(w(j + 1)))) {
    cur = 1;
    lastAtom = 1;
    last = 'unit';
    spelled = true;
    j++;
  }

  // "cent personnes", "mil millones", "tausend Euro": a scale word alone stands for one of it
  // ("Claudia Tausend": where every noun has a capital, a capitalised "Tausend" inside a sentence is a name or a noun)
  const capitalised = lex.nounsCapitalised && !!t[j]?.cap && !!t[j - 1] && same(t, j, j - 1);
  const implicit = last === 'none' && lex.implicitOne.has(lead) && !capitalised;
  if (implicit) {
    cur = 1;
    lastAtom = 1;
    last = 'unit';
    spelled = true;
  }

  for (let guard = 0; guard < 40 && t[j] && same(t, i, j); guard++) {
    const tok = t[j];
    const afterAnd = w(j - 1) === 'and' && j - 1 > start;
    if (tok.kind === NUM || (tok.kind === SYM && (tok.norm === '.' || tok.norm in UNICODE_FRACTIONS))) {
      if (last !== 'none' && last !== 'hund' && last !== 'scale') break;
      if (last !== 'none' && !tok.glued && t[j - 1] && t[j - 1].kind === NUM) break;
      const n = numeral(c, j);
      if (!n) break;
      if (last === 'hund' && !(n.value < 100 && Number.isInteger(n.value))) break;
      if (last === 'scale' && !(n.value < lastScale && n.value < 1000)) break;
      if (last === 'none') {
        plain = n.plain;
        digits = n.digits;
      } else plain = false;
      digitsSeen = true;
      cur = last === 'hund' ? cur + n.value : n.value;
      lastAtom = n.value;
      last = 'dig';
      j = n.end;
      commit();
      // Short scales right after digits: "1.5bn", "10k", "$5m", "2.33 k".
      const sw = w(j);
      const short = sw ? lex.scaleShort.get(sw) : undefined;
      if (short && total === 0 && cur === lastAtom && !isNum(t, j + 1)) {
        const letter = c.text[t[j].start];
        const upper = letter !== letter.toLowerCase();
        const ok = sw === 'm' || sw === 'mm' ? money || upper : sw === 't' ? money : sw === 'b' ? t[j].glued || money : true;
        if (ok && !(t[j + 1] && t[j + 1].glued && t[j + 1].kind === WORD)) {
          cur *= short;
          scaled = true;
          plain = false;
          j++;
          commit();
          break;
        }
      }
      continue;
    }
    const word = w(j);
    // "treinta y dos", "vingt et un": a joiner between tens and a unit.
    if (lex.tensJoiner.has(word) && last === 'tens' && lastAtom >= 20) {
      const unit = lex.cardinal.get(w(j + 1)) ?? 0;
      if (unit > 0 && (unit < 10 || (unit < 20 && lex.tensPlusTeen.has(lastAtom)))) {
        j++;
        continue;
      }
    }
    if (!word) {
      // "twenty-one", "fifty - two"
      const unit = lex.cardinal.get(w(j + 1)) ?? 0;
      if (sym(t, j, '-') && last === 'tens' && unit > 0 && (unit < 10 || (unit < 20 && lex.tensPlusTeen.has(lastAtom))) && !denominator(c, j + 1, true) && !denominator(c, j + 1, false)) {
        j++;
        continue;
      }
      break;
    }
    // Number words of several tokens ("quatre-vingt", "soixante-dix"): one word here.
    const phrase = lex.cardinalPhrases.match(t, j);
    const card = phrase ? phrase.value : (lex.cardinal.get(word) ?? compoundNumber(lex, word) ?? undefined);
    if (card !== undefined) {
      if (word === 'oh' && last === 'none') break;
      // "one hundred thirty fifths": the tens go with the denominator (100/35).
      if (card >= 20 && card % 10 === 0 && last !== 'none' && !afterAnd && compoundDenominator(c, j)) break;
      if (last === 'none') cur = card;
      else if (last === 'tens' && card > 0 && card < 10 && cur % 10 === 0 && lastAtom >= 20) cur += card;
      // "soixante-treize" (60 + 13), "quatre-vingt-onze" (80 + 11): tens that take a teen.
      else if (last === 'tens' && card >= 10 && card < 20 && lex.tensPlusTeen.has(lastAtom) && cur % 10 === 0) cur += card;
      else if (last === 'hund' && card < 100) cur += card;
      // "zwei Millionen eintausendeinhundertfünfzig": a one-word number below the scale before it
      else if (last === 'scale' && (card < 1000 || (!lex.cardinal.has(word) && card < lastScale))) cur = card;
      else break;
      const teen = last === 'tens' && card < 20;
      lastAtom = card;
      if (phrase) j = phrase.end - 1;
      step(teen ? 'unit' : kindOf(card), false);
      continue;
    }
    if (lex.scale.get(word) === 100 && (j > start || implicit)) {
      // "mil cien": a new hundred after a scale
      if (last === 'scale' && lex.implicitOne.has(word) && total > 0 && cur === 0 && lastScale > 100) {
        cur = 100;
        lastAtom = 100;
        step('hund', true);
        continue;
      }
      const bad = !(last === 'unit' || last === 'teen' || last === 'tens' || last === 'dig') || cur >= 1000 || cur <= 0 || (last === 'dig' && cur > 99 && cur !== lastAtom);
      if (bad) {
        if (afterAnd || (beforeAnd && good > beforeAnd.j)) restore();
        break;
      }
      cur *= 100;
      step('hund', true);
      continue;
    }
    const scale = lex.scale.get(word);
    if (scale !== undefined && scale >= 1000) {
      if (last === 'none') break;
      if (cur > 0 && scale < lastScale) {
        total += cur * scale;
        cur = 0;
        lastScale = scale;
      } else if (cur === 0 && scale > lastScale) {
        total *= scale;
        lastScale = scale;
      } else if (cur > 0 && scale > lastScale && total === 0) {
        cur *= scale;
      } else {
        if (beforeAnd && good > beforeAnd.j) restore();
        break;
      }
      step('scale', true);
      continue;
    }
    const mult = lex.multiplier.get(word);
    if (mult !== undefined && last !== 'none' && last !== 'dozen') {
      cur += lastAtom * (mult - 1);
      step('dozen', false);
      continue;
    }
    if (lex.and.has(word) && (last === 'hund' || last === 'scale')) {
      const n = w(j + 1);
      const continues = isNum(t, j + 1) || (lex.cardinal.has(n) && n !== 'oh');
      // "and three quarters" is a fraction, read after the loop
      const sub = depth < 2 ? amount(c, j + 1, false, depth + 1) : null;
      if (continues && !(sub?.fraction || sub?.partial)) {
        beforeAnd = { j: good, value: goodValue, last: goodLast, scale: goodScale };
        j++;
        continue;
      }
      break;
    }
    if (lex.decimalWords.has(word) && last !== 'none' && last !== 'dozen') {
      // "cinco con un cuarto": a fraction after the word, read after the loop
      const sub = depth < 2 ? amount(c, j + 1, false, depth + 1) : null;
      const dec = sub?.fraction ? null : decimals(c, j + 1);
      if (dec) {
        cur += dec.value;
        j = dec.end;
        spelled = true;
        plain = false;
        commit();
      }
      break;
    }
    break;
  }
  function restore(): void {
    if (!beforeAnd) return;
    good = beforeAnd.j;
    goodValue = beforeAnd.value;
    goodLast = beforeAnd.last;
    goodScale = beforeAnd.scale;
  }
  if (good < 0) return null;
  j = good;
  let value = goodValue;
  let fraction = false;
  let partialOfScale = false;
  // Fractions: "two thirds", "one and a half", "3 million and a quarter", "two thirds of a million".
  const f = fractionTail(c, j, value, goodLast, goodScale, spelled && !digitsSeen, depth);
  if (f) {
    value = f.value;
    j = f.end;
    spelled = true;
    plain = false;
    fraction = f.fraction;
    if (f.scaled) scaled = true;
    // "three quarters billion"
    const sc = fraction ? lex.scale.get(w(j)) : undefined;
    if (sc && sc >= 1000) {
      value *= sc;
      j++;
      fraction = false;
      partialOfScale = true;
      scaled = true;
    }
  }
  const amountOut: Amount = { value: sign * value, start, end: j, spelled, vague: false, plain: plain && sign > 0, scaled, digits, fraction, partial: partialOfScale };
  const ratio = ratioTail(c, amountOut, depth);
  if (ratio) return ratio;
  // "un", "une", "ein" alone are articles ("un accident"), not counts ("un sur trois" is a ratio).
  if (j === start + 1 && lex.articles.has(w(start))) return null;
  return amountOut;
}

/** "one in five", "two out of three", "one over twenty": a ratio. */
function ratioTail(c: NumCtx, a: Amount, depth: number): Amount | null {
  if (depth > 0 || a.fraction) return null;
  const t = c.t;
  const w = (k: number) => (t[k] && t[k].kind === WORD && same(t, a.start, k) ? t[k].norm : '');
  const x = Math.abs(a.value);
  let k = a.end;
  const joiner = w(k);
  const ratioWord = c.lex.ratio.has(joiner);
  if (joiner === 'out' && w(k + 1) === 'of') k += 2;
  else if ((joiner === 'in' || joiner === 'over') && x === 1) k += 1;
  else if (ratioWord) k += 1;
  else return null;
  const b = amount(c, k, false, depth + 1);
  if (!b || b.vague || b.fraction || b.value <= 0 || !Number.isInteger(b.value)) return null;
  if (b.plain && b.digits === 4) return null;
  if (joiner === 'out' || ratioWord ? !(x < b.value) : !(b.value > 1)) return null;
  if (joiner === 'over' && c.lex.units.match(t, b.end)) return null;
  return { ...a, value: a.value / b.value, end: b.end, plain: false, ratio: true, spelled: a.spelled || b.spelled };
}

/** A number can start at token `i`. */
export function startsNumber(c: NumCtx, i: number): boolean {
  const tok = c.t[i];
  if (!tok) return false;
  if (tok.kind === NUM) return true;
  if (tok.kind === SYM) return tok.norm in UNICODE_FRACTIONS || (tok.norm === '.' && c.t[i + 1]?.kind === NUM);
  return c.lex.cardinal.has(tok.norm) || c.lex.aWords.has(tok.norm) || tok.norm === 'half';
}

/** "point zero three", "point seventy-one": digits after a spelled decimal point. */
function decimals(c: NumCtx, i: number): { value: number; end: number } | null {
  const t = c.t;
  let s = '';
  let j = i;
  const card = (k: number) => (t[k]?.kind === WORD && same(t, i, k) ? c.lex.cardinal.get(t[k].norm) : undefined);
  for (let v = card(j); v !== undefined; v = card(j)) {
    if (v >= 10 && s === '') {
      let v2 = v;
      let e = j + 1;
      const unit = sym(t, e, '-') ? card(e + 1) : card(e);
      if (v >= 20 && unit !== undefined && unit < 10 && unit > 0) {
        v2 += unit;
        e += sym(t, e, '-') ? 2 : 1;
      }
      return { value: Number('0.' + String(v2)), end: e };
    }
    if (v >= 10) break;
    s += String(v);
    j++;
  }
  return s ? { value: Number('0.' + s), end: j } : null;
}

/** An ordinal word's value for use as a denominator ("fifths" -> 5), or undefined. */
function ordinalDenominator(c: NumCtx, w: string, plural: boolean): number | undefined {
  const frac = c.lex.fraction.get(w);
  if (frac !== undefined) {
    const isPlural = w.endsWith('s');
    return isPlural === plural || (w === 'half' && !plural) ? frac : undefined;
  }
  if (plural !== w.endsWith('s')) return undefined;
  return c.lex.ordinal.get(plural ? w.slice(0, -1) : w);
}

/** The denominator at `i` ("fifths", "quarter", "twenty-firsts", "hundredths"). */
function denominator(c: NumCtx, i: number, plural: boolean): { d: number; end: number } | null {
  const t = c.t;
  const w = t[i]?.kind === WORD ? t[i].norm : '';
  if (!w) return null;
  const d = ordinalDenominator(c, w, plural);
  if (d !== undefined) return d > 2 || c.lex.fraction.has(w) ? { d, end: i + 1 } : null;
  const compound = compoundDenominator(c, i, plural);
  return compound;
}

/** "twenty-firsts", "thirty fifths": tens and an ordinal. */
function compoundDenominator(c: NumCtx, i: number, plural?: boolean): { d: number; end: number } | null {
  const t = c.t;
  const tens = c.lex.cardinal.get(t[i]?.norm ?? '');
  if (!tens || tens < 20 || tens % 10 !== 0 || t[i].kind !== WORD) return null;
  let k = i + 1;
  if (sym(t, k, '-')) k++;
  const w = t[k]?.kind === WORD && same(t, i, k) ? t[k].norm : '';
  if (!w) return null;
  for (const p of plural === undefined ? [true, false] : [plural]) {
    const d = ordinalDenominator(c, w, p);
    if (d !== undefined && d < 10 && !(p === false && plural === undefined)) return { d: tens + d, end: k + 1 };
  }
  return null;
}

function fractionTail(c: NumCtx, j: number, value: number, last: Last, lastScale: number, wordsOnly: boolean, depth: number): { value: number; end: number; scaled: boolean; fraction: boolean } | null {
  const t = c.t;
  const w = (k: number) => (t[k] && t[k].kind === WORD ? t[k].norm : '');
  // Numerator then denominator: "two thirds", "one eighth", "twenty one fifths", "one - fourth".
  if (wordsOnly && last !== 'dozen' && value > 0 && Number.isInteger(value)) {
    let k = j;
    if (sym(t, k, '-')) k++;
    const den = denominator(c, k, value !== 1);
    if (den && same(t, j - 1, den.end - 1)) {
      let v = value / den.d;
      let end = den.end;
      let scaled = false;
      // "two thirds of a million"
      if (w(end) === 'of' && c.lex.aWords.has(w(end + 1))) {
        const s = c.lex.scale.get(w(end + 2));
        if (s) {
          v *= s;
          end += 3;
          scaled = true;
        }
      }
      return { value: v, end, scaled, fraction: !scaled };
    }
  }
  // "... and a half", "... and three fifths", "... and a half million", "deux millions et demi".
  if ((w(j) === 'and' || c.lex.and.has(w(j)) || c.lex.decimalWords.has(w(j))) && depth < 2) {
    const sub = amount(c, j + 1, false, depth + 1);
    if (!sub || !(sub.fraction || sub.partial) || !same(t, j, sub.end - 1)) return null;
    // "one billion and three quarters million"
    if (sub.partial) return { value: value + sub.value, end: sub.end, scaled: true, fraction: false };
    let frac = sub.value;
    let end = sub.end;
    const s = c.lex.scale.get(w(end));
    if (s && s >= 1000) {
      end++;
      if (last !== 'scale') return { value: (value + frac) * s, end, scaled: true, fraction: false };
      frac *= s;
    } else if (last === 'scale' && lastScale < Infinity) frac *= lastScale;
    return { value: value + frac, end, scaled: !!s, fraction: false };
  }
  return null;
}

/** "tens of thousands", "hundreds", "several hundred", "a few thousand", "dozens". */
function vagueAmount(c: NumCtx, i: number): { value: number; end: number } | null {
  const t = c.t;
  const lex = c.lex;
  const w = (k: number) => (t[k] && t[k].kind === WORD && same(t, i, k) ? t[k].norm : '');
  let j = i;
  const v = lex.vague.get(w(j));
  if (v !== undefined) {
    if (w(j + 1) === 'of') {
      const v2 = lex.vague.get(w(j + 2));
      if (v2 !== undefined && v2 > v) return { value: v * v2, end: j + 3 };
    }
    if (v === 10 || v === 20) return null; // "tens", "scores" alone are rarely amounts
    return { value: v, end: j + 1 };
  }
  if (lex.aWords.has(w(j))) j++;
  const f = lex.few.get(w(j));
  if (f === undefined) return null;
  let k = j + 1;
  if (w(k) === 'of') k++;
  const s = lex.scale.get(w(k));
  if (s === undefined) return null;
  let value = f * s;
  let end = k + 1;
  const s2 = lex.scale.get(w(end));
  if (s2 && s2 > s) {
    value *= s2;
    end++;
  }
  return { value, end };
}
