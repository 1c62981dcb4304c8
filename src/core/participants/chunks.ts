import type { TextDoc } from '../text/document';
import { memoByPack } from '../lang/pack';
import { textLexicon } from '../text/lexicon';
import { type CaseProfile, capitalisedInRunningText, coreOf, endsWithAny, inflectedPlace, inVocabulary, placeCompound, isCommon, nounLike, vocabularyNoun, nameAtSentenceStart, type Shape, shapeOf } from './casing';
import { type ParticipantLexicon, placeOf } from './lexicon';

/** A run of name words in one sentence: tokens `first..last` (inclusive), connectors included. */
export interface Chunk {
  first: number;
  last: number;
  sentence: number;
}

const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)$/;
const WS = /^[ \t\u00a0]{1,3}$/;
const INITIALISM = /^(?:\p{Lu}\.)+\p{Lu}$/u;
const POSSESSIVE = /['’][sS]$/;

/** Abbreviations that keep their dot in a name ("Mr.", "Corp."), per pack. */
const nameAbbrevs = memoByPack((pack) => {
  const t = textLexicon(pack);
  return new Set([...t.titleAbbrevs, ...t.anyAbbrevs]);
});

/** The scanner's working state for one document. */
export class NameScanner {
  readonly abbrevs: Set<string>;
  private readonly nameWordMemo: Int8Array;
  /** Per token, computed once: norm(t), dotless(t), word(t) (undefined until asked). */
  private readonly normMemo: (string | undefined)[];
  private readonly dotlessMemo: (string | undefined)[];
  private readonly wordMemo: (string | undefined)[];
  /** Each mention's apposition, read once (type evidence and roles both use it). */
  readonly appositions = new Map<object, unknown>();
  constructor(
    readonly doc: TextDoc,
    readonly lex: ParticipantLexicon,
    readonly profile: CaseProfile,
  ) {
    this.abbrevs = nameAbbrevs(doc.pack);
    this.nameWordMemo = new Int8Array(doc.tokens.length);
    this.normMemo = new Array(doc.tokens.length);
    this.dotlessMemo = new Array(doc.tokens.length);
    this.wordMemo = new Array(doc.tokens.length);
  }

  /** Lower-cased core of token `t` (no possessive). */
  norm(t: number): string {
    return (this.normMemo[t] ??= coreOf(this.doc.tokens[t].norm));
  }

  /** norm(t) without its dots ("u.s" -> "us"). */
  dotless(t: number): string {
    const hit = this.dotlessMemo[t];
    if (hit !== undefined) return hit;
    const n = this.norm(t);
    return (this.dotlessMemo[t] = n.includes('.') ? n.replace(/\./g, '') : n);
  }

  /** The word token `t` gives a name: dotless, cut before a participle suffix ("kong-based" -> "kong"). */
  word(t: number): string {
    const hit = this.wordMemo[t];
    if (hit !== undefined) return hit;
    const w = this.dotless(t);
    return (this.wordMemo[t] = this.suffixCut(t) > 0 ? w.slice(0, w.lastIndexOf('-')) : w);
  }

  /** shapeOf the text of token `t`. */
  shape(t: number): Shape {
    return this.profile.shapes[t];
  }

  isPossessive(t: number): boolean {
    return POSSESSIVE.test(this.doc.tokens[t].text);
  }

  /** Whether token `t` may end with a dot that belongs to it ("W.", "U.S.", "Corp.", "Mr."). */
  takesDot(t: number): boolean {
    const w = this.doc.tokens[t].text;
    return (w.length === 1 && shapeOf(w) === 'title') || INITIALISM.test(w) || this.abbrevs.has(w.toLowerCase());
  }

  /** The gap between tokens `t` and `t + 1` lets a name run on. */
  joins(t: number): boolean {
    const { tokens, text } = this.doc;
    const a = tokens[t];
    const b = tokens[t + 1];
    if (!b || b.sentence !== a.sentence) return false;
    const gap = text.slice(a.end, b.start);
    if (WS.test(gap)) return true;
    return gap.length <= 3 && gap[0] === '.' && WS.test(gap.slice(1)) && this.takesDot(t);
  }

  private nextLooksLikeName(t: number): boolean {
    const tok = this.doc.tokens[t + 1];
    if (!tok || !this.joins(t)) return false;
    const sh = this.shape(t + 1);
    return (sh === 'title' || sh === 'upper' || sh === 'mixed') && !this.lex.stopwords.has(tok.norm);
  }

  /** Whether token `t` is a capitalised word that may belong to a name. */
  isNameWord(t: number): boolean {
    // Asked several times per token (runs, look-aheads): computed once.
    const memo = this.nameWordMemo[t];
    if (memo !== 0) return memo > 0;
    const yes = this.computeNameWord(t);
    this.nameWordMemo[t] = yes ? 1 : -1;
    return yes;
  }

  private computeNameWord(t: number): boolean {
    const tok = this.doc.tokens[t];
    const w = tok.text;
    const sh = this.shape(t);
    if (sh === 'other') return false;
    // "Ex-CIA", "anti-Western", "pro-Moscow": a prefix makes an adjective.
    if (w.includes('-') && this.lex.g.adjectivePrefixes.has(w.slice(0, w.indexOf('-')).toLowerCase())) return false;
    if (w.includes('-')) {
      const parts = w.split('-');
      // "al-Assad", "bin-Talal": a particle before a capitalised part.
      if (sh === 'lower') return parts.length === 2 && this.lex.particles.has(parts[0]) && shapeOf(parts[1]) !== 'lower' && shapeOf(parts[1]) !== 'other';
      // "Hong Kong-based", "Ohio-based": a name before a participle suffix (cut off later).
      if (this.suffixCut(t) > 0) return true;
      // "Serb-held", "Russian-born", "U.S.-led": a compound adjective, not a name.
      // ("Kim In-so", "Kang Young-hoon" are names: their lower-case parts are no English words.)
      for (let i = 1; i < parts.length; i++) {
        if (shapeOf(parts[i]) === 'lower' && !this.lex.particles.has(parts[i]) && (parts[i].length >= 3 ? isCommon(parts[i], this.lex) : !parts[i])) return false;
      }
      // "China-Russia relations": places joined by a hyphen qualify a noun.
      if (parts.length >= 2 && parts.every((p) => this.lex.places.has(p.toLowerCase()) || this.lex.demonyms.has(p.toLowerCase()))) return false;
    }
    // "Berlin (dpa)", "BERLIN taz": an organisation written in lower case (the pack's [lower-case]).
    if (sh === 'lower') return this.lex.lowerOrgs.has(coreOf(tok.norm));
    // "(A. Dale 69": an initial before a name, even where a sentence could start.
    if (w.length === 1 && this.doc.text[tok.end] === '.' && this.nextLooksLikeName(t)) return true;
    const norm = coreOf(tok.norm);
    if (this.profile.capsSentence[tok.sentence]) {
      // "V" (versus) or "A" in a headline; "J." keeps its dot.
      if (w.length === 1 && this.doc.text[tok.end] !== '.') return false;
      if (capitalisedInRunningText(norm, this.profile, this.lex) || this.startsKnownName(t) || (t > 0 && this.startsKnownName(t - 1))) return true;
      // "KEVIN BROWN" where the text writes "Kevin Brown".
      const bigrams = this.profile.capBigrams;
      return (t > 0 && bigrams.has(`${this.norm(t - 1)} ${norm}`)) || (t + 1 < this.doc.tokens.length && bigrams.has(`${norm} ${this.norm(t + 1)}`));
    }
    if (this.profile.initial[t]) {
      // "US officials said", "NATO said": an acronym at a sentence start is still one.
      if (sh === 'upper' && w.length >= 2 && (placeOf(this.lex, norm) || this.lex.knownOrgs.has(norm) || (!this.lex.stopwords.has(norm) && !isCommon(norm, this.lex)))) return true;
      // "Ms Smith said", "President Xi said": a title before a name.
      if (this.isTitleish(norm) && this.nextLooksLikeName(t)) return true;
      const start = nameAtSentenceStart(norm, this.profile, this.lex, this.nextLooksLikeName(t)) || this.startsKnownName(t);
      return start && !(this.lex.g.nounsCapitalised && this.commonNounHere(t, norm, sh));
    }
    // Where every noun is capitalised (German), a capital proves little: a noun is no name.
    return !(this.lex.g.nounsCapitalised && this.commonNounHere(t, norm, sh));
  }

  /**
   * In a language that capitalises its nouns: token `t` reads as a common noun, not a name. Known
   * names and acronyms never do; a word after an article or an inflected adjective ("die
   * Regierung", "neue Pläne"), with a noun ending ("-ung", "-heit") or in the common-word list does.
   */
  private commonNounHere(t: number, norm: string, sh: string): boolean {
    const lex = this.lex;
    // "Des Weiteren", "Die Zeit": an article is no name word, at a sentence start either.
    if (lex.g.nounBefore.has(norm)) return true;
    // "... Browning Auf dem Land": a function word written with a capital opens a heading or a sentence.
    if (lex.vocabulary.size > 0 && sh === 'title' && lex.stopwords.has(norm)) return true;
    // "an der Pestalozzistraße", "die Liebfrauenkapelle": a street or a building, after an article too.
    if (placeCompound(norm, lex)) return false;
    // "die Deutsche Telekom", "der Europäischen Union": where adjectives are written in lower case,
    // a capitalised one before a capitalised word (not opening the sentence) opens a name.
    if (lex.vocabulary.size > 0 && sh === 'title' && !this.profile.initial[t] && this.adjectiveOpensName(t, norm)) return false;
    // "IT-Sicherheit", "Schnarch-Geräuschen": a compound is what its last part is.
    const dash = norm.lastIndexOf('-');
    if (dash > 0 && shapeOf(this.doc.tokens[t].text.slice(dash + 1)) === 'title' && !placeOf(lex, norm) && !lex.knownOrgs.has(norm) && vocabularyNoun(norm, lex)) return true;
    if (sh === 'upper' || sh === 'mixed') return false;
    const tok = this.doc.tokens[t];
    const prev = this.doc.tokens[t - 1];
    const joined = !!prev && prev.sentence === tok.sentence && this.joins(t - 1);
    if (this.forOrg(t, this.doc.sentenceTokenStart[tok.sentence + 1])) return false;
    if (lex.vocabulary.size > 0 && this.joins(t)) {
      const next = this.doc.tokens[t + 1];
      const nextNorm = coreOf(next.norm);
      // "der Freenet AG", "der Hamburger SV": a legal form or a club's letters after it.
      if (lex.orgSuffixes.has(nextNorm) || lex.sportsHeads.has(nextNorm)) return false;
      // "Universität Wien", "Carrousel-Theater Berlin": an organisation's head before a place.
      if ((placeOf(lex, nextNorm) || inflectedPlace(nextNorm, lex)) && endsWithAny(norm.slice(norm.lastIndexOf('-') + 1), lex.orgHeads)) return false;
    }
    // "Christian Platz", "Karl Richter": a first name before a noun makes it a surname.
    const afterFirstName = joined && this.firstNameAt(t - 1);
    if (afterFirstName && lex.vocabulary.size > 0) return false;
    // "der Rheinischen Post": the noun after an adjective that opens a name belongs to it.
    if (joined && lex.vocabulary.size > 0 && this.shape(t - 1) === 'title' && !this.profile.initial[t - 1] && this.adjectiveOpensName(t - 1, coreOf(prev.norm))) return false;
    // "Wilhelm von Nesselrode", "Edwin van der Sar": a name particle after a first name.
    if (lex.vocabulary.size > 0 && joined && this.shape(t - 1) === 'lower' && (lex.particles.has(prev.norm) || (lex.g.definite.has(prev.norm) && t >= 2 && lex.particles.has(this.doc.tokens[t - 2].norm)))) {
      let k = t - 1;
      while (k > 0 && k > t - 3 && this.shape(k) === 'lower') k--;
      if (k < t - 1 && this.doc.tokens[k].sentence === tok.sentence && this.firstNameAt(k)) return false;
    }
    // "die Stadt Emden", "Landkreis Kronach", "der Konzern Siemens", "TV-Sender Premiere", "Bruder
    // Brun": a noun that introduces a place, an organisation or a person (or a compound ending in
    // one, in the genitive too), even before a word of the vocabulary.
    if (joined && lex.vocabulary.size > 0 && this.shape(t - 1) === 'title' && this.introducesName(prev.norm)) return false;
    // "in Essen", "aus Hof": a place preposition before a known place's name.
    if (lex.vocabulary.size > 0 && joined && lex.g.locPrepsStrong.has(prev.norm) && !lex.g.nounBefore.has(prev.norm) && placeOf(lex, norm)) return false;
    // The pack's own ordinary words come first: "Amt", "Bank", "Art" before borrowed names.
    if (lex.common.has(norm) && !this.namedInText.has(norm) && !afterFirstName) return true;
    if (this.namedInText.has(norm)) return false;
    // "der Hof", "den Zug": a town named by a word of everyday speech (one the vocabulary lists)
    // is that word, unless a place preposition stands before it ("in Hof", "aus Zug").
    if (lex.vocabulary.has(norm) && placeOf(lex, norm)?.kind === 'city' && !(joined && lex.g.locPrepsStrong.has(prev.norm) && !lex.g.nounBefore.has(prev.norm)) && !this.startsKnownName(t) && !(t > 0 && this.startsKnownName(t - 1))) return true;
    if (placeOf(lex, norm) || lex.knownOrgs.has(norm) || lex.demonyms.has(norm) || this.startsKnownName(t) || (t > 0 && this.startsKnownName(t - 1))) return false;
    // "Deutschlands", "den Niederlanden": a known place in the genitive or the dative.
    if (inflectedPlace(norm, lex)) return false;
    // "Konto", "Altäre", "IT-Sicherheit", "Amtshaus": a word of the language's vocabulary (or a
    // compound ending in one) is a noun unless a title, a first name or a speech verb stands
    // before it ("Minister Fischer", "Andrea Fischer", "sagte Freund"). Before the name lists,
    // which hold nouns too ("Stein").
    if (vocabularyNoun(norm, lex)) return !(afterFirstName || (joined && (this.isTitleish(prev.norm) || lex.g.speech.has(prev.norm))));
    // "der Hirsch", "im Dom": after an article, a word of the name lists is a noun where the
    // language has a vocabulary (its own lists hold its names; borrowed ones hold its nouns too).
    // (A first name before another name stays one: "die Michael Corleones spielte".)
    if (lex.vocabulary.size > 0 && joined && lex.g.nounBefore.has(prev.norm) && this.shape(t - 1) === 'lower' && !afterFirstName && !(lex.firstNames.has(norm) && this.joins(t) && this.shape(t + 1) === 'title')) return true;
    const first = lex.firstNames.has(norm) && !lex.common.has(norm);
    if (first || (lex.surnames.has(norm) && !lex.common.has(norm))) return false;
    if (isCommon(norm, lex)) return true;
    for (const x of lex.g.nonNameSuffixes) if (norm.length > x.length + 2 && norm.endsWith(x)) return true;
    // "Der Zweite Weltkrieg", "im Jahr": an article before it, at a sentence start too.
    if (joined && lex.g.nounBefore.has(prev.norm)) return true;
    // An unknown capitalised word on its own ("Zeit", "Außerdem") is a noun, unless a title
    // stands before it ("Kanzlerin Merkel") or a capitalised word beside it makes a run ("Mario Veit").
    if (joined && this.isTitleish(prev.norm)) return false;
    // "sagte Merkel": a speech verb before it.
    if (joined && lex.g.speech.has(prev.norm)) return false;
    // "neue Pläne": an inflected adjective before it.
    if (joined && shapeOf(prev.text) === 'lower') {
      for (const x of lex.g.adjectiveEndings) if (prev.norm.length > x.length + 2 && prev.norm.endsWith(x) && !lex.stopwords.has(prev.norm)) return true;
    }
    // "in Tornesch", "nach Polozk": a place preposition with no article before it ("In Dormagen" too).
    if (joined && lex.g.locPrepsStrong.has(prev.norm) && (shapeOf(prev.text) === 'lower' || this.profile.initial[t - 1])) return false;
    if (joined && lex.vocabulary.size > 0 && this.shape(t - 1) === 'title') {
      // "die Küste Libanons", "die Studien Spaldings": a name in the genitive after a noun.
      if (lex.g.genitiveS && norm.length > 4 && norm.endsWith('s') && nounLike(prev.norm, lex) && !(this.joins(t) && this.shape(t + 1) === 'title')) return false;
    }
    // "Hohmann sagte": a speech verb after it.
    const next = this.doc.tokens[t + 1];
    if (next && this.joins(t) && lex.g.speech.has(next.norm)) return false;
    if (joined && this.capitalisedNeighbour(t - 1)) return false;
    if (this.joins(t) && this.capitalisedNeighbour(t + 1)) return false;
    return lex.vocabulary.size === 0;
  }

  /** A noun that introduces a name: a place noun, an organisation's descriptor, a kin or role word. */
  introducesName(p: string): boolean {
    const lex = this.lex;
    const bare = lex.g.genitiveS && p.endsWith('s') ? p.slice(0, -1) : p;
    return endsWithAny(p, lex.g.placeNouns) || endsWithAny(bare, lex.g.placeNouns) || endsWithAny(p, lex.orgDescriptors) || endsWithAny(bare, lex.orgDescriptors) || lex.kin.has(p) || lex.roleNouns.has(p);
  }

  /** Token `t` heads an organisation ("Institut", "Senatsverwaltung") and "für" and a capitalised word follow. */
  private forOrg(t: number, b: number): boolean {
    const lex = this.lex;
    if (lex.vocabulary.size === 0 || t + 2 >= b || !this.joins(t) || !this.joins(t + 1)) return false;
    if (!lex.g.for.has(this.doc.tokens[t + 1].norm) || this.shape(t + 2) !== 'title' || this.profile.initial[t + 2]) return false;
    const w = this.norm(t);
    return this.shape(t) === 'title' && endsWithAny(w.slice(w.lastIndexOf('-') + 1), lex.orgHeads);
  }

  /** An inflected adjective ("Europäischen", "Goldene") before a capitalised word that is no function word. */
  private adjectiveOpensName(t: number, norm: string): boolean {
    const lex = this.lex;
    if (!this.joins(t) || inVocabulary(norm, lex)) return false;
    const next = this.doc.tokens[t + 1];
    const sh = this.shape(t + 1);
    if ((sh !== 'title' && sh !== 'upper') || lex.stopwords.has(next.norm) || lex.g.nounBefore.has(next.norm)) return false;
    for (const x of lex.g.adjectiveEndings) {
      if (norm.length <= x.length + 3 || !norm.endsWith(x)) continue;
      const stem = norm.slice(0, norm.length - x.length);
      // The stem must read as an adjective: "-isch", "-lich", "-ig", or a demonym's.
      if (/(?:isch|lich|ig)$/.test(stem) || lex.demonyms.has(norm) || lex.demonyms.has(stem)) return true;
    }
    return false;
  }

  /** Token `k` is a known first name, written as one ("Joschka", not "Rose" the noun). */
  private firstNameAt(k: number): boolean {
    const tok = this.doc.tokens[k];
    if (!tok || this.shape(k) !== 'title') return false;
    const n = tok.norm;
    return this.lex.firstNames.has(n) && !this.lex.common.has(n) && !this.lex.stopwords.has(n) && !inVocabulary(n, this.lex);
  }

  /** Token `k` is capitalised and no function word ("Mario" in "Mario Veit", not "Am"). */
  private capitalisedNeighbour(k: number): boolean {
    const tok = this.doc.tokens[k];
    if (!tok) return false;
    const sh = shapeOf(tok.text);
    if (sh !== 'title' && sh !== 'upper' && sh !== 'mixed') return false;
    const n = coreOf(tok.norm);
    // (An ordinary word makes no run: "7,7 Millionen Standardcontainer".)
    return !this.lex.stopwords.has(n) && !this.lex.g.nounBefore.has(n) && !this.lex.common.has(n);
  }

  /** The run of name words from token `t` (at most 5) ends with a word of `heads`. */
  private runEndsIn(t: number, b: number, heads: Set<string>): boolean {
    let k = t;
    while (k + 1 < b && k < t + 4 && this.joins(k) && this.isNameWord(k + 1) && !this.isPossessive(k)) k++;
    return k < b && this.isNameWord(t) && heads.has(this.norm(k).replace(/\.$/, ''));
  }

  /** A title, honorific or title modifier ("Mr", "President", "Prime", "Foreign"). */
  private isTitleish(norm: string): boolean {
    const l = this.lex;
    const w = norm.replace(/\.$/, '');
    return l.honorMale.has(w) || l.honorFemale.has(w) || l.honorAny.has(w) || l.titles.has(w) || l.titleModifiers.has(w) || this.titleCompound(w);
  }

  /** A compound that ends in a title ("SPD-Vorsitzende", "Olympiasieger", "Außenministerin"): the pack's [title-endings]. */
  private titleCompound(w: string): boolean {
    for (const x of this.lex.titleEndings) if (w.length > x.length + 2 && w.endsWith(x)) return true;
    return false;
  }

  /**
   * Where nouns are capitalised: the words written after a known first name somewhere in the text
   * ("Merkel" after "Angela Merkel"), names wherever they stand alone. One pass over the tokens.
   */
  private get namedInText(): Set<string> {
    if (this.named) return this.named;
    const out = new Set<string>();
    const { tokens } = this.doc;
    if (this.lex.g.nounsCapitalised) {
      for (let t = 0; t + 1 < tokens.length; t++) {
        const a = tokens[t];
        const g = this.lex.g;
        if (shapeOf(a.text) !== 'title' || !this.lex.firstNames.has(a.norm) || this.lex.common.has(a.norm) || this.lex.stopwords.has(a.norm) || g.nounBefore.has(a.norm) || !this.joins(t)) continue;
        const b = tokens[t + 1];
        const n = coreOf(b.norm);
        if (shapeOf(b.text) === 'title' && !this.lex.stopwords.has(n) && !g.nounBefore.has(n) && !this.lex.common.has(n)) out.add(n);
      }
    }
    return (this.named = out);
  }
  private named: Set<string> | null = null;

  /** Token `t` and the next one make a known place or organisation ("New York", "United Nations"). */
  private startsKnownName(t: number): boolean {
    const next = this.doc.tokens[t + 1];
    if (!next || !this.joins(t) || this.shape(t + 1) === 'lower') return false;
    const two = `${this.norm(t)} ${coreOf(next.norm)}`;
    return placeOf(this.lex, two) !== undefined || this.lex.knownOrgs.has(two);
  }

  /**
   * Where a name token ends before a participle suffix ("Kong-based" -> after "Kong"), as an
   * offset into the text; 0 when it has none.
   */
  suffixCut(t: number): number {
    const tok = this.doc.tokens[t];
    const dash = tok.text.lastIndexOf('-');
    if (dash <= 0 || !this.lex.g.nameSuffixes.has(tok.norm.slice(dash + 1))) return 0;
    const head = tok.text.slice(0, dash);
    if (head.includes('-') || shapeOf(head) === 'lower' || shapeOf(head) === 'other') return 0;
    // "Family-controlled", "State-run": an ordinary word before the participle is no name.
    const h = head.toLowerCase();
    if (isCommon(h, this.lex) && !placeOf(this.lex, h) && !this.lex.knownOrgs.has(h)) return 0;
    return tok.start + dash;
  }

  /**
   * The last token of a quoted nickname after a first name and before a surname
   * ("Hector "Macho" Camacho" -> the index of "Camacho"), or 0.
   */
  private nicknameAfter(t: number, b: number): number {
    const { tokens, text } = this.doc;
    if (!this.lex.firstNames.has(tokens[t].norm) || t + 2 >= b) return 0;
    const gap = text.slice(tokens[t].end, tokens[t + 1].start);
    if (!/^\s["“]$/.test(gap)) return 0;
    for (let k = t + 1; k < b && k <= t + 4; k++) {
      if (this.shape(k) === 'lower' && !this.lex.stopwords.has(tokens[k].norm)) return 0;
      const close = text.slice(tokens[k].end, tokens[k + 1]?.start ?? tokens[k].end);
      if (/^["”]\s$/.test(close)) return k + 1 < b && this.isNameWord(k + 1) ? k + 1 : 0;
      if (!WS.test(close)) return 0;
    }
    return 0;
  }

  /** A lower-case word that may sit inside a name ("de", "van", "bin"). */
  private isParticle(t: number): boolean {
    const tok = this.doc.tokens[t];
    return this.shape(t) === 'lower' && this.lex.particles.has(tok.norm);
  }

  /** Words that take "of"/"for" inside a name: organisation and place heads, titles. */
  private takesOf(t: number): boolean {
    const n = this.norm(t);
    return this.lex.orgHeads.has(n) || this.lex.ofHeads.has(n) || this.lex.titles.has(n) || this.lex.placeHeads.has(n);
  }

  /** The name runs of sentence `s`, in order. */
  chunks(s: number): Chunk[] {
    const { tokens } = this.doc;
    const a = this.doc.sentenceTokenStart[s];
    const b = this.doc.sentenceTokenStart[s + 1];
    const out: Chunk[] = [];
    let t = a;
    while (t < b) {
      let startsWithParticle = false;
      if (!this.isNameWord(t)) {
        // "de Silva", "al Qaeda": a particle may open a name mid-sentence.
        if (!(this.isParticle(t) && !this.lex.common.has(tokens[t].norm) && t + 1 < b && this.joins(t) && this.isNameWord(t + 1))) {
          t++;
          continue;
        }
        startsWithParticle = true;
      }
      let end = startsWithParticle ? t + 1 : t;
      // Inside an organisation's name that took "of"/"for" ("Organisation for Security and
      // Cooperation in Europe"), "and" and "in" join too.
      let orgName = false;
      for (;;) {
        if (this.isPossessive(end) || this.suffixCut(end) > 0 || end + 1 >= b) break;
        const next = end + 1;
        // "Roberto "Hands of Stone" Duran", "Hector "Macho" Camacho": a nickname in quotes.
        const nick = this.nicknameAfter(end, b);
        if (nick > 0) {
          end = nick;
          continue;
        }
        if (!this.joins(end)) {
          // "Procter & Gamble": the tokenizer drops "&", so look at the gap.
          if (this.doc.text.slice(tokens[end].end, tokens[next].start).trim() === '&' && this.isNameWord(next)) {
            end = next;
            continue;
          }
          break;
        }
        if (this.isNameWord(next)) {
          end = next;
          continue;
        }
        // "Institut für Politikwissenschaft", "Senatsverwaltung für Stadtentwicklung": where nouns
        // are capitalised, an organisation's head takes "für" and the noun after it.
        if (this.forOrg(end, b)) {
          end = next + 1;
          break;
        }
        if (next + 1 < b && this.joins(next) && this.isNameWord(next + 1)) {
          const n = tokens[next].norm;
          // (Where the particle is also a preposition, "von" joins a first name to a surname
          // only: "Wilhelm von Nesselrode", not "Antiope von Lykos" nor "Heydrich von Hermann Göring".)
          if (this.isParticle(next) && (this.lex.vocabulary.size === 0 || (this.firstNameAt(end) && !this.firstNameAt(next + 1)))) {
            end = next + 1;
            continue;
          }
          if ((this.lex.g.of.has(n) || this.lex.g.for.has(n)) && (this.takesOf(end) || this.runEndsIn(next + 1, b, this.lex.orgSuffixes))) {
            if (this.lex.orgHeads.has(this.norm(end))) orgName = true;
            end = next + 1;
            continue;
          }
          // "Test and County Cricket Board", "Futures and Options Exchange": "and" before a run
          // that ends in an organisation's head.
          const andOrg = this.lex.g.and.has(n) && this.runEndsIn(next + 1, b, this.lex.orgHeads) && !placeOf(this.lex, this.norm(end));
          if (n === '&' || (this.lex.g.and.has(n) && (orgName || andOrg || this.lex.orgHeads.has(this.norm(end)))) || (orgName && this.lex.g.orgInner.has(n))) {
            end = next + 1;
            continue;
          }
        }
        // "Bank of the Philippines"
        if (next + 2 < b && this.lex.g.of.has(tokens[next].norm) && this.lex.g.ofThe.has(tokens[next + 1].norm) && this.takesOf(end) && this.joins(next) && this.joins(next + 1) && this.isNameWord(next + 2)) {
          end = next + 2;
          continue;
        }
        break;
      }
      // "Elizabeth I", "Charles VI", "Leopold III": a regnal number.
      if (end + 1 < b && this.joins(end) && ROMAN.test(tokens[end + 1].text) && !this.isPossessive(end) && (tokens[end + 1].text !== 'I' || (end === t && this.lex.firstNames.has(tokens[end].norm)))) end++;
      end = this.placeJoined(t, end, b);
      out.push({ first: t, last: end, sentence: s });
      t = end + 1;
    }
    return out;
  }

  /**
   * "Frankfurt am Main", "Simbach am Inn", "Neustadt bei Coburg": a place's name joined by one of
   * the pack's [place-joiners] to a capitalised word that is no common noun, day or month. The new
   * last token, or `end` when there is none.
   */
  private placeJoined(t: number, end: number, b: number): number {
    const { tokens } = this.doc;
    if (end !== t || this.shape(t) !== 'title') return end;
    for (const joiner of this.lex.g.placeJoiners) {
      const n = joiner.length;
      const k = end + n + 1;
      if (k >= b || this.shape(k) !== 'title') continue;
      let ok = true;
      for (let i = 0; i < n && ok; i++) ok = tokens[end + 1 + i].norm === joiner[i] && this.shape(end + 1 + i) === 'lower' && this.joins(end + i);
      if (!ok || !this.joins(k - 1)) continue;
      const w = this.norm(k);
      if (placeOf(this.lex, `${this.norm(t)} ${joiner.join(' ')} ${w}`)) return k;
      // (A capitalised "Oder" inside a sentence is the river, no conjunction.)
      if (this.profile.initial[k] || this.lex.vocabulary.has(w) || nounLike(w, this.lex) || this.lex.g.datelineMonths.has(w) || /^\p{Lu}\p{Ll}+(?:tag|tags|abend|morgen|nacht)$/u.test(tokens[k].text)) continue;
      return k;
    }
    return end;
  }
}
