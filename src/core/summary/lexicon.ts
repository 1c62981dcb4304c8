import { type LangPack, lines, memoByPack } from '../lang/pack';
import { sections, textLexicon } from '../text/lexicon';

export interface SummaryLexicon {
  /** Lower-cased phrases that mark a sentence as page furniture when it starts with them. */
  boilerStarts: string[];
  /** Lower-cased phrases that mark a sentence as page furniture wherever they occur. */
  boilerContains: string[];
  /** Words that say nothing about what a story is about: stop words plus news-common words. */
  ignore: Set<string>;
}

export const summaryLexicon = memoByPack((pack: LangPack): SummaryLexicon => {
  const s = sections(pack, 'summary-boilerplate');
  const low = (k: string) => (s.get(k) ?? []).map((w) => w.toLowerCase());
  const ignore = new Set(textLexicon(pack).stopwords);
  for (const w of lines(pack, 'summary-common-words')) ignore.add(w.toLowerCase());
  return { boilerStarts: low('starts'), boilerContains: low('contains'), ignore };
});
