/**
 * How the sentence signals combine. Every weight multiplies a signal scaled to about [0, 1];
 * penalties are subtracted. The ablation script (scripts/ablate-summary.mjs) turns each one off
 * in turn to show what it earns.
 */
import type { CentralityShape } from './centrality';

export interface SummaryWeights extends CentralityShape {
  /** Reading position: 1 for the first sentence of the story, falling as 1 / (1 + rank / positionScale). */
  position: number;
  positionScale: number;
  /** Shares words with the rest of the story (term-frequency centroid). */
  centrality: number;
  /** Shares words with the title. */
  title: number;
  /** Names people, organisations and places. */
  participants: number;
  /** Holds figures. */
  figures: number;
  /** Holds a word that flags what matters ("notably"). */
  emphasis: number;
  /** Dates the event with a [when] word of summary-cues.txt ("mardi"), as a news lead does. */
  when: number;
  /** In texts with paragraphs, the position rank is the paragraph's plus this much per earlier sentence of the paragraph. */
  inParagraph: number;
  /** Log-normal length prior centred on `lengthTarget` words, of width `lengthSpread` (log units). */
  length: number;
  lengthTarget: number;
  lengthSpread: number;
  /** Share of the sentence inside quote marks. */
  quotePenalty: number;
  /** Opens on a pronoun or a connective that needs the previous sentence ("He", "But"). */
  danglingPenalty: number;
  /** A question, or first person outside quotes: commentary rather than news. */
  voicePenalty: number;
  /** Redundancy: MMR trade-off against the similarity to sentences already picked. */
  redundancy: number;
  /** Sentences at least this similar (cosine of content words) to a picked one are never picked. */
  duplicate: number;
  /** Sentences shorter than this (in words) are never picked, unless nothing else is left. */
  minWords: number;
  /**
   * Word budget of a three-sentence summary, scaled to the count asked for (0: no limit): the picks,
   * best first, stop before the one that would overflow it; the first is always kept.
   */
  summaryWords: number;
}

export const DEFAULT_WEIGHTS: SummaryWeights = {
  position: 1,
  positionScale: 2,
  centrality: 0.5,
  centralityNorm: 0.5,
  centralityBackward: 1,
  title: 0.25,
  participants: 0.1,
  figures: 0.5,
  emphasis: 0.5,
  when: 0,
  inParagraph: 0.5,
  length: 0.3,
  lengthTarget: 14,
  lengthSpread: 0.6,
  quotePenalty: 0.3,
  danglingPenalty: 0.15,
  voicePenalty: 0.15,
  redundancy: 0.3,
  duplicate: 0.6,
  minWords: 5,
  summaryWords: 0,
};
