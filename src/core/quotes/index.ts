import type { ParticipantIndex } from '../participants/participant-index';
import { sentenceAt, type TextDoc } from '../text/document';
import { textLexicon } from '../text/lexicon';
import type { Quote } from '../types';
import { Cues } from './attribute';
import { type ReportedFeatures, reportedConfidence, reportedFeatures } from './confidence';
import { attributeDirect } from './direct';
import { findReported } from './indirect';
import { quoteLexicon } from './lexicon';
import { scanMarks } from './marks';
import { rankQuotes } from './rank';
import { SpeakerResolver } from './speaker';
import { quoteTokens } from './tokens';

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
  lex: ReturnType<typeof quoteLexicon>;
  direct: ReturnType<typeof attributeDirect>;
  reported: ReportedCandidate[];
}

function prepare(doc: TextDoc, index: ParticipantIndex): Prepared {
  const { text } = doc;
  const lex = quoteLexicon(doc.pack);
  const tl = textLexicon(doc.pack);
  const abbrevs = new Set([...tl.titleAbbrevs, ...tl.anyAbbrevs, ...tl.numberAbbrevs]);
  const spans = scanMarks(text, doc.paragraphs);
  const toks = quoteTokens(text, doc.paragraphs, spans, abbrevs, lex.g.inversionPronouns);
  const cues = new Cues(toks, lex);
  const resolver = new SpeakerResolver(text, toks, index, lex);
  const direct = attributeDirect(text, spans, toks, cues, resolver);
  const used = new Set<number>();
  for (const d of direct) if (d.attribution.cueStart >= 0 && ['after', 'before', 'colon'].includes(d.attribution.how)) for (let k = d.attribution.cueStart; k < d.attribution.cueEnd; k++) used.add(k);
  const reported = findReported(toks, cues, used).map((r): ReportedCandidate => {
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
  return { text, lex, direct, reported };
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

function run(doc: TextDoc, index: ParticipantIndex, options: QuoteOptions): Quote[] {
  const { text, lex, direct, reported: all } = prepare(doc, index);
  const reported = all.filter((c) => options.allReported || c.confidence >= REPORTED_MIN_CONFIDENCE).map((c) => c.quote);
  // A fragment in marks with no speech around it is a title or a scare quote, not a quote; a
  // fragment inside a reported clause is shown there (mixed speech).
  // Both lists are in text order and clauses do not overlap: one pointer walks the clauses.
  let ri = 0;
  const inClause = (d: { start: number; end: number }) => {
    while (ri < reported.length && reported[ri].end < d.end) ri++;
    return ri < reported.length && reported[ri].start <= d.start;
  };
  const kept = direct.filter((d) => {
    if (d.partial && (!d.speaker.speaker || inClause(d))) return false;
    // Titles of books, shows and songs ("ABC’s “Good Morning America”"), unless a cue stands beside them.
    if (looksLikeTitle(d.parts, lex.g.smallWords) && (d.partial || !['after', 'before', 'colon'].includes(d.attribution.how))) return false;
    return true;
  });
  const quotes: Quote[] = kept.map((d) => ({
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
  }));
  return rankQuotes([...quotes, ...reported], index);
}
