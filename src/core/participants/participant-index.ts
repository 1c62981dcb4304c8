import { en } from '../lang/en';
import type { LangPack } from '../lang/pack';
import type { Participant } from '../types';
import { participantLexicon } from './lexicon';

/**
 * How other modules (quotes, figures, summary) look participants up. The participants module
 * builds it; quotes use it to resolve speaker mentions: names, descriptions and pronouns.
 */
export interface ParticipantIndex {
  participants: readonly Participant[];
  /** The participant with a mention covering `offset`, if any. */
  at(offset: number): Participant | null;
  /** A name or alias as written ("Putin", "President Xi", "Xi Jinping's"). */
  byName(name: string): Participant | null;
  /** A description ("the Chinese leader", "the 71-year-old") introduced before `offset`. */
  byDescription(description: string, offset: number): Participant | null;
  /** People mentioned before `offset`, most recent first. */
  recentPeople(offset: number, limit?: number): Participant[];
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']s?$/u, '')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Heads of state and government: "the Chinese leader" may be a president, a premier, a king. */
const LEADERS = new Map([
  ['president', 1.5],
  ['leader', 1.5],
  ['premier', 1],
  ['prime minister', 1],
  ['chancellor', 1],
  ['king', 1],
  ['queen', 1],
  ['emperor', 1],
  ['head of state', 1.5],
]);
const GENERIC_PERSON = new Set(['leader', 'official', 'man', 'woman', 'politician', 'executive', 'boss', 'head']);
/** Heads that may stand for any organisation the article named before ("the company said"). */
const GENERIC_ORG = new Set(['company', 'firm', 'group', 'organisation', 'organization', 'agency']);
const DETERMINERS = /^(?:the|a|an|this|that|its|their)\s+/;

/** Index of the last value below `offset` in an ascending array (-1 if none). */
function lastIndexBelow(sorted: readonly number[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** An index over mentions, names, aliases, roles, nationalities and ages. */
export function buildParticipantIndex(participants: readonly Participant[], pack: LangPack = en): ParticipantIndex {
  const lex = participantLexicon(pack);
  const isTitle = (w: string) => lex.titles.has(w) || lex.honorMale.has(w) || lex.honorFemale.has(w) || lex.honorAny.has(w) || lex.titleModifiers.has(w);
  /** "President Xi" -> "xi"; "Xi Jinping's" -> "xi jinping". */
  const bare = (s: string) => {
    const words = norm(s).split(' ');
    let i = 0;
    while (i < words.length - 1 && (isTitle(words[i]) || lex.demonyms.has(words[i]))) i++;
    return words.slice(i).join(' ');
  };
  const mentions = participants
    .flatMap((p) => p.mentions.map((m) => ({ p, start: m.start, end: m.end })))
    .sort((a, b) => a.start - b.start);
  const mentionStarts = mentions.map((m) => m.start);
  // Each participant's mention offsets, ascending: "mentioned before" by binary search.
  const startsOf = new Map(participants.map((p) => [p, p.mentions.map((m) => m.start).sort((a, b) => a - b)]));
  const lastBefore = (p: Participant, offset: number): number => {
    const starts = startsOf.get(p) ?? [];
    const i = lastIndexBelow(starts, offset);
    return i >= 0 ? starts[i] : -1;
  };
  const names = new Map<string, Participant>();
  for (const p of participants) {
    for (const n of [p.name, ...p.aliases]) {
      for (const k of [norm(n), bare(n)]) if (k && !names.has(k)) names.set(k, p);
    }
  }
  // Each participant's normalised roles, their words and its name's words: read once, when asked.
  const described = new Map<Participant, { roles: string[]; roleWords: Set<string>; nameWords: string[] }>();
  const describe = (p: Participant) => {
    let d = described.get(p);
    if (!d) {
      const roles = [p.role ?? '', ...(p.roles ?? [])].filter(Boolean).map(norm);
      described.set(p, (d = { roles, roleWords: new Set(roles.flatMap((r) => r.split(' '))), nameWords: norm(p.name).split(' ') }));
    }
    return d;
  };
  const personRole = (w: string) => lex.roleNouns.has(w) || lex.titles.has(w) || GENERIC_PERSON.has(w);
  return {
    participants,
    at(offset) {
      let lo = 0;
      let hi = mentions.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const m = mentions[mid];
        if (offset < m.start) hi = mid - 1;
        else if (offset >= m.end) lo = mid + 1;
        else return m.p;
      }
      return null;
    },
    byName(name) {
      const n = norm(name);
      const hit = names.get(n) ?? names.get(bare(name));
      if (hit) return hit;
      const words = bare(name).split(' ');
      const last = words[words.length - 1];
      if (!last) return null;
      // A surname alone, or a first name with a known surname: the most salient person who fits.
      return (
        participants.find((p) => {
          if (p.type !== 'person') return false;
          const pw = describe(p).nameWords;
          return pw[pw.length - 1] === last || (words.length === 1 && pw.length === 2 && pw[0] === last && !lex.firstNames.has(last));
        }) ?? null
      );
    },
    byDescription(description, offset) {
      let d = norm(description).replace(DETERMINERS, '');
      const ageMatch = /^(\d{1,3})-year-old\b/.exec(d);
      if (ageMatch) {
        const age = Number(ageMatch[1]);
        let best: Participant | null = null;
        let bestAt = -1;
        for (const p of participants) {
          const at = lastBefore(p, offset);
          if (p.age === age && at >= 0 && at > bestAt) {
            best = p;
            bestAt = at;
          }
        }
        return best;
      }
      const words = d.split(' ').filter(Boolean);
      if (!words.length) return null;
      const head = words[words.length - 1];
      // "the Chinese leader": a demonym (or a country) in the description.
      let country: string | null = null;
      for (let i = 0; i < words.length; i++) {
        const two = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : '';
        const c = (two && lex.demonyms.get(two)) || lex.demonyms.get(words[i]) || lex.places.get(words[i])?.name;
        if (c) {
          country = c;
          break;
        }
      }
      const wantPerson = personRole(head);
      const wantOrg = lex.orgDescriptors.has(head) && !wantPerson;
      const twoHead = words.length >= 2 ? `${words[words.length - 2]} ${head}` : head;
      let best: Participant | null = null;
      let bestScore = 0;
      let bestAt = -1;
      for (const p of participants) {
        const at = lastBefore(p, offset);
        if (at < 0) continue;
        if (wantPerson && p.type !== 'person') continue;
        if (wantOrg && p.type !== 'organization') continue;
        const { roles, roleWords, nameWords } = describe(p);
        let score = 0;
        if (wantOrg) {
          // "the ministry" -> the Foreign Ministry; "the company" -> the organisation last named.
          if (nameWords.includes(head) || nameWords.includes(head.replace(/y$/, 'ies'))) score += 3;
          else if (GENERIC_ORG.has(head)) score += 2;
        }
        if (roles.some((r) => r === d || r.endsWith(` ${d}`))) score += 4;
        if (roleWords.has(head)) score += 3;
        else if (LEADERS.has(head) || LEADERS.has(twoHead)) {
          let lead = 0;
          for (const [k, v] of LEADERS) if (roles.some((r) => r === k || r.endsWith(` ${k}`) || r.startsWith(`${k} `) || r.includes(` ${k} `))) lead = Math.max(lead, v);
          score += lead;
        }
        for (const w of words.slice(0, -1)) if (roleWords.has(w) && w !== country?.toLowerCase()) score += 1;
        if (country) {
          if (p.country === country) score += 2;
          else if (p.country) score -= 3;
          else if (roles.some((r) => r.includes(country!.toLowerCase()))) score += 1;
        }
        if (score < 2) continue;
        if (score > bestScore || (score === bestScore && at > bestAt)) {
          best = p;
          bestScore = score;
          bestAt = at;
        }
      }
      return best;
    },
    recentPeople(offset, limit = 5) {
      const out: Participant[] = [];
      // From the last mention before `offset` backwards, over at most a bounded number of mentions.
      const from = lastIndexBelow(mentionStarts, offset);
      for (let i = from; i >= 0 && i > from - 500 && out.length < limit; i--) {
        const m = mentions[i];
        if (m.p.type === 'person' && !out.includes(m.p)) out.push(m.p);
      }
      return out;
    },
  };
}
