import { shapeOf } from './casing';
import type { NameScanner } from './chunks';
import type { Mention } from './mentions';

/** What an apposition after a name says: "Putin, 71," / "Li Qiang — China's number two official —". */
export interface Apposition {
  role?: string;
  /** What the role's head noun describes: a person ("editor") or an organisation ("company"). */
  kind?: 'person' | 'organization';
  age?: number;
  /** The place a demonym or possessive in the apposition points to. */
  place?: string;
}

const OPEN = /^\s*(?:,|—|–|--|\()\s*$/;
const CLOSE = /[,—–;:()]|--/;

/**
 * Reads the apposition right after mention `m`, bounded to 12 words: an age ("71"), or a role
 * phrase headed by a role noun ("a spokesman for the ministry", "China's number two official").
 */
export function appositionAfter(m: Mention, sc: NameScanner): Apposition | null {
  if (sc.appositions.has(m)) return sc.appositions.get(m) as Apposition | null;
  const app = readApposition(m, sc);
  sc.appositions.set(m, app);
  return app;
}

function readApposition(m: Mention, sc: NameScanner): Apposition | null {
  const { tokens, text } = sc.doc;
  const lex = sc.lex;
  const t0 = m.last + 1;
  if (t0 >= tokens.length || tokens[t0].sentence !== m.sentence) return null;
  if (/['’][sS]$/.test(tokens[m.last].text)) return null;
  const open = text.slice(m.end, tokens[t0].start);
  if (!OPEN.test(open)) return null;
  // "Putin, 71," / "Putin, 71, said"
  const first = tokens[t0];
  if (/^\d{1,3}$/.test(first.text)) {
    const after = text.slice(first.end, first.end + 2);
    const age = Number(first.text);
    if (age >= 1 && age <= 120 && /^(?:[,)]|\s*$|—|–)/.test(after)) return { age };
    return null;
  }
  const firstNorm = first.norm;
  const startsRight = lex.g.appositionDeterminers.has(firstNorm) || /['’]s$/i.test(first.text) || lex.demonyms.has(firstNorm) || lex.titleModifiers.has(firstNorm) || lex.roleNouns.has(firstNorm) || lex.titles.has(firstNorm);
  if (!startsRight) return null;
  let head = -1;
  let end = -1;
  let place: string | undefined;
  for (let t = t0; t < tokens.length && t < t0 + 12; t++) {
    const tok = tokens[t];
    if (tok.sentence !== m.sentence) break;
    if (t > t0 && CLOSE.test(text.slice(tokens[t - 1].end, tok.start))) break;
    if (lex.g.appositionVerbs.has(tok.norm)) return null;
    const n = sc.norm(t);
    if (lex.roleNouns.has(n) || lex.titles.has(n) || lex.orgDescriptors.has(n)) {
      if (head < 0 || t === head + 1 || shapeOf(tok.text) === 'lower') head = t;
    }
    if (!place) place = lex.demonyms.get(n) ?? (shapeOf(tok.text) !== 'lower' ? lex.places.get(n)?.name : undefined);
    end = t;
  }
  if (head < 0) return null;
  const headNorm = sc.norm(head);
  const kind = lex.roleNouns.has(headNorm) || lex.titles.has(headNorm) ? 'person' : 'organization';
  // The role runs to its head noun, plus a short "of/for/at X" complement.
  let stop = head;
  const prep = tokens[head + 1];
  if (prep && head + 1 <= end && lex.g.appositionPreps.has(prep.norm)) stop = end;
  const from = lex.g.appositionArticles.has(firstNorm) ? t0 + 1 : t0;
  if (from > stop) return null;
  return { role: text.slice(tokens[from].start, tokens[stop].end), place, kind };
}

const MALE = new Set(['he', 'him', 'his', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);

/**
 * Pronoun votes for gender after a person's mentions: he/his vs she/her in the rest of the
 * mention's sentence and the next one, counted only up to the next name (bounded window).
 */
export function pronounVotes(m: Mention, sc: NameScanner, nextMentionStart: number): { male: number; female: number } {
  const { tokens } = sc.doc;
  let male = 0;
  let female = 0;
  for (let t = m.last + 1; t < tokens.length && t < m.last + 40; t++) {
    const tok = tokens[t];
    if (tok.start >= nextMentionStart || tok.sentence > m.sentence + 1) break;
    if (MALE.has(tok.norm)) male++;
    else if (FEMALE.has(tok.norm)) female++;
  }
  return { male, female };
}
