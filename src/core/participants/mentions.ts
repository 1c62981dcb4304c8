import { contraction, endsWithAny, isCommon, nounLike } from './casing';
import type { Chunk, NameScanner } from './chunks';
import { placeOf } from './lexicon';

/** One occurrence of a name, before mentions are grouped into participants. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  /** Token range of the name itself (inclusive). */
  first: number;
  last: number;
  sentence: number;
  /** Lower-cased words of the name, without dots and possessives ("u.s" -> "us"). */
  words: string[];
  /** The title or role written before the name ("Chinese President", "Premier", "state broadcaster"). */
  role?: string;
  /** What kind of word heads that role. */
  roleKind?: 'title' | 'honorific' | 'role' | 'descriptor';
  /** Gender an honorific tells ("Mr", "Mrs"). */
  honor?: 'male' | 'female';
  /** The place a demonym before the name points to ("Chinese President Xi" -> "China"). */
  demonymPlace?: string;
  /** The organisation or place a title after it belongs to ("Cofinec" in "Cofinec CEO Stephen Frater"). */
  owner?: boolean;
  /** A person's name used before an organisation's ("the Obama White House"). */
  personBefore?: boolean;
  /** Written in an all-caps headline or dateline. */
  caps: boolean;
  /** The name is the first word of its sentence (capitals prove nothing). */
  initial: boolean;
}

/** After an abbreviation's dot: the dot also ends the sentence, and belongs to it ("at McDonald & Co."). */
const SENTENCE_FINAL = /^(?:$|["”’]|\s*\n|\s+[\p{Lu}"“‘(])/u;

/** Splits name runs into mentions: titles, honorifics and demonyms in front become the role. */
export class MentionSplitter {
  constructor(readonly sc: NameScanner) {}

  private words(first: number, last: number): string[] {
    const out: string[] = [];
    for (let t = first; t <= last; t++) out.push(this.sc.word(t));
    return out;
  }

  /**
   * The organisation or place whose role follows ("Cofinec" CEO, "NATO" Secretary-General,
   * "Boxing Association" President), or null when the words before the title are no such name.
   */
  private ownerOfRole(first: number, last: number, c: Chunk): Mention | null {
    const lex = this.sc.lex;
    const words = this.words(first, last);
    const key = words.join(' ');
    const single = first === last;
    const orgLike =
      this.isOrgEnd(last) || lex.knownOrgs.has(key) || placeOf(lex, key) !== undefined || (single && this.sc.shape(first) === 'upper') || (single && !isCommon(words[0], lex) && !lex.firstNames.has(words[0]));
    if (!orgLike) return null;
    return this.mention(first, last, c, { owner: true });
  }

  private isTitleWord(raw: string): 'title' | 'honorific' | 'modifier' | null {
    const lex = this.sc.lex;
    // "SPD-Vorsitzende", "Außenministerin": a compound ending in a title (the pack's [title-ending]).
    for (const x of lex.titleEndings) if (raw.length > x.length + 2 && raw.endsWith(x)) return 'title';
    // "Co-Premiers", "Vice-President", "Secretary-General": judge the parts.
    if (raw.includes('-')) {
      let best: 'title' | 'honorific' | 'modifier' | null = 'modifier';
      for (const part of raw.split('-')) {
        if (part === 'co' || part === 'ex' || part === 'vice' || part === 'deputy') continue;
        const k = this.isTitleWord(part);
        if (!k) return null;
        if (k !== 'modifier') best = k;
      }
      return best;
    }
    const w = raw.length > 4 && raw.endsWith('s') && (lex.titles.has(raw.slice(0, -1)) || lex.honorAny.has(raw.slice(0, -1))) ? raw.slice(0, -1) : raw;
    if (lex.honorMale.has(w) || lex.honorFemale.has(w) || lex.honorAny.has(w)) return 'honorific';
    if (lex.titles.has(w)) return 'title';
    if (lex.titleModifiers.has(w) || lex.g.of.has(w)) return 'modifier';
    return null;
  }

  /** The demonym of one or two words starting at token `t`, if any: [length, place]. */
  private demonymAt(t: number, last: number): [number, string] | null {
    const lex = this.sc.lex;
    for (let n = Math.min(lex.demonymMaxWords, last - t + 1); n >= 1; n--) {
      const key = this.words(t, t + n - 1).join(' ');
      const place = lex.demonyms.get(key) ?? (key.endsWith('s') ? lex.demonyms.get(key.slice(0, -1)) : undefined);
      if (place) return [n, place];
    }
    return null;
  }

  private isOrgEnd(last: number): boolean {
    const w = this.sc.dotless(last);
    const lex = this.sc.lex;
    const singular = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') ? w.slice(0, -1) : w;
    return lex.orgHeads.has(w) || lex.orgHeads.has(singular) || lex.orgSuffixes.has(w) || lex.sportsHeads.has(w) || lex.eventHeads.has(w);
  }

  /** A word that cannot open a person's name after a title ("Major League", "General Motors"). */
  private opensNoName(t: number): boolean {
    const w = this.sc.dotless(t);
    const lex = this.sc.lex;
    return lex.orgHeads.has(w) || lex.eventHeads.has(w) || lex.g.connectors.has(w);
  }

  private whole(first: number, last: number): string {
    return this.words(first, last).join(' ');
  }

  private known(first: number, last: number): boolean {
    const key = this.whole(first, last);
    const lex = this.sc.lex;
    return placeOf(lex, key) !== undefined || lex.knownOrgs.has(key);
  }

  private mention(first: number, last: number, c: Chunk, extra: Partial<Mention>): Mention | null {
    const { tokens, text } = this.sc.doc;
    const lex = this.sc.lex;
    // A run that is only a demonym ("... is Chinese" at the end of the text) leaves no name.
    if (first > last) return null;
    // Connectors never start a name ("Duke of Norfolk" without its title); particles, "of" and
    // days never end one ("Bank of", "Insulza Monday"); nor do codes ("MARTELA H1").
    // Nor do days, months or affiliations ("Friday Mitchell", "Democrat Walter Mondale").
    while (first < last && (lex.g.connectors.has(tokens[first].norm) || lex.miscWords.has(tokens[first].norm))) first++;
    const regnal = (t: number) => tokens[t].text === 'I' && t === first + 1 && lex.firstNames.has(tokens[first].norm);
    while (last > first && !regnal(last) && (lex.g.connectors.has(tokens[last].norm) || lex.particles.has(tokens[last].norm) || lex.miscWords.has(tokens[last].norm) || /^\p{L}\d$/u.test(tokens[last].text))) last--;
    if (first === last && this.sc.lex.g.connectors.has(tokens[first].norm)) return null;
    const start = tokens[first].start;
    let end = tokens[last].end;
    const raw = tokens[last].text;
    const cut = this.sc.suffixCut(last);
    if (cut > 0) end = cut;
    else if (/['’][sS]$/.test(raw)) end -= 2;
    else if (text[end] === '.' && this.sc.takesDot(last) && !SENTENCE_FINAL.test(text.slice(end + 1, end + 3))) end += 1;
    // "Ludwig XIV.", "Benedikt XVI.": the ordinal's dot (the pack's ordinal-dot flag).
    else if (text[end] === '.' && lex.g.ordinalDot && last > first && /^[IVX]+$/.test(raw)) end += 1;
    const words = this.words(first, last);
    if (words.every((w) => lex.miscWords.has(w))) return null;
    const acronym = first === last && this.sc.shape(first) === 'upper' && !this.sc.profile.capsSentence[c.sentence];
    if (words.length === 1 && !acronym && (lex.miscWords.has(words[0]) || lex.stopwords.has(words[0]))) return null;
    if (words.length === 1 && /^i['’]/.test(tokens[first].norm)) return null;
    if (words.length === 1 && contraction(tokens[first].norm, lex)) return null;
    // "N", "CAPS", "PCT" in tables: a lone letter, or an ordinary word in capitals, is no acronym.
    if (words.length === 1 && (tokens[first].text.length === 1 || /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$/.test(tokens[first].text))) return null;
    if (acronym && (words[0].length >= 3 || (lex.vocabulary.size > 0 && lex.common.has(words[0]))) && isCommon(words[0], lex) && !lex.knownOrgs.has(words[0]) && !placeOf(lex, words[0])) return null;
    // "The Knot", "Schindler's List": the title of a work, in quotation marks.
    if (quotedTitle(text, start, end)) return null;
    // "the Dow Jones industrial average", "Kalashnikov rifles", "the aircraft carrier Enterprise".
    const after = tokens[last + 1];
    if (after && after.sentence === c.sentence && /^\s+$/.test(text.slice(tokens[last].end, after.start)) && lex.thingAfter.has(after.norm) && !/['’]s$/i.test(tokens[last].text)) return null;
    const before = tokens[first - 1];
    if (before && before.sentence === c.sentence && /^\s+$/.test(text.slice(before.end, tokens[first].start)) && lex.thingBefore.has(before.norm) && this.sc.shape(first - 1) === 'lower') return null;
    // "Former Italian": modifiers and demonyms only.
    if (!(words.length === 1 && placeOf(lex, words[0])) && words.every((w) => lex.demonyms.has(w) || (this.isTitleWord(w) !== null && !lex.orgHeads.has(w)))) return null;
    // Table headers ("W D L PCT"): letters that are no initials.
    if (words.length >= 2 && words.filter((w) => w.length === 1).length >= 2 && !/\./.test(text.slice(start, end))) return null;
    // (A demonym that is also a place's name is that place: "la Suisse", not "suisse".)
    if (words.length === 1 && !placeOf(lex, words[0]) && (lex.demonyms.has(words[0]) || (words[0].endsWith('s') && lex.demonyms.has(words[0].slice(0, -1))))) return null;
    if (words.length > 1 && words.every((w) => this.isTitleWord(w) !== null)) return null;
    // "World Cup", "Hong Kong Open", "Labour Day": events are not participants.
    if (lex.eventHeads.has(words[words.length - 1]) && !lex.knownOrgs.has(words.join(' '))) return null;
    return {
      start,
      end,
      text: text.slice(start, end),
      first,
      last,
      sentence: c.sentence,
      words,
      caps: this.sc.profile.capsSentence[c.sentence],
      initial: this.sc.profile.initial[first],
      ...extra,
    };
  }

  /**
   * The first token after the common nouns that open the run `first..last`, where nouns are
   * capitalised ("Stürmer" in "Stürmer Damien Duff"); `first` when there are none. A noun that
   * heads an organisation or a place ("Universität Jena", "Landkreis Gersfeld") stays.
   */
  private leadingNouns(first: number, last: number): number {
    const lex = this.sc.lex;
    if (lex.vocabulary.size === 0) return first;
    let t = first;
    while (t < last && this.sc.shape(t) === 'title') {
      const w = this.sc.norm(t);
      if (lex.orgHeads.has(w) || lex.placeHeads.has(w) || lex.g.placeNouns.has(w) || placeOf(lex, w) || lex.knownOrgs.has(w) || lex.demonyms.has(w) || lex.firstNames.has(w)) break;
      // ("Senatsverwaltung für Stadtentwicklung": a word joined by "für" heads the name.)
      if (this.sc.shape(t + 1) === 'lower' || endsWithAny(w, lex.orgHeads)) break;
      const next = this.sc.norm(t + 1);
      // "Volontärin Sabine Simon", "Weltmeister Spanien": any word before a first name or a country.
      const nameNext = (lex.firstNames.has(next.split('-')[0]) && !nounLike(next, lex)) || lex.places.get(next)?.kind === 'country';
      if (!(nounLike(w, lex) || this.sc.introducesName(w) || lex.roleNouns.has(w) || lex.kin.has(w) || this.isTitleWord(w) === 'title')) break;
      // The next word must not be a noun too ("Deutsche Bank" is no role and name).
      if (!nameNext && nounLike(next, lex) && !lex.firstNames.has(next)) break;
      t++;
    }
    return t;
  }

  /** The mentions one name run holds (none, one, or a place and a person). */
  split(c: Chunk): Mention[] {
    const { first, last } = c;
    const lex = this.sc.lex;
    const { tokens, text } = this.sc.doc;
    const out: Mention[] = [];
    const push = (m: Mention | null) => {
      if (m) out.push(m);
    };
    if (this.known(first, last)) {
      push(this.mention(first, last, c, {}));
      return out;
    }
    // Where nouns are capitalised: "Stürmer Damien Duff", "Analyst Marc Koebernick", "Gastgeber
    // China": a common noun before a name is its role, not part of it.
    const lead = this.leadingNouns(first, last);
    if (lead > first) {
      const inner = this.split({ first: lead, last, sentence: c.sentence });
      const m = inner.find((x) => x.first === lead);
      if (m && !m.role) {
        m.role = text.slice(tokens[first].start, tokens[lead - 1].end);
        m.roleKind = 'role';
      }
      return inner;
    }
    // "the Obama White House", "the Clinton State Department": a person's name before a known
    // organisation or place of two words or more.
    for (let k = first + 1; k <= first + 2 && k < last; k++) {
      if (!this.known(k, last)) continue;
      const prefix = this.words(first, k - 1);
      if (prefix.every((w) => (lex.surnames.has(w) || lex.firstNames.has(w)) && !isCommon(w, lex) && !placeOf(lex, w))) {
        push(this.mention(first, k - 1, c, { personBefore: true }));
        push(this.mention(k, last, c, {}));
        return out;
      }
    }
    let i = first;
    let placePrefix: Mention | null = null;
    let demonymPlace: string | undefined;
    // "U.S. President Bill Clinton": a place before a title is a place mention of its own.
    if (i < last && (lex.places.get(this.sc.dotless(i))?.kind === 'country' || (this.sc.takesDot(i) && lex.places.has(this.sc.dotless(i)))) && this.isTitleWord(this.sc.dotless(i + 1))) {
      placePrefix = this.mention(i, i, c, {});
      demonymPlace = placePrefix ? lex.places.get(placePrefix.words[0])?.name : undefined;
      i++;
    }
    const dem = placePrefix ? null : this.demonymAt(i, last);
    if (dem && i + dem[0] <= last) {
      demonymPlace = dem[1];
      i += dem[0];
    }
    // The role: a run of titles, honorifics and modifiers ("Assistant Secretary of State",
    // "Prime Minister", "Prince"), perhaps after the organisation that gives it ("Cofinec CEO",
    // "Boxing Association President"); the name follows it.
    let head = -1;
    for (let j = i; j < last; j++) {
      const kind = this.isTitleWord(this.sc.dotless(j));
      if (kind === 'title' || kind === 'honorific') {
        head = j;
        break;
      }
    }
    if (head >= 0) {
      let roleEnd = head;
      let roleKind: Mention['roleKind'] = 'title';
      let honor: Mention['honor'];
      for (let j = head; j <= last; j++) {
        const w = this.sc.dotless(j);
        const kind = this.isTitleWord(w);
        if (!kind || (kind === 'modifier' && this.sc.shape(j) === 'lower' && !lex.g.of.has(w))) break;
        roleEnd = j;
        if (kind === 'honorific') roleKind = 'honorific';
        if (lex.honorMale.has(w)) honor = 'male';
        else if (lex.honorFemale.has(w)) honor = 'female';
      }
      while (roleEnd > head && this.sc.lex.g.of.has(this.sc.norm(roleEnd))) roleEnd--;
      let roleStart = head;
      while (roleStart - 1 >= i && this.isTitleWord(this.sc.dotless(roleStart - 1)) === 'modifier') roleStart--;
      const nameStart = roleEnd + 1;
      // "Former South Carolina Gov. Carroll Campbell": modifiers before the owner belong to the role.
      let ownerStart = i;
      while (ownerStart < roleStart && this.sc.lex.g.roleTime.has(this.sc.dotless(ownerStart)) && !this.known(ownerStart, roleStart - 1)) ownerStart++;
      const owner = roleStart > ownerStart ? this.ownerOfRole(dem && this.isOrgEnd(roleStart - 1) ? first : ownerStart, roleStart - 1, c) : null;
      if (nameStart <= last && !this.isOrgEnd(last) && !this.known(nameStart, last) && !this.opensNoName(nameStart) && (roleStart === ownerStart || owner)) {
        push(placePrefix);
        push(owner);
        const roleFrom = placePrefix ? tokens[placePrefix.first].start : tokens[dem ? first : i].start;
        const role = text.slice(roleFrom, tokens[roleEnd].end);
        push(this.mention(nameStart, last, c, { role, roleKind, honor, demonymPlace }));
        return out;
      }
      if (nameStart > last && roleStart === ownerStart) {
        // Only a title ("the Foreign Minister"): no name here, but the place before it counts.
        push(placePrefix);
        return out;
      }
    }
    if (placePrefix) {
      push(this.mention(first, last, c, {}));
      return out;
    }
    if (dem) {
      // "Chinese Communist Party" is one name; "Australian Tom Moody" is a demonym and a name.
      // Where adjectives are lower-case, a capitalised one inside a sentence belongs to the name ("die Deutsche Telekom").
      if (this.isOrgEnd(last) || (lex.vocabulary.size > 0 && !this.sc.profile.initial[first])) push(this.mention(first, last, c, {}));
      else push(this.mention(first + dem[0], last, c, { demonymPlace }));
      return out;
    }
    push(this.mention(first, last, c, {}));
    return out;
  }
}

const OPEN_QUOTES = '"“‘\'';
const CLOSE_QUOTES = '"”’\'';

/** The name fills a pair of quotation marks (with an optional "The"/"A" and a trailing comma). */
function quotedTitle(text: string, start: number, end: number): boolean {
  let a = start;
  const before = text.slice(Math.max(0, a - 4), a);
  const article = /(?:The|A|An) $/.exec(before);
  if (article) a -= article[0].length;
  if (!OPEN_QUOTES.includes(text[a - 1] ?? '')) return false;
  let b = end;
  if (/['’]s/.test(text.slice(b, b + 2))) return false;
  if (text[b] === ',' || text[b] === '.') b++;
  return CLOSE_QUOTES.includes(text[b] ?? '') && OPEN_QUOTES.includes(text[a - 1]) && !/\w/.test(text[a - 2] ?? '');
}
