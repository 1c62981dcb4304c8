import { shapeOf } from './casing';
import type { NameScanner } from './chunks';
import type { Mention } from './mentions';

/**
 * A lower-case role written before a name, within its sentence: "Russian leader Vladimir Putin",
 * "state broadcaster CCTV", "striker Alan Shearer", "China's foreign minister Wang Yi".
 * Sets `role` and `roleKind` on the mention when there is one.
 */
export function addRoleBefore(m: Mention, sc: NameScanner): void {
  if (m.role) return;
  const { tokens, text } = sc.doc;
  const lex = sc.lex;
  const t = m.first - 1;
  if (t < 0 || tokens[t].sentence !== m.sentence || !sc.joins(t)) return;
  const head = tokens[t].norm;
  let kind: Mention['roleKind'];
  if (lex.orgDescriptors.has(head) && !lex.roleNouns.has(head)) kind = 'descriptor';
  else if (lex.roleNouns.has(head) || lex.titles.has(head) || lex.kin.has(head)) kind = 'role';
  else return;
  if (shapeOf(tokens[t].text) !== 'lower') return;
  // Walk back over modifiers, demonyms and a possessive place ("China's").
  let from = t;
  for (let k = t - 1; k >= 0 && k > t - 5; k--) {
    const tok = tokens[k];
    if (tok.sentence !== m.sentence || !sc.joins(k)) break;
    const n = sc.norm(k);
    if (lex.titleModifiers.has(n) || lex.demonyms.has(n) || lex.roleNouns.has(n) || (sc.isPossessive(k) && shapeOf(tok.text) !== 'lower')) from = k;
    else break;
  }
  m.role = text.slice(tokens[from].start, tokens[t].end);
  m.roleKind = kind;
  if (!m.demonymPlace) {
    for (let k = from; k <= t; k++) {
      const place = lex.demonyms.get(sc.norm(k)) ?? lex.places.get(sc.norm(k))?.name;
      if (place) {
        m.demonymPlace = place;
        break;
      }
    }
  }
}

export interface Evidence {
  PER: number;
  ORG: number;
  LOC: number;
}

const LOC_PREPS = new Set(['in', 'at', 'near', 'from', 'into', 'across', 'outside', 'inside', 'throughout', 'to', 'toward', 'towards', 'via', 'around']);
const SPEECH = new Set(['said', 'says', 'told', 'added', 'asked', 'stated', 'declared', 'insisted', 'noted', 'warned', 'argued', 'explained', 'wrote', 'tweeted', 'thinks', 'believes', 'wants']);
const PERSON_VERBS = new Set(['who', 'whose', 'himself', 'herself']);

/** Type evidence from the mention's own words and its neighbours. */
export function localEvidence(m: Mention, sc: NameScanner): Evidence {
  const lex = sc.lex;
  const { tokens, text } = sc.doc;
  const ev: Evidence = { PER: 0, ORG: 0, LOC: 0 };
  const words = m.words;
  const key = words.join(' ');
  const lastW = words[words.length - 1];
  const firstW = words[0];
  const n = words.length;
  const place = lex.places.get(key) ?? lex.places.get(key.replace(/^st /, 'saint '));
  if (lex.knownOrgs.has(key)) ev.ORG += 6;
  if (place) ev.LOC += place.kind === 'country' || place.kind === 'continent' ? 5 : place.kind === 'city' ? 3.5 : 3;
  if (n >= 2 && lex.orgSuffixes.has(lastW)) ev.ORG += 5;
  if (n >= 2 && lex.orgHeads.has(lastW)) ev.ORG += 4;
  if (n >= 2 && lex.sportsHeads.has(lastW)) ev.ORG += 3;
  if (n >= 2 && lex.placeHeads.has(lastW)) ev.LOC += 3;
  if (n >= 2 && lex.placeBeforeHeads.has(firstW)) ev.LOC += 2;
  const ofAt = words.indexOf('of');
  if (ofAt > 0) {
    const head = words[ofAt - 1];
    if (lex.orgHeads.has(head)) ev.ORG += 4;
    else if (lex.ofHeads.has(head) || lex.placeHeads.has(head)) ev.LOC += 3;
  }
  if (n === 1 && lex.orgHeads.has(firstW)) ev.ORG += 1;
  // People: titles, honorifics, first names.
  if (m.roleKind === 'title' || m.roleKind === 'honorific') ev.PER += 6;
  else if (m.roleKind === 'role') ev.PER += 3;
  else if (m.roleKind === 'descriptor') ev.ORG += 4;
  const firstName = lex.firstNames.has(firstW);
  if (n >= 2 && firstName && !place) ev.PER += lex.common.has(firstW) ? 2 : 3;
  if (n === 1 && firstName) ev.PER += 0.5;
  if (n >= 2 && lex.surnames.has(lastW)) ev.PER += 1;
  if (n === 1 && lex.surnames.has(firstW)) ev.PER += 0.5;
  if (n >= 2 && n <= 4 && !place && ev.ORG === 0 && ev.LOC === 0) ev.PER += 1;
  const token = tokens[m.first].text;
  const acronym = n === 1 && shapeOf(token) === 'upper' && token.length <= 6 && !m.caps;
  if (acronym && !place) ev.ORG += 2;
  if (m.demonymPlace && !m.role) ev.PER += 1;
  // Neighbours.
  const prev = m.first > 0 && tokens[m.first - 1].sentence === m.sentence && sc.joins(m.first - 1) ? tokens[m.first - 1].norm : '';
  const next = m.last + 1 < tokens.length && tokens[m.last + 1].sentence === m.sentence ? tokens[m.last + 1] : null;
  const gapAfter = next ? text.slice(m.end, next.start) : '';
  if (LOC_PREPS.has(prev)) {
    ev.LOC += 1.5;
    ev.ORG += 0.3;
  }
  if (prev === 'the') {
    ev.PER -= 2;
    ev.ORG += 1;
  }
  if (next && gapAfter === '-' && next.norm === 'based') ev.LOC += 3;
  if (next && /^\s+$/.test(gapAfter) && SPEECH.has(next.norm)) {
    ev.PER += 1;
    ev.ORG += 0.3;
  }
  if (next && /^,\s*$/.test(gapAfter) && PERSON_VERBS.has(next.norm)) ev.PER += 1.5;
  if (next && /^,\s*$/.test(gapAfter) && /^\d{1,2}$/.test(next.text) && text[next.end] === ',') ev.PER += 2;
  if (next && /^,\s*$/.test(gapAfter)) {
    const after = lex.places.get(next.norm);
    if (after && (after.kind === 'country' || after.kind === 'region') && !place) ev.LOC += 2;
  }
  const possessive = /['’][sS]$/.test(tokens[m.last].text);
  if (possessive && next && (lex.roleNouns.has(next.norm) || lex.titles.has(next.norm) || lex.titleModifiers.has(next.norm))) {
    ev.ORG += 0.5;
    ev.LOC += 0.5;
  }
  return ev;
}
