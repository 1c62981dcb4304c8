import type { ParticipantIndex } from '../participants/participant-index';
import { sentenceAt, type TextDoc } from '../text/document';
import { textLexicon } from '../text/lexicon';
import type { Quote } from '../types';
import { Cues } from './attribute';
import { attributeDirect } from './direct';
import { quoteLexicon } from './lexicon';
import { scanMarks } from './marks';
import { rankQuotes } from './rank';
import { SpeakerResolver } from './speaker';
import { quoteTokens } from './tokens';

/** Finds direct and reported speech, with speakers resolved against the participants. */
export function findQuotes(doc: TextDoc, participants: ParticipantIndex): Quote[] {
  try {
    return run(doc, participants);
  } catch {
    return [];
  }
}

function run(doc: TextDoc, index: ParticipantIndex): Quote[] {
  const { text } = doc;
  const lex = quoteLexicon(doc.pack);
  const tl = textLexicon(doc.pack);
  const abbrevs = new Set([...tl.titleAbbrevs, ...tl.anyAbbrevs, ...tl.numberAbbrevs]);
  const spans = scanMarks(text, doc.paragraphs);
  const toks = quoteTokens(text, doc.paragraphs, spans, abbrevs);
  const cues = new Cues(toks, lex);
  const resolver = new SpeakerResolver(text, toks, index, lex);
  const direct = attributeDirect(text, spans, toks, cues, resolver);
  // A fragment in marks with no speech around it is a title or a scare quote, not a quote.
  const kept = direct.filter((d) => !(d.partial && !d.speaker.speaker));
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
  return rankQuotes(quotes, index);
}
