import browser from 'webextension-polyfill';
import { analyze } from '../../core/analyze';
import { ENGINE_VERSION } from '../../core/version';
import type { ExtractOutcome } from '../../extract/types';
import { type ArticleMeta, type ExtractRequest, type TabState, isAnalyzeTabRequest, isFromExtension } from '../messages';
import { dropCache, readCache, writeCache } from './cache';
import { classifyInjectionError, classifyUrl } from './restricted';

/** Injects the content script (only now, on the reader's click) and asks it for the article. */
async function extract(tabId: number, force: boolean): Promise<ExtractOutcome> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
  const request: ExtractRequest = { type: 'lede/extract', force };
  return (await browser.tabs.sendMessage(tabId, request)) as ExtractOutcome;
}

export async function analyzeTab(tabId: number, force: boolean): Promise<TabState> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return { state: 'error', message: 'That tab is gone.' };
  }
  const restricted = classifyUrl(url);
  if (restricted) return { state: 'restricted', ...restricted };
  const cacheUrl = url ?? '';
  if (!force) {
    const cached = await readCache(tabId, cacheUrl, ENGINE_VERSION);
    if (cached) return cached.state === 'ready' ? { ...cached, cached: true } : cached;
  }
  let outcome: ExtractOutcome;
  try {
    outcome = await extract(tabId, force);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const r = classifyInjectionError(message, url);
    return r ? { state: 'restricted', ...r } : { state: 'error', message: `Lede could not read this page (${message}).` };
  }
  if (!outcome) return { state: 'error', message: 'The page did not answer. Reload it and try again.' };
  let state: TabState;
  if (!outcome.ok) state = { state: 'not-article', message: outcome.message };
  else {
    const { text, ...meta } = outcome.article;
    const result = analyze(outcome.article);
    void text;
    state = { state: 'ready', article: meta as ArticleMeta, result, source: outcome.source, cached: false };
  }
  await writeCache(tabId, cacheUrl, ENGINE_VERSION, state);
  return state;
}

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (!isFromExtension(sender, browser.runtime.id) || sender.tab) return undefined; // only our own pages
  if (!isAnalyzeTabRequest(message)) return undefined;
  return analyzeTab(message.tabId, !!message.force).catch(
    (err): TabState => ({ state: 'error', message: err instanceof Error ? err.message : String(err) }),
  );
});

browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading' || change.url) void dropCache(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => void dropCache(tabId));
