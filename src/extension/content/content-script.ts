import browser from 'webextension-polyfill';
import { extractWithMap } from '../../extract/extract-article';
import { clearHighlight, highlight, selectionIsOwnHighlight } from '../../extract/highlight';
import type { OffsetMap } from '../../extract/offset-map';
import type { ExtractOutcome } from '../../extract/types';
import { type ContentRequest, isFromExtension, isHighlightRequest, isLedeMessage } from '../messages';

/**
 * Injected on the reader's click only. Runs Readability on a clone of the page and answers the
 * worker. Injecting it twice is harmless: the second copy sees the flag and does nothing.
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

if (!g[FLAG]) {
  g[FLAG] = true;
  /** The last extraction's map from article offsets to the page's text nodes (for highlights). */
  let offsets: OffsetMap | null = null;
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    if (!isFromExtension(sender, browser.runtime.id) || !isLedeMessage(message)) return undefined;
    const m = message as ContentRequest;
    if (m.type === 'lede/extract') {
      return parsed().then((ready): ExtractOutcome => {
        if (!ready) return STILL_LOADING;
        try {
          // A selection Lede made to highlight a sentence is not the reader's.
          const x = extractWithMap(document, location.href, { force: m.force, offsets: true, useSelection: !selectionIsOwnHighlight(document) });
          offsets = x.map;
          return x.outcome;
        } catch (err) {
          return { ok: false, reason: 'unparseable', message: `Lede could not read this page: ${err instanceof Error ? err.message : String(err)}` };
        }
      });
    }
    if (isHighlightRequest(m)) return Promise.resolve(highlight(document, offsets, m.start, m.end));
    if (m.type === 'lede/clear-highlight') return Promise.resolve(clearHighlight(document));
    return undefined;
  });
}
