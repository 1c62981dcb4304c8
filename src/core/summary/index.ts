import { mmrSelect } from '../rank/mmr';
import type { TextDoc } from '../text/document';
import type { Figure, KeySentence, Participant, Quote, ScoreComponents } from '../types';
import { sentenceSignals, type SentenceSignals } from './features';
import { summaryLexicon } from './lexicon';
import { sentenceTerms, termSimilarity } from './terms';
import { DEFAULT_WEIGHTS, type SummaryWeights } from './weights';

export interface Findings {
  participants: Participant[];
  quotes: Quote[];
  figures: Figure[];
}

export interface SummaryOptions {
  /** The article's title, when known. */
  title?: string | null;
  /** Keep the score components on each key sentence. */
  debug?: boolean;
  /** Overrides of the default weights (used by the ablation script). */
  weights?: Partial<SummaryWeights>;
}

/** At most this many best-scored sentences go on to the redundancy step. */
const POOL = 60;
/**
 * Only the first this many sentences (a long book chapter) are read: the cost of the summary stays
 * bounded on huge texts, where the position prior leaves later sentences no chance anyway.
 */
export const MAX_SENTENCES = 2500;

/** Log-normal prior on the sentence's length in words: 1 at the target. */
export function lengthPrior(words: number, w: SummaryWeights): number {
  return Math.exp(-0.5 * (Math.log(words / w.lengthTarget) / w.lengthSpread) ** 2);
}

/** Scores every sentence; -Infinity for those never to be picked. */
function scoreSentences(doc: TextDoc, sig: SentenceSignals, w: SummaryWeights, withComponents: boolean): { scores: Float64Array; components: ScoreComponents[] } {
  const n = sig.words.length;
  const scores = new Float64Array(n);
  const components: ScoreComponents[] = [];
  let eligible = 0;
  for (let s = 0; s < n; s++) if (!sig.boilerplate[s] && sig.words[s] >= w.minWords) eligible++;
  const strict = eligible > 0;
  // Reading position: sentence rank, or in texts with paragraphs, paragraph rank plus a fraction per
  // earlier sentence of the same paragraph (only sentences that can be picked count).
  const byParagraph = doc.paragraphs.length >= 3;
  let rank = 0;
  let paragraphRank = -1;
  let lastParagraph = -1;
  let inParagraph = 0;
  for (let s = 0; s < n; s++) {
    const ok = sig.words[s] > 0 && (strict ? !sig.boilerplate[s] && sig.words[s] >= w.minWords : true);
    if (!ok) {
      scores[s] = -Infinity;
      if (withComponents) components.push({ excluded: 1 });
      continue;
    }
    const words = sig.words[s];
    const para = doc.sentences[s].paragraph;
    if (para !== lastParagraph) {
      lastParagraph = para;
      paragraphRank++;
      inParagraph = 0;
    }
    const r = byParagraph ? paragraphRank + w.inParagraph * inParagraph++ : rank;
    const position = w.position / (1 + r / w.positionScale);
    const centrality = w.centrality * sig.centrality[s];
    const title = w.title * sig.title[s];
    const participants = w.participants * Math.min(1, sig.names[s] / 4);
    const figures = w.figures * Math.min(1, sig.figures[s]);
    const emphasis = w.emphasis * Math.min(1, sig.emphasis[s]);
    const when = w.when * sig.when[s];
    const length = w.length * lengthPrior(words, w);
    const quote = -w.quotePenalty * sig.quoted[s];
    const dangling = -w.danglingPenalty * sig.dangling[s];
    const voice = -w.voicePenalty * sig.voice[s];
    rank++;
    scores[s] = position + centrality + title + participants + figures + emphasis + when + length + quote + dangling + voice;
    if (withComponents) components.push({ position, centrality, title, participants, figures, emphasis, when, length, quote, dangling, voice });
  }
  return { scores, components };
}

/**
 * Picks the key sentences: each sentence is scored on position, centrality, title overlap,
 * names and figures, length, and penalties (quotes, dangling openers, commentary voice,
 * boilerplate); then MMR removes redundancy. Returned in reading order; the first `count`
 * sentences of the story are the fallback when nothing else can be said.
 */
export function keySentences(doc: TextDoc, findings: Findings, count: number, options: SummaryOptions = {}): KeySentence[] {
  const k = Math.max(0, Math.min(Math.floor(count), doc.sentences.length));
  if (!k) return [];
  const lex = summaryLexicon(doc.pack);
  const w: SummaryWeights = { ...DEFAULT_WEIGHTS, ...lex.weights, ...options.weights };
  const terms = sentenceTerms(doc, lex, MAX_SENTENCES);
  const sig = sentenceSignals(doc, terms, lex, options.title, findings.participants ?? [], findings.figures ?? [], w);
  const { scores, components } = scoreSentences(doc, sig, w, !!options.debug);
  // Keep the best POOL for the redundancy step.
  let pool = Array.from(scores.keys()).filter((s) => scores[s] !== -Infinity);
  if (pool.length > POOL) pool = pool.sort((a, b) => scores[b] - scores[a]).slice(0, POOL);
  const poolScores = pool.map((s) => scores[s]);
  const similarity = termSimilarity(terms);
  const picked = mmrSelect(poolScores, k, (a, b) => similarity(pool[a], pool[b]), w.redundancy, w.duplicate).map((i) => pool[i]);
  // A word budget (a pack's setting, for three key sentences; scaled to the count asked for): picks,
  // best first, until one would overflow it.
  if (w.summaryWords > 0) picked.length = withinBudget(picked, sig.words, (w.summaryWords * k) / 3);
  const rank = new Map(picked.map((s, i) => [s, i]));
  picked.sort((a, b) => a - b);
  return picked.map((s) => {
    const sent = doc.sentences[s];
    const start = sig.start[s];
    const out: KeySentence = { text: doc.text.slice(start, sent.end), start, end: sent.end, sentence: s, score: round(scores[s]), rank: rank.get(s) };
    if (options.debug) out.components = Object.fromEntries(Object.entries(components[s]).map(([key, v]) => [key, round(v)]));
    return out;
  });
}

/** How many of `picked` (best first) fit in `budget` words; the first always does. */
export function withinBudget(picked: readonly number[], words: ArrayLike<number>, budget: number): number {
  let total = 0;
  for (let i = 0; i < picked.length; i++) {
    total += words[picked[i]];
    if (i > 0 && total > budget) return i;
  }
  return picked.length;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
