import type { Span } from '../types';
import { type Attribution, type Cues, NO_ATTRIBUTION } from './attribute';
import type { MarkedSpan } from './marks';
import type { ResolvedSpeaker, SpeakerResolver } from './speaker';
import { precededBy, type QTok } from './tokens';

/** A direct quote before ranking: one or more marked spans ("A," he said, "B.") with one speaker. */
export interface DirectQuote {
  parts: Span[];
  start: number;
  end: number;
  paragraph: number;
  attribution: Attribution;
  speaker: ResolvedSpeaker;
  partial: boolean;
  /** Marked with single quotes at the top level. */
  single: boolean;
  /** Token range of the cue, for the output. */
  cue: string | null;
}

const NO_SPEAKER: ResolvedSpeaker = { speaker: null, id: null, mention: null, person: false, gender: null };

interface Item {
  span: MarkedSpan;
  oi: number;
  ci: number;
  last: number;
  att: Attribution;
  speaker: ResolvedSpeaker;
  partial: boolean;
}

/** Finds the speaker of every marked span, then merges split quotes. */
export function attributeDirect(text: string, spans: readonly MarkedSpan[], toks: readonly QTok[], cues: Cues, resolver: SpeakerResolver): DirectQuote[] {
  const n = spans.length;
  const openTok = new Array<number>(n).fill(-1);
  const closeTok = new Array<number>(n).fill(-1);
  const lastTok = new Array<number>(n).fill(-1);
  for (let k = 0; k < toks.length; k++) {
    const q = toks[k].quote;
    if (q < 0) continue;
    if (toks[k].kind === 'open') openTok[q] = k;
    else if (toks[k].kind === 'close') closeTok[q] = k;
    lastTok[q] = k;
  }
  const items: Item[] = [];
  for (let i = 0; i < n; i++) {
    const oi = openTok[i];
    if (oi < 0 || spans[i].end <= spans[i].start) continue;
    const ci = closeTok[i];
    let att: Attribution | null = ci >= 0 ? cues.after(ci) : null;
    const pre = cues.before(oi);
    if (!att || (pre && pre.how === 'before' && pre.phrase && att.how !== 'after')) att = pre ?? att;
    items.push({ span: spans[i], oi, ci, last: lastTok[i], att: att ?? NO_ATTRIBUTION, speaker: NO_SPEAKER, partial: false });
  }
  // Partial quotes: inside a sentence rather than standing as one.
  for (const it of items) {
    const prev = toks[it.oi - 1];
    const startsClause = !prev || prev.paragraph !== toks[it.oi].paragraph || cues.isBoundary(it.oi - 1) || prev.kind === 'close' || prev.text === ':' || it.att.how === 'before' || (prev.kind === 'punct' && prev.quote >= 0);
    // "According to Woodward, “The real estate world is more complex than the CIA,”": an introduction.
    const introduced = it.att.how === 'according' && !!it.att.phrase && it.att.cueStart < it.oi && it.att.phrase.end >= it.oi - 1 && (prev?.text === ',' || prev?.text === ':');
    it.partial = it.span.single || !(startsClause || introduced) || it.att.how === 'inside';
    // "HOW CHINA’S DECLINE AFFECTS THE WORLD “China’s slowdown is fostering … losses.”": whole
    // sentences in marks are a full quote wherever they stand.
    if (it.partial && !it.span.single && fullSentences(text, it.span)) it.partial = false;
  }
  // Speakers named by a cue, in reading order (pronouns refer back to earlier speakers).
  for (const it of items) if (it.att.phrase) it.speaker = resolver.resolve(it.att.phrase);
  // Quotes with no cue: a neighbour in the paragraph, a colon introduction, the previous
  // paragraph's quote (the paragraph convention), or the nearest reported speech before.
  const cued = (x: Item) => !!x.speaker.speaker && (x.att.how !== 'none');
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.speaker.speaker) continue;
    const para = it.span.paragraph;
    let src: Item | null = null;
    for (let j = i - 1; j >= 0 && j >= i - 8 && items[j].span.lastParagraph === para; j--) if (cued(items[j])) {
      src = items[j];
      break;
    }
    if (!src) for (let j = i + 1; j < items.length && j <= i + 4 && items[j].span.paragraph === para; j++) if (cued(items[j]) && !items[j].partial && items[j].att.phrase) {
      src = items[j];
      break;
    }
    if (!src) {
      const before = toks[it.oi - 1];
      const colon = before && before.text === ':' && before.quote < 0 ? cues.colonIntro(it.oi - 1) : null;
      if (colon) {
        it.att = colon;
        it.speaker = resolver.resolve(colon.phrase);
        continue;
      }
      const prev = items[i - 1];
      if (prev && prev.span.lastParagraph === para - 1 && cued(prev) && toks[it.oi - 1]?.paragraph !== para) src = prev;
    }
    if (src) {
      it.att = { how: src.span.lastParagraph === para ? 'neighbour' : 'paragraph', cueStart: src.att.cueStart, cueEnd: src.att.cueEnd, phrase: null };
      it.speaker = src.speaker;
      resolver.reuse(src.speaker, it.span.start, para);
      continue;
    }
    if (it.partial) continue;
    const near = cues.speechBefore(it.oi);
    if (near) {
      it.att = near;
      it.speaker = resolver.resolve(near.phrase);
    }
  }
  // Split quotes: "“A,” X said, “B.”" becomes one quote.
  const out: DirectQuote[] = [];
  for (let i = 0; i < items.length; i++) {
    const group = [items[i]];
    while (i + 1 < items.length && splitPair(text, toks, cues, group[group.length - 1], items[i + 1])) group.push(items[++i]);
    const head = group.find((g) => g.att.phrase) ?? group[0];
    const cue = head.att.cueStart >= 0 ? text.slice(toks[head.att.cueStart].start, toks[head.att.cueEnd - 1].end) : null;
    out.push({
      parts: group.map((g) => ({ text: text.slice(g.span.start, g.span.end), start: g.span.start, end: g.span.end })),
      start: group[0].span.start,
      end: group[group.length - 1].span.end,
      paragraph: group[0].span.paragraph,
      attribution: head.att,
      speaker: head.speaker,
      partial: group.every((g) => g.partial),
      single: group.every((g) => g.span.single),
      cue,
    });
  }
  return out;
}

/** Quoted words that are whole sentences: six words or more, a capital first, a full stop last. */
function fullSentences(text: string, span: MarkedSpan): boolean {
  const inner = text.slice(span.start, span.end).trim();
  if (!/^\p{Lu}/u.test(inner) || !/[.!?]["'”’]?$/.test(inner)) return false;
  return inner.split(/\s+/).length >= 6;
}

function countWords(toks: readonly QTok[], a: number, b: number): number {
  let n = 0;
  for (let k = a; k <= b && k < toks.length; k++) if (toks[k].kind === 'word') n++;
  return n;
}

/** Two marked spans that are one quote split by its cue. */
function splitPair(text: string, toks: readonly QTok[], cues: Cues, a: Item, b: Item): boolean {
  if (a.span.lastParagraph !== b.span.paragraph || a.partial || b.partial) return false;
  if (a.att.how !== 'after' && a.att.how !== 'before') return false;
  // "“We stayed,” Diaz wrote in his book, “A Long Way Home.”": the second is a title.
  if (precededBy(toks, b.oi, cues.lex.titleNouns)) return false;
  // The same cue on both sides: "“A,” he said, “B.”"
  if (b.att.cueStart === a.att.cueStart && b.att.cueStart >= 0) {
    let e = a.span.end;
    while (e > a.span.start && /\s/.test(text[e - 1])) e--;
    const last = text[e - 1];
    const lower = /^\s*\p{Ll}/u.test(b.span.end > b.span.start ? text.slice(b.span.start, b.span.start + 3) : '');
    if (last === ',' || last === '—' || last === '–' || lower) {
      // Only when nothing but the cue stands between them.
      const gap = b.oi - a.ci;
      return a.ci >= 0 && gap > 0 && gap <= 16 && countWords(toks, a.ci, b.oi) <= 12;
    }
  }
  return false;
}
