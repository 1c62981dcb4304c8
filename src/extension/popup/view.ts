import type { AnalysisResult, KeySentence } from '../../core/types';
import { isListed } from '../../core/figures/listed';
import { distinctQuotes } from '../../core/quotes/distinct';
import type { Settings } from '../settings';

/**
 * What the reader chose to see of a result: the popup renders it, and "Copy as Markdown" and
 * "Download JSON" export it. The worker always computes the longest summary, so a change of
 * settings never needs a new analysis.
 */
export function viewOf(result: AnalysisResult, settings: Settings): AnalysisResult {
  const on = settings.sections;
  return {
    ...result,
    keySentences: on.sentences ? bestOf(result.keySentences, settings.summaryLength) : [],
    quotes: on.quotes ? distinctQuotes(result.quotes.filter((q) => settings.quotes === 'all' || q.direct)) : [],
    participants: on.participants ? result.participants : [],
    figures: on.figures ? result.figures.filter(isListed) : [],
  };
}

/**
 * The `n` key sentences chosen first, in reading order. The worker asks for the longest summary;
 * a shorter one is its first picks, not its first sentences. Results cached before `rank` existed
 * keep reading order.
 */
export function bestOf(sentences: readonly KeySentence[], n: number): KeySentence[] {
  if (sentences.length <= n) return sentences.slice();
  const order = sentences.map((s, i) => ({ s, i, r: s.rank ?? i }));
  const best = order.sort((a, b) => a.r - b.r || a.i - b.i).slice(0, Math.max(0, n));
  return best.sort((a, b) => a.i - b.i).map((x) => x.s);
}
