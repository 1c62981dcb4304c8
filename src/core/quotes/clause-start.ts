import type { Cues } from './attribute';
import { opensClause } from './clause-end';
import type { QTok } from './tokens';

/**
 * Words that open an adverbial before a main clause ("After saying …, the man …", "As caucusing
 * got under way, voters …", "Despite the scare, …", "To secure the release, …").
 */
export const FRONTING = new Set(['after', 'before', 'as', 'while', 'when', 'whenever', 'since', 'until', 'if', 'unless', 'although', 'though', 'because', 'once', 'despite', 'to', 'with', 'without', 'by', 'in', 'on', 'at', 'among', 'amid', 'during', 'following', 'having', 'for', 'from', 'under', 'over', 'through', 'throughout', 'upon', 'whether', 'where', 'aside']);
/** Prepositions among them: a fronted phrase needs no comma when a subject follows ("In February he raised …"). */
const PREPOSITIONS = new Set(['with', 'without', 'by', 'in', 'on', 'at', 'among', 'amid', 'during', 'for', 'from', 'under', 'over', 'through', 'throughout', 'upon']);
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'he', 'she', 'they', 'it']);
/** Connectives that may open a reported clause ("But the plan failed, he said"). */
const CONNECTIVES = new Set(['but', 'and', 'so', 'yet', 'or', 'still', 'also', 'now', 'then', 'meanwhile', 'however', 'instead', 'indeed', 'just', 'even']);
const DASHES = new Set(['—', '–', '―', '-']);

function isFronting(t: QTok | undefined): boolean {
  return !!t && t.kind === 'word' && t.quote < 0 && FRONTING.has(t.lower);
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

/**
 * Where the reported clause before a cue starts, within [floor, end): past a dateline, past a
 * colon or semicolon, past a fronted adverbial that a comma closes ("In Iowa, the race is
 * tight, he said"), or -1 when the stretch is only an adverbial or a phrase, with no clause
 * ("As caucusing got under way, voters weighed in", "DESPITE ZIKA SCARE, PARTY GOES ON").
 */
export function clauseStartBefore(toks: readonly QTok[], cues: Cues, floor: number, end: number): number {
  const s = clauseFloor(toks, floor, end);
  let f = s;
  while (f < end && toks[f].quote < 0 && (CONNECTIVES.has(toks[f].lower) || (f > s && toks[f].text === ','))) f++;
  if (isFronting(toks[f])) {
    // A fronted adverbial must be closed by a comma and followed by a clause.
    let found = -1;
    for (let k = f + 1; k < end - 1; k++) {
      const t = toks[k];
      if (t.quote < 0 && t.kind === 'punct' && t.text === ',' && opensClause(toks, k + 1, end, cues)) {
        found = k + 1;
        break;
      }
    }
    if (found < 0 && PREPOSITIONS.has(toks[f].lower)) {
      for (let k = f + 1; k < end - 1 && found < 0; k++) if (toks[k].quote < 0 && SUBJECT_PRONOUNS.has(toks[k].lower) && toks[k + 1].kind === 'word') found = k;
    }
    if (found < 0) return -1;
    // "But in Iowa, the race …": the clause keeps its opening words, which the corpus includes.
  }
  return s;
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

/**
 * The words in [s, end) are only an adverbial: "Still", "Six months ago", "In both cases",
 * "With Nusra fighters playing a more dominant role", "As the crowd cheered".
 */
export function adverbialOnly(toks: readonly QTok[], s: number, end: number): boolean {
  let f = s;
  while (f < end && toks[f].quote < 0 && (CONNECTIVES.has(toks[f].lower) || toks[f].kind === 'punct')) f++;
  if (f >= end) return true;
  if (isFronting(toks[f])) return true;
  const last = toks[end - 1];
  if (last && (last.lower === 'ago' || last.lower === 'later' || last.lower === 'earlier')) return true;
  return end - f === 1 && toks[f].lower.endsWith('ly');
}

/**
 * Whether the cue at `vi` sits inside an adverbial that opens the sentence ("After saying he was
 * nervous, the man …", "While critics argue that …, Obama has …"): its clause then ends at the
 * comma that closes the adverbial.
 */
export function inFrontedAdverbial(toks: readonly QTok[], floor: number, vi: number): boolean {
  let s = pastDateline(toks, floor, vi);
  if (toks[s]?.lower === 'just' || toks[s]?.lower === 'even') s++;
  const t = toks[s];
  if (!t || t.quote >= 0 || t.kind !== 'word') return false;
  if (!['after', 'before', 'while', 'when', 'since', 'until', 'if', 'although', 'though', 'because', 'once', 'whereas', 'having', 'despite', 'as'].includes(t.lower) && !(t.lower === 'in' && toks[s + 1]?.lower === 'addition')) return false;
  for (let k = s + 1; k < vi; k++) if (toks[k].quote < 0 && toks[k].kind === 'punct' && toks[k].text === ',') return false;
  return true;
}

/** The first comma outside quotes in [start, limit), or `limit`. */
export function firstComma(toks: readonly QTok[], start: number, limit: number): number {
  for (let k = start + 1; k < limit; k++) if (toks[k].quote < 0 && toks[k].kind === 'punct' && toks[k].text === ',') return k;
  return limit;
}
