import browser from 'webextension-polyfill';

/**
 * The popup of a tab that has a cached result opens as `popup.html?tab=ID` (the worker sets it with
 * action.setPopup when it caches the result). From that hint the popup reads the cache entry (and
 * the settings mirror) in one read of storage.session as its first call, and renders the result as
 * soon as that read answers; its query for the active tab, the settings in storage.sync and the
 * page's answer about a selection are asked at the same time and checked after the paint. Only a
 * hint: what was read is kept only when the active tab turns out to be that tab and the entry's
 * URL to be the tab's. (The result itself is not put in the URL: a popup URL of 36 KB took Chromium
 * about 150 ms longer to open, more than the read it would save.)
 */
export const TAB_PARAM = 'tab';

/** The tab the popup was opened for, from its URL's query (`?tab=ID`), if any. */
export function hintedTabId(search: string): number | undefined {
  const v = new URLSearchParams(search).get(TAB_PARAM);
  if (!v || !/^\d{1,10}$/.test(v)) return undefined;
  const id = Number(v);
  return Number.isSafeInteger(id) ? id : undefined;
}

/** Points the tab's toolbar popup at `popup.html?tab=ID` (nothing where action.setPopup is missing). */
export async function hintPopup(tabId: number): Promise<void> {
  const action = (browser as unknown as { action?: { setPopup?: (d: { tabId: number; popup: string }) => Promise<void> } }).action;
  try {
    await action?.setPopup?.({ tabId, popup: `popup.html?${TAB_PARAM}=${tabId}` });
  } catch {
    // A tab closed meanwhile: nothing to hint.
  }
}
