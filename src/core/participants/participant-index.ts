import type { Participant } from '../types';

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

const norm = (s: string) => s.toLowerCase().replace(/[’']s$/u, '').replace(/\s+/g, ' ').trim();

/** A straightforward index over mentions, names, aliases and roles. */
export function buildParticipantIndex(participants: readonly Participant[]): ParticipantIndex {
  const mentions = participants
    .flatMap((p) => p.mentions.map((m) => ({ p, start: m.start, end: m.end })))
    .sort((a, b) => a.start - b.start);
  const names = new Map<string, Participant>();
  for (const p of participants) {
    for (const n of [p.name, ...p.aliases]) if (!names.has(norm(n))) names.set(norm(n), p);
  }
  const firstMention = (p: Participant) => (p.mentions.length ? p.mentions[0].start : Infinity);
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
      const hit = names.get(n);
      if (hit) return hit;
      const last = n.split(' ').pop() ?? '';
      return participants.find((p) => p.type === 'person' && norm(p.name).split(' ').pop() === last) ?? null;
    },
    byDescription(description, offset) {
      const words = norm(description).replace(/^(the|a|an)\s+/, '').split(' ');
      const head = words[words.length - 1];
      let best: Participant | null = null;
      for (const p of participants) {
        if (!p.role || firstMention(p) > offset) continue;
        if (norm(p.role).split(' ').includes(head) && (!best || p.salience > best.salience)) best = p;
      }
      return best;
    },
    recentPeople(offset, limit = 5) {
      const out: Participant[] = [];
      for (let i = mentions.length - 1; i >= 0 && out.length < limit; i--) {
        const m = mentions[i];
        if (m.start < offset && m.p.type === 'person' && !out.includes(m.p)) out.push(m.p);
      }
      return out;
    },
  };
}
