import { type LangPack, lines, memoByPack } from '../lang/pack';
import { sections, textLexicon } from '../text/lexicon';
import { DEFAULT_WEIGHTS, type SummaryWeights } from './weights';

export interface SummaryLexicon {
  /** Matches a sentence that starts with a page-furniture phrase ("Sign up", "Read more"). */
  boilerStarts: RegExp;
  /** Matches a page-furniture phrase anywhere ("contributed to this report"). */
  boilerContains: RegExp;
  /** Words that say nothing about what a story is about: stop words plus news-common words. */
  ignore: Set<string>;
  /** The longest (rarest) word of each `boilerContains` phrase: a sentence without one needs no regex test. */
  boilerTriggers: Set<string>;
  /** Nationality words folded into their place as one term ("chinese" → "china"); one-word places only. */
  folds: Map<string, string>;
  /** Words that flag what matters ("notably", "landmark"). */
  emphasis: Set<string>;
  /** First-person and second-person words: commentary rather than news, outside quotes ("I", "we"). */
  firstPerson: Set<string>;
  /** Openers that need the sentence before ("He", "But", "However"). */
  dangling: Set<string>;
  /** Words that date the event, as a news lead does ("lundi", "hier"). */
  when: Set<string>;
  /** The pack's own weights (summary-weights.txt), over DEFAULT_WEIGHTS. */
  weights: Partial<SummaryWeights>;
}

/** `name = number` lines; names that are no weight, or values that are no finite number, are skipped. */
export function parseWeights(lines: string[]): Partial<SummaryWeights> {
  const out: Partial<Record<keyof SummaryWeights, number>> = {};
  for (const line of lines) {
    const m = /^([A-Za-z]+)\s*=\s*(-?[0-9.]+)$/.exec(line);
    if (!m || !(m[1] in DEFAULT_WEIGHTS)) continue;
    const v = Number(m[2]);
    if (Number.isFinite(v)) out[m[1] as keyof SummaryWeights] = v;
  }
  return out;
}

export const summaryLexicon = memoByPack((pack: LangPack): SummaryLexicon => {
  const s = sections(pack, 'summary-boilerplate');
  // Alternations of literal phrases: linear, no backtracking. A list that is empty never matches.
  const alt = (k: string) => (s.get(k) ?? []).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '(?!)';
  const ignore = new Set(textLexicon(pack).stopwords);
  for (const w of lines(pack, 'summary-common-words')) ignore.add(w.toLowerCase());
  const cues = sections(pack, 'summary-cues');
  const set = (k: string) => new Set((cues.get(k) ?? []).map((w) => w.toLowerCase()));
  const boilerTriggers = new Set<string>();
  for (const phrase of s.get('contains') ?? []) {
    const words = phrase.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
    if (longest) boilerTriggers.add(longest);
  }
  const folds = new Map<string, string>();
  for (const line of lines(pack, 'participants-demonyms')) {
    const m = /^([\p{L}' -]+?)\s*=\s*([\p{L}'-]+)$/u.exec(line);
    if (m && !m[1].includes(' ')) folds.set(m[1].toLowerCase(), m[2].toLowerCase());
  }
  return { weights: parseWeights(lines(pack, 'summary-weights')), folds, boilerTriggers, emphasis: set('emphasis'), firstPerson: set('first-person'), dangling: set('dangling'), when: set('when'), boilerStarts: new RegExp(`^(?:${alt('starts')})`, 'i'), boilerContains: new RegExp(alt('contains'), 'i'), ignore };
});
