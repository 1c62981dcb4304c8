import { appositionAfter } from './appositions';
import { endsWithAny, inflectedPlace, isCommon, nonNameSuffix, placeCompound, shapeOf, vocabularyNoun } from './casing';
import type { NameScanner } from './chunks';
import { placeOf } from './lexicon';
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
  // Where nouns are capitalised, the role is too, and often a compound ("Elektrokonzern Siemens").
  const nouns = lex.g.nounsCapitalised && sc.shape(t) === 'title';
  const bare = nouns && lex.g.genitiveS && head.endsWith('s') ? head.slice(0, -1) : head;
  const has = (words: Set<string>) => (nouns ? endsWithAny(head, words) || endsWithAny(bare, words) : words.has(head));
  let kind: Mention['roleKind'];
  if (has(lex.orgDescriptors) && !lex.roleNouns.has(head)) kind = 'descriptor';
  else if (lex.roleNouns.has(head) || lex.titles.has(head) || lex.kin.has(head)) kind = 'role';
  else return;
  if (sc.shape(t) !== 'lower' && !nouns) return;
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

const MIXED = /^(?!Mc|Mac|O'|O’|De|Di|Da|La|Le|Van|Von|Al-|El-)\p{Lu}\p{Ll}+\p{Lu}/u;
const WS_ONLY = /^[ \t]+$/;

/** What one mention says about its entity's type. */
export interface MentionEvidence {
  /** From the name's own words (counted once per entity and name). */
  name: Evidence;
  /** From the neighbours (summed over mentions). */
  context: Evidence;
  /** In a sports result ("Leicestershire 296", "Middlesex beat Hampshire"). */
  team: boolean;
  /** The place of a dateline ("NEW YORK 1996-08-31", "BEIJING:"). */
  dateline?: boolean;
}

/** Type evidence from the mention's own words and from its neighbours. */
export function localEvidence(m: Mention, sc: NameScanner): MentionEvidence {
  const lex = sc.lex;
  const { tokens, text } = sc.doc;
  const ev: Evidence = { PER: 0, ORG: 0, LOC: 0 };
  const cx: Evidence = { PER: 0, ORG: 0, LOC: 0 };
  let team = false;
  let dateline = false;
  const words = m.words;
  const key = words.join(' ');
  const lastW = words[words.length - 1];
  const firstW = words[0];
  const n = words.length;
  // "Hessens", "Italiens": a place's genitive, where names take "-s" with no apostrophe.
  const place = placeOf(lex, key) ?? inflectedPlace(key, lex);
  if (lex.knownOrgs.has(key)) ev.ORG += 6;
  if (place) ev.LOC += place.kind === 'country' || place.kind === 'continent' ? 5 : place.kind === 'city' ? 3.5 : 3;
  // A known place keeps its type whatever its last word ("West Bank", "Gaza Strip").
  if (n >= 2 && lex.orgSuffixes.has(lastW) && !place) ev.ORG += 5;
  if (n >= 2 && lex.orgHeads.has(lastW) && !place) ev.ORG += 4;
  if (n >= 2 && lex.sportsHeads.has(lastW)) ev.ORG += 3;
  // "FC Bayern", "MSV Duisburg": a club's letters before its town, where nouns are capitalised.
  if (n >= 2 && lex.g.nounsCapitalised && lex.sportsHeads.has(firstW)) ev.ORG += 3;
  if (n >= 2 && lex.placeHeads.has(lastW)) ev.LOC += 3;
  if (n >= 2 && lex.placeBeforeHeads.has(firstW)) ev.LOC += 2;
  const ofAt = words.findIndex((w) => lex.g.of.has(w));
  if (ofAt > 0) {
    const head = words[ofAt - 1];
    if (lex.orgHeads.has(head)) ev.ORG += 4;
    else if (lex.ofHeads.has(head) || lex.placeHeads.has(head)) ev.LOC += 3;
  }
  if (n === 1 && lex.orgHeads.has(firstW)) ev.ORG += 1;
  // "Institut für Politikwissenschaft": an organisation's head (or a compound ending in one) before "für".
  const forAt = lex.g.nounsCapitalised ? words.findIndex((w) => lex.g.for.has(w)) : -1;
  if (forAt > 0 && endsWithAny(words[forAt - 1], lex.orgHeads)) ev.ORG += 4;
  // People: titles, honorifics, first names.
  if (m.roleKind === 'title' || m.roleKind === 'honorific') cx.PER += 6;
  else if (m.roleKind === 'role') cx.PER += 3;
  else if (m.roleKind === 'descriptor') cx.ORG += 4;
  if (m.owner) cx.ORG += 2;
  // A first name that is also an ordinary word ("Mike", "Will") is weaker evidence; one that is
  // mostly a place or a title word ("West", "Port", "Major", "Paris") is none.
  const anyFirst = lex.firstNames.has(firstW) && !lex.notFirstNames.has(firstW) && !lex.titles.has(firstW) && !lex.titleModifiers.has(firstW) && !placeOf(lex, firstW);
  const firstName = anyFirst;
  // "P. Simmons", "George W. Bush", "T.O'Gorman": initials make a person.
  const initialled = ((n >= 2 && /^\p{Lu}\.?$/u.test(tokens[m.first].text) && sc.takesDot(m.first)) || /^(?:\p{Lu}\.)+\p{Lu}['’]?\p{Lu}?\p{Ll}/u.test(tokens[m.first].text)) && !place;
  if (initialled) ev.PER += 4;
  const headed = lex.orgHeads.has(lastW) || lex.orgSuffixes.has(lastW) || lex.sportsHeads.has(lastW) || lex.placeHeads.has(lastW);
  const ordinary = words.some((w, i) => isCommon(w, lex) && !lex.surnames.has(w) && !lex.particles.has(w) && !(i === 0 && firstName));
  if (n >= 2 && firstName && !place && !headed) ev.PER += isCommon(firstW, lex) ? 2 : 3;
  // A lone word that is also an ordinary one ("Park", "Shell", "Fax") gets nothing from name lists.
  const loneOrdinary = n === 1 && isCommon(firstW, lex);
  if (n === 1 && firstName && !loneOrdinary) ev.PER += 0.5;
  if (n >= 2 && lex.surnames.has(lastW)) ev.PER += 1;
  if (n === 1 && lex.surnames.has(firstW) && !loneOrdinary) ev.PER += 0.5;
  if (n >= 2 && n <= 4 && !place && ev.ORG === 0 && ev.LOC === 0 && !headed) {
    // People's names are rarely made of ordinary words ("Red Star", "Johnson Controls", "Gold Fields").
    if (ordinary && !firstName) ev.ORG += 1;
    else ev.PER += 1;
  }
  // "NationsBank", "KeyCorp", "BellSouth": capitals inside a word (but "McCague", "O'Neill", "DeLay").
  if (words.some((_, i) => MIXED.test(tokens[m.first + i]?.text ?? '')) && !m.roleKind) ev.ORG += 1.5;
  if (n === 1 && /shire$/.test(firstW)) ev.LOC += 2;
  if (n === 1 && placeCompound(firstW, lex)) ev.LOC += 3;
  const token = tokens[m.first].text;
  const form = sc.profile.form.get(firstW);
  const acronym = n === 1 && sc.shape(m.first) === 'upper' && token.length <= 6 && (!m.caps || (form !== undefined && shapeOf(form) === 'upper'));
  if (acronym && !place) ev.ORG += 2;
  if (m.demonymPlace && !m.role && !ordinary) cx.PER += 1;
  // Neighbours.
  const prevTok = m.first > 0 && tokens[m.first - 1].sentence === m.sentence ? tokens[m.first - 1] : null;
  const prev = m.first > 0 && tokens[m.first - 1].sentence === m.sentence && sc.joins(m.first - 1) ? tokens[m.first - 1].norm : '';
  const next = m.last + 1 < tokens.length && tokens[m.last + 1].sentence === m.sentence ? tokens[m.last + 1] : null;
  const gapAfter = next ? text.slice(m.end, next.start) : '';
  // "the town of Chatelet", "the province of Yunnan"; "Jiangsu province", "Mindanao island".
  const prev2 = m.first > 1 && tokens[m.first - 2].sentence === m.sentence ? tokens[m.first - 2].norm : '';
  if (lex.g.of.has(prev) && lex.g.placeNouns.has(prev2)) cx.LOC += 3;
  if (next && WS_ONLY.test(gapAfter) && lex.g.placeNouns.has(next.norm) && shapeOf(next.text) === 'lower') cx.LOC += 2.5;
  // "Igor Potapovich (Kazakstan)": a country in brackets after a name.
  // (Not a known organisation: "Córdoba (EFE)" is a news agency's credit.)
  if (/\(\s*$/.test(text.slice(Math.max(0, m.start - 3), m.start)) && text[m.end] === ')' && n <= 3 && !lex.knownOrgs.has(key)) cx.LOC += 1;
  // "in X" says place; "to X", "from X", "at X" less so ("spoke to Alan", "a pass from Karbacher").
  if (lex.g.locPreps.has(prev)) {
    cx.LOC += lex.g.locPrepsStrong.has(prev) ? 1.5 : 0.6;
    cx.ORG += 0.3;
  }
  // "sagte Schäuble", "erklärte Tesch": a lone name after a verb of saying (the pack's [person-before]).
  if (lex.g.personBefore.has(prev)) cx.PER += 2;
  if (lex.g.nounsCapitalised && prevTok && m.first > 0 && sc.joins(m.first - 1) && shapeOf(prevTok.text) === 'title') {
    // "Landkreis Gersfeld", "Innovationsregion Ulm": a place noun (or a compound ending in one) before it.
    const p = prevTok.norm;
    for (const x of lex.g.placeNouns) if (p.endsWith(x)) { cx.LOC += 2.5; break; }
  }
  // "Merkels Glaubwürdigkeit": a name in the genitive before a noun is a person's more often than not.
  if (lex.g.genitiveS && !place && n <= 3 && lastW.length > 3 && lastW.endsWith('s')) {
    const bare = lastW.slice(0, -1);
    if (lex.surnames.has(bare) || (n === 1 && lex.firstNames.has(bare))) ev.PER += 1.5;
    // (Not an adjective's "-es" before its noun: "Erklärtes Ziel".)
    if (!bare.endsWith('e') && next && WS_ONLY.test(gapAfter) && shapeOf(next.text) === 'title' && (vocabularyNoun(next.norm, lex) || nonNameSuffix(next.norm, lex))) cx.PER += 1;
  }
  if (m.personBefore) cx.PER += 2;
  else if (lex.g.definite.has(prev)) {
    cx.PER -= 2;
    cx.ORG += 1;
  }
  if (sc.suffixCut(m.last) > 0 && /-based$/i.test(tokens[m.last].text)) cx.LOC += 3;
  if (next && /^\s+$/.test(gapAfter) && lex.g.speech.has(next.norm)) {
    cx.PER += 1;
    cx.ORG += 0.3;
  }
  if (next && /^,\s*$/.test(gapAfter) && lex.g.personWords.has(next.norm)) cx.PER += 1.5;
  if (next && /^,\s*$/.test(gapAfter) && /^\d{1,2}$/.test(next.text) && text[next.end] === ',') cx.PER += 2;
  if (next && /^,\s*$/.test(gapAfter)) {
    const after = lex.places.get(next.norm);
    if (after && (after.kind === 'country' || after.kind === 'region') && !place) cx.LOC += 2;
  }
  // Datelines: "LONDON 1996-08-30", "BEIJING:", "MILWAUKEE, Wisconsin 1996-08-29".
  const lineStart = !prevTok || /\n/.test(text.slice(prevTok.end, m.start));
  if (lineStart && (m.caps || sc.shape(m.first) === 'upper')) {
    if (next && (/^\d{4}-\d\d-\d\d$/.test(next.text) || lex.g.datelineMonths.has(next.norm) || (/^[:,]/.test(gapAfter) && m.first === sc.doc.sentenceTokenStart[m.sentence]))) {
      cx.LOC += 3;
      dateline = true;
    }
  }
  // Sports results: "Leicestershire 296", "Cambridge United 0 Cardiff 2", "Middlesex beat Hampshire".
  const national = place && (place.kind === 'country' || place.kind === 'continent');
  const athlete = m.roleKind === 'title' || m.roleKind === 'honorific' || (n >= 2 && firstName && !headed) || initialled;
  if (!national && !athlete) {
    // A score, not a time or a decimal ("1:25", "5.80").
    const score = next && WS_ONLY.test(gapAfter) && /^\d{1,3}(?:-\d{1,2})?$/.test(next.text) && !/^[:.]\d/.test(text.slice(next.end, next.end + 2));
    const afterScore = prevTok && /^\d+$/.test(prevTok.text) && WS_ONLY.test(text.slice(prevTok.end, m.start));
    if (score && (lineStart || afterScore || m.initial)) {
      cx.ORG += 5;
      team = true;
    }
    if (lex.g.teamVerbs.has(next?.norm ?? '') && WS_ONLY.test(gapAfter)) {
      cx.ORG += 2;
      team = true;
    }
    if (lex.g.versus.has(prev)) {
      cx.ORG += 3;
      team = true;
    }
  }
  // Cricket scorecards and athletics results: "c Knight b Hollioake", "Mullally 6-0-30-1",
  // "Igor Potapovich (Kazakstan) 5.80".
  if (/^[bc]$/.test(prev) && sc.shape(m.first - 1) === 'lower') cx.PER += 3;
  if (next && WS_ONLY.test(gapAfter) && /^\d+(?:\.\d)?-\d+-\d+-\d+$/.test(next.text)) cx.PER += 3;
  const close = next && /^\s*\($/.test(gapAfter) ? text.slice(next.end, next.end + 30).indexOf(')') : -1;
  if (next && close >= 0) {
    const closeAt = next.end + close;
    const inside = placeOf(lex, text.slice(next.start, closeAt).toLowerCase());
    if (inside && inside.kind === 'country') {
      // A team's score ("(Russia) 92-90 (halftime", "(Germany) 75 Red Star"), not tennis sets
      // ("(U.S.) 6-0 6-2") nor a time or a distance ("(Kazakstan) 5.80").
      const tail = text.slice(closeAt + 1, closeAt + 16);
      if (/^\s+\d+(?:-\d+)?(?=\s*(?:\n|$|\(|,|;)|\s\p{Lu})/u.test(tail)) {
        cx.ORG += 3;
        team = true;
      } else if (!national) cx.PER += 2;
    }
  }
  // "Douglas & Lomason"; "Ericsson spokesman", "Jones common stock"; "Surrey captain Chris Lewis".
  if (n >= 2 && /&/.test(m.text)) cx.ORG += 3;
  const afterWord = next && /^\s+$|^['’]s\s+$/.test(gapAfter) ? next.norm : '';
  const possessiveGap = /['’][sS]$/.test(tokens[m.last].text);
  const follow = possessiveGap ? (next ? next.norm : '') : afterWord;
  if (follow && lex.orgAfter.has(follow)) cx.ORG += 2;
  if (follow === 'common' && tokens[m.last + 2]?.norm === 'stock') cx.ORG += 2;
  if (follow && lex.sportsRoles.has(follow) && !national && !athlete) {
    cx.ORG += 4;
    team = true;
  }
  // "Hen Vipheak, former editor of ...", "Comelf, a state engineering company,".
  const app = appositionAfter(m, sc);
  if (app?.kind === 'person') cx.PER += 2;
  else if (app?.kind === 'organization') cx.ORG += 2;
  const possessive = /['’][sS]$/.test(tokens[m.last].text);
  if (possessive && next && (lex.roleNouns.has(next.norm) || lex.titles.has(next.norm) || lex.titleModifiers.has(next.norm))) {
    cx.ORG += 0.5;
    cx.LOC += 0.5;
  }
  return { name: ev, context: cx, team, dateline };
}
