import type { Article } from '../core/types';
import type { Assessment } from './assess';
import type { Removal } from './clean';

export type { Assessment } from './assess';
export type { Removal } from './clean';

/** What extraction gives back: an article, or a clear reason why there is none. */
export type ExtractOutcome =
  | {
      ok: true;
      article: Article;
      source: ExtractSource;
      warnings?: string[];
      /** Whether the page looks like an article (a forced extraction may say it does not). */
      assessment?: Assessment;
      /** Debug mode: what the cleaning rules removed, and why. */
      removed?: Removal[];
    }
  | { ok: false; reason: NotArticleReason; message: string; assessment?: Assessment };

export type ExtractSource = 'readability' | 'json-ld' | 'article-element' | 'selection' | 'text';

/** `loading`: the page's HTML was still arriving when the reader asked (nothing is cached then). */
export type NotArticleReason = 'not-article' | 'empty' | 'unparseable' | 'loading';
