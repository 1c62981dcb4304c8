import { type LangPack, lines, memoByPack } from '../lang/pack';
import { sections, textLexicon } from '../text/lexicon';

export interface SummaryLexicon {
  /** Matches a sentence that starts with a page-furniture phrase ("Sign up", "Read more"). */
  boilerStarts: RegExp;
  /** Matches a page-furniture phrase anywhere ("contributed to this report"). */
  boilerContains: RegExp;
  /** Words that say nothing about what a story is about: stop words plus news-common words. */
  ignore: Set<string>;
}

export const summaryLexicon = memoByPack((pack: LangPack): SummaryLexicon => {
  const s = sections(pack, 'summary-boilerplate');
  // Alternations of literal phrases: linear, no backtracking. A list that is empty never matches.
  const alt = (k: string) => (s.get(k) ?? []).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '(?!)';
  const ignore = new Set(textLexicon(pack).stopwords);
  for (const w of lines(pack, 'summary-common-words')) ignore.add(w.toLowerCase());
  return { boilerStarts: new RegExp(`^(?:${alt('starts')})`, 'i'), boilerContains: new RegExp(alt('contains'), 'i'), ignore };
});
