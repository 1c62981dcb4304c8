import browser from 'webextension-polyfill';
import { extractArticle } from '../../extract/extract-article';
import { type ContentRequest, isFromExtension, isLedeMessage } from '../messages';

/**
 * Injected on the reader's click only. Runs Readability on a clone of the page and answers the
 * worker. Injecting it twice is harmless: the second copy sees the flag and does nothing.
 */
const FLAG = '__ledeContentScript';
const g = globalThis as unknown as Record<string, unknown>;

if (!g[FLAG]) {
  g[FLAG] = true;
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    if (!isFromExtension(sender, browser.runtime.id) || !isLedeMessage(message)) return undefined;
    const m = message as ContentRequest;
    if (m.type === 'lede/extract') {
      try {
        return Promise.resolve(extractArticle(document, location.href, { force: m.force }));
      } catch (err) {
        return Promise.resolve({ ok: false, reason: 'unparseable', message: `Lede could not read this page: ${err instanceof Error ? err.message : String(err)}` });
      }
    }
    return undefined;
  });
}
