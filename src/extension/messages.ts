/**
 * The one message contract between the popup, the background worker and the content script.
 * Every message carries a `type` under the "lede/" prefix; receivers check both the type and
 * the sender (see `isFromExtension`).
 */
import type { AnalysisResult, Article } from '../core/types';
import type { ExtractOutcome, ExtractSource, NotArticleReason } from '../extract/types';

/** Article metadata shown in the popup (the text itself stays in the worker). */
export type ArticleMeta = Omit<Article, 'text'>;

// popup -> worker
export interface AnalyzeTabRequest {
  type: 'lede/analyze-tab';
  tabId: number;
  /** Summarise even when the page does not look like an article. */
  force?: boolean;
  /** Read the page again rather than answer from the cache (the reader has selected text). */
  fresh?: boolean;
}
export type WorkerRequest = AnalyzeTabRequest;

export type RestrictedKind = 'browser-page' | 'web-store' | 'pdf' | 'file' | 'view-source' | 'blank' | 'other';

/** What the popup shows for a tab. */
export type TabState =
  | { state: 'ready'; article: ArticleMeta; result: AnalysisResult; source: ExtractSource; cached: boolean }
  /** `forced`: the reader already asked to summarise anyway, and there was still nothing. */
  | { state: 'not-article'; message: string; reason: NotArticleReason; forced: boolean }
  /** The popup words the kind itself (`restricted_<kind>` in _locales). */
  | { state: 'restricted'; kind: RestrictedKind }
  | { state: 'error'; message: string };

/**
 * The worker's answer to an AnalyzeTabRequest: the TabState as one JSON string. Chrome copies a
 * message as a tree of values, and a long article's result is thousands of small objects
 * (Wikipedia's "Mozilla": about 100 ms between the worker's answer and the popup's, under load);
 * one string crosses at once. `tabStateOf` reads either form.
 */
export type AnalyzeTabResponse = string;

export const encodeTabState = (s: TabState): AnalyzeTabResponse => JSON.stringify(s);

/** The TabState in a worker's answer (a string, or the object itself), or undefined. */
export function tabStateOf(answer: unknown): TabState | undefined {
  let s = answer;
  if (typeof s === 'string') {
    try {
      s = JSON.parse(s);
    } catch {
      return undefined;
    }
  }
  return s && typeof s === 'object' && typeof (s as { state?: unknown }).state === 'string' ? (s as TabState) : undefined;
}

// worker or popup -> content script
export interface ExtractRequest {
  type: 'lede/extract';
  force?: boolean;
}
export interface HighlightRequest {
  type: 'lede/highlight';
  start: number;
  end: number;
  /** Which extraction the offsets belong to: the reader's selection, or the page (default). */
  of?: 'selection' | 'page';
}
export interface ClearHighlightRequest {
  type: 'lede/clear-highlight';
}
/** Has the reader selected text on the page? (A selection is summarised instead of the page.) */
export interface SelectionStateRequest {
  type: 'lede/selection-state';
}
export interface SelectionStateResponse {
  selection: boolean;
}
export type ContentRequest = ExtractRequest | HighlightRequest | ClearHighlightRequest | SelectionStateRequest;
export type ExtractResponse = ExtractOutcome;
export interface HighlightResponse {
  ok: boolean;
  message?: string;
}

const TYPES = new Set(['lede/analyze-tab', 'lede/extract', 'lede/highlight', 'lede/clear-highlight', 'lede/selection-state']);

export function isLedeMessage(m: unknown): m is WorkerRequest | ContentRequest {
  return !!m && typeof m === 'object' && TYPES.has((m as { type?: unknown }).type as string);
}

export function isAnalyzeTabRequest(m: unknown): m is AnalyzeTabRequest {
  return isLedeMessage(m) && m.type === 'lede/analyze-tab' && Number.isInteger((m as AnalyzeTabRequest).tabId);
}

export function isHighlightRequest(m: unknown): m is HighlightRequest {
  if (!isLedeMessage(m) || m.type !== 'lede/highlight') return false;
  const { start, end } = m as HighlightRequest;
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start;
}

/** A message comes from this extension's own code, not from a page or another extension. */
export function isFromExtension(sender: { id?: string }, ownId: string): boolean {
  return sender.id === ownId;
}

/**
 * A message comes from one of this extension's own pages (the popup, the options page, either one
 * opened in a tab), not from its content script: a content script's sender has a tab and the
 * page's URL, an extension page's URL is under `ownOrigin` (runtime.getURL('')).
 */
export function isFromOwnPage(sender: { id?: string; tab?: unknown; url?: string }, ownId: string, ownOrigin: string): boolean {
  if (!isFromExtension(sender, ownId)) return false;
  return !sender.tab || (typeof sender.url === 'string' && ownOrigin.length > 0 && sender.url.startsWith(ownOrigin));
}
