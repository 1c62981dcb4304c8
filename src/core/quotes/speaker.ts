import type { ParticipantIndex } from '../participants/participant-index';
import type { Participant, Span } from '../types';
import type { QuoteLexicon } from './lexicon';
import type { SpeakerPhrase } from './noun-phrase';
import { type QTok, tokenAt } from './tokens';

export interface ResolvedSpeaker {
  speaker: string | null;
  id: string | null;
  mention: Span | null;
  /** The speaker is a person (or may be): pronouns can refer back to it. */
  person: boolean;
  gender: 'male' | 'female' | null;
}

interface Remembered {
  name: string;
  id: string | null;
  gender: 'male' | 'female' | null;
  offset: number;
  paragraph: number;
}

const POSSESSIVE_END = /['’]s?$/;

function span(text: string, toks: readonly QTok[], a: number, b: number): Span {
  const start = toks[a].start;
  let end = toks[b - 1].end;
  // Drop a possessive ending from a name ("Xi’s").
  const raw = text.slice(start, end);
  const m = POSSESSIVE_END.exec(raw);
  if (m && m.index > 0 && /['’]s$/.test(raw)) end -= m[0].length;
  return { text: text.slice(start, end), start, end };
}

/**
 * Resolves speaker phrases to the fullest name the participants index knows, keeping a memory
 * of the speakers already named so that pronouns and short names can refer back to them.
 */
export class SpeakerResolver {
  private memory: Remembered[] = [];

  constructor(
    private readonly text: string,
    private readonly toks: readonly QTok[],
    private readonly index: ParticipantIndex,
    private readonly lex: QuoteLexicon,
  ) {}

  resolve(ph: SpeakerPhrase | null): ResolvedSpeaker {
    if (!ph) return { speaker: null, id: null, mention: null, person: false, gender: null };
    const toks = this.toks;
    const mention = span(this.text, toks, ph.start, ph.end);
    const para = toks[ph.start].paragraph;
    if (ph.kind === 'pronoun') return this.pronoun(toks[ph.start].lower, mention, para);
    if (ph.kind === 'name') {
      const name = span(this.text, toks, ph.nameStart, ph.nameEnd);
      const p = this.lookupName(name, ph);
      // Where every noun is capitalised (the pack's nouns-capitalised flag: German), one capitalised
      // word that names no participant is an ordinary noun ("mit den Worten", "Eröffnung"), no speaker.
      // It is a name when a speaker of that surname was named before, or when the text writes it
      // after a title or a first name elsewhere ("Richter Albers" … "Albers sagte").
      const known = p ? null : this.fromMemory(name.text);
      if (!p && !known && ph.nameEnd - ph.nameStart === 1 && this.lex.g.flags.has('nouns-capitalised') && !this.titledWords().has(toks[ph.nameStart].lower)) return { speaker: null, id: null, mention: null, person: false, gender: null };
      const gender = p?.gender ?? this.titleGender(ph);
      const speaker = p ? p.name : known ?? name.text;
      const out: ResolvedSpeaker = { speaker, id: p?.id ?? null, mention, person: p ? p.type === 'person' : true, gender };
      this.remember(out, mention.start, para);
      return out;
    }
    // A description: the participant the article introduced with that role, else the words.
    const p = this.index.byDescription(mention.text, mention.start) ?? this.participantInside(ph);
    if (p) {
      const out: ResolvedSpeaker = { speaker: p.name, id: p.id, mention, person: p.type === 'person', gender: p.gender ?? null };
      this.remember(out, mention.start, para);
      return out;
    }
    return { speaker: mention.text, id: null, mention, person: false, gender: null };
  }

  /** A speaker inherited from elsewhere (paragraph convention): remembered again as the latest. */
  reuse(r: ResolvedSpeaker, offset: number, paragraph: number): void {
    this.remember(r, offset, paragraph);
  }

  /**
   * A definite description matched against the roles the article gave its participants: "the
   * Chinese leader" is the person introduced as "Chinese President", the latest mentioned if
   * several fit. Indefinite ones ("a spokesman") are never resolved.
   */
  private participantInside(ph: SpeakerPhrase): Participant | null {
    const words = this.toks.slice(ph.start, ph.end).map((t) => t.lower.replace(/['’]s$/, ''));
    if (!this.lex.g.definite.has(words[0]) || words.length < 2) return null;
    const head = words[words.length - 1];
    const mods = words.slice(1, -1);
    const heads = this.lex.roleSynonyms.get(head) ?? new Set([head]);
    const offset = this.toks[ph.start].start;
    let best: Participant | null = null;
    let bestAt = -1;
    for (const p of this.index.participants) {
      if (!p.role) continue;
      const role = p.role.toLowerCase().split(/[\s,-]+/);
      if (!role.some((w) => heads.has(w))) continue;
      if (!mods.every((m) => role.includes(m) || this.lex.titles.has(m))) continue;
      let at = -1;
      for (const m of p.mentions) if (m.start < offset) at = Math.max(at, m.start);
      if (at > bestAt) {
        best = p;
        bestAt = at;
      }
    }
    return best;
  }

  /**
   * The participant a name refers to: the one whose mention covers the name's last word (its
   * head: "a New Hampshire Republican" is not New Hampshire), else the index's name lookup.
   * Places do not speak; a place name stays as written ("Beijing said").
   */
  private lookupName(name: Span, ph: SpeakerPhrase): Participant | null {
    void ph;
    const at = this.index.at(Math.max(name.start, name.end - 1));
    // (Not a participant whose mention runs on past the name: "Merkel.Als" for "Merkel".)
    const last = name.text.split(/\s+/).pop() ?? '';
    if (at && at.mentions.some((m) => m.start <= name.end - 1 && m.end > name.end && this.text[name.end] === '.' && /\p{Lu}/u.test(this.text[name.end + 1] ?? ''))) return this.index.byName(last);
    if (at) return at.type === 'place' ? null : at;
    const words = name.text.split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      const p = this.index.byName(words.slice(i).join(' '));
      if (p) return p.type === 'place' ? null : p;
    }
    return null;
  }

  private titleGender(ph: SpeakerPhrase): 'male' | 'female' | null {
    for (let k = ph.start; k < ph.nameStart + 1 && k < ph.end; k++) {
      const w = this.toks[k].lower;
      if (this.lex.g.femaleTitles.has(w)) return 'female';
      if (this.lex.g.maleTitles.has(w)) return 'male';
    }
    return null;
  }

  private titled: Set<string> | null = null;

  /**
   * Capitalised words the text writes right after a title ("Richter Albers") or after a word of
   * a person's name ("Tobias Brandt"): surnames, even where a capital alone makes no name. Built
   * once, in one pass over the tokens.
   */
  private titledWords(): Set<string> {
    if (this.titled) return this.titled;
    const out = new Set<string>();
    const toks = this.toks;
    for (let k = 1; k < toks.length; k++) {
      const t = toks[k];
      const b = toks[k - 1];
      if (t.kind !== 'word' || !t.cap || t.quote >= 0 || b.kind !== 'word' || b.paragraph !== t.paragraph || this.lex.g.notName.has(t.lower)) continue;
      const role = b.lower.slice(b.lower.lastIndexOf('-') + 1);
      if (this.lex.titles.has(b.lower) || this.lex.titles.has(role) || (b.cap && this.index.at(b.start)?.type === 'person')) out.add(t.lower);
    }
    return (this.titled = out);
  }

  /** A fuller form of a name already used for a speaker ("Putin" → "Vladimir Putin"). */
  private fromMemory(name: string): string | null {
    const last = name.split(/\s+/).pop()!.toLowerCase();
    for (let i = this.memory.length - 1; i >= 0; i--) {
      const m = this.memory[i];
      const words = m.name.split(/\s+/);
      if (words.length > name.split(/\s+/).length && words[words.length - 1].toLowerCase() === last) return m.name;
    }
    return null;
  }

  private remember(r: ResolvedSpeaker, offset: number, paragraph: number): void {
    if (!r.speaker || !r.person) return;
    this.memory.push({ name: r.speaker, id: r.id, gender: r.gender, offset, paragraph });
    if (this.memory.length > 50) this.memory.splice(0, 25);
  }

  /**
   * The person a pronoun most likely refers to: the first compatible person named outside quotes
   * in the current sentence before it, else in each of the three sentences before (the subject
   * of a sentence usually comes first, and it is the one a following "he" picks up).
   */
  private recentSubject(offset: number, fits: (g: 'male' | 'female' | null | undefined) => boolean): Participant | null {
    const toks = this.toks;
    let k = tokenAt(toks, offset) - 1;
    const para = toks[k + 1]?.paragraph ?? toks[k]?.paragraph ?? 0;
    let sentences = 0;
    let firstInSentence: Participant | null = null;
    for (let steps = 0; k >= 0 && steps < 160; k--, steps++) {
      const t = toks[k];
      if (t.paragraph < para - 2) break;
      const boundary = t.quote < 0 && t.kind === 'punct' && (t.text === '.' || t.text === '!' || t.text === '?');
      const newPara = k + 1 < toks.length && toks[k + 1].paragraph !== t.paragraph;
      if (boundary || newPara) {
        if (firstInSentence) return firstInSentence;
        if (++sentences > 3) break;
        if (boundary) continue;
      }
      if (t.quote >= 0 || !t.cap) continue;
      const p = this.index.at(t.start);
      if (p && p.type === 'person' && fits(p.gender)) firstInSentence = p;
    }
    return firstInSentence;
  }

  private pronoun(word: string, mention: Span, paragraph: number): ResolvedSpeaker {
    const kind = this.lex.pronouns.get(word);
    const want = kind === 'male' ? 'male' : kind === 'female' ? 'female' : null;
    if (kind === 'male' || kind === 'female') {
      const fits = (g: 'male' | 'female' | null | undefined) => !g || g === want;
      // The last named speaker, if recent and compatible; else the most recent compatible person.
      const recent = this.index.recentPeople(mention.start, 4).filter((p) => fits(p.gender));
      const last = this.memory.length ? this.memory[this.memory.length - 1] : null;
      let pick: { name: string; id: string | null; gender: 'male' | 'female' | null } | null = null;
      const subject = this.recentSubject(mention.start, fits);
      if (subject) pick = { name: subject.name, id: subject.id, gender: subject.gender ?? null };
      else if (last && fits(last.gender) && paragraph - last.paragraph <= 3 && (!recent.length || recent.slice(0, 2).some((p) => p.id === last.id || p.name === last.name))) pick = last;
      else if (recent.length) pick = { name: recent[0].name, id: recent[0].id, gender: recent[0].gender ?? null };
      else {
        for (let i = this.memory.length - 1; i >= 0 && !pick; i--) if (fits(this.memory[i].gender)) pick = this.memory[i];
      }
      if (pick) {
        const out: ResolvedSpeaker = { speaker: pick.name, id: pick.id, mention, person: true, gender: pick.gender ?? want };
        this.remember(out, mention.start, paragraph);
        return out;
      }
      return { speaker: mention.text, id: null, mention, person: true, gender: want };
    }
    // "I", "we", "they", "it": left as written (the author, a group, a thing).
    return { speaker: mention.text, id: null, mention, person: kind !== 'thing', gender: null };
  }
}
