import type { FigureKind } from '../types';
import { type Ctx, type Found, symAt, wordAt } from './found';
import { countedNoun, isPlural } from './nouns';
import { type Amount, amount } from './numbers';
import { NUM, SYM, WORD } from './tokens';

interface Suffix {
  kind: FigureKind;
  unit: string | null;
  end: number;
  /** A multiplier for the value ("basis points" are hundredths of a point). */
  factor?: number;
}

/** A currency written before the number ("$", "US$", "C $", "EUR"), as [code, end]. */
function currencyBefore(c: Ctx, i: number): { code: string; end: number; scale: number } | null {
  const m = c.lex.currencies.match(c.t, i);
  if (!m || !m.value.before) return null;
  const next = c.t[m.end];
  if (!next || next.sentence !== c.t[i].sentence) return null;
  return { code: m.value.code, end: m.end, scale: m.value.scale ?? 1 };
}

/** Percent, currency or unit after the amount. */
function suffixAt(c: Ctx, k: number, a: Amount, money: string | null): Suffix | null {
  const t = c.t;
  // "240 millions de dollars", "240.000 millones de dólares": "de" between a scale word and its unit.
  const of = a.scaled && t[k]?.sentence === t[a.start].sentence ? c.lex.scaleOf.match(t, k) : null;
  if (of && t[of.end]) {
    const after = suffixAt(c, of.end, a, money);
    if (after) return after;
  }
  const tok = t[k];
  if (!tok || tok.sentence !== t[a.start].sentence) return null;
  const w = (n: number) => wordAt(c, n, a.start);
  const pct = symAt(c, k) === '%' ? k + 1 : c.lex.percent.match(t, k)?.end ?? -1;
  if (pct > 0) {
    const end = pct;
    if (c.lex.points.has(w(end))) return { kind: 'percentage-points', unit: 'percentage point', end: end + 1 };
    return { kind: 'percent', unit: 'percent', end };
  }
  if ((w(k) === 'basis' && (w(k + 1) === 'points' || w(k + 1) === 'point')) || w(k) === 'bps' || w(k) === 'bp') {
    return { kind: 'percentage-points', unit: 'percentage point', end: w(k) === 'basis' ? k + 2 : k + 1, factor: 0.01 };
  }
  const cur = c.lex.currencies.match(t, k);
  if (cur && !(cur.value.code === 'GBP' && !a.scaled && !money && /^pound/.test(w(k)))) {
    const code = cur.value.code;
    // A sign after the number stands for it only when no number follows ("10 $", not "10 $ 20").
    const symbol = t[k].kind === SYM && t[cur.end - 1].kind === SYM;
    if (symbol && (money || t[cur.end]?.kind === NUM)) return null;
    if (!money || money === code) {
      let end = cur.end;
      let factor = cur.value.scale ?? 1;
      // "75 USD million"
      const s = c.lex.scale.get(w(end));
      if (s && s >= 1000 && !a.scaled) {
        factor *= s;
        end++;
      }
      return { kind: 'money', unit: money ?? code, end, factor };
    }
  }
  if (money) return null;
  const unit = c.lex.units.match(t, k);
  if (unit) {
    const raw = c.text.slice(t[k].start, t[k].end);
    // A single letter counts only glued to the number ("5m"), except metres ("5 m"), and in its
    // written case ("5G" is not five grams, "10M" is not ten metres).
    if (unit.end === k + 1 && raw.length === 1 && !tok.glued && raw !== 'm' && raw !== '"') return null;
    if (raw.length === 1 && raw !== raw.toLowerCase() && /^[gmth]$/.test(tok.norm)) return null;
    if (raw === '"' && (a.spelled || a.vague)) return null;
    const kind: FigureKind = unit.value.kind === 'duration' ? 'duration' : unit.value.kind === 'age' ? 'age' : 'measure';
    return { kind, unit: unit.value.code, end: unit.end };
  }
  // "20 (kg)", "20 [kg]"
  const open = symAt(c, k);
  if ((open === '(' || open === '[' || open === '{' || open === '<') && t[k + 1]) {
    const inner = c.lex.units.match(t, k + 1);
    const close = inner ? symAt(c, inner.end) : '';
    if (inner && /^[)\]}>]$/.test(close) && inner.value.kind !== 'duration') return { kind: 'measure', unit: inner.value.code, end: inner.end + 1 };
  }
  return null;
}

/** "3 dollars 50 cents", "15 dollars and 50", "17 USD 25": the cents after a whole amount. */
function centsAfter(c: Ctx, k: number, ref: number): { value: number; end: number } | null {
  let j = k;
  const joiner = wordAt(c, j, ref);
  // "15 dollars and 50", "3 euros con 99 céntimos"
  if (joiner === 'and' || c.lex.and.has(joiner) || c.lex.decimalWords.has(joiner)) j++;
  const b = amount(c, j);
  if (!b || b.vague || b.fraction || !Number.isInteger(b.value) || b.value <= 0 || b.value >= 100) return null;
  const unit = c.lex.currencies.match(c.t, b.end);
  if (unit && (unit.value.code === 'cent' || unit.value.code === 'penny')) return { value: b.value / 100, end: unit.end };
  const next = c.t[b.end];
  if (!next || next.sentence !== c.t[ref].sentence || (next.kind === SYM && next.norm !== '$') || wordAt(c, b.end, ref) === 'more') return { value: b.value / 100, end: b.end };
  return null;
}

/** "52-year-old", "six-mile", "one-yen", "12-cent": a hyphenated unit or currency. */
function hyphenSuffix(c: Ctx, k: number, a: Amount): Suffix | null {
  if (symAt(c, k) !== '-' || !c.t[k + 1] || !c.t[k + 1].glued || c.t[k + 1].kind !== WORD) return null;
  const s = suffixAt(c, k + 1, a, null);
  if (!s || s.kind === 'percent') return null;
  return s;
}

const ageAfter = (c: Ctx, k: number, ref: number): number => {
  const w = (n: number) => wordAt(c, n, ref);
  if (w(k) === 'old' || c.lex.ageAfter.has(w(k))) return k + 1;
  if (symAt(c, k) === '-' && w(k + 1) === 'old') return k + 2;
  if (w(k) === 'of' && w(k + 1) === 'age') return k + 2;
  return -1;
};

/** A range tail after a bare amount: "3 to 5", "10-12", "between 10 and 12", "two or three". */
function rangeTail(c: Ctx, a: Amount, startTok: number, money: string | null): { b: Amount; end: number } | null {
  const k = a.end;
  const t = c.t;
  const joiner = t[k] && t[k].sentence === t[a.start].sentence ? t[k].norm : '';
  if (!c.lex.range.has(joiner)) return null;
  if (joiner === 'and' && wordAt(c, startTok - 1) !== 'between') return null;
  if (joiner === 'or' && !(a.spelled || a.value < 100)) return null;
  if ((joiner === 'until' || joiner === 'through') && !a.plain) return null;
  if (joiner === '-' && t[k].glued !== !!t[k + 1]?.glued) return null;
  let j = k + 1;
  if (money) {
    const cb = currencyBefore(c, j);
    if (cb && cb.code === money) j = cb.end;
  }
  const b = amount(c, j, !!money);
  if (!b || b.vague) return null;
  if (!(b.value > a.value)) return null;
  if (a.plain && a.digits === 4 && b.plain && (b.digits === 4 || b.digits === 2)) return null; // years: dates read those
  return { b, end: b.end };
}

/** A quantity starting at token `i`: money, percent, measure, duration, age, count or bare number. */
export function readQuantity(c: Ctx, i: number): Found | null {
  const t = c.t;
  let j = i;
  let approximate = false;
  // "revenue of $5bn, up 3%": the direction belongs to the change
  if ((t[j]?.norm === 'up' || t[j]?.norm === 'down') && t[j].kind === WORD && t[j + 1]?.sentence === t[j].sentence && t[j + 1].kind === NUM && (!t[j - 1] || t[j - 1].kind === SYM || t[j - 1].sentence !== t[j].sentence)) {
    const f = readQuantity(c, j + 1);
    return f && f.kind === 'percent' ? { ...f, s: j } : null;
  }
  const q = c.lex.approxBefore.match(t, j);
  if (q && t[q.end] && t[q.end].sentence === t[i].sentence) {
    approximate = true;
    j = q.end;
  }
  let money: string | null = null;
  const cb = currencyBefore(c, j);
  if (cb) {
    money = cb.code;
    j = cb.end;
  }
  const a0 = amount(c, j, !!money);
  if (!a0) return null;
  // "MAUD 60": sixty million Australian dollars
  const a = cb && cb.scale !== 1 ? { ...a0, value: a0.value * cb.scale, scaled: true } : a0;
  if (a.vague) approximate = true;
  let value = a.value;
  let valueMax: number | null = null;
  let end = a.end;
  let suffix = suffixAt(c, end, a, money) ?? hyphenSuffix(c, end, a);
  if (!suffix && !money) {
    const r = rangeTail(c, a, j, money);
    if (r) {
      const sb = suffixAt(c, r.end, r.b, null) ?? hyphenSuffix(c, r.end, r.b);
      valueMax = r.b.value;
      if (r.b.scaled && !a.scaled && a.value < r.b.value) {
        const ratio = scaleOf(r.b);
        if (ratio > 1) value = a.value * ratio;
      }
      end = r.end;
      suffix = sb;
      if (joinerIsOr(c, a.end)) approximate = true;
    }
  } else if (money) {
    const r = rangeTail(c, a, j, money);
    if (r) {
      valueMax = r.b.value;
      const ratio = scaleOf(r.b);
      if (r.b.scaled && !a.scaled && ratio > 1) value = a.value * ratio;
      end = r.end;
      const s2 = suffixAt(c, end, r.b, money);
      if (s2 && s2.kind === 'money') suffix = s2;
    }
  } else if (suffix && (suffix.kind === 'percent' || suffix.kind === 'measure' || suffix.kind === 'percentage-points')) {
    // "between 57% and 73%", "5%-7%", "10 km to 12 km": both ends carry the unit.
    const r = rangeTail(c, { ...a, end: suffix.end }, j, null);
    const s2 = r ? suffixAt(c, r.end, r.b, null) : null;
    if (r && s2 && s2.unit === suffix.unit && (c.t[suffix.end].norm !== 'to' || wordAt(c, j - 1) === 'from' || wordAt(c, j - 1) === 'between')) {
      if (c.t[suffix.end].norm !== 'to' || wordAt(c, j - 1) === 'between') {
        valueMax = r.b.value;
        end = r.end;
        suffix = { ...s2 };
      }
    }
  }
  let kind: FigureKind = money ? 'money' : 'number';
  let unit: string | null = money ?? (a.ratio ? 'ratio' : null);
  if (suffix) {
    kind = suffix.kind;
    unit = suffix.unit;
    end = suffix.end;
    if (suffix.factor) {
      value *= suffix.factor;
      if (valueMax != null) valueMax *= suffix.factor;
    }
  }
  // "5 feet 2 inches", "6 ft 1 in": one height
  if (kind === 'measure' && unit === 'ft' && valueMax == null) {
    let k = end;
    if (wordAt(c, k) === 'and') k++;
    const b = amount(c, k);
    const u = b ? c.lex.units.match(t, b.end) : null;
    // "in" is an inch only here, at the end of the phrase ("5 ft 2 in")
    const inEnd = b && wordAt(c, b.end, i) === 'in' && (!t[b.end + 1] || t[b.end + 1].kind === SYM || wordAt(c, b.end + 1, i) === 'tall') ? b.end + 1 : -1;
    if (b && ((u && u.value.code === 'in') || inEnd > 0) && b.value < 12) {
      value += b.value / 12;
      end = u && u.value.code === 'in' ? u.end : inEnd;
    }
  }
  if (kind === 'money' && valueMax == null && !a.scaled && Number.isInteger(value) && unit !== 'cent' && unit !== 'penny') {
    const cents = centsAfter(c, end, i);
    if (cents) {
      value += cents.value;
      end = cents.end;
    }
  }
  const f: Found = { kind, s: i, e: end, value, valueMax, unit, approximate, small: a.spelled && !a.scaled && Math.abs(value) < 10 };
  // "tiene 29 años", "il a 29 ans", "âgé de 45 ans": a verb of having or "aged" makes a duration an age
  const before = wordAt(c, i - 1, i);
  if (kind === 'duration' && (c.lex.ageBefore.has(before) || c.lex.ageBefore.has(`${wordAt(c, i - 2, i)} ${before}`)) && unit !== 'h' && unit !== 'min' && unit !== 's') {
    f.kind = 'age';
  } else if (kind === 'duration') {
    const age = ageAfter(c, end, i);
    if (age > 0) {
      f.kind = 'age';
      f.e = age;
    } else {
      const tail = c.lex.relativeTail.match(t, end);
      if (tail && t[end].sentence === t[i].sentence && !/^(?:before|after|since)$/.test(t[end].norm)) {
        f.kind = 'date';
        f.e = tail.end;
      }
    }
  } else if (kind === 'number' && /^(?:aged|age)$/.test(wordAt(c, j - 1)) && a.value > 0 && a.value < 130) {
    f.kind = 'age';
    f.unit = 'year';
    if (!approximate) f.s = j - 1;
  }
  // Ages in apposition ("Gross, 65, said") and "at the age of 66".
  if (f.kind === 'number' && a.plain && a.value > 0 && a.value < 120 && f.e === a.end && j === a.start) {
    const prev = t[j - 1];
    const appositive = symAt(c, j - 1) === ',' && t[j - 2]?.cap && t[j - 2].kind === WORD && (symAt(c, f.e) === ',' || symAt(c, f.e) === '.' || symAt(c, f.e) === ')');
    const ofAge = (wordAt(c, j - 1) === 'of' || wordAt(c, j - 1) === 'aged') && (wordAt(c, j - 2) === 'age' || wordAt(c, j - 2) === 'ages');
    // "when she was 12,"
    const pronounWas = /^(?:was|is)$/.test(wordAt(c, j - 1)) && /^(?:he|she|i)$/.test(wordAt(c, j - 2)) && a.value >= 2 && (!t[f.e] || t[f.e].kind === SYM || /^(?:when|until|and|or|but|at)$/.test(wordAt(c, f.e)));
    if (prev && prev.sentence === t[i].sentence && (appositive || ofAge || pronounWas)) {
      f.kind = 'age';
      f.unit = 'year';
    }
  }
  // "or so", "or more", "-odd"
  const after = c.lex.approxAfter.match(t, f.e);
  if (after && t[f.e].sentence === t[i].sentence && (f.kind !== 'number' || a.spelled || a.value >= 10)) {
    f.approximate = true;
    f.e = after.end;
  }
  // The counted noun; after a measure only when the unit is attributive ("a 726-mile journey").
  const attributive = f.kind === 'measure' && (t[f.e - 1].glued || symAt(c, f.e - 2) === '-');
  if (f.kind === 'number' || attributive || f.kind === 'money' || f.kind === 'percent') {
    const noun = countedNoun(c, f.e, i);
    if (noun) {
      f.noun = noun.text;
      if (f.kind === 'number') f.kind = 'count';
      // "five incredible years", "ten more miles": the head is a unit after all.
      const head = c.lex.units.match(t, noun.end - 1);
      if (f.kind === 'count' && head && head.end === noun.end) {
        f.kind = head.value.kind === 'duration' ? 'duration' : 'measure';
        f.unit = head.value.code;
        f.noun = null;
        f.e = noun.end;
      }
    }
  }
  // A bare four-digit number is a year unless it counts something ("2000 people").
  if ((f.kind === 'number' || f.kind === 'count') && a.plain && a.digits === 4 && a.value >= 1000 && a.value <= 2199 && valueMax == null && !money) {
    const properNoun = t[f.e]?.cap === true && !c.lex.nounsCapitalised;
    if (f.kind === 'number' || properNoun || c.lex.yearBefore.has(wordAt(c, j - 1)) || !f.noun || !isPlural(c, f.noun.split(' ').pop()!.toLowerCase())) {
      f.kind = 'year';
      f.date = String(a.value);
      f.noun = null;
    }
  }
  f.approximate = !!f.approximate;
  return f;
}

/** The scale a scaled amount carries (1e6 for "5 million"), from its value's magnitude. */
function scaleOf(a: Amount): number {
  for (const s of [1e12, 1e9, 1e6, 1e3]) if (Math.abs(a.value) >= s) return s;
  return 1;
}

const joinerIsOr = (c: Ctx, k: number): boolean => c.t[k]?.norm === 'or';

export const isDigitTok = (c: Ctx, k: number): boolean => c.t[k]?.kind === NUM;
