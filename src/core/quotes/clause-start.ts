import type { Cues } from './attribute';
import { opensClause } from './clause-end';
import type { QuoteLexicon } from './lexicon';
import type { QTok } from './tokens';

const DASHES = new Set(['—', '–', '―', '-']);

function isFronting(t: QTok | undefined, lex: QuoteLexicon): boolean {
  return !!t && t.kind === 'word' && t.quote < 0 && lex.g.fronting.has(t.lower);
}

/** One past a dateline at the sentence start ("WASHINGTON (AP) —", "PARIS —"), or `floor`. */
function pastDateline(toks: readonly QTok[], floor: number, end: number): number {
  for (let k = floor; k < end && k < floor + 8; k++) {
    const t = toks[k];
    if (t.quote >= 0) return floor;
    if (t.kind === 'punct' && DASHES.has(t.text)) {
      // Only capitals, commas and parentheses before the dash.
      for (let j = floor; j < k; j++) {
        const u = toks[j];
        if (u.kind === 'word' && u.text !== u.text.toUpperCase()) return floor;
      }
      return k + 1;
    }
  }
  return floor;
}

/** The start of the words before a cue: past a dateline, and past a colon or semicolon. */
export function clauseFloor(toks: readonly QTok[], floor: number, end: number): number {
  const s = pastDateline(toks, floor, end);
  for (let k = end - 1; k > s; k--) {
    const t = toks[k];
    if (t.quote < 0 && t.kind === 'punct' && (t.text === ':' || t.text === ';')) return k + 1;
  }
  return s;
}

/** Past connectives that may open a clause ("But", "And yet,"). */
function pastConnectives(toks: readonly QTok[], s: number, end: number, lex: QuoteLexicon): number {
  let f = s;
  while (f < end && toks[f].quote < 0 && (lex.g.connectives.has(toks[f].lower) || (f > s && toks[f].text === ','))) f++;
  return f;
}

/**
 * Where the reported clause before a cue starts, within [floor, end): past a dateline, a colon
 * or a semicolon; or -1 when the stretch is only an adverbial, with no clause ("As caucusing got
 * under way, voters weighed in", "DESPITE ZIKA SCARE, PARTY GOES ON"). A fronted adverbial is
 * kept when a comma closes it and a clause follows ("In Iowa, the race is tight, he said"), or,
 * for a prepositional phrase, when a subject pronoun follows ("In February he raised …").
 */
export function clauseStartBefore(toks: readonly QTok[], cues: Cues, floor: number, end: number): number {
  const lex = cues.lex;
  const s = clauseFloor(toks, floor, end);
  const f = pastConnectives(toks, s, end, lex);
  if (!isFronting(toks[f], lex)) return s;
  for (let k = f + 1; k < end - 1; k++) {
    const t = toks[k];
    if (t.quote < 0 && t.kind === 'punct' && t.text === ',' && opensClause(toks, k + 1, end, cues)) return s;
  }
  if (lex.g.frontingPrepositions.has(toks[f].lower)) {
    for (let k = f + 1; k < end - 1; k++) if (toks[k].quote < 0 && lex.g.subjectPronouns.has(toks[k].lower) && toks[k + 1].kind === 'word') return s;
  }
  return -1;
}

/**
 * The words in [s, end) are only an adverbial: "Still", "Six months ago", "In both cases",
 * "With Nusra fighters playing a more dominant role", "As the crowd cheered".
 */
export function adverbialOnly(toks: readonly QTok[], s: number, end: number, lex: QuoteLexicon): boolean {
  let f = s;
  while (f < end && toks[f].quote < 0 && (lex.g.connectives.has(toks[f].lower) || toks[f].kind === 'punct')) f++;
  if (f >= end) return true;
  if (isFronting(toks[f], lex)) return true;
  const last = toks[end - 1];
  if (last && lex.g.adverbialEnders.has(last.lower)) return true;
  return end - f === 1 && toks[f].lower.length > 4 && lex.g.adverbSuffix.some((x) => toks[f].lower.endsWith(x));
}

/**
 * Whether the cue at `vi` sits inside an adverbial that opens the sentence ("After saying he was
 * nervous, the man …", "While critics argue that …, Obama has …"): its clause then ends at the
 * comma that closes the adverbial.
 */
export function inFrontedAdverbial(toks: readonly QTok[], floor: number, vi: number, lex: QuoteLexicon): boolean {
  let s = pastDateline(toks, floor, vi);
  while (s < vi && toks[s].quote < 0 && lex.g.connectives.has(toks[s].lower)) s++;
  const t = toks[s];
  if (!t || t.quote >= 0 || t.kind !== 'word') return false;
  // "After saying …", "In addition to stating that …"
  const opener = lex.g.frontedOpeners.has(t.lower) || lex.g.frontedOpeners.has(`${t.lower} ${toks[s + 1]?.lower ?? ''}`);
  if (!opener) return false;
  for (let k = s + 1; k < vi; k++) if (toks[k].quote < 0 && toks[k].kind === 'punct' && toks[k].text === ',') return false;
  return true;
}

/** The first comma outside quotes in (start, limit), or `limit`. */
export function firstComma(toks: readonly QTok[], start: number, limit: number): number {
  for (let k = start + 1; k < limit; k++) if (toks[k].quote < 0 && toks[k].kind === 'punct' && toks[k].text === ',') return k;
  return limit;
}
