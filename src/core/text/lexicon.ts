import { type LangPack, lines, memoByPack } from '../lang/pack';

export interface TextLexicon {
  /** Abbreviations always followed by a name ("Mr", "Gen"). */
  titleAbbrevs: Set<string>;
  /** Abbreviations that rarely end a sentence ("U.S", "etc", "Inc"). */
  anyAbbrevs: Set<string>;
  /** Abbreviations that do not end a sentence before a number ("Jan", "No"). */
  numberAbbrevs: Set<string>;
  /** Function words, lower-cased. */
  stopwords: Set<string>;
  /** Elided words written before an apostrophe ("l", "d", "qu"): the abbreviations file's [elision]. */
  elisions: Set<string>;
  /** Words after which "2." is an ordinal, not a sentence end ("am 2. Oktober"), lower-cased. */
  afterOrdinal: Set<string>;
}

/** Parses a sectioned list file: `[section]` headers, then one entry a line. */
export function sections(pack: LangPack, name: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current = '';
  for (const line of lines(pack, name)) {
    const m = /^\[([a-z-]+)\]$/.exec(line);
    if (m) {
      current = m[1];
      continue;
    }
    let list = out.get(current);
    if (!list) out.set(current, (list = []));
    list.push(line);
  }
  return out;
}

export const textLexicon = memoByPack((pack): TextLexicon => {
  const s = sections(pack, 'abbreviations');
  const set = (k: string) => new Set((s.get(k) ?? []).map((w) => w.toLowerCase()));
  return { titleAbbrevs: set('title'), anyAbbrevs: set('any'), numberAbbrevs: set('before-number'), elisions: set('elision'), stopwords: new Set(lines(pack, 'stopwords').map((w) => w.toLowerCase())), afterOrdinal: set('after-ordinal') };
});
