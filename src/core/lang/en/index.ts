// The English pack: this file only maps data file names to their contents.
import type { LangPack } from '../pack';
import abbreviations from './abbreviations.txt';
import quoteCues from './quote-cues.txt';
import quoteVerbs from './quote-verbs.txt';
import stopwords from './stopwords.txt';

export const en: LangPack = {
  code: 'en',
  files: {
    abbreviations,
    stopwords,
    'quote-verbs': quoteVerbs,
    'quote-cues': quoteCues,
  },
};
