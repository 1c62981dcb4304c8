// fast-check generators of hostile and news-like text for the analyze() property tests. The
// pieces are generic English newswriting (titles, speech verbs, money, dates), not fixture text.
import fc from 'fast-check';

/** Any UTF-16 code unit, lone surrogates included: a JS string can hold them, so the engine must too. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

export const unicodeText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: codeUnit, maxLength: 200 }),
);

const MARKS = ['"', "'", '“', '”', '‘', '’', '„', '‚', '«', '»', '‹', '›', '「', '」', '『', '』', '``', "''"];
const SPACES = [' ', ' ', ' ', '\n', '\n\n', '\r\n', '\t', '\u00a0', '\u2028', '\u2029', '\u200b', '\u3000', '\f', '\v'];
const PUNCT = ['.', ',', ':', ';', '?', '!', '…', '...', '—', '–', '-', '(', ')', '[', ']', '/', '&', '*', '•', '|'];
const WORDS = [
  'the', 'a', 'of', 'in', 'on', 'to', 'and', 'that', 'with', 'for', 'by', 'at', 'from', 'as', 'was', 'is', 'will', 'not',
  'he', 'she', 'they', 'it', 'his', 'her', 'their', 'who', 'which', 'this', 'we', 'I', 'you', 'It', 'He', 'She', 'The', 'A', 'In',
  'government', 'company', 'police', 'court', 'plan', 'deal', 'vote', 'talks', 'market', 'prices', 'rose', 'fell', 'up', 'down',
  'spokesman', 'spokeswoman', 'minister', 'chief', 'executive', 'officials', 'analysts', 'residents', 'people', 'team', 'coach',
];
const NAMES = [
  'John', 'Smith', 'Maria', 'García', 'Xi', 'Jinping', 'Vladimir', 'Putin', "O'Brien", 'McDonald', 'de', 'la', 'van', 'Jr.',
  'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Sen.', 'Gov.', 'Prof.', 'President', 'Prime', 'Minister', 'Chancellor', 'Judge', 'General',
  'Apple', 'Inc.', 'Corp.', 'Ltd', 'Co.', 'Bank', 'University', 'Ministry', 'Department', 'FBI', 'NATO', 'U.S.', 'U.N.', 'EU',
  'New', 'York', 'London', 'Beijing', 'Paris', 'Texas', 'China', 'Chinese', 'American', 'Kyiv', 'São', 'Paulo', 'Zürich',
  'Jean-Luc', 'Kim', 'Jong-un', 'Al-Assad', 'St.', 'Mount', 'River', 'Street', 'MONDAY', 'BREAKING', 'AP', 'Reuters',
];
const CUES = ['said', 'says', 'told', 'told reporters', 'added', 'asked', 'according to', 'said in a statement', 'wrote', 'tweeted', 'insisted', 'warned', 'pointed out', 'quoted', 'citing'];
const NUMBERS = [
  '$', '£', '€', '¥', 'US$', '%', 'per cent', 'percent', 'percentage points', 'million', 'billion', 'bn', 'm', 'k', 'trillion',
  'dozen', 'hundreds', 'half', 'a third', 'one', 'two', 'twenty-five', 'first', '1st', '2nd', '21st', 'km', 'mph', 'kg', 'years',
  'year-old', 'Jan.', 'January', 'Feb', 'Monday', 'May', 'March', 'a.m.', 'p.m.', '1990s', '’90s', 'FY2024', 'Q3', '½', '¾', '−',
  '+', '±', '~', '#', '°C', '°F', 'x', '×', '0', '00', '.5', '1,000', '1.000,5', '12:30', '3-2', '2023-05-16', '10/11', '1e9',
];
const number = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000_000 }).map(String),
  fc.double({ min: -1e6, max: 1e12, noNaN: true }).map((d) => d.toString()),
  fc.integer({ min: 1000, max: 2100 }).map(String),
  fc.bigInt({ min: 0n, max: 10n ** 30n }).map(String),
);

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SPACES) },
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 5, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 2, arbitrary: fc.constantFrom(...CUES) },
  { weight: 3, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 3, arbitrary: number },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }) },
);

/** Sequences of news pieces with no guaranteed spacing, so that tokens also run together. */
export const newsLikeText = fc.array(piece, { maxLength: 120, size: 'medium' }).map((p) => p.join(''));

/** Mostly quote marks, with words, cues and spaces between them. */
export const quoteMarkText = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...MARKS) },
      { weight: 3, arbitrary: fc.constantFrom(' ', ' ', '\n', '\n\n') },
      { weight: 3, arbitrary: fc.constantFrom(...WORDS, ...NAMES) },
      { weight: 1, arbitrary: fc.constantFrom(...CUES, ',', '.', '?', '!', '—') },
    ),
    { maxLength: 150, size: 'medium' },
  )
  .map((p) => p.join(''));

const TAGS = ['p', 'div', 'span', 'a', 'img', 'script', 'style', 'iframe', 'svg', 'b', 'br', 'li', 'h1', 'blockquote', 'q', 'template'];
const ATTRS = ['src=x', 'onerror=alert(1)', 'href="javascript:alert(1)"', "style='color:red'", 'class=x', 'data-x="<b>"', 'onload="fetch(`//x`)"'];
const tag = fc
  .tuple(fc.boolean(), fc.constantFrom(...TAGS), fc.array(fc.constantFrom(...ATTRS), { maxLength: 3 }), fc.boolean())
  .map(([close, name, attrs, self]) => (close ? `</${name}>` : `<${name}${attrs.map((a) => ' ' + a).join('')}${self ? ' /' : ''}>`));
const HTML_BITS = [
  '&amp;', '&lt;', '&gt;', '&quot;', '&#39;', '&nbsp;', '&#x201C;', '&#8221;', '&bogus;', '&', '<!--', '-->', '<![CDATA[', ']]>',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:void(0)', '{color:red}', '@import url(x);',
  'body { background: url("x") }', '<', '>', '</', '/>', '=', '"', "'", '`', '<!DOCTYPE html>', '\\', '${x}', '{{x}}',
];

export const htmlLikeText = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: tag },
      { weight: 3, arbitrary: fc.constantFrom(...HTML_BITS) },
      { weight: 4, arbitrary: piece },
    ),
    { maxLength: 120, size: 'medium' },
  )
  .map((p) => p.join(''));

/** One news sentence built from a template: attribution, apposition, figures, quotes inside. */
const sentence = fc
  .tuple(
    fc.constantFrom(...NAMES),
    fc.constantFrom(...NAMES),
    fc.constantFrom(...CUES),
    fc.constantFrom(...WORDS),
    fc.constantFrom(...NUMBERS),
    number,
    fc.constantFrom(...MARKS),
    fc.constantFrom(...MARKS),
    fc.integer({ min: 0, max: 7 }),
  )
  .map(([a, b, cue, w, unit, n, open, close, shape]) => {
    switch (shape) {
      case 0: return `${open}The ${w} is ${n} ${unit},${close} ${cue} ${a} ${b}.`;
      case 1: return `${a} ${b}, the ${w} of ${NAMES[n.length % NAMES.length]}, ${cue} ${open}${w} ${n}${close}.`;
      case 2: return `${open}${w},${close} ${a} ${cue}, ${open}${unit} ${n}!${close}`;
      case 3: return `${cue} ${a}, ${w} rose ${n}${unit} to ${unit}${n} in ${n}.`;
      case 4: return `${a.toUpperCase()} (${b}) — ${open}${w}${close} ${cue} ${b}'s ${w}.`;
      case 5: return `${a} ${b}, ${n}, ${cue}: ${open}${w}.`;
      case 6: return `${open}${w}${open} ${w}${close}${close} ${cue} he.`;
      default: return `${b}-${a} ${w} ${n}${unit}`;
    }
  });

/** Paragraphs of template sentences, with odd spacing between them. */
export const sentenceText = fc
  .array(fc.tuple(sentence, fc.constantFrom(' ', ' ', '\n', '\n\n', '  ', '\u00a0', '')), { maxLength: 40, size: 'medium' })
  .map((p) => p.map(([s, sep]) => s + sep).join(''));

const GERMAN = [
  'der', 'die', 'das', 'und', 'sagte', 'sagt', 'erklärte', 'laut', 'zufolge', 'nach Angaben', 'Bundeskanzler', 'Ministerin',
  'Olaf', 'Scholz', 'Frau', 'Herr', 'Dr.', 'Prof.', 'Mio.', 'Mrd.', 'Euro', 'Prozent', 'z. B.', 'u. a.', 'bzw.', 'Nr.', 'Jan.',
  '1.000', '3,5', '12. Mai', 'Müller', 'Straße', 'GmbH', 'AG', 'e. V.', 'ß', 'Ä', '„', '“', '‚', '‘', '»', '«',
];
/** German-like text: the de pack's abbreviations, cues, number formats and quote marks. */
export const germanText = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...GERMAN) }, { weight: 3, arbitrary: fc.constantFrom(' ', ' ', '. ', ', ', ': ', '\n\n') }, { weight: 1, arbitrary: number }), {
    maxLength: 120,
    size: 'medium',
  })
  .map((p) => p.join(''));
