import browser from 'webextension-polyfill';
import type { TabState } from '../messages';

/**
 * Results cached per tab in storage.session: they survive a restart of the worker, and are
 * dropped when the tab navigates or closes.
 *
 * An entry is stored as one JSON string. storage.session hands an object back to the popup value
 * by value, and a long article's result is thousands of small objects (participants, mentions,
 * figures, sentences): Wikipedia's "Mozilla" took 75–250 ms to read that way in Chromium, against
 * 7–28 ms for the same data as a string, parsed. Entries stored as objects are still read.
 */
export interface Entry {
  url: string;
  version: string;
  state: TabState;
}

const key = (tabId: number) => `tab:${tabId}`;

function entryOf(stored: unknown): Entry | undefined {
  if (typeof stored !== 'string') return stored as Entry | undefined;
  try {
    return JSON.parse(stored) as Entry;
  } catch {
    return undefined;
  }
}

/** The stored entry of a tab, whatever its URL and version (check them with `stateOfEntry`). */
export async function readEntry(tabId: number): Promise<Entry | undefined> {
  const got = await browser.storage.session.get(key(tabId));
  return entryOf(got[key(tabId)]);
}

/**
 * The tab's entry and the settings mirror (settings.ts, MIRROR_KEY) in one read of storage.session:
 * all a popup opened as popup.html?tab=ID needs before it renders a cached result.
 */
export async function readEntryWith(tabId: number, other: string): Promise<{ entry?: Entry; other?: unknown }> {
  const got = await browser.storage.session.get([key(tabId), other]);
  return { entry: entryOf(got[key(tabId)]), other: got[other] };
}

export const stateOfEntry = (e: Entry | undefined, url: string, version: string): TabState | null =>
  e && e.url === url && e.version === version ? e.state : null;

export async function readCache(tabId: number, url: string, version: string): Promise<TabState | null> {
  return stateOfEntry(await readEntry(tabId), url, version);
}

export async function writeCache(tabId: number, url: string, version: string, state: TabState): Promise<void> {
  const entry: Entry = { url, version, state };
  try {
    await browser.storage.session.set({ [key(tabId)]: JSON.stringify(entry) });
  } catch {
    // Over the session quota: the result is still shown, just not cached.
  }
}

export async function dropCache(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
