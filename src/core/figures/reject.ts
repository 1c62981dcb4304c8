import { type Ctx, type Found, symAt, wordAt } from './found';
import { NUM, SYM, WORD } from './tokens';

const PHONE_SEPS = new Set(['-', '.', '/', '(', ')']);
const DURATION_CUE = new Set(['for', 'in', 'within', 'after', 'than', 'about', 'only', 'just', 'over', 'of', 'last', 'first', 'next', 'another', 'than']);

/**
 * Digit runs that are not figures, checked before reading at token `i`: phone numbers
 * ("+1-222-2222/2222", "(555) 123-4567"), list markers ("1)", "2."), codes glued to letters
 * ("GTX1080", "scp173m"). Returns the index past the run, or -1.
 */
export function rejectRun(c: Ctx, i: number): number {
  const t = c.t;
  const tok = t[i];
  if (!tok) return -1;
  const start = symAt(c, i) === '+' || symAt(c, i) === '(' ? i + 1 : i;
  if (t[start]?.kind !== NUM) return -1;
  if (start !== i && t[start].sentence !== tok.sentence) return -1;
  // Phone numbers and long codes: three or more digit groups with 9+ digits, or a leading "+".
  let j = start;
  let groups = 0;
  let digits = 0;
  let maxGroup = 0;
  for (let n = 0; n < 16 && t[j] && t[j].sentence === tok.sentence; n++) {
    if (t[j].kind === NUM) {
      if (groups > 0 && !t[j].glued && !PHONE_SEPS.has(t[j - 1]?.norm ?? '') && c.text.slice(t[j - 1].end, t[j].start) !== ' ') break;
      groups++;
      digits += t[j].norm.length;
      maxGroup = Math.max(maxGroup, t[j].norm.length);
      j++;
    } else if (t[j].kind === SYM && PHONE_SEPS.has(t[j].norm) && t[j + 1]?.kind === NUM) j++;
    else if (t[j].kind === SYM && t[j].norm === ')' && groups > 0) j++;
    else break;
  }
  const plus = symAt(c, i) === '+' && t[start].glued;
  const hyphenated = groups >= 3 && digits >= 9 && maxGroup <= 5 && hasSep(c, start, j, '-');
  const paren = symAt(c, i) === '(' && t[start].norm.length === 3 && symAt(c, start + 1) === ')';
  if ((plus && digits >= 7) || hyphenated || (paren && digits >= 9)) return j;
  // Slashed pairs that are neither dates nor fractions: "9/11", "24/7".
  const dateRun = (k: number) => (symAt(c, k) === '/' || symAt(c, k) === '-') && t[k].glued;
  if (tok.kind === NUM && symAt(c, i + 1) === '/' && t[i + 1].glued && t[i + 2]?.kind === NUM && t[i + 2].glued && !(t[i + 3]?.glued && t[i + 3].kind !== SYM) && !dateRun(i + 3) && !dateRun(i - 1)) {
    const n = Number(tok.norm);
    const d = Number(t[i + 2].norm);
    if (!(d > n && (d <= 10 || d % 4 === 0 || d === 100)) && !(wordAt(c, i - 1) === 'on' || c.lex.weekdays.has(wordAt(c, i - 1)))) return i + 3;
  }
  // List markers: "1)" and "2." opening a sentence or a clause.
  if (tok.kind === NUM && tok.norm.length <= 2) {
    const next = symAt(c, i + 1);
    const opens = !t[i - 1] || t[i - 1].sentence !== tok.sentence || /^[;:(]$/.test(symAt(c, i - 1));
    if (next === ')' && (opens || !hasOpenParen(c, i))) return i + 2;
    if (next === '.' && opens && t[i + 1].glued && t[i + 2]?.kind === WORD) return i + 2;
  }
  // "P5+1", "G7+2": a code continued
  if (tok.kind === NUM && tok.glued && symAt(c, i - 1) === '+' && t[i - 1].glued && t[i - 2] && t[i - 2].kind !== SYM) return i + 1;
  // Codes: digits glued to letters before ("GTX1080", "G20", "scp173m") unless a currency or unit.
  if (tok.kind === NUM && tok.glued && t[i - 1]?.kind === WORD) {
    const prev = t[i - 1];
    const isCurrency = c.lex.currencies.match(t, i - 1)?.end === i;
    const isPeriod = /^(?:q|h|fy)$/.test(prev.norm);
    if (!isCurrency && !isPeriod) {
      let e = i + 1;
      while (t[e]?.glued && t[e].kind !== SYM) e++;
      return e;
    }
  }
  return -1;
}

function hasSep(c: Ctx, a: number, b: number, s: string): boolean {
  for (let k = a; k < b; k++) if (symAt(c, k) === s) return true;
  return false;
}

function hasOpenParen(c: Ctx, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) if (symAt(c, k) === '(') return true;
  return false;
}

/** A figure read but still not a figure: product names, idioms, a bare "one". */
export function rejectFound(c: Ctx, f: Found, numStart: number): boolean {
  const t = c.t;
  const first = t[numStart];
  if (!first) return true;
  // Letters or digits glued after the figure: "24703L202", "3D".
  const after = t[f.e];
  if (after && after.glued && after.kind !== SYM && f.kind !== 'date') return true;
  if (after && after.glued && symAt(c, f.e) === '-' && t[f.e + 1]?.glued && t[f.e + 1].kind === NUM && f.kind === 'number') return true;
  // Titles: "6 Degrees of Kevin Bacon", "12 Years a Slave", "Six Flags".
  if (f.kind === 'measure' || f.kind === 'duration') {
    let u = numStart + 1;
    while (u < f.e && t[u].kind !== WORD) u++;
    const unitTok = t[u];
    const sentenceStart = !t[numStart - 1] || t[numStart - 1].sentence !== first.sentence;
    if (unitTok && u < f.e && unitTok.cap && unitTok.norm.length > 3 && !sentenceStart && !c.lex.nounsCapitalised) {
      const raw = c.text.slice(unitTok.start, unitTok.end);
      if (raw !== raw.toUpperCase()) return true;
    }
  }
  // Scores: "a 2-1 win", "3-0".
  if ((f.kind === 'number' || f.kind === 'count') && first.kind === NUM && first.norm.length <= 2) {
    const other = symAt(c, numStart - 1) === '-' && first.glued && t[numStart - 2]?.kind === NUM ? numStart - 2 : symAt(c, numStart + 1) === '-' && t[numStart + 1].glued && t[numStart + 2]?.glued && t[numStart + 2].kind === NUM ? numStart + 2 : -1;
    if (other >= 0 && t[other].norm.length <= 2) {
      const [a, b] = other < numStart ? [Number(t[other].norm), Number(first.norm)] : [Number(first.norm), Number(t[other].norm)];
      if (b <= a) return true;
    }
  }
  // Names that start with a number: "10 Downing Street", "One Direction".
  if (f.kind === 'count' && f.noun && f.noun.length > 1 && t[f.e]?.cap && !c.lex.nounsCapitalised && /^(?:\p{Lu}[\p{L}'.-]*\s?)+$/u.test(f.noun) && !/s$/.test(f.noun) && !c.lex.plural.has(f.noun.toLowerCase().split(' ').pop()!)) {
    return true;
  }
  // Product and model names: "GTX 1080", "Boeing 737", "MS-04", "Xbox One", "COVID-19".
  let p = numStart - 1;
  if (symAt(c, p) === '-' && first.glued) p--;
  const prev = t[p];
  if (prev && prev.kind === WORD && prev.sentence === first.sentence && f.kind !== 'money' && f.kind !== 'percent') {
    const raw = c.text.slice(prev.start, prev.end);
    const acronym = raw.length >= 2 && raw === raw.toUpperCase();
    const sentenceStart = !t[p - 1] || t[p - 1].sentence !== prev.sentence;
    const lex = c.lex;
    const known = lex.stopwords.has(prev.norm) || lex.months.has(prev.norm) || lex.weekdays.has(prev.norm) || lex.approxBefore.match(t, p) !== null || lex.currencies.match(t, p) !== null || lex.shift.has(prev.norm) || lex.trend.has(prev.norm);
    // where every noun has a capital ("im Jahr 2000"), only an acronym names a product
    if (prev.cap && !known && (!sentenceStart || acronym) && (acronym || !lex.nounsCapitalised) && (f.kind === 'number' || f.kind === 'count' || f.kind === 'ordinal' || f.kind === 'year' || (first.glued && symAt(c, numStart - 1) === '-'))) return true;
  }
  // Ranks and numbering: "#1", "No. 1", "world No 1".
  if (symAt(c, numStart - 1) === '#' || (symAt(c, numStart - 1) === '.' && wordAt(c, numStart - 2) === 'no')) return true;
  const before = t[numStart - 1];
  if (before && before.norm === 'no' && before.cap && t[numStart - 2]?.sentence === before.sentence) return true;
  // Compound modifiers: "four-time winner", "a 3-iron", "a five-way swap", "an eighth-grade student".
  if ((f.kind === 'number' || f.kind === 'count') && symAt(c, f.e) === '-' && t[f.e].glued && t[f.e + 1]?.glued && t[f.e + 1].kind === WORD) return true;
  if ((f.kind === 'number' || f.kind === 'count') && f.e > numStart && symAt(c, f.e - 1) === '-') return true;
  if (first.kind === WORD && idiom(c, numStart) && (f.kind === 'number' || f.kind === 'count' || f.kind === 'ordinal')) return true;
  // "one day we will", not "for one day"
  if (f.kind === 'duration' && first.norm === 'one' && t[numStart + 1]?.norm === 'day' && f.e === numStart + 2 && !DURATION_CUE.has(wordAt(c, numStart - 1))) return true;
  // Numbering: "season three", "episode 3", "Article 5", "Room 101".
  if ((f.kind === 'number' || f.kind === 'count' || f.kind === 'year') && c.lex.numbering.has(wordAt(c, numStart - 1))) return true;
  // "one" alone is a pronoun more often than a number.
  if (f.kind === 'number' && first.kind === WORD && f.value === 1 && f.e === numStart + 1) return true;
  return false;
}

/** The number word at `k` sits in an idiom of figure-idioms.txt. */
function idiom(c: Ctx, k: number): boolean {
  const list = c.lex.idioms.get(c.t[k].norm);
  if (!list) return false;
  const norm = (n: number) => (c.t[n] && c.t[n].sentence === c.t[k].sentence ? c.t[n].norm : '');
  return list.some(({ before, after }) => before.every((w, n) => norm(k - 1 - n) === w) && after.every((w, n) => norm(k + 1 + n) === w));
}
