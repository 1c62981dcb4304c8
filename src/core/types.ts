/**
 * The engine's public types. Every span carries `start`/`end` offsets into `Article.text`
 * (UTF-16 code units, `end` exclusive), so that `text.slice(start, end) === span.text`.
 */

/** What the content script (or the CLI) hands to the engine. */
export interface Article {
  text: string;
  url?: string;
  title?: string;
  byline?: string | null;
  siteName?: string | null;
  /** BCP 47 tag as declared by the page or detected (e.g. "en", "fr-FR"). */
  lang?: string | null;
  publishedTime?: string | null;
  excerpt?: string | null;
}

export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** Index of the sentence in reading order. */
  index: number;
  /** Index of the paragraph that holds it. */
  paragraph: number;
}

export interface Paragraph extends Span {
  index: number;
}

export interface Token extends Span {
  /** Lower-cased text. */
  norm: string;
  /** Index of the sentence that holds it. */
  sentence: number;
}

/** A numeric breakdown of why an item was ranked where it was (for debugging). */
export type ScoreComponents = Record<string, number>;

export interface KeySentence extends Span {
  /** Index into `AnalysisResult.sentences`. */
  sentence: number;
  score: number;
  /** Order of choice, 0 for the first picked: the best `n` of a longer summary are those with rank < n. */
  rank?: number;
  components?: ScoreComponents;
}

export interface Quote extends Span {
  /** Fullest form of the speaker's name, or a description ("a spokesman"); null when nothing is said. */
  speaker: string | null;
  /** The span that names or refers to the speaker ("he", "the Chinese leader", "Xi"). */
  speakerMention?: Span | null;
  /** Id of the participant the speaker resolved to, when it did. */
  speakerId?: string | null;
  /** The speech verb or cue ("said", "according to"). */
  cue?: string | null;
  /** Direct (quoted) speech, or reported speech. */
  direct: boolean;
  /** A quoted fragment inside a sentence rather than a full quote. */
  partial?: boolean;
  /** Reported speech that carries quoted words ("said the talks were “a real step forward”"). */
  mixed?: boolean;
  /** The pieces of a quote split by its cue ("A," he said, "B."; "The plan, he said, failed."), in order; absent when there is one. */
  parts?: Span[];
  /** Index of the sentence where the quote starts. */
  sentence: number;
  /** Used to pick the key quotes; higher is better. */
  score: number;
  components?: ScoreComponents;
  /** Reported speech: how sure the engine is that this is an attribution, 0 to 1. */
  confidence?: number;
}

export type ParticipantType = 'person' | 'organization' | 'place';

export interface Participant {
  /** Stable within one result: "p0", "p1", ... */
  id: string;
  /** Fullest form of the name. */
  name: string;
  type: ParticipantType;
  role?: string | null;
  /** For people, where the text or a name list tells. */
  gender?: 'male' | 'female' | null;
  aliases: string[];
  /** Every occurrence of the name, without titles. */
  mentions: Span[];
  /** Every distinct role the article gives ("Chinese President", "leader"), the main one first. */
  roles?: string[];
  /** Age the article gives ("Putin, 71,"). */
  age?: number | null;
  /** The country a demonym or possessive ties the participant to ("Chinese President" -> "China"). */
  country?: string | null;
  salience: number;
  components?: ScoreComponents;
}

export type FigureKind =
  | 'money'
  | 'percent'
  | 'percentage-points'
  | 'count'
  | 'measure'
  | 'age'
  | 'date'
  | 'year'
  | 'period'
  | 'duration'
  | 'ordinal'
  | 'time'
  | 'number';

export interface Figure extends Span {
  kind: FigureKind;
  /** Numeric value in full ("$1.5bn" gives 1.5e9); for ranges, the lower bound. */
  value?: number | null;
  /** Upper bound of a range. */
  valueMax?: number | null;
  /** Unit or currency code ("USD", "km", "percent", "year"). */
  unit?: string | null;
  /** ISO date ("2023-05-16", "2023-05", "2023") for dates. */
  date?: string | null;
  approximate?: boolean;
  /** A short phrase naming the quantity ("bilateral trade"). */
  measures?: string | null;
  /** Index of the sentence that holds it. */
  sentence: number;
  score: number;
  components?: ScoreComponents;
}

export interface AnalysisStats {
  chars: number;
  words: number;
  sentences: number;
  paragraphs: number;
  /** True when the text was cut at `AnalyzeOptions.maxChars`. */
  truncated: boolean;
  /** Length of the text that was analysed. */
  analyzedChars: number;
  ms: number;
}

export interface AnalysisResult {
  version: string;
  lang: string;
  /** In the order shown to the reader; the first `summaryLength` are the summary. */
  keySentences: KeySentence[];
  quotes: Quote[];
  participants: Participant[];
  figures: Figure[];
  sentences: Sentence[];
  stats: AnalysisStats;
  /** Sections that failed and were left empty (should always be empty). */
  warnings: string[];
}

export interface AnalyzeOptions {
  /** Number of key sentences (default 3). */
  summaryLength?: number;
  /** Texts longer than this are cut (at a paragraph boundary where possible). */
  maxChars?: number;
  /** Keep score components on every item. */
  debug?: boolean;
}
