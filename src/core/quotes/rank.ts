import type { ParticipantIndex } from '../participants/participant-index';
import type { Quote } from '../types';

/** Lower-case words of a quote, for spotting repeats. */
function key(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Scores quotes so that the key ones come first: full quotes over partial fragments and reported
 * speech, substantive length, a named speaker who matters in the article; repeats and two-word
 * fragments are pushed down. Sorts in place and returns the array.
 */
export function rankQuotes(quotes: Quote[], index: ParticipantIndex): Quote[] {
  const maxSalience = index.participants.reduce((m, p) => Math.max(m, p.salience), 0) || 1;
  // How often each speaker speaks: the article's main voices.
  const voice = new Map<string, number>();
  for (const q of quotes) if (q.speaker) voice.set(q.speaker, (voice.get(q.speaker) ?? 0) + 1);
  const maxVoice = Math.max(1, ...voice.values());
  const seen = new Map<string, number>();
  const last = quotes.reduce((m, q) => Math.max(m, q.end), 1);
  const byId = new Map(index.participants.map((p) => [p.id, p]));
  for (const q of [...quotes].sort((a, b) => a.start - b.start)) {
    const k = key(q.text);
    const words = k.split(' ').filter(Boolean).length;
    const c: Record<string, number> = {};
    c.kind = q.direct ? (q.partial ? 0.35 : 1) : 0.55;
    c.length = Math.min(1, Math.log2(1 + words) / Math.log2(30)) * 0.8;
    if (words <= 2) c.fragment = -0.8;
    else if (words <= 4) c.fragment = -0.35;
    if (words > 90) c.long = -0.2;
    const p = q.speakerId ? (byId.get(q.speakerId) ?? null) : null;
    c.speaker = !q.speaker ? -0.4 : p ? 0.2 + 0.3 * (p.salience / maxSalience) : 0.15;
    if (q.speaker) c.voice = 0.25 * ((voice.get(q.speaker) ?? 0) / maxVoice);
    c.position = 0.15 * (1 - q.start / last);
    const dup = seen.get(k);
    if (dup !== undefined) c.repeat = -1.5;
    else seen.set(k, q.start);
    q.components = c;
    q.score = Math.round(Object.values(c).reduce((a, b) => a + b, 0) * 1000) / 1000;
  }
  return quotes.sort((a, b) => b.score - a.score || a.start - b.start);
}
