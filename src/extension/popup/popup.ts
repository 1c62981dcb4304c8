import browser from 'webextension-polyfill';
import { toMarkdown } from '../../core/render/markdown';
import { ENGINE_VERSION } from '../../core/version';
import { readCache, readEntryWith } from '../background/cache';
import { tabStateOf } from '../messages';
import type {
  AnalyzeTabRequest,
  ClearHighlightRequest,
  HighlightRequest,
  HighlightResponse,
  SelectionStateRequest,
  SelectionStateResponse,
  TabState,
} from '../messages';
import { MIRROR_KEY, type Settings, SECTIONS, loadSettings, migrate, mirrorSettings, sameSettings } from '../settings';
import { localize, t } from './i18n';
import { onListFocus, onListKey } from './keyboard';
import { type ItemActions, type Later, type PopupElements, type StateAction, popupElements, renderLoading, renderState } from './render';
import { afterPaintOrTimeout, markRendered, markStart } from './timing';
import { viewOf } from './view';
import { hintedTabId } from '../tab-hint';

/**
 * The popup: shows the active tab's state. A cached result is read straight from
 * storage.session (no round trip through the worker), and rendered as soon as that read answers
 * when the popup's URL names the tab (showCached); anything else is asked of the worker.
 */

interface Current {
  tabId?: number;
  state?: TabState;
  settings?: Settings;
}
const current: Current = {};

function toast(message: string): void {
  const box = document.getElementById('toast');
  if (box) box.textContent = message;
}

async function sendToPage(message: HighlightRequest | ClearHighlightRequest): Promise<HighlightResponse | undefined> {
  if (current.tabId === undefined) return undefined;
  return (await browser.tabs.sendMessage(current.tabId, message, { frameId: 0 })) as HighlightResponse | undefined;
}

/** Whether the reader has selected text in the tab (false when the content script is not there). */
async function hasSelection(tabId: number): Promise<boolean> {
  const request: SelectionStateRequest = { type: 'lede/selection-state' };
  try {
    const r = (await browser.tabs.sendMessage(tabId, request, { frameId: 0 })) as SelectionStateResponse | undefined;
    return r?.selection === true;
  } catch {
    return false;
  }
}

export const actions: ItemActions = {
  jump({ start, end }) {
    const of = current.state?.state === 'ready' && current.state.source === 'selection' ? 'selection' : 'page';
    sendToPage({ type: 'lede/highlight', start, end, of }).then(
      (r) => toast(r?.ok ? '' : t('jumpFailed')),
      () => toast(t('jumpFailed')),
    );
  },
  copy(text) {
    void copyText(text);
  },
};

async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    toast(t('copied'));
  } catch {
    toast(t('copyFailed'));
  }
}

/** The view the reader chose, as Markdown (title, URL, every shown section). */
export function markdown(): string | null {
  const s = current.state;
  if (s?.state !== 'ready' || !current.settings) return null;
  return toMarkdown(viewOf(s.result, current.settings), s.article);
}

/** The same shape as `lede analyze --json`, without the page text (it stays in the worker). */
export function jsonExport(): string | null {
  const s = current.state;
  if (s?.state !== 'ready' || !current.settings) return null;
  const { sentences: _sentences, ...rest } = viewOf(s.result, current.settings);
  void _sentences;
  return JSON.stringify({ article: s.article, ...rest }, null, 2) + '\n';
}

function download(): void {
  const json = jsonExport();
  if (!json) return;
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  a.download = `lede-${new Date().toISOString().slice(0, 10)}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/**
 * How long a cached result waits for the page to say whether the reader has selected text. The
 * page answers on its own main thread, which a busy news page can hold for long: past this, the
 * cached result is shown, and a selection that turns up later is summarised then (see `show`).
 */
export const SELECTION_WAIT_MS = 40;

const LATE = Symbol('late');
const after = (ms: number) => new Promise<typeof LATE>((resolve) => setTimeout(() => resolve(LATE), ms));

/**
 * The state to show; `late` gets the answer about a selection when it came after the cached result
 * was returned. `fresh`: the reader's selection is known to be there (summarise it, no cache).
 */
async function stateFor(tab: browser.Tabs.Tab, force: boolean, fresh: boolean, late: (selected: Promise<boolean>) => void): Promise<TabState> {
  if (!force && !fresh && tab.url) {
    // The cache holds the page's result; a selection the reader made since is summarised instead.
    const selection = hasSelection(tab.id!);
    const cached = await readCache(tab.id!, tab.url, ENGINE_VERSION).catch(() => null);
    const selected = cached ? await Promise.race([selection, after(SELECTION_WAIT_MS)]) : await selection;
    if (cached && selected !== true) {
      if (selected === LATE) late(selection);
      return cached.state === 'ready' ? { ...cached, cached: true } : cached;
    }
    fresh = selected === true;
  }
  const message: AnalyzeTabRequest = { type: 'lede/analyze-tab', tabId: tab.id!, force, fresh };
  return tabStateOf(await browser.runtime.sendMessage(message)) ?? { state: 'error', message: t('workerSilent') };
}

export async function show(e: PopupElements, force = false, fresh = false): Promise<StateAction> {
  renderLoading(e);
  delete document.body.dataset.via;
  let state: TabState;
  let lateSelection: Promise<boolean> | undefined;
  try {
    const [[tab], settings] = await Promise.all([browser.tabs.query({ active: true, currentWindow: true }), loadSettings()]);
    current.settings = settings;
    current.tabId = tab?.id;
    state = tab?.id === undefined ? { state: 'error', message: t('noActiveTab') } : await stateFor(tab, force, fresh, (p) => (lateSelection = p));
  } catch (err) {
    state = { state: 'error', message: err instanceof Error ? err.message : String(err) };
  }
  const action = present(e, state, force, lateSelection);
  if (current.settings) void mirrorSettings(current.settings);
  return action;
}

/**
 * Puts a state on screen. Synchronous up to its first await: the state is in the DOM when it
 * returns; what follows is the rest of the long lists (after the paint), the action button, and a
 * late answer about a selection.
 */
async function present(e: PopupElements, state: TabState, force: boolean, lateSelection?: Promise<boolean>): Promise<StateAction> {
  current.state = state;
  const settings = current.settings;
  const hidden = new Set(SECTIONS.filter((id) => settings && !settings.sections[id]));
  const shown = state.state === 'ready' && settings ? { ...state, result: viewOf(state.result, settings) } : state;
  const later: Later = [];
  const action = renderState(e, shown, { actions, hidden, later });
  if (state.state === 'ready') document.body.dataset.renderMs = String(Math.round(performance.now()));
  markRendered();
  void afterPaintOrTimeout().then(() => document.documentElement.classList.remove(PRESIZED));
  // The top of the result is on screen: now the rest of the long lists.
  if (later.length) {
    await afterPaintOrTimeout();
    if (current.state === state) for (const job of later) job();
  }
  e.action.onclick = action ? () => void show(e, action === 'force') : null;
  if (action) e.action.focus();
  // The page says late that the reader has selected text: then summarise the selection.
  void lateSelection?.then((selected) => {
    if (selected && current.state === state) void show(e, force, true);
  });
  return action;
}

/**
 * The popup of a tab with a cached result, opened as popup.html?tab=ID (see tab-hint.ts): one read
 * of storage.session gives the entry and the settings, and the result is rendered as soon as it
 * answers, without waiting for the other calls. Then the checks the hint needs, all asked at the
 * same time as that read: the active tab must be that tab and show the entry's URL (else the popup
 * reads the active tab as without a hint), the settings must be those of storage.sync (else the
 * result is rendered again with them), and text the reader has selected in the page is summarised
 * instead. Without an entry for the tab (the tab navigated since), it is the usual path.
 */
/** The class that opens a hinted popup at its full height (see popup.html), until its first paint. */
export const PRESIZED = 'presized';

export async function showCached(e: PopupElements, tabId: number): Promise<StateAction> {
  const quick = readEntryWith(tabId, MIRROR_KEY).catch(() => ({ entry: undefined, other: undefined }));
  const selection = hasSelection(tabId);
  const tabQuery = browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab, () => undefined);
  const stored = loadSettings();
  const { entry, other } = await quick;
  if (!entry || entry.version !== ENGINE_VERSION || entry.state.state === 'error') return show(e);
  const state: TabState = entry.state.state === 'ready' ? { ...entry.state, cached: true } : entry.state;
  current.tabId = tabId;
  current.settings = other === undefined ? await stored : migrate(other);
  // Says how the state on screen was read (the browser tests check that a cached open took this path).
  document.body.dataset.via = 'tab-hint';
  let shown = present(e, state, false);
  const tab = await tabQuery;
  if (tab?.id !== tabId || tab.url !== entry.url) return show(e);
  const settings = await stored;
  if (!sameSettings(settings, other)) {
    void mirrorSettings(settings);
    if (current.state === state && !sameSettings(settings, current.settings)) {
      current.settings = settings;
      shown = present(e, { ...state }, false);
    }
  }
  const mine = current.state;
  if ((await selection) && current.state === mine) return show(e, false, true);
  return shown;
}

function wire(e: PopupElements): void {
  document.getElementById('copy-markdown')?.addEventListener('click', () => {
    const md = markdown();
    if (md) void copyText(md);
  });
  document.getElementById('download-json')?.addEventListener('click', download);
  document.getElementById('open-options')?.addEventListener('click', () => void browser.runtime.openOptionsPage());
  e.content.addEventListener('keydown', onListKey);
  e.content.addEventListener('focusin', onListFocus);
  document.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && current.state?.state === 'ready') {
      void sendToPage({ type: 'lede/clear-highlight' }).catch(() => undefined);
    }
  });
}

export const ready: Promise<StateAction> = (() => {
  markStart();
  localize(document);
  const e = popupElements();
  wire(e);
  const tabId = hintedTabId(location.search);
  if (tabId === undefined) return show(e);
  document.documentElement.classList.add(PRESIZED);
  return showCached(e, tabId);
})();
