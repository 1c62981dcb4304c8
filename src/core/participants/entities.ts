import type { ParticipantType } from '../types';
import type { Evidence, MentionEvidence } from './context';
import { isCommon } from './casing';
import { type ParticipantLexicon, placeOf } from './lexicon';
import type { Mention } from './mentions';

/** A group of mentions of one real entity, with the evidence of all of them. */
export interface Entity {
  mentions: Mention[];
  ev: Evidence;
  type: ParticipantType;
  /** The longest form's words. */
  words: string[];
}

interface Name {
  key: string;
  words: string[];
  mentions: Mention[];
  /** The strongest evidence of the name's own words, and the sum of its contexts. */
  nameEv: Evidence;
  ctx: Evidence;
  ev: Evidence;
  /** The longer name this one is a short form of, if any (per mention, see below). */
  entity?: Entity;
}


/** "CCP" for "Chinese Communist Party", "OSCE" for "Organisation for Security and Cooperation in Europe". */
function initials(words: string[], lex: ParticipantLexicon): string {
  return words
    .filter((w) => !lex.g.stopInitials.has(w))
    .map((w) => w[0])
    .join('');
}

function typeOf(ev: Evidence): ParticipantType {
  const best = Math.max(ev.PER, ev.ORG, ev.LOC);
  if (best <= 0) return 'organization';
  if (ev.PER === best) return 'person';
  if (ev.LOC === best) return 'place';
  return 'organization';
}

const add = (a: Evidence, b: Evidence) => {
  a.PER += b.PER;
  a.ORG += b.ORG;
  a.LOC += b.LOC;
};
const max = (a: Evidence, b: Evidence) => {
  a.PER = Math.max(a.PER, b.PER);
  a.ORG = Math.max(a.ORG, b.ORG);
  a.LOC = Math.max(a.LOC, b.LOC);
};
const zero = (): Evidence => ({ PER: 0, ORG: 0, LOC: 0 });

/** The key that merges different spellings of one place ("U.S.", "US", "United States"). */
export function nameKey(words: string[], lex: ParticipantLexicon): string {
  const key = words.join(' ');
  const place = lex.places.get(key);
  if (place && place.kind === 'country') return `place:${place.name.toLowerCase()}`;
  return key;
}

/**
 * Groups mentions into entities: the same name; a surname (or a Chinese-style family name)
 * after the full name, to the nearest full name before it (so Bill and Hillary Clinton stay
 * apart); an acronym in brackets after its expansion; a shorter organisation name inside a longer.
 */
export function groupMentions(mentions: Mention[], evidence: MentionEvidence[], lex: ParticipantLexicon, text: string, sportsWords = 0): Entity[] {
  const names = new Map<string, Name>();
  mentions.forEach((m, i) => {
    const key = nameKey(m.words, lex);
    let n = names.get(key);
    if (!n) names.set(key, (n = { key, words: m.words, mentions: [], nameEv: zero(), ctx: zero(), ev: zero() }));
    n.mentions.push(m);
    max(n.nameEv, evidence[i].name);
    add(n.ctx, evidence[i].context);
  });
  for (const n of names.values()) {
    add(n.ev, n.nameEv);
    add(n.ev, n.ctx);
  }
  // Sports reports name teams after their towns and counties ("Essex", "Chicago"); not countries.
  const sports = evidence.filter((e) => e.team).length >= 2 || sportsWords >= 4;
  // Long names are entities of their own; short ones may join them.
  const entities: Entity[] = [];
  const entityOfName = new Map<Name, Entity>();
  const byLength = [...names.values()].sort((a, b) => b.words.length - a.words.length || a.mentions[0].start - b.mentions[0].start);
  // Index of multi-word names by their last and first words.
  const byLast = new Map<string, Name[]>();
  const byFirst = new Map<string, Name[]>();
  const push = (m: Map<string, Name[]>, k: string, n: Name) => {
    const l = m.get(k);
    if (l) l.push(n);
    else m.set(k, [n]);
  };
  for (const n of byLength) {
    if (n.words.length < 2) continue;
    push(byLast, n.words[n.words.length - 1], n);
    push(byFirst, n.words[0], n);
  }
  const isPersonish = (n: Name) => n.ev.PER > 0 && n.ev.PER >= n.ev.ORG && n.ev.PER >= n.ev.LOC;
  const isOrgish = (n: Name) => {
    const last = n.words[n.words.length - 1];
    return n.ev.ORG > n.ev.PER && n.ev.ORG > n.ev.LOC && (lex.orgHeads.has(last) || lex.orgSuffixes.has(last));
  };
  /** The longer names a mention may be short for. */
  const longerFor = (n: Name): Name[] => {
    if (n.words.length !== 1) {
      // "Communist Party" inside "Chinese Communist Party"; "Jinping" never.
      const out: Name[] = [];
      for (const o of byLast.get(n.words[n.words.length - 1]) ?? []) {
        if (o.words.length > n.words.length && o.words.slice(-n.words.length).join(' ') === n.key) out.push(o);
      }
      // "Apic Yamada" for "Apic Yamada Corp": an organisation without its legal suffix.
      for (const o of byFirst.get(n.words[0]) ?? []) {
        if (o.words.length <= n.words.length || out.includes(o) || o.words.slice(0, n.words.length).join(' ') !== n.key) continue;
        if (o.words.slice(n.words.length).every((w) => lex.orgSuffixes.has(w))) out.push(o);
      }
      return out;
    }
    const w = n.words[0];
    // Only what the name itself says (a country, a known organisation) keeps it apart.
    const own = Math.max(n.nameEv.LOC, n.nameEv.ORG);
    const out: Name[] = [];
    for (const o of byLast.get(w) ?? []) if (isPersonish(o) && own < 5) out.push(o);
    // "Xi" for "Xi Jinping", "Li" for "Li Qiang": a family name first, when the name is no first name.
    for (const o of byFirst.get(w) ?? []) if (o.words.length === 2 && isPersonish(o) && !lex.firstNames.has(w) && own < 5 && !out.includes(o)) out.push(o);
    // "Commerce" for "Commerce Department", "Roosevelt" for "Roosevelt Financial Group": an
    // organisation called by its first word.
    if (!out.length && n.nameEv.LOC <= 0 && n.nameEv.ORG <= 0 && n.ev.PER < 3) {
      for (const o of byFirst.get(w) ?? []) if (isOrgish(o)) out.push(o);
    }
    return out;
  };
  // The candidates of each name, read once for both passes below.
  const candsOf = new Map<Name, Name[]>();
  for (const n of byLength) {
    const cands = longerFor(n);
    candsOf.set(n, cands);
    if (!cands.length) {
      const e: Entity = { mentions: [], ev: zero(), type: 'person', words: n.words };
      entities.push(e);
      entityOfName.set(n, e);
      continue;
    }
    // Each mention joins the nearest candidate mentioned before it, else the first one after.
    entityOfName.set(n, entityOfName.get(cands[0])!);
  }
  const entityOfMention = new Map<Mention, Entity>();
  for (const n of byLength) {
    const cands = candsOf.get(n)!;
    for (const m of n.mentions) {
      let e = entityOfName.get(n)!;
      if (cands.length > 1) {
        let best: Name | null = null;
        let bestStart = -1;
        for (const c of cands) {
          for (const cm of c.mentions) if (cm.start < m.start && cm.start > bestStart && (!m.honor || !cm.honor || m.honor === cm.honor)) { best = c; bestStart = cm.start; }
        }
        if (best) e = entityOfName.get(best)!;
      }
      entityOfMention.set(m, e);
    }
  }
  // Acronyms in brackets after their expansion: "Chinese Communist Party (CCP)".
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i];
    const p = mentions[i - 1];
    if (m.words.length !== 1 || p.words.length < 2) continue;
    const gap = text.slice(p.end, m.start);
    if (!/^\s*\(\s*$/.test(gap) || text[m.end] !== ')') continue;
    if (initials(p.words, lex) !== m.words[0]) continue;
    const from = entityOfMention.get(m)!;
    const to = entityOfMention.get(p)!;
    if (from === to) continue;
    for (const [mm, e] of entityOfMention) if (e === from) entityOfMention.set(mm, to);
    from.mentions = [];
  }
  for (const m of mentions) entityOfMention.get(m)!.mentions.push(m);
  const out = entities.filter((e) => e.mentions.length);
  for (const e of out) {
    e.mentions.sort((a, b) => a.start - b.start);
    const seen = new Set<Name>();
    const nameEv = zero();
    for (const m of e.mentions) {
      const n = names.get(nameKey(m.words, lex))!;
      if (seen.has(n)) continue;
      seen.add(n);
      max(nameEv, n.nameEv);
      add(e.ev, n.ctx);
    }
    add(e.ev, nameEv);
    // Called by the last word alone after the full name ("Bernd Karbacher" ... "Karbacher"): the
    // way news writes about people, rarely about organisations or places.
    if (e.words.length >= 2 && e.mentions.some((m) => m.words.length === 1 && m.words[0] === e.words[e.words.length - 1])) e.ev.PER += 2;
    if (sports) {
      const place = placeOf(lex, e.words.join(' '));
      if (place && place.kind !== 'country' && place.kind !== 'continent') e.ev.ORG += 4.5;
    }
    e.type = typeOf(e.ev);
  }
  harmonizeLists(mentions, out, text, lex);
  // A dateline names a place even where the same name is a team's ("NEW YORK 1996-08-31" above
  // "NEW YORK 74 59"): its mentions become a place of their own.
  const evidenceOf = new Map(mentions.map((m, i) => [m, evidence[i]]));
  for (const e of [...out]) {
    if (e.type === 'place') continue;
    const datelines = e.mentions.filter((m) => evidenceOf.get(m)?.dateline);
    if (!datelines.length || datelines.length === e.mentions.length) continue;
    e.mentions = e.mentions.filter((m) => !evidenceOf.get(m)?.dateline);
    out.push({ mentions: datelines, ev: { PER: 0, ORG: 0, LOC: 3 }, type: 'place', words: datelines[0].words });
  }
  // A lone title ("King", "President") names someone only as a surname ("Billie Jean King");
  // a lone ordinary word or code with no evidence at all ("Practice", "Third", "M1", "F-14") names nothing.
  const titleWord = (w: string) => lex.titles.has(w) || lex.honorMale.has(w) || lex.honorFemale.has(w) || lex.honorAny.has(w) || lex.titleModifiers.has(w);
  return out.filter((e) => {
    if (e.words.length === 1 && titleWord(e.words[0])) return false;
    if (e.words.length > 1 || Math.max(e.ev.PER, e.ev.ORG, e.ev.LOC) > 0) return true;
    // Where nouns are capitalised, a lone word with no evidence at all is more often a noun.
    if (lex.vocabulary.size > 0) return false;
    const w = e.words[0];
    return !(/\d/.test(w) || isCommon(w, lex));
  });
}


/**
 * Names listed together are of one kind: "Given, Staunton, McAteer and Houghton" are players when
 * some of them are known people; "Essex, Derbyshire and Surrey" are teams when some are. A name
 * with little evidence of its own takes the type its list's well-evidenced members agree on.
 */
/** The gap between two names of a list: a comma, "and" / "or", or both. */
function listGap(gap: string, lex: ParticipantLexicon): boolean {
  const m = /^\s*(,)?(\s*)(\p{L}*)\s*$/u.exec(gap);
  if (!m) return false;
  if (!m[3]) return !!m[1];
  return lex.g.listJoiners.has(m[3].toLowerCase()) && (m[1] ? m[2].length > 0 : /^\s/.test(gap));
}

function harmonizeLists(mentions: Mention[], entities: Entity[], text: string, lex: ParticipantLexicon): void {
  const entityOf = new Map<Mention, Entity>();
  for (const e of entities) for (const m of e.mentions) entityOf.set(m, e);
  const strength = (e: Entity) => Math.max(e.ev.PER, e.ev.ORG, e.ev.LOC);
  let i = 0;
  while (i < mentions.length) {
    let j = i;
    while (j + 1 < mentions.length && mentions[j + 1].sentence === mentions[i].sentence && mentions[j + 1].start - mentions[j].end < 8 && listGap(text.slice(mentions[j].end, mentions[j + 1].start), lex)) j++;
    if (j - i >= 2) {
      const votes = new Map<string, number>();
      for (let k = i; k <= j; k++) {
        const e = entityOf.get(mentions[k]);
        if (e && strength(e) >= 2) votes.set(e.type, (votes.get(e.type) ?? 0) + 1);
      }
      if (votes.size === 1) {
        const [type] = [...votes.keys()] as ParticipantType[];
        for (let k = i; k <= j; k++) {
          const e = entityOf.get(mentions[k]);
          if (e && strength(e) < 2 && e.type !== type) {
            if (type === 'person') e.ev.PER += 2;
            else if (type === 'organization') e.ev.ORG += 2;
            else e.ev.LOC += 2;
            e.type = typeOf(e.ev);
          }
        }
      }
    }
    i = j + 1;
  }
}
