import { type LangPack, lines, memoByPack } from '../lang/pack';
import { sections } from '../text/lexicon';
import { type FTok, scan } from './tokens';

/** A phrase of the data files, pre-tokenised; matched on token norms, spaces ignored. */
interface Phrase<T> {
  norms: string[];
  value: T;
  /** Counts only when written against the number ("24h"). */
  glued: boolean;
}

/** Phrases indexed by their first token; the longest match wins. */
export class PhraseTable<T> {
  private byFirst = new Map<string, Phrase<T>[]>();
  /** This table's bit in the lexicon's `firstMask` (0: none, look the word up). */
  bit = 0;

  add(form: string, value: T): void {
    const glued = form.startsWith('=');
    const norms = scan(glued ? form.slice(1) : form).map((t) => t.norm);
    if (!norms.length) return;
    let list = this.byFirst.get(norms[0]);
    if (!list) this.byFirst.set(norms[0], (list = []));
    list.push({ norms, value, glued });
    list.sort((a, b) => b.norms.length - a.norms.length);
  }

  /** The first tokens of every phrase. */
  firsts(): string[] {
    return [...this.byFirst.keys()];
  }

  /** Whether a phrase starts with `norm` (firsts().includes(norm), without the array). */
  hasFirst(norm: string): boolean {
    return this.byFirst.has(norm);
  }

  /** The longest phrase starting at token `i` (within one sentence), as [end index, value]. */
  match(toks: FTok[], i: number): { end: number; value: T } | null {
    const first = toks[i];
    // The token's mask says at once, without a look-up, that no phrase of this table starts with it.
    if (first && this.bit && first.mask >= 0 && !(first.mask & this.bit)) return null;
    const list = first && this.byFirst.get(first.norm);
    if (!list) return null;
    for (const p of list) {
      if (p.glued && !first.glued) continue;
      let k = 1;
      for (; k < p.norms.length; k++) {
        const t = toks[i + k];
        if (!t || t.sentence !== first.sentence || t.norm !== p.norms[k]) break;
        // "m2", "km²": digits inside a unit are written against it ("12 m 2 dm" is no area)
        if (t.kind === 0 && !t.glued) break;
      }
      if (k < p.norms.length) continue;
      // "A$", "C$": a lone letter joins a sign only when written against it ("a $5 fee" is not Australian).
      if (p.norms.length > 1 && first.kind === 1 && first.norm.length === 1 && toks[i + 1].kind === 2 && !toks[i + 1].glued) continue;
      // A phrase ending in letters must not run on into more letters ("km" in "kmart" cannot happen,
      // but "m" in "m212" can: the caller decides about glued digits).
      const next = toks[i + k];
      const last = toks[i + k - 1];
      if (next && next.glued && next.kind === last.kind && last.kind !== 2) continue;
      return { end: i + k, value: p.value };
    }
    return null;
  }
}

export interface Unit {
  code: string;
  kind: string;
}

export interface Currency {
  code: string;
  /** May stand before the number. */
  before: boolean;
  /** "MUSD" is a million dollars. */
  scale?: number;
}

export interface FigureLexicon {
  cardinal: Map<string, number>;
  scale: Map<string, number>;
  scaleShort: Map<string, number>;
  ordinal: Map<string, number>;
  fraction: Map<string, number>;
  multiplier: Map<string, number>;
  vague: Map<string, number>;
  few: Map<string, number>;
  negative: Set<string>;
  currencies: PhraseTable<Currency>;
  units: PhraseTable<Unit>;
  approxBefore: PhraseTable<true>;
  approxAfter: PhraseTable<true>;
  range: Set<string>;
  per: Set<string>;
  trend: Set<string>;
  casualty: Set<string>;
  transaction: Set<string>;
  clauseStop: Set<string>;
  plural: Set<string>;
  numbering: Set<string>;
  verb: Set<string>;
  /** Number word -> the words that must stand before and after it for an idiom. */
  idioms: Map<string, { before: string[]; after: string[] }[]>;
  months: Map<string, number>;
  weekdays: Map<string, number>;
  dayWords: Map<string, number>;
  shift: Set<string>;
  period: Set<string>;
  part: PhraseTable<true>;
  relativeTail: PhraseTable<true>;
  holidays: PhraseTable<true>;
  recurrence: Set<string>;
  every: PhraseTable<true>;
  datePhrases: PhraseTable<true>;
  seasons: Set<string>;
  fiscal: PhraseTable<true>;
  yearBefore: Set<string>;
  stopwords: Set<string>;
  /** Words for "percent" after a number ("percent", "per cent", "pour cent", "Prozent"). */
  percent: PhraseTable<true>;
  /** "points" after a percent ("percentage points"). */
  points: Set<string>;
  /** "and" inside number words ("one hundred and five"). */
  and: Set<string>;
  /** Words joining tens and a unit ("treinta y dos", "vingt et un"). */
  tensJoiner: Set<string>;
  /** Tens that take a teen ("soixante-treize": 60 + 13). */
  tensPlusTeen: Set<number>;
  /** Number words of several tokens ("quatre-vingt" 80). */
  cardinalPhrases: PhraseTable<number>;
  /** Number words that alone are articles ("un", "ein"): no figure by themselves. */
  articles: Set<string>;
  /** Words between a scale word and its unit ("millions de dollars", "millions d'euros"). */
  scaleOf: PhraseTable<true>;
  /** Letters written against digits that make an ordinal ("1st", "22e", "2ème", "5º", "3rd"). */
  ordinalSuffix: Set<string>;
  /** A word or letter between hours and minutes, or after the hour ("18h30", "18 Uhr", "9 uur"). */
  hourMark: Set<string>;
  /** Words joining a day and its time or date ("demain à 8h", "mardi, le 5"), besides English's. */
  dateJoin: Set<string>;
  /** Words joining the two ends of a range of dates ("de mai à juin", "bis"), besides English's. */
  dateRange: Set<string>;
  /** "between" before the first end of a range ("entre", "zwischen"), besides English's. */
  between: Set<string>;
  /** Number words written as one word ("dreihundertfünfundzwanzig", "vijfentwintig"): their pieces. */
  compound: Map<string, number> | null;
  /** The joiners inside such words ("und", "en"). */
  compoundJoin: Set<string>;
  /** Values of compound number words read so far. */
  compoundCache: Map<string, number | null>;
  /** Words after a duration that make it an age ("5 Jahre alt", "10 jaar oud"). */
  ageAfter: Set<string>;
  /** English "a", "an" as "one" ("a hundred", "a third"): a language with its own articles has none. */
  aWords: Set<string>;
  /** Every noun is written with a capital (German): a capital then tells no name. */
  nounsCapitalised: boolean;
  /** Words before a duration that make it an age ("tiene 29 años", "âgé de"). */
  ageBefore: Set<string>;
  /** Endings that make an ordinal of a number word ("-sten" in "neunundzwanzigsten", "-ste"), longest first. */
  ordinalEndings: string[];
  /** Determiners before an ordinal that make it a figure ("der", "la", "el"), besides English's. */
  ordinalOwner: Set<string>;
  /** Scale words that alone stand for one of them ("cent", "mille", "mil", "tausend"). */
  implicitOne: Set<string>;
  /** Words of a ratio between two numbers ("un sur trois", "uno sobre cien"). */
  ratio: Set<string>;
  /** Shift words written after the count or the period ("les 3 prochains jours", "la semana siguiente"). */
  shiftAfter: Set<string>;
  /** Words before a duration that make it a date in the past ("il y a", "hace", "vor"). */
  agoBefore: PhraseTable<true>;
  /** Words before a month name alone that make it a date ("en mai", "im Mai"). */
  monthBefore: Set<string>;
  /** The last word of a part of a period, before the period ("fin du mois", "a finales de año"). */
  partOf: Set<string>;
  /** Times of day named by a word ("midi" 12, "medianoche" 0). */
  timeWords: Map<string, number>;
  /** Words before a bare hour that make it a time ("a las 5", "às 18"). */
  hourBefore: PhraseTable<true>;
  /** Dates in digits put the day first ("22/04" is the 22nd of April). */
  dayFirst: boolean;
  /** Articles that may follow a date joiner ("au", "le", "el"). */
  dateArticles: Set<string>;
  /** Spoken decimal points ("point", "virgule", "Komma"). */
  decimalWords: Set<string>;
  /** The language writes decimals with a comma and groups thousands with a dot ("1.234,5"). */
  decimalComma: boolean;
  /** "of" between a day and its month ("5th of May", "5 de mayo"). */
  dateOf: Set<string>;
  /** Every word or sign a figure can start with: other tokens are skipped at once. */
  starters: Set<string>;
  /**
   * Word -> bits: one per phrase table that has a phrase starting with it (PhraseTable.bit), and
   * STARTER_BIT for the starters; a token reads it once (markTokens), the tables then skip it
   * without a look-up of their own.
   */
  firstMask: Map<string, number>;
}

const numberMap = (list: string[] = []): Map<string, number> => {
  const m = new Map<string, number>();
  for (const line of list) {
    const [w, v] = line.split(/\s+/);
    m.set(w, Number(v));
  }
  return m;
};

/** "quatre-vingt 80" lines: the phrase, then its value. */
const phraseValues = (list: string[] = []): PhraseTable<number> => {
  const t = new PhraseTable<number>();
  for (const line of list) {
    const sp = line.lastIndexOf(' ');
    if (sp > 0) t.add(line.slice(0, sp), Number(line.slice(sp + 1)));
  }
  return t;
};

const table = <T>(list: string[] = [], value: (line: string) => T): PhraseTable<T> => {
  const t = new PhraseTable<T>();
  for (const line of list) t.add(line, value(line));
  return t;
};

/** "[one] of" -> the idiom's number word with the words around it. */
function parseIdioms(list: string[]): Map<string, { before: string[]; after: string[] }[]> {
  const out = new Map<string, { before: string[]; after: string[] }[]>();
  for (const line of list) {
    const words = line.split(/\s+/);
    words.forEach((w, k) => {
      const m = /^\[(.+)\]$/.exec(w);
      if (!m) return;
      const strip = (ws: string[]) => ws.map((x) => x.replace(/^\[|\]$/g, ''));
      const entry = { before: strip(words.slice(0, k)).reverse(), after: strip(words.slice(k + 1)) };
      let list2 = out.get(m[1]);
      if (!list2) out.set(m[1], (list2 = []));
      list2.push(entry);
    });
  }
  return out;
}

const SIGN_STARTERS = ['.', '-', '+', '(', "'", '~', '≈', '½', '⅓', '⅔', '¼', '¾', '⅕', '⅖', '⅗', '⅘', '⅙', '⅚', '⅛', '⅜', '⅝', '⅞'];

export const figureLexicon = memoByPack((pack: LangPack): FigureLexicon => {
  const num = sections(pack, 'figure-numbers');
  const cues = sections(pack, 'figure-cues');
  const dates = sections(pack, 'figure-dates');
  const set = (m: Map<string, string[]>, k: string) => new Set(m.get(k) ?? []);

  const ordinal = numberMap(num.get('ordinal'));
  const fraction = numberMap(num.get('fraction'));
  for (const [w, v] of ordinal) if (v > 2) fraction.set(w + 's', v).set(w, v);

  // "cent" is a hundred in French: a number word of the language is never a currency
  const numberWords = new Set([...(num.get('cardinal') ?? []), ...(num.get('scale') ?? [])].map((l) => l.split(/\s+/)[0]));
  const currencies = new PhraseTable<Currency>();
  const forms = new Map<string, Currency>();
  for (const line of lines(pack, 'figure-currencies')) {
    const colon = line.indexOf(':');
    const code = line.slice(0, colon).trim();
    for (let form of line.slice(colon + 1).split(',')) {
      form = form.trim();
      const marked = form.startsWith('<');
      if (marked) form = form.slice(1);
      if (!form || numberWords.has(form)) continue;
      const before = marked || /[^\p{L}\s.]/u.test(form) || form === code.toLowerCase();
      const known = forms.get(form);
      if (known) known.before ||= before;
      else forms.set(form, { code, before });
      // "MUSD", "MEUR": millions in financial shorthand.
      if (form === code.toLowerCase()) forms.set('m' + form, { code, before: true, scale: 1e6 });
    }
  }
  for (const [form, value] of forms) currencies.add(form, value);
  const units = new PhraseTable<Unit>();
  for (const line of lines(pack, 'figure-units')) {
    const colon = line.indexOf(':');
    const [code, kind] = line.slice(0, colon).trim().split(/\s+/);
    for (const form of line.slice(colon + 1).split(',')) if (form.trim()) units.add(form.trim(), { code, kind });
  }
  const indexed = (list: string[] = []) => {
    const m = new Map<string, number>();
    list.forEach((line, k) => line.split(/\s+/).forEach((w) => m.set(w.replace(/\.$/, ''), k + 1)));
    return m;
  };
  const lex: FigureLexicon = {
    cardinal: numberMap(num.get('cardinal')),
    scale: numberMap(num.get('scale')),
    scaleShort: numberMap(num.get('scale-short')),
    ordinal,
    fraction,
    multiplier: numberMap(num.get('multiplier')),
    vague: numberMap(num.get('vague')),
    few: numberMap(num.get('few')),
    negative: set(num, 'negative'),
    currencies,
    units,
    approxBefore: table(cues.get('approx-before'), () => true as const),
    approxAfter: table(cues.get('approx-after'), () => true as const),
    range: set(cues, 'range'),
    per: set(cues, 'per'),
    trend: set(cues, 'trend'),
    casualty: set(cues, 'casualty'),
    transaction: set(cues, 'transaction'),
    clauseStop: set(cues, 'clause-stop'),
    plural: set(cues, 'plural'),
    numbering: set(cues, 'numbering'),
    verb: set(cues, 'verb'),
    idioms: parseIdioms(lines(pack, 'figure-idioms')),
    months: indexed(dates.get('month')),
    weekdays: indexed(dates.get('weekday')),
    dayWords: numberMap(dates.get('day-word')),
    shift: set(dates, 'shift'),
    period: set(dates, 'period'),
    part: table(dates.get('part'), () => true as const),
    relativeTail: table(dates.get('relative-tail'), () => true as const),
    holidays: table(dates.get('holiday'), () => true as const),
    recurrence: set(dates, 'recurrence'),
    every: table(dates.get('every'), () => true as const),
    datePhrases: table(dates.get('date-phrase'), () => true as const),
    seasons: set(dates, 'season'),
    fiscal: table(dates.get('fiscal'), () => true as const),
    yearBefore: set(dates, 'year-before'),
    stopwords: new Set(lines(pack, 'stopwords').map((w) => w.toLowerCase())),
    percent: table(num.get('percent'), () => true as const),
    points: set(num, 'points'),
    and: set(num, 'and'),
    tensJoiner: set(num, 'tens-joiner'),
    tensPlusTeen: new Set((num.get('tens-plus-teen') ?? []).map(Number)),
    cardinalPhrases: phraseValues(num.get('cardinal-phrase')),
    articles: set(num, 'article'),
    scaleOf: table(num.get('scale-of'), () => true as const),
    ordinalSuffix: new Set(['st', 'nd', 'rd', 'th', ...(num.get('ordinal-suffix') ?? [])]),
    hourMark: set(dates, 'hour-mark'),
    dateJoin: set(dates, 'join'),
    dateRange: set(dates, 'range'),
    between: set(dates, 'between'),
    dateArticles: set(dates, 'article'),
    shiftAfter: set(dates, 'shift-after'),
    ratio: set(num, 'ratio'),
    implicitOne: set(num, 'implicit-one'),
    aWords: num.has('article') ? new Set() : new Set(['a', 'an']),
    nounsCapitalised: (num.get('format') ?? []).includes('nouns-capitalised'),
    ageAfter: set(cues, 'age-after'),
    ageBefore: set(cues, 'age-before'),
    ordinalOwner: set(num, 'ordinal-owner'),
    ordinalEndings: [...(num.get('ordinal-ending') ?? [])].sort((a, b) => b.length - a.length),
    compound: (num.get('format') ?? []).includes('compound-words') ? new Map() : null,
    compoundJoin: set(num, 'compound-join'),
    compoundCache: new Map(),
    agoBefore: table(dates.get('ago-before'), () => true as const),
    monthBefore: set(dates, 'month-before'),
    partOf: set(dates, 'part-of'),
    timeWords: numberMap(dates.get('time-word')),
    hourBefore: table(dates.get('hour-before'), () => true as const),
    dayFirst: (dates.get('format') ?? []).includes('day-first'),
    decimalWords: set(num, 'decimal-word'),
    decimalComma: (num.get('format') ?? []).includes('decimal-comma'),
    dateOf: set(dates, 'of'),
    starters: new Set(),
    firstMask: new Map(),
  };
  if (lex.compound) {
    for (const [w, v] of lex.cardinal) if (!lex.articles.has(w) || w.length > 2) lex.compound.set(w, v);
    for (const [w, v] of lex.scale) if (v === 100 || v === 1000) lex.compound.set(w, v);
    for (const [w, v] of numberMap(num.get('compound-part'))) lex.compound.set(w, v);
  }
  const st = lex.starters;
  for (const m of [lex.cardinal, lex.scale, lex.ordinal, lex.fraction, lex.multiplier, lex.vague, lex.few, lex.months, lex.weekdays, lex.dayWords]) for (const k of m.keys()) st.add(k);
  for (const set2 of [lex.negative, lex.shift, lex.seasons, lex.recurrence]) for (const k of set2) st.add(k);
  for (const tbl of [lex.currencies, lex.approxBefore, lex.part, lex.holidays, lex.fiscal, lex.every, lex.datePhrases, lex.agoBefore, lex.hourBefore]) for (const k of tbl.firsts()) st.add(k);
  for (const k of lex.timeWords.keys()) st.add(k);
  // "la semana siguiente": a period word opens a date when the language puts the shift after it
  if (lex.shiftAfter.size) for (const k of lex.period) st.add(k);
  for (const k of lines(pack, 'figure-starters')) st.add(k);
  // Signs open figures in every language: ".5", "-3", "(555)", "'90s", "~20", "½"
  for (const k of SIGN_STARTERS) st.add(k);
  let bit = 0;
  for (const v of Object.values(lex)) {
    if (!(v instanceof PhraseTable) || bit >= 30) continue;
    v.bit = 1 << bit++;
    for (const k of v.firsts()) lex.firstMask.set(k, (lex.firstMask.get(k) ?? 0) | v.bit);
  }
  for (const k of st) lex.firstMask.set(k, (lex.firstMask.get(k) ?? 0) | STARTER_BIT);
  return lex;
});

/** The bit of `firstMask` for the starters. */
export const STARTER_BIT = 1 << 30;

/** Reads each token's `firstMask` bits (once per document, one look-up per token). */
export function markTokens(lex: FigureLexicon, toks: FTok[]): FTok[] {
  for (const t of toks) t.mask = lex.firstMask.get(t.norm) ?? 0;
  return toks;
}
