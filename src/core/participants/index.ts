import type { TextDoc } from '../text/document';
import type { Participant, Quote } from '../types';
import { appositionAfter, pronounVotes } from './appositions';
import { caseProfile } from './casing';
import { NameScanner } from './chunks';
import { addRoleBefore, localEvidence } from './context';
import { type Entity, groupMentions } from './entities';
import { participantLexicon } from './lexicon';
import { type Mention, MentionSplitter } from './mentions';

/** All mentions of names in the document, in text order, with their type evidence. */
export function scanMentions(doc: TextDoc): { sc: NameScanner; mentions: Mention[] } {
  const lex = participantLexicon(doc.pack);
  const sc = new NameScanner(doc, lex, caseProfile(doc, lex));
  const splitter = new MentionSplitter(sc);
  const mentions: Mention[] = [];
  for (let s = 0; s < doc.sentences.length; s++) {
    for (const c of sc.chunks(s)) for (const m of splitter.split(c)) mentions.push(m);
  }
  for (const m of mentions) addRoleBefore(m, sc);
  return { sc, mentions };
}

const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());

/** The fullest form of an entity's name, as the article writes it outside headlines. */
function fullestName(e: Entity): string {
  let best: Mention | null = null;
  const shouted = (m: Mention) => m.caps || (m.text.length > 4 && m.text === m.text.toUpperCase());
  for (const m of e.mentions) {
    if (!best) best = m;
    else if (m.words.length > best.words.length || (m.words.length === best.words.length && shouted(best) && !shouted(m))) best = m;
  }
  if (!best) return '';
  return shouted(best) ? titleCase(best.text) : best.text;
}

function genderOf(e: Entity, sc: NameScanner, nextStart: (m: Mention) => number): 'male' | 'female' | null {
  let male = 0;
  let female = 0;
  for (const m of e.mentions) {
    if (m.honor === 'male') male += 5;
    if (m.honor === 'female') female += 5;
    const v = pronounVotes(m, sc, nextStart(m));
    male += v.male;
    female += v.female;
  }
  if (male > female) return 'male';
  if (female > male) return 'female';
  const first = e.words.length >= 2 ? sc.lex.firstNames.get(e.words[0]) : undefined;
  return first ?? null;
}

/** Finds the people, organisations and places of the article, with aliases merged. */
export function findParticipants(doc: TextDoc): Participant[] {
  const { sc, mentions } = scanMentions(doc);
  const evidence = mentions.map((m) => localEvidence(m, sc));
  let sportsWords = 0;
  for (const t of doc.tokens) if (sc.lex.sportsWords.has(t.norm)) sportsWords++;
  const entities = groupMentions(mentions, evidence, sc.lex, doc.text, sportsWords);
  const starts = mentions.map((m) => m.start);
  const nextStart = (m: Mention) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= m.start) lo = mid + 1;
      else hi = mid;
    }
    return lo < starts.length ? starts[lo] : Infinity;
  };
  const len = Math.max(1, doc.text.length);
  const out: Participant[] = entities.map((e) => {
    const roles: string[] = [];
    let age: number | null = null;
    let country: string | null = null;
    for (const m of e.mentions) {
      if (m.role && !roles.includes(m.role)) roles.push(m.role);
      if (m.demonymPlace && !country) country = m.demonymPlace;
      if (e.type !== 'place') {
        const app = appositionAfter(m, sc);
        if (app?.role && !roles.includes(app.role)) roles.push(app.role);
        if (app?.age != null && age == null) age = app.age;
        if (app?.place && !country) country = app.place;
      }
    }
    const name = fullestName(e);
    const aliases: string[] = [];
    const seen = new Set([name]);
    for (const m of e.mentions) {
      const forms = [m.text];
      if (m.role && (m.roleKind === 'title' || m.roleKind === 'honorific')) forms.push(`${m.role.split(/\s+/).pop()} ${m.text}`);
      for (const f of forms) {
        if (!seen.has(f)) {
          seen.add(f);
          aliases.push(f);
        }
      }
    }
    const first = e.mentions[0].start;
    const components = { mentions: e.mentions.length, position: Math.round(3 * (1 - first / len) * 100) / 100, speaker: 0 };
    const p: Participant = {
      id: '',
      name,
      type: e.type,
      role: roles[0] ?? null,
      aliases,
      mentions: e.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end })),
      salience: components.mentions + components.position,
      components,
    };
    if (e.type === 'person') p.gender = genderOf(e, sc, nextStart);
    if (roles.length) p.roles = roles;
    if (age != null) p.age = age;
    if (country) p.country = country;
    return p;
  });
  return rank(out);
}

function rank(ps: Participant[]): Participant[] {
  ps.sort((a, b) => b.salience - a.salience || a.mentions[0].start - b.mentions[0].start);
  ps.forEach((p, i) => {
    p.id = `p${i}`;
    p.salience = Math.round(p.salience * 100) / 100;
  });
  return ps;
}

/**
 * Being quoted makes a participant more salient: called after the quotes are found. Re-sorts
 * the participants but keeps their ids (quotes refer to them).
 */
export function addSpeakerSalience(participants: Participant[], quotes: readonly Quote[]): Participant[] {
  const byId = new Map(participants.map((p) => [p.id, p]));
  for (const q of quotes) {
    const p = q.speakerId ? byId.get(q.speakerId) : undefined;
    if (!p) continue;
    const c = p.components ?? (p.components = {});
    c.speaker = (c.speaker ?? 0) + (q.direct ? 1.5 : 1);
    p.salience = Math.round((p.salience + (q.direct ? 1.5 : 1)) * 100) / 100;
  }
  return participants.sort((a, b) => b.salience - a.salience || a.mentions[0].start - b.mentions[0].start);
}
