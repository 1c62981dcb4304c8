import type { TextDoc } from '../text/document';
import type { SummaryLexicon } from './lexicon';

/** Word classes of a token, as bits (one lexicon lookup per distinct word of a document). */
export const FIRST_PERSON = 1;
export const WHEN = 2;
export const EMPHASIS = 4;
export const DANGLING = 8;
export const BOILER_TRIGGER = 16;
export const IGNORED = 32;

function wordFlags(norm: string, lex: SummaryLexicon): number {
  let f = 0;
  if (lex.firstPerson.has(norm)) f |= FIRST_PERSON;
  if (lex.when.has(norm)) f |= WHEN;
  if (lex.dangling.has(norm)) f |= DANGLING;
  if (lex.emphasis.has(norm)) f |= EMPHASIS;
  if (lex.boilerTriggers.has(norm)) f |= BOILER_TRIGGER;
  if (lex.ignore.has(norm)) f |= IGNORED;
  return f;
}

/** What a word is to the summary: its class bits and its term key (null: no term). */
interface WordInfo {
  flags: number;
  key: string | null;
}

/**
 * Per lexicon, built once: the class bits and fold of every word of its lists, so that a word
 * costs one lookup here (and a stem when it is in no list), not one per list.
 */
const listed = new WeakMap<SummaryLexicon, Map<string, { flags: number; fold: string | undefined }>>();

function listedWords(lex: SummaryLexicon): Map<string, { flags: number; fold: string | undefined }> {
  let table = listed.get(lex);
  if (table) return table;
  table = new Map();
  for (const list of [lex.firstPerson, lex.when, lex.dangling, lex.emphasis, lex.boilerTriggers, lex.ignore, lex.folds.keys()]) {
    for (const w of list) if (!table.has(w)) table.set(w, { flags: wordFlags(w, lex), fold: lex.folds.get(w) });
  }
  listed.set(lex, table);
  return table;
}

function wordInfo(norm: string, lex: SummaryLexicon, table: Map<string, { flags: number; fold: string | undefined }>): WordInfo {
  const hit = table.get(norm);
  const flags = hit ? hit.flags : 0;
  let key: string | null = null;
  if (norm.length > 1 && !(flags & IGNORED)) {
    const k = hit?.fold ?? stem(norm);
    if (!lex.ignore.has(k)) key = k;
  }
  return { flags, key };
}

/** The term a lower-cased word stands for (its fold or stem), or null for words that say nothing. */
export function termKey(norm: string, lex: SummaryLexicon): string | null {
  return wordInfo(norm, lex, listedWords(lex)).key;
}

/** Folds a lower-cased word to a crude stem so that "attacks" meets "attack" and "Libya's" meets "Libya". */
export function stem(norm: string): string {
  let w = norm;
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && /(?:ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

/** The content terms of every sentence as integer ids, deduplicated within a sentence, in one flat array. */
export interface SentenceTerms {
  /** Term ids of sentence s are ids[offsets[s]] .. ids[offsets[s + 1] - 1]. */
  ids: Int32Array;
  offsets: Int32Array;
  /** Number of sentences holding each term. */
  sentenceFreq: Int32Array;
  /** Term id of each stemmed word, for looking up outside words (e.g. the title's). */
  vocabulary: Map<string, number>;
  /** Word-class bits of every token of the document (see FIRST_PERSON...). */
  tokenFlags: Uint8Array;
}

/** One pass over the tokens of the first `limit` sentences; each distinct word is looked up and stemmed once. */
export function sentenceTerms(doc: TextDoc, lex: SummaryLexicon, limit = doc.sentences.length): SentenceTerms {
  const vocabulary = new Map<string, number>();
  const table = listedWords(lex);
  // word type (doc.types) -> (term id + 1) * 64 + word-class bits, or -1 before it is read
  const byType = new Int32Array(doc.types.length).fill(-1);
  const tokenFlags = new Uint8Array(doc.sentenceTokenStart[Math.min(limit, doc.sentences.length)]);
  const freq: number[] = [];
  const seen: number[] = [];
  const n = Math.min(limit, doc.sentences.length);
  const ids = new Int32Array(doc.sentenceTokenStart[n]);
  const offsets = new Int32Array(n + 1);
  let k = 0;
  for (let s = 0; s < n; s++) {
    offsets[s] = k;
    const to = doc.sentenceTokenStart[s + 1];
    for (let t = doc.sentenceTokenStart[s]; t < to; t++) {
      const type = doc.typeOf[t];
      let packed = byType[type];
      if (packed < 0) {
        const { flags, key } = wordInfo(doc.types[type], lex, table);
        let id = -1;
        if (key !== null) {
          id = vocabulary.get(key) ?? -1;
          if (id < 0) {
            id = freq.length;
            vocabulary.set(key, id);
            freq.push(0);
            seen.push(-1);
          }
        }
        packed = (id + 1) * 64 + flags;
        byType[type] = packed;
      }
      tokenFlags[t] = packed & 63;
      const id = (packed >> 6) - 1;
      if (id < 0 || seen[id] === s) continue;
      seen[id] = s;
      freq[id]++;
      ids[k++] = id;
    }
  }
  offsets[n] = k;
  return { ids, offsets, sentenceFreq: Int32Array.from(freq), vocabulary, tokenFlags };
}

/**
 * Cosine similarity of two sentences' term sets. Marks the first sentence's terms once and
 * reuses the marks while the first argument stays the same (as MMR calls it).
 */
export function termSimilarity(terms: SentenceTerms): (a: number, b: number) => number {
  const mark = new Int32Array(terms.sentenceFreq.length).fill(-1);
  let marked = -1;
  return (a, b) => {
    const { ids, offsets } = terms;
    if (a !== marked) {
      for (let i = offsets[a]; i < offsets[a + 1]; i++) mark[ids[i]] = a;
      marked = a;
    }
    const la = offsets[a + 1] - offsets[a];
    const lb = offsets[b + 1] - offsets[b];
    if (!la || !lb) return 0;
    let common = 0;
    for (let i = offsets[b]; i < offsets[b + 1]; i++) if (mark[ids[i]] === a) common++;
    return common / Math.sqrt(la * lb);
  };
}
