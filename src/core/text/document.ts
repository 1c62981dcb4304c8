import type { LangPack } from '../lang/pack';
import type { Paragraph, Sentence, Token } from '../types';
import { textLexicon } from './lexicon';
import { splitParagraphs } from './paragraphs';
import { splitSentences } from './sentences';
import { tokenizeSentences } from './tokens';

/** The text of an article, split once and shared by every engine module. */
export interface TextDoc {
  text: string;
  pack: LangPack;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  /** For each sentence, the index of its first token in `tokens` (and one past the end). */
  sentenceTokenStart: number[];
  /**
   * The document's vocabulary: `types` holds each distinct token norm once, `typeOf[t]` the index
   * of token t's norm there. Modules keep per-word results in arrays indexed by type (one lexicon
   * lookup per distinct word of the document, no string hashing per token).
   */
  types: string[];
  typeOf: Int32Array;
}

export function buildDoc(text: string, pack: LangPack): TextDoc {
  const paragraphs = splitParagraphs(text);
  const lex = textLexicon(pack);
  const sentences = splitSentences(text, paragraphs, lex);
  const tokens = tokenizeSentences(sentences, lex.elisions, text);
  const sentenceTokenStart = new Array<number>(sentences.length + 1).fill(tokens.length);
  for (let t = tokens.length - 1; t >= 0; t--) sentenceTokenStart[tokens[t].sentence] = t;
  for (let s = sentences.length - 1; s >= 0; s--) {
    if (sentenceTokenStart[s] > sentenceTokenStart[s + 1]) sentenceTokenStart[s] = sentenceTokenStart[s + 1];
  }
  const types: string[] = [];
  const typeOf = new Int32Array(tokens.length);
  const ids = new Map<string, number>();
  for (let t = 0; t < tokens.length; t++) {
    const norm = tokens[t].norm;
    let id = ids.get(norm);
    if (id === undefined) {
      id = types.length;
      ids.set(norm, id);
      types.push(norm);
    }
    typeOf[t] = id;
  }
  return { text, pack, paragraphs, sentences, tokens, sentenceTokenStart, types, typeOf };
}

/** Index of the sentence containing `offset`, by binary search (-1 if none). */
export function sentenceAt(doc: TextDoc, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  // Between sentences: the following one.
  return lo < doc.sentences.length ? lo : doc.sentences.length - 1;
}
