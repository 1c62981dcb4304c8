import browser from 'webextension-polyfill';
import { analyze } from '../../core/analyze';
import { ENGINE_VERSION } from '../../core/version';
import type { ExtractOutcome } from '../../extract/types';
import { type ExtractRequest, type TabState, encodeTabState, isAnalyzeTabRequest, isFromOwnPage } from '../messages';
import { MAX_SUMMARY_LENGTH } from '../settings';
import { dropCache, readCache, writeCache } from './cache';
import { loadPackFor } from './packs';
import { classifyInjectionError, classifyUrl } from './restricted';
import { hintPopup } from '../tab-hint';

/**
 * The background worker (a service worker in Chrome, an event page in Firefox). It holds no
 * state in memory that matters: results live in storage.session, so a worker stopped by the
 * browser and started again answers from the cache without touching the page.
 */

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * Injects the content script into the top frame (only now, on the reader's click) and asks it for
 * the article. Immediately: by default Chrome waits for the page to finish parsing, and a page whose
 * HTML is still arriving would leave the popup loading for good; the content script waits instead.
 */
async function extract(tabId: number, force: boolean): Promise<ExtractOutcome> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'], injectImmediately: true });
  const request: ExtractRequest = { type: 'lede/extract', force };
  return (await browser.tabs.sendMessage(tabId, request, { frameId: 0 })) as ExtractOutcome;
}

/** What extraction and analysis give for an outcome of the content script. */
export function stateOf(outcome: ExtractOutcome | undefined, force: boolean): TabState {
  if (!outcome || typeof outcome !== 'object') return { state: 'error', message: 'The page did not answer. Reload it and try again.' };
  // A page still loading is an error (offered again, never cached), not a verdict on the page.
  if (!outcome.ok && outcome.reason === 'loading') return { state: 'error', message: outcome.message };
  if (!outcome.ok) return { state: 'not-article', message: outcome.message, reason: outcome.reason, forced: force };
  const { text, ...meta } = outcome.article;
  // The longest summary the settings allow: the popup shows as many as the reader chose.
  const result = analyze(outcome.article, { summaryLength: MAX_SUMMARY_LENGTH });
  void text; // the text stays here: the popup gets the result and the metadata
  return { state: 'ready', article: meta, result, source: outcome.source, cached: false };
}

async function run(tabId: number, force: boolean, fresh: boolean): Promise<TabState> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return { state: 'error', message: 'That tab is gone.' };
  }
  const kind = classifyUrl(url);
  if (kind) return { state: 'restricted', kind };
  const cacheUrl = url ?? '';
  if (!force && !fresh) {
    const cached = await readCache(tabId, cacheUrl, ENGINE_VERSION);
    if (cached) return cached.state === 'ready' ? { ...cached, cached: true } : cached;
  }
  let outcome: ExtractOutcome;
  try {
    outcome = await extract(tabId, force);
  } catch (err) {
    const restricted = classifyInjectionError(errorText(err), url);
    return restricted ? { state: 'restricted', kind: restricted } : { state: 'error', message: `Lede could not read this page (${errorText(err)}).` };
  }
  // The language pack the article needs, loaded once per worker life (English is built in).
  if (outcome && typeof outcome === 'object' && outcome.ok) await loadPackFor(outcome.article);
  const state = stateOf(outcome, force);
  // A summary of the reader's selection is for this once: the page's own result is what to keep.
  // Not awaited: the popup gets the result without waiting for the cache to be written.
  if (state.state !== 'error' && !(state.state === 'ready' && state.source === 'selection')) {
    void writeCache(tabId, cacheUrl, ENGINE_VERSION, state);
    void hintPopup(tabId); // the next popup of this tab reads the cache in its first round of calls
  }
  return state;
}

/** One analysis per tab at a time: a popup opened twice quickly waits for the first. */
const inFlight = new Map<string, Promise<TabState>>();

export function analyzeTab(tabId: number, force: boolean, fresh = false): Promise<TabState> {
  const key = `${tabId}:${force}:${fresh}`;
  const running = inFlight.get(key);
  if (running) return running;
  const p = run(tabId, force, fresh)
    .catch((err): TabState => ({ state: 'error', message: errorText(err) }))
    .finally(() => inFlight.delete(key));
  inFlight.set(key, p);
  return p;
}

// Listeners are registered synchronously at the top level, so that a restarted worker gets the event that woke it.
browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (!isFromOwnPage(sender, browser.runtime.id, browser.runtime.getURL(''))) return undefined; // only our own pages
  if (!isAnalyzeTabRequest(message)) return undefined;
  return analyzeTab(message.tabId, !!message.force, !!message.fresh).then(encodeTabState);
});

browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading' || change.url) void dropCache(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => void dropCache(tabId));
