import type { ParticipantIndex } from '../participants/participant-index';
import { sentenceAt, type TextDoc } from '../text/document';
import { memoByPack } from '../lang/pack';
import { textLexicon } from '../text/lexicon';
import type { Quote } from '../types';
import { Cues } from './attribute';
import { type ReportedFeatures, reportedConfidence, reportedFeatures } from './confidence';
import { attributeDirect } from './direct';
import { colonName, compoundPart, listedName, namedBy, speechFragment, verbsName } from './fragments';
import { findReported } from './indirect';
import { governedClauses } from './mixed';
import { quoteLexicon } from './lexicon';
import { scanMarks } from './marks';
import { rankQuotes } from './rank';
import { SpeakerResolver } from './speaker';
import { precededBy, type QTok, quoteTokens, tokenAt } from './tokens';

/** Finds direct and reported speech, with speakers resolved against the participants. */
export function findQuotes(doc: TextDoc, participants: ParticipantIndex, options: QuoteOptions = {}): Quote[] {
  try {
    return run(doc, participants, options);
  } catch {
    return [];
  }
}

/** Title Case words, as in the name of a book, a show or a song, rather than speech. */
export function looksLikeTitle(parts: readonly { text: string }[], smallWords: ReadonlySet<string>): boolean {
  if (parts.length !== 1) return false;
  const words = parts[0].text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
  if (!words.length || words.length > 12) return false;
  if (words.length === 1) return /^\p{Lu}/u.test(words[0]) && !/[.!?]$/.test(parts[0].text.trim()) ? true : false;
  const content = words.filter((w) => !smallWords.has(w.toLowerCase()));
  if (content.length < 2) return false;
  const caps = content.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return caps / content.length >= 0.8;
}

/** Options of the quote engine. */
export interface QuoteOptions {
  /** Keep reported speech the engine is not confident about (default: only the confident ones). */
  allReported?: boolean;
}

/** A reported clause as a quote, with the construction that found it and how sure the engine is. */
export interface ReportedCandidate {
  quote: Quote;
  form: string;
  confidence: number;
  features: ReportedFeatures;
}

interface Prepared {
  text: string;
  toks: QTok[];
  lex: ReturnType<typeof quoteLexicon>;
  cues: Cues;
  resolver: SpeakerResolver;
  direct: ReturnType<typeof attributeDirect>;
  reported: ReportedCandidate[];
}

/** Abbreviations that keep their dot as a token ("Sen.", "No."), per pack. */
const quoteAbbrevs = memoByPack((pack) => {
  const tl = textLexicon(pack);
  return new Set([...tl.titleAbbrevs, ...tl.anyAbbrevs, ...tl.numberAbbrevs]);
});

function prepare(doc: TextDoc, index: ParticipantIndex): Prepared {
  const { text } = doc;
  const lex = quoteLexicon(doc.pack);
  const abbrevs = quoteAbbrevs(doc.pack);
  const spans = scanMarks(text, doc.paragraphs);
  const toks = quoteTokens(text, doc.paragraphs, spans, abbrevs, lex.g.inversionPronouns, doc.tokens);
  const cues = new Cues(toks, lex);
  const resolver = new SpeakerResolver(text, toks, index, lex);
  const direct = attributeDirect(text, spans, toks, cues, resolver);
  const used = new Set<number>();
  for (const d of direct) {
    const a = d.attribution;
    if (a.cueStart < 0 || !['after', 'before', 'colon'].includes(a.how)) continue;
    // "“… soft.” He says referees are …": after a quote that ends its sentence, the cue may report
    // a clause of its own, which the reported-speech rules may still read.
    if (a.how === 'after' && /[.!?]\s*$/.test(text.slice(d.start, d.end))) continue;
    for (let k = a.cueStart; k < a.cueEnd; k++) used.add(k);
  }
  const found = findReported(toks, cues, used);
  const clauses = [...found, ...governedClauses(direct, found, toks, cues)].sort((a, b) => a.start - b.start);
  const reported = clauses.map((r): ReportedCandidate => {
    const start = toks[r.start].start;
    const end = toks[r.end - 1].end;
    const who = resolver.resolve(r.attribution.phrase);
    const a = r.attribution;
    const features = reportedFeatures(toks, cues, r, who);
    const confidence = reportedConfidence(features);
    const quote: Quote = {
      text: text.slice(start, end),
      start,
      end,
      speaker: who.speaker,
      speakerMention: who.mention,
      speakerId: who.id,
      cue: a.cueStart >= 0 ? text.slice(toks[a.cueStart].start, toks[a.cueEnd - 1].end) : null,
      direct: false,
      partial: false,
      ...(r.mixed ? { mixed: true } : {}),
      ...(r.parts ? { parts: r.parts.map(([a, b]) => ({ text: text.slice(toks[a].start, toks[b - 1].end), start: toks[a].start, end: toks[b - 1].end })) } : {}),
      sentence: Math.max(0, sentenceAt(doc, start)),
      score: 0,
      confidence,
    };
    return { quote, form: r.form ?? '', confidence, features };
  });
  return { text, toks, lex, cues, resolver, direct, reported };
}

/** Every reported clause the engine finds, confident or not (for error analysis and options). */
export function reportedCandidates(doc: TextDoc, index: ParticipantIndex): ReportedCandidate[] {
  try {
    return prepare(doc, index).reported;
  } catch {
    return [];
  }
}

/** Reported speech below this confidence is left out unless asked for. */
export const REPORTED_MIN_CONFIDENCE = 0.5;

/** Why a marked span is left out of the quotes, or null when it is kept. */
export type DirectVerdict = null | 'no-speaker' | 'fragment' | 'in-clause' | 'title';

/**
 * Direct quotes and what becomes of each: a fragment in marks with no speech around it is a
 * title or a scare quote, not a quote; a fragment inside a reported clause is shown there (mixed
 * speech), even a clause not confident enough to be shown.
 */
function directVerdicts(p: Prepared): { d: Prepared['direct'][number]; verdict: DirectVerdict }[] {
  const clauses = p.reported.map((c) => c.quote);
  // Both lists are in text order and clauses do not overlap: one pointer walks the clauses.
  let ri = 0;
  const inClause = (d: { start: number; end: number }) => {
    while (ri < clauses.length && clauses[ri].end < d.end) ri++;
    return ri < clauses.length && clauses[ri].start <= d.start;
  };
  // Where the language's press marks quoted fragments as quotes of their own (the pack's
  // quoted-fragments flag: German), a fragment stands beside its clause.
  const fragments = p.lex.g.flags.has('quoted-fragments');
  return p.direct.map((d) => {
    let verdict: DirectVerdict = null;
    const shown = after(p, d.start, p.lex.displayCues);
    // "Kasich: ‘We Are Going To Go All The Way.’": a headline's quote after its speaker and a colon.
    const headline = d.attribution.how === 'colon' && d.attribution.cueStart === d.attribution.cueEnd - 1 && p.toks[d.attribution.cueStart]?.text === ':';
    // A fragment its sentence reports as speech (fragments.ts) is a quote, with or without a speaker.
    // The first part of a compound ("die „Save Our Sharks“-Kampagne"), words beside their speech verb
    // ("Wie „netzwelt aktuell“ berichtet") or after a naming noun ("die Sendung „kassensturz“") are a name.
    const named = fragments && (compoundPart(p.text, d) || verbsName(p.toks, p.cues, d) || namedBy(p.toks, tokenAt(p.toks, d.start) - 1, p.lex.titleNouns) || listedName(p.toks, p.cues, d));
    const said = fragments && d.partial && !shown && !named && speechFragment(p.toks, p.cues, d, inClause(d));
    if (named) verdict = 'title';
    else if (said) {
      if (!d.speaker.speaker) fragmentSpeaker(p, d);
    }
    // (Where fragments are quotes, one of three words or more inside reported speech stands without a speaker too.)
    else if (d.partial && !d.speaker.speaker && !shown && !(fragments && inClause(d) && wordCount(d.parts) >= 3)) verdict = 'no-speaker';
    // "an “awful” job", "the “establishment”": one or two words in marks inside a sentence are the
    // writer's scare quotes, not a quote of their own, unless the speech verb of their sentence
    // stands a few words before ("Merkel told her “dear colleague” Macron", "She warned against
    // “reckless” spending cuts").
    else if (d.partial && !shown && !headline && wordCount(d.parts) <= 2 && !governed(p, d)) verdict = 'fragment';
    else if (d.partial && inClause(d) && !fragments) verdict = 'in-clause';
    else if (fragments && !d.partial && colonName(p.toks, p.cues, d)) verdict = 'title';
    // Titles of books, shows and songs ("ABC’s “Good Morning America”"), unless a cue stands beside them.
    else if (!headline && !shown && looksLikeTitle(d.parts, p.lex.g.smallWords) && (d.partial || !['after', 'before', 'colon'].includes(d.attribution.how) || after(p, d.start, p.lex.titleNouns))) verdict = 'title';
    return { d, verdict };
  });
}

/**
 * A quoted fragment with no cue of its own: the subject of a speech verb later in its sentence
 * ("…, habe ihr einen „Ruck“ verpasst, sagte Jane Greaves"), else the speaker of the nearest
 * speech before it (same paragraph or the one before).
 */
function fragmentSpeaker(p: Prepared, d: Prepared['direct'][number]): void {
  const later = p.cues.speechLater(tokenAt(p.toks, d.end));
  const near = later ?? p.cues.speechBefore(tokenAt(p.toks, d.start) - 1);
  if (!near) return;
  d.attribution = near;
  d.speaker = p.resolver.resolve(near.phrase);
}

/** A speech verb of the quote's own sentence, at most six words before its opening mark. */
function governed(p: Prepared, d: Prepared['direct'][number]): boolean {
  const a = d.attribution;
  if (a.how !== 'inside' || a.cueEnd <= 0) return false;
  const oi = tokenAt(p.toks, d.start) - 1;
  if (oi < a.cueEnd || oi - a.cueEnd > 12) return false;
  let words = 0;
  for (let k = a.cueEnd; k < oi; k++) if (p.toks[k].kind === 'word') words++;
  return words <= 6;
}

function wordCount(parts: readonly { text: string }[]): number {
  let n = 0;
  for (const p of parts) n += p.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return n;
}

/**
 * Quoted words right after one of the cue words (one or two words, a comma or colon between
 * allowed): display cues for words shown, chanted or named rather than scare-quoted ("a sign that
 * read “15%!”", "an ad titled “Scam.”", "chanting “Dump Trump.”"), title nouns for the name of a
 * work ("her 2015 memoir, “Plenty Ladylike.”").
 */
function after(p: Prepared, start: number, cues: ReadonlySet<string>): boolean {
  return precededBy(p.toks, tokenAt(p.toks, start) - 1, cues);
}

/** Every marked span with the verdict on it (for error analysis). */
export function directCandidates(doc: TextDoc, index: ParticipantIndex): { quote: Quote; verdict: DirectVerdict; how: string }[] {
  try {
    const p = prepare(doc, index);
    return directVerdicts(p).map(({ d, verdict }) => ({ quote: directQuote(doc, p.text, d), verdict, how: d.attribution.how }));
  } catch {
    return [];
  }
}

function directQuote(doc: TextDoc, text: string, d: Prepared['direct'][number]): Quote {
  return {
    text: text.slice(d.start, d.end),
    start: d.start,
    end: d.end,
    speaker: d.speaker.speaker,
    speakerMention: d.speaker.mention,
    speakerId: d.speaker.id,
    cue: d.cue,
    direct: true,
    partial: d.partial,
    sentence: Math.max(0, sentenceAt(doc, d.start)),
    score: 0,
    ...(d.parts.length > 1 ? { parts: d.parts } : {}),
  };
}

function run(doc: TextDoc, index: ParticipantIndex, options: QuoteOptions): Quote[] {
  const p = prepare(doc, index);
  const reported = p.reported.filter((c) => options.allReported || c.confidence >= REPORTED_MIN_CONFIDENCE).map((c) => c.quote);
  const quotes = directVerdicts(p).filter((x) => !x.verdict).map((x) => directQuote(doc, p.text, x.d));
  return rankQuotes([...quotes, ...withoutQuoted(reported, quotes)], index);
}

/**
 * Reported clauses that are a full direct quote found again ("According to X, “…”" is both): the
 * direct quote stays. Both lists are in text order; one pointer walks the direct quotes.
 */
function withoutQuoted(reported: Quote[], direct: readonly Quote[]): Quote[] {
  const full = direct.filter((d) => !d.partial);
  let k = 0;
  return reported.filter((r) => {
    while (k < full.length && full[k].end < r.start) k++;
    const d = full[k];
    return !(d && r.start <= d.start && d.start - r.start <= 2);
  });
}
