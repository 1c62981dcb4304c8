// The English pack: this file only maps data file names to their contents.
import type { LangPack } from '../pack';
import abbreviations from './abbreviations.txt';
import stopwords from './stopwords.txt';
import summaryBoilerplate from './summary-boilerplate.txt';
import summaryCommonWords from './summary-common-words.txt';
import summaryCues from './summary-cues.txt';

export const en: LangPack = {
  code: 'en',
  files: {
    abbreviations,
    stopwords,
    'summary-boilerplate': summaryBoilerplate,
    'summary-common-words': summaryCommonWords,
    'summary-cues': summaryCues,
  },
};
