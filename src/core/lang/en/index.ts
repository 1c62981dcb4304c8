// The English pack: this file only maps data file names to their contents.
import type { LangPack } from '../pack';
import abbreviations from './abbreviations.txt';
import stopwords from './stopwords.txt';
import figureCues from './figure-cues.txt';
import figureCurrencies from './figure-currencies.txt';
import figureDates from './figure-dates.txt';
import figureIdioms from './figure-idioms.txt';
import figureNumbers from './figure-numbers.txt';
import figureUnits from './figure-units.txt';

export const en: LangPack = {
  code: 'en',
  files: {
    abbreviations,
    stopwords,
    'figure-cues': figureCues,
    'figure-currencies': figureCurrencies,
    'figure-dates': figureDates,
    'figure-idioms': figureIdioms,
    'figure-numbers': figureNumbers,
    'figure-units': figureUnits,
  },
};
