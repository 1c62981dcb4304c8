import browser from 'webextension-polyfill';
import type { TabState } from '../messages';

/**
 * Results cached per tab in storage.session: they survive a restart of the worker, and are
 * dropped when the tab navigates or closes.
 */
interface Entry {
  url: string;
  version: string;
  state: TabState;
}

const key = (tabId: number) => `tab:${tabId}`;

export async function readCache(tabId: number, url: string, version: string): Promise<TabState | null> {
  const got = await browser.storage.session.get(key(tabId));
  const e = got[key(tabId)] as Entry | undefined;
  return e && e.url === url && e.version === version ? e.state : null;
}

export async function writeCache(tabId: number, url: string, version: string, state: TabState): Promise<void> {
  const entry: Entry = { url, version, state };
  try {
    await browser.storage.session.set({ [key(tabId)]: entry });
  } catch {
    // Over the session quota: the result is still shown, just not cached.
  }
}

export async function dropCache(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
