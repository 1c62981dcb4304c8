import browser from 'webextension-polyfill';
import { extractWithMap } from '../../extract/extract-article';
import { clearHighlight, highlight, selectionIsOwnHighlight } from '../../extract/highlight';
import type { OffsetMap } from '../../extract/offset-map';
import { type ContentRequest, isFromExtension, isHighlightRequest, isLedeMessage } from '../messages';

/**
 * Injected on the reader's click only. Runs Readability on a clone of the page and answers the
 * worker. Injecting it twice is harmless: the second copy sees the flag and does nothing.
 */
const FLAG = '__ledeContentScript';
const g = globalThis as unknown as Record<string, unknown>;

if (!g[FLAG]) {
  g[FLAG] = true;
  /** The last extraction's map from article offsets to the page's text nodes (for highlights). */
  let offsets: OffsetMap | null = null;
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    if (!isFromExtension(sender, browser.runtime.id) || !isLedeMessage(message)) return undefined;
    const m = message as ContentRequest;
    if (m.type === 'lede/extract') {
      try {
        // A selection Lede made to highlight a sentence is not the reader's.
        const x = extractWithMap(document, location.href, { force: m.force, offsets: true, useSelection: !selectionIsOwnHighlight(document) });
        offsets = x.map;
        return Promise.resolve(x.outcome);
      } catch (err) {
        return Promise.resolve({ ok: false, reason: 'unparseable', message: `Lede could not read this page: ${err instanceof Error ? err.message : String(err)}` });
      }
    }
    if (isHighlightRequest(m)) return Promise.resolve(highlight(document, offsets, m.start, m.end));
    if (m.type === 'lede/clear-highlight') return Promise.resolve(clearHighlight(document));
    return undefined;
  });
}
