import { findFigures } from './figures';
import { languageOf } from './lang/detect';
import { packFor } from './lang/select';
import { addSpeakerSalience, findParticipants } from './participants';
import { buildParticipantIndex } from './participants/participant-index';
import { findQuotes } from './quotes';
import { keySentences } from './summary';
import { buildDoc } from './text/document';
import { isSpace } from './text/paragraphs';
import type { AnalysisResult, AnalyzeOptions, Article, Figure, Participant, Quote } from './types';
import { ENGINE_VERSION } from './version';

/** Articles longer than this are analysed up to here (about 150 pages of a book). */
export const DEFAULT_MAX_CHARS = 400_000;
export const DEFAULT_SUMMARY_LENGTH = 3;

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** The end of the analysed prefix: the last paragraph break before `max`, else the last space. */
export function truncationPoint(text: string, max: number): number {
  if (text.length <= max) return text.length;
  const para = text.lastIndexOf('\n', max);
  if (para > max * 0.8) return para;
  for (let i = max; i > max * 0.8; i--) if (isSpace(text.charCodeAt(i))) return i;
  return max;
}

/**
 * The engine's one entry point: pure, synchronous, no browser API. Never throws on a string;
 * a section that fails is left empty and named in `warnings`.
 */
export function analyze(article: Article, options: AnalyzeOptions = {}): AnalysisResult {
  const t0 = now();
  const full = typeof article?.text === 'string' ? article.text : '';
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const cut = truncationPoint(full, maxChars);
  const text = full.slice(0, cut);
  // The declared language, unless the text clearly says otherwise (src/core/lang/detect.ts).
  const pack = packFor(languageOf(article?.lang, text));
  const doc = buildDoc(text, pack);
  const warnings: string[] = [];
  const guard = <T>(name: string, fallback: T, run: () => T): T => {
    try {
      return run();
    } catch (err) {
      warnings.push(`${name}: ${err instanceof Error ? err.message : String(err)}`);
      return fallback;
    }
  };
  const participants = guard<Participant[]>('participants', [], () => findParticipants(doc));
  const quotes = guard<Quote[]>('quotes', [], () => findQuotes(doc, buildParticipantIndex(participants, doc.pack)));
  guard('participants', participants, () => addSpeakerSalience(participants, quotes));
  const figures = guard<Figure[]>('figures', [], () => findFigures(doc));
  const summary = guard('summary', [], () =>
    keySentences(doc, { participants, quotes, figures }, options.summaryLength ?? DEFAULT_SUMMARY_LENGTH, { title: article?.title, debug: options.debug }),
  );
  return {
    version: ENGINE_VERSION,
    lang: pack.code,
    keySentences: summary,
    quotes,
    participants,
    figures,
    sentences: doc.sentences,
    stats: {
      chars: full.length,
      analyzedChars: text.length,
      truncated: cut < full.length,
      words: doc.tokens.length,
      sentences: doc.sentences.length,
      paragraphs: doc.paragraphs.length,
      ms: Math.round((now() - t0) * 100) / 100,
    },
    warnings,
  };
}
