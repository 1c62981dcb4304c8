import browser from 'webextension-polyfill';
import type { AnalyzeTabRequest, TabState } from '../messages';
import { localize, t } from './i18n';
import { type PopupElements, type StateAction, popupElements, renderLoading, renderState } from './render';

/** The popup: asks the worker for the active tab's state and shows it. */

async function request(tabId: number, force: boolean): Promise<TabState> {
  const message: AnalyzeTabRequest = { type: 'lede/analyze-tab', tabId, force };
  const state = (await browser.runtime.sendMessage(message)) as TabState | undefined;
  return state ?? { state: 'error', message: t('workerSilent') };
}

export async function show(e: PopupElements, force = false): Promise<StateAction> {
  renderLoading(e);
  let state: TabState;
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    state = tab?.id === undefined ? { state: 'error', message: t('noActiveTab') } : await request(tab.id, force);
  } catch (err) {
    state = { state: 'error', message: err instanceof Error ? err.message : String(err) };
  }
  const action = renderState(e, state);
  e.action.onclick = action ? () => void show(e, action === 'force') : null;
  if (action) e.action.focus();
  return action;
}

export const ready: Promise<StateAction> = (() => {
  localize(document);
  return show(popupElements());
})();
