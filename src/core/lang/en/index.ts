// The English pack: this file only maps data file names to their contents.
import type { LangPack } from '../pack';
import abbreviations from './abbreviations.txt';
import profile from './profile.txt';
import quoteCues from './quote-cues.txt';
import quoteGrammar from './quote-grammar.txt';
import quoteVerbs from './quote-verbs.txt';
import quoteVerbForms from './quote-verb-forms.txt';
import stopwords from './stopwords.txt';
import figureCues from './figure-cues.txt';
import figureCurrencies from './figure-currencies.txt';
import figureDates from './figure-dates.txt';
import figureIdioms from './figure-idioms.txt';
import figureNumbers from './figure-numbers.txt';
import figureStarters from './figure-starters.txt';
import figureUnits from './figure-units.txt';
import participantsCommonWords from './participants-common-words.txt';
import participantsDemonyms from './participants-demonyms.txt';
import participantsFirstNames from './participants-first-names.txt';
import participantsGrammar from './participants-grammar.txt';
import participantsMiscWords from './participants-misc-words.txt';
import participantsNameParts from './participants-name-parts.txt';
import participantsOrgs from './participants-orgs.txt';
import participantsOrgsKnown from './participants-orgs-known.txt';
import participantsPlaces from './participants-places.txt';
import participantsPlacesExtra from './participants-places-extra.txt';
import participantsSurnames from './participants-surnames.txt';
import participantsTitles from './participants-titles.txt';
import summaryBoilerplate from './summary-boilerplate.txt';
import summaryCommonWords from './summary-common-words.txt';
import summaryCues from './summary-cues.txt';

export const en: LangPack = {
  code: 'en',
  files: {
    abbreviations,
    profile,
    stopwords,
    'figure-cues': figureCues,
    'figure-currencies': figureCurrencies,
    'figure-dates': figureDates,
    'figure-idioms': figureIdioms,
    'figure-numbers': figureNumbers,
    'figure-starters': figureStarters,
    'figure-units': figureUnits,
    'participants-common-words': participantsCommonWords,
    'participants-demonyms': participantsDemonyms,
    'participants-first-names': participantsFirstNames,
    'participants-grammar': participantsGrammar,
    'participants-misc-words': participantsMiscWords,
    'participants-name-parts': participantsNameParts,
    'participants-orgs': participantsOrgs,
    'participants-orgs-known': participantsOrgsKnown,
    'participants-places': participantsPlaces,
    'participants-places-extra': participantsPlacesExtra,
    'participants-surnames': participantsSurnames,
    'participants-titles': participantsTitles,
    'summary-boilerplate': summaryBoilerplate,
    'summary-common-words': summaryCommonWords,
    'summary-cues': summaryCues,
    'quote-verbs': quoteVerbs,
    'quote-cues': quoteCues,
    'quote-grammar': quoteGrammar,
    'quote-verb-forms': quoteVerbForms,
  },
};
