import { shapeOf } from './casing';
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
  /** Written in an all-caps headline or dateline. */
  caps: boolean;
  /** The name is the first word of its sentence (capitals prove nothing). */
  initial: boolean;
}

const CONNECTORS = new Set(['of', 'and', 'the', 'for', '&']);
const stripDots = (w: string) => w.replace(/\./g, '');

/** Splits name runs into mentions: titles, honorifics and demonyms in front become the role. */
export class MentionSplitter {
  constructor(readonly sc: NameScanner) {}

  private words(first: number, last: number): string[] {
    const out: string[] = [];
    for (let t = first; t <= last; t++) out.push(stripDots(this.sc.norm(t)));
    return out;
  }

  private isTitleWord(w: string): 'title' | 'honorific' | 'modifier' | null {
    const lex = this.sc.lex;
    if (lex.honorMale.has(w) || lex.honorFemale.has(w) || lex.honorAny.has(w)) return 'honorific';
    if (lex.titles.has(w)) return 'title';
    if (lex.titleModifiers.has(w) || w === 'of') return 'modifier';
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
    const w = stripDots(this.sc.norm(last));
    const lex = this.sc.lex;
    const singular = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') ? w.slice(0, -1) : w;
    return lex.orgHeads.has(w) || lex.orgHeads.has(singular) || lex.orgSuffixes.has(w) || lex.sportsHeads.has(w) || lex.eventHeads.has(w);
  }

  /** A word that cannot open a person's name after a title ("Major League", "General Motors"). */
  private opensNoName(t: number): boolean {
    const w = stripDots(this.sc.norm(t));
    const lex = this.sc.lex;
    return lex.orgHeads.has(w) || lex.eventHeads.has(w) || lex.sportsHeads.has(w) || CONNECTORS.has(w);
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
    while (first < last && CONNECTORS.has(tokens[first].norm)) first++;
    while (last > first && (CONNECTORS.has(tokens[last].norm) || lex.particles.has(tokens[last].norm) || lex.miscWords.has(tokens[last].norm) || /^\p{L}\d$/u.test(tokens[last].text))) last--;
    if (first === last && CONNECTORS.has(tokens[first].norm)) return null;
    const start = tokens[first].start;
    let end = tokens[last].end;
    const raw = tokens[last].text;
    if (/['’][sS]$/.test(raw)) end -= 2;
    else if (text[end] === '.' && this.sc.takesDot(last)) end += 1;
    const words = this.words(first, last);
    if (words.every((w) => lex.miscWords.has(w))) return null;
    const acronym = first === last && shapeOf(tokens[first].text) === 'upper' && !this.sc.profile.capsSentence[c.sentence];
    if (words.length === 1 && !acronym && (lex.miscWords.has(words[0]) || lex.stopwords.has(words[0]))) return null;
    if (words.length === 1 && /^i['’]/.test(tokens[first].norm)) return null;
    // Table headers ("W D L PCT"): letters that are no initials.
    if (words.length >= 2 && words.filter((w) => w.length === 1).length >= 2 && !/\./.test(text.slice(start, end))) return null;
    if (words.length === 1 && lex.demonyms.has(words[0])) return null;
    if (words.every((w) => this.isTitleWord(w) !== null)) return null;
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
    let i = first;
    let placePrefix: Mention | null = null;
    let demonymPlace: string | undefined;
    // "U.S. President Bill Clinton": a place before a title is a place mention of its own.
    if (i < last && (lex.places.get(stripDots(this.sc.norm(i)))?.kind === 'country' || (this.sc.takesDot(i) && lex.places.has(stripDots(this.sc.norm(i))))) && this.isTitleWord(stripDots(this.sc.norm(i + 1)))) {
      placePrefix = this.mention(i, i, c, {});
      demonymPlace = placePrefix ? lex.places.get(placePrefix.words[0])?.name : undefined;
      i++;
    }
    const dem = placePrefix ? null : this.demonymAt(i, last);
    if (dem && i + dem[0] <= last) {
      demonymPlace = dem[1];
      i += dem[0];
    }
    const roleStart = i;
    let roleEnd = -1;
    let roleKind: Mention['roleKind'];
    let honor: Mention['honor'];
    for (let j = i; j <= last; j++) {
      const w = stripDots(this.sc.norm(j));
      const kind = this.isTitleWord(w);
      if (!kind || (kind === 'modifier' && shapeOf(tokens[j].text) === 'lower' && w !== 'of')) break;
      if (kind !== 'modifier') {
        roleEnd = j;
        roleKind = kind === 'honorific' ? 'honorific' : 'title';
        if (lex.honorMale.has(w)) honor = 'male';
        else if (lex.honorFemale.has(w)) honor = 'female';
      }
    }
    const nameStart = roleEnd + 1;
    if (roleEnd >= 0 && nameStart <= last && !this.isOrgEnd(last) && !this.known(nameStart, last) && !this.opensNoName(nameStart)) {
      push(placePrefix);
      const roleFrom = placePrefix ? tokens[placePrefix.first].start : tokens[dem ? first : roleStart].start;
      const role = text.slice(roleFrom, tokens[roleEnd].end);
      push(this.mention(nameStart, last, c, { role, roleKind, honor, demonymPlace }));
      return out;
    }
    if (roleEnd >= 0 && nameStart > last) {
      // Only a title ("the Foreign Minister"): no name here, but the place before it counts.
      push(placePrefix);
      return out;
    }
    if (placePrefix) {
      push(this.mention(first, last, c, {}));
      return out;
    }
    if (dem) {
      // "Chinese Communist Party" is one name; "Australian Tom Moody" is a demonym and a name.
      if (this.isOrgEnd(last)) push(this.mention(first, last, c, {}));
      else push(this.mention(first + dem[0], last, c, { demonymPlace }));
      return out;
    }
    push(this.mention(first, last, c, {}));
    return out;
  }
}
