import type { AnalysisResult } from '../../core/types';
import { isListed } from '../../core/figures/listed';
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
    keySentences: on.sentences ? result.keySentences.slice(0, settings.summaryLength) : [],
    quotes: on.quotes ? result.quotes.filter((q) => settings.quotes === 'all' || q.direct) : [],
    participants: on.participants ? result.participants : [],
    figures: on.figures ? result.figures.filter(isListed) : [],
  };
}
