import type { Article } from '../core/types';

/** What extraction gives back: an article, or a clear reason why there is none. */
export type ExtractOutcome =
  | { ok: true; article: Article; source: ExtractSource; warnings?: string[] }
  | { ok: false; reason: NotArticleReason; message: string };

export type ExtractSource = 'readability' | 'json-ld' | 'article-element' | 'selection' | 'text';

export type NotArticleReason = 'not-article' | 'empty' | 'unparseable';
