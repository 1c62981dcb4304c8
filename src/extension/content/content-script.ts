import browser from 'webextension-polyfill';
import { extractWithMap } from '../../extract/extract-article';
import { clearHighlight, highlight, selectionIsOwnHighlight } from '../../extract/highlight';
import type { OffsetMap } from '../../extract/offset-map';
import thresholds from '../../extract/thresholds.json';
import type { ExtractOutcome } from '../../extract/types';
import { type ContentRequest, type SelectionStateResponse, isFromExtension, isHighlightRequest, isLedeMessage } from '../messages';

/**
 * Injected on the reader's click only. Reads the article (the reader's selection when there is
 * one; else Readability and its fallbacks on a clone of the document) and answers the worker,
 * then highlights passages for the popup. Injecting it twice is harmless: the second copy sees
 * the flag and does nothing.
 */
const FLAG = '__ledeContentScript';
const g = globalThis as unknown as Record<string, unknown>;
/** How long to wait for a page whose HTML is still arriving before saying so. */
const LOADING_WAIT_MS = 3000;

/** Resolves true once the page is parsed (at once if it is), false if it is still loading after the wait. */
function parsed(): Promise<boolean> {
  if (document.readyState !== 'loading') return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), LOADING_WAIT_MS);
    document.addEventListener('DOMContentLoaded', () => {
      clearTimeout(timer);
      resolve(true);
    }, { once: true });
  });
}
const STILL_LOADING: ExtractOutcome = { ok: false, reason: 'loading', message: 'This page is still loading. Try again once it has loaded.' };

/** The reader has selected enough text to summarise (a highlight Lede made is not theirs). */
function readerSelection(): boolean {
  if (selectionIsOwnHighlight(document)) return false;
  const text = document.getSelection()?.toString() ?? '';
  return text.replace(/\s+/g, ' ').trim().length >= thresholds.minSelectionChars;
}

if (!g[FLAG]) {
  g[FLAG] = true;
  /**
   * Maps from article offsets to the page's text nodes, one for the page's article and one for
   * the reader's selection: the popup may show either (the page's result comes from the cache).
   */
  const maps: Record<'page' | 'selection', OffsetMap | null> = { page: null, selection: null };
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    if (!isFromExtension(sender, browser.runtime.id) || !isLedeMessage(message)) return undefined;
    const m = message as ContentRequest;
    if (m.type === 'lede/extract') {
      return parsed().then((ready): ExtractOutcome => {
        if (!ready) return STILL_LOADING;
        try {
          const x = extractWithMap(document, location.href, { force: m.force, offsets: true, useSelection: !selectionIsOwnHighlight(document) });
          if (x.outcome.ok) maps[x.outcome.source === 'selection' ? 'selection' : 'page'] = x.map;
          return x.outcome;
        } catch (err) {
          return { ok: false, reason: 'unparseable', message: `Lede could not read this page: ${err instanceof Error ? err.message : String(err)}` };
        }
      });
    }
    if (isHighlightRequest(m)) return Promise.resolve(highlight(document, maps[m.of === 'selection' ? 'selection' : 'page'], m.start, m.end));
    if (m.type === 'lede/clear-highlight') return Promise.resolve(clearHighlight(document));
    if (m.type === 'lede/selection-state') return Promise.resolve<SelectionStateResponse>({ selection: readerSelection() });
    return undefined;
  });
}
