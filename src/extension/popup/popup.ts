import browser from 'webextension-polyfill';
import { toMarkdown } from '../../core/render/markdown';
import { ENGINE_VERSION } from '../../core/version';
import { type Entry, readCache, readEntry, stateOfEntry } from '../background/cache';
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
import { type Settings, SECTIONS, loadSettings } from '../settings';
import { localize, t } from './i18n';
import { onListFocus, onListKey } from './keyboard';
import { type ItemActions, type Later, type PopupElements, type StateAction, popupElements, renderLoading, renderState } from './render';
import { afterPaintOrTimeout, markRendered, markStart } from './timing';
import { viewOf } from './view';
import { hintedTabId } from '../tab-hint';

/**
 * The popup: shows the active tab's state. A cached result is read straight from
 * storage.session (no round trip through the worker); anything else is asked of the worker.
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
async function stateFor(tab: browser.Tabs.Tab, force: boolean, fresh: boolean, late: (selected: Promise<boolean>) => void, early?: Early): Promise<TabState> {
  if (!force && !fresh && tab.url) {
    // The cache holds the page's result; a selection the reader made since is summarised instead.
    // Both asked already when the popup's URL named this tab (see tab-hint.ts).
    const selection = early?.selection ?? hasSelection(tab.id!);
    const cached = early ? stateOfEntry(await early.entry, tab.url, ENGINE_VERSION) : await readCache(tab.id!, tab.url, ENGINE_VERSION).catch(() => null);
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

/** The cache entry and the selection state of the tab the popup's URL names, asked for beside the tab query. */
interface Early {
  tabId: number;
  entry: Promise<Entry | undefined>;
  selection: Promise<boolean>;
}

function askEarly(force: boolean, fresh: boolean): Early | undefined {
  const tabId = force || fresh ? undefined : hintedTabId(location.search);
  if (tabId === undefined) return undefined;
  return { tabId, entry: readEntry(tabId).catch(() => undefined), selection: hasSelection(tabId) };
}

export async function show(e: PopupElements, force = false, fresh = false): Promise<StateAction> {
  renderLoading(e);
  let state: TabState;
  let lateSelection: Promise<boolean> | undefined;
  try {
    const early = askEarly(force, fresh);
    const [[tab], settings] = await Promise.all([browser.tabs.query({ active: true, currentWindow: true }), loadSettings()]);
    current.settings = settings;
    current.tabId = tab?.id;
    const mine = early && early.tabId === tab?.id ? early : undefined;
    state = tab?.id === undefined ? { state: 'error', message: t('noActiveTab') } : await stateFor(tab, force, fresh, (p) => (lateSelection = p), mine);
  } catch (err) {
    state = { state: 'error', message: err instanceof Error ? err.message : String(err) };
  }
  current.state = state;
  const settings = current.settings;
  const hidden = new Set(SECTIONS.filter((id) => settings && !settings.sections[id]));
  const shown = state.state === 'ready' && settings ? { ...state, result: viewOf(state.result, settings) } : state;
  const later: Later = [];
  const action = renderState(e, shown, { actions, hidden, later });
  if (state.state === 'ready') document.body.dataset.renderMs = String(Math.round(performance.now()));
  markRendered();
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
  return show(e);
})();
