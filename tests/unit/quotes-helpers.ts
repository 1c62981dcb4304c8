// Shared helpers for the quote tests: a participant index built by hand for a text, so that the
// quote engine's speaker resolution is tested apart from the participants engine.
import { en } from '../../src/core/lang/en';
import { buildParticipantIndex, type ParticipantIndex } from '../../src/core/participants/participant-index';
import { findQuotes } from '../../src/core/quotes';
import { buildDoc } from '../../src/core/text/document';
import type { Participant, Quote, Span } from '../../src/core/types';

export interface Person {
  name: string;
  aliases?: string[];
  role?: string;
  gender?: 'male' | 'female';
  country?: string;
  type?: Participant['type'];
}

/** Every whole-word occurrence of the name or its aliases, longest first, without overlaps. */
function mentionsOf(text: string, names: string[]): Span[] {
  const out: Span[] = [];
  const taken = (a: number, b: number) => out.some((m) => a < m.end && b > m.start);
  for (const n of [...names].sort((a, b) => b.length - a.length)) {
    let i = text.indexOf(n);
    while (i >= 0) {
      const before = text[i - 1] ?? ' ';
      const after = text[i + n.length] ?? ' ';
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after) && !taken(i, i + n.length)) out.push({ text: n, start: i, end: i + n.length });
      i = text.indexOf(n, i + 1);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function indexFor(text: string, people: Person[]): ParticipantIndex {
  const participants: Participant[] = people.map((p, i) => ({
    id: `p${i}`,
    name: p.name,
    type: p.type ?? 'person',
    role: p.role ?? null,
    gender: p.gender ?? null,
    country: p.country ?? null,
    aliases: p.aliases ?? [],
    mentions: mentionsOf(text, [p.name, ...(p.aliases ?? [])]),
    salience: people.length - i,
  }));
  return buildParticipantIndex(participants);
}

export function quotesOf(text: string, people: Person[] = []): Quote[] {
  return findQuotes(buildDoc(text, en), indexFor(text, people));
}

/** The quote whose text contains `fragment`. */
export function quoteWith(quotes: Quote[], fragment: string): Quote | undefined {
  return quotes.find((q) => q.text.includes(fragment));
}
