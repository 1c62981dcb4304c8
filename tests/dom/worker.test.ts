/**
 * The background worker: restricted pages, injection on demand, the storage.session cache
 * (which outlives a worker restart), navigation dropping it, and the sender checks.
 */
import path from 'node:path';
import browser from 'webextension-polyfill';
import { extractArticle } from '../../src/extract/extract-article';
import type { ExtractOutcome } from '../../src/extract/types';
import { type TabState, tabStateOf } from '../../src/extension/messages';
import { EXTENSION_ID, type FakeBrowser, copy, loadDocument } from '../helpers/fake-browser';

jest.mock('webextension-polyfill', () => require('../helpers/fake-browser').fakeBrowserModule());

const fake = browser as unknown as FakeBrowser;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const worker = require('../../src/extension/background/worker') as typeof import('../../src/extension/background/worker');

const URL_A = 'https://news.example/world/asia/xi-putin-beijing';
loadDocument(path.join(__dirname, '../fixtures/pages/beijing-summit/page.html'));
const sampleOutcome = extractArticle(document, URL_A);
const notArticle: ExtractOutcome = { ok: false, reason: 'not-article', message: "This page doesn't look like an article." };

function page(url: string, outcome: ExtractOutcome | (() => Promise<never>) = sampleOutcome) {
  fake.tabs.get.mockReset().mockResolvedValue({ id: 7, url });
  fake.scripting.executeScript.mockReset().mockResolvedValue([]);
  fake.tabs.sendMessage.mockReset().mockImplementation(typeof outcome === 'function' ? outcome : async () => copy(outcome));
}
/** The worker's answer (a JSON string: see AnalyzeTabResponse), read back; undefined when it does not answer. */
const ask = (message: unknown, sender: { id?: string; tab?: unknown; url?: string } = { id: EXTENSION_ID }) => {
  const answer = fake.deliver(message, sender) as Promise<unknown> | undefined;
  return answer?.then((a) => {
    expect(typeof a).toBe('string');
    return tabStateOf(a) as TabState;
  });
};

beforeEach(() => fake.storageMap.clear());

describe('worker: an article', () => {
  test('injects the content script on demand, into the top frame, and returns the analysis', async () => {
    page(URL_A);
    const s = await ask({ type: 'lede/analyze-tab', tabId: 7 })!;
    expect(fake.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['content.js'], injectImmediately: true });
    expect(fake.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'lede/extract', force: false }, { frameId: 0 });
    expect(s.state).toBe('ready');
    if (s.state !== 'ready') return;
    expect(s.cached).toBe(false);
    expect(s.article.title).toContain('Xi and Putin');
    expect(s.article).not.toHaveProperty('text'); // the popup gets the result, not the page text
    expect(s.result.keySentences.length).toBeGreaterThan(0);
  });

  test("caching a result points the tab's popup at popup.html?tab=ID (the popup then reads the cache in its first round of calls)", async () => {
    page(URL_A);
    fake.action.setPopup.mockClear();
    await worker.analyzeTab(7, false);
    await Promise.resolve();
    expect(fake.action.setPopup).toHaveBeenCalledWith({ tabId: 7, popup: 'popup.html?tab=7' });
  });

  test('the second ask is answered from storage.session, without touching the page', async () => {
    page(URL_A);
    await worker.analyzeTab(7, false);
    fake.scripting.executeScript.mockClear();
    const s = await worker.analyzeTab(7, false);
    expect(s).toMatchObject({ state: 'ready', cached: true });
    expect(fake.scripting.executeScript).not.toHaveBeenCalled();
  });

  test('a restarted worker still has the result (nothing kept in memory matters)', async () => {
    page(URL_A);
    await worker.analyzeTab(7, false);
    let restarted!: typeof worker;
    let second!: FakeBrowser;
    jest.isolateModules(() => {
      second = require('webextension-polyfill').default;
      restarted = require('../../src/extension/background/worker');
    });
    second.tabs.get.mockResolvedValue({ id: 7, url: URL_A });
    second.scripting.executeScript.mockClear();
    fake.scripting.executeScript.mockClear();
    expect(await restarted.analyzeTab(7, false)).toMatchObject({ state: 'ready', cached: true });
    expect(second.scripting.executeScript).not.toHaveBeenCalled();
    expect(fake.scripting.executeScript).not.toHaveBeenCalled();
  });

  test('the cache is for one URL: another page in the same tab is read afresh', async () => {
    page(URL_A);
    await worker.analyzeTab(7, false);
    page('https://news.example/another-story');
    expect(await worker.analyzeTab(7, false)).toMatchObject({ state: 'ready', cached: false });
    expect(fake.scripting.executeScript).toHaveBeenCalledTimes(1);
  });

  test('navigating or closing the tab drops its cached result', async () => {
    page(URL_A);
    await worker.analyzeTab(7, false);
    expect(fake.storageMap.size).toBe(1);
    const onUpdated = fake.tabs.onUpdated.addListener.mock.calls[0][0] as (id: number, change: object) => void;
    onUpdated(7, { status: 'loading' });
    await Promise.resolve();
    expect(fake.storageMap.size).toBe(0);
    await worker.analyzeTab(7, false);
    const onRemoved = fake.tabs.onRemoved.addListener.mock.calls[0][0] as (id: number) => void;
    onRemoved(7);
    await Promise.resolve();
    expect(fake.storageMap.size).toBe(0);
  });

  test('"fresh" reads the page again instead of answering from the cache', async () => {
    page(URL_A);
    await worker.analyzeTab(7, false);
    expect(await worker.analyzeTab(7, false, true)).toMatchObject({ state: 'ready', cached: false });
    expect(fake.scripting.executeScript).toHaveBeenCalledTimes(2);
  });

  test('a summary of the reader’s selection is not cached: the page’s own result stays', async () => {
    page(URL_A);
    await worker.analyzeTab(7, false);
    const pageResult = copy(fake.storageMap.get('tab:7'));
    if (!sampleOutcome.ok) throw new Error('the sample page should extract');
    page(URL_A, { ...sampleOutcome, source: 'selection' });
    expect(await worker.analyzeTab(7, false, true)).toMatchObject({ state: 'ready', source: 'selection' });
    expect(fake.storageMap.get('tab:7')).toEqual(pageResult);
    fake.storageMap.clear();
    expect(await worker.analyzeTab(7, false)).toMatchObject({ state: 'ready', source: 'selection' });
    expect(fake.storageMap.size).toBe(0);
  });

  test('two popups at once share one analysis', async () => {
    page(URL_A);
    const [a, b] = await Promise.all([worker.analyzeTab(7, false), worker.analyzeTab(7, false)]);
    expect(a).toEqual(b);
    expect(fake.scripting.executeScript).toHaveBeenCalledTimes(1);
  });
});

describe('worker: other pages', () => {
  test('not an article: says so (and remembers); forced, it asks the page again', async () => {
    page(URL_A, notArticle);
    expect(await worker.analyzeTab(7, false)).toEqual({ state: 'not-article', reason: 'not-article', message: notArticle.message, forced: false });
    page(URL_A, sampleOutcome);
    expect(await worker.analyzeTab(7, true)).toMatchObject({ state: 'ready' });
    expect(fake.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'lede/extract', force: true }, { frameId: 0 });
  });

  test.each([
    ['chrome://version/', 'browser-page'],
    ['chrome://extensions/', 'browser-page'],
    ['about:blank', 'blank'],
    ['view-source:https://news.example/', 'view-source'],
    ['https://chromewebstore.google.com/detail/abc', 'web-store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'web-store'],
    ['https://example.org/report.pdf', 'pdf'],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', 'pdf'],
    ['edge://settings', 'browser-page'],
  ])('%s is restricted (%s), and nothing is injected', async (url, kind) => {
    page(url);
    expect(await worker.analyzeTab(7, false)).toEqual({ state: 'restricted', kind });
    expect(fake.scripting.executeScript).not.toHaveBeenCalled();
  });

  test.each([
    ['Cannot access a chrome:// URL', 'https://x.example/', 'browser-page'],
    ['The extensions gallery cannot be scripted.', 'https://x.example/', 'web-store'],
    ['Cannot access contents of url "file:///tmp/a.html". Extension manifest must request permission to access this host.', 'file:///tmp/a.html', 'file'],
    ['Frame with ID 0 is showing error page', 'https://x.example/', 'other'],
    ['Missing host permission for the tab', 'https://x.example/', 'other'],
  ])('an injection refused with "%s" is a restricted page', async (message, url, kind) => {
    page(url);
    fake.scripting.executeScript.mockRejectedValue(new Error(message));
    expect(await worker.analyzeTab(7, false)).toEqual({ state: 'restricted', kind });
    expect(fake.storageMap.size).toBe(0);
  });

  test('any other failure is an error with its reason, and is not cached', async () => {
    page(URL_A, () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')));
    const s = await worker.analyzeTab(7, false);
    expect(s.state).toBe('error');
    if (s.state === 'error') expect(s.message).toContain('Receiving end does not exist');
    expect(fake.storageMap.size).toBe(0);
  });

  test('a page still loading is an error the reader can retry, and is not cached', async () => {
    page(URL_A, { ok: false, reason: 'loading', message: 'This page is still loading. Try again once it has loaded.' });
    expect(await worker.analyzeTab(7, false)).toEqual({ state: 'error', message: 'This page is still loading. Try again once it has loaded.' });
    expect(fake.storageMap.size).toBe(0);
  });

  test('a page that answers nothing is an error', async () => {
    page(URL_A);
    fake.tabs.sendMessage.mockResolvedValue(undefined);
    expect((await worker.analyzeTab(7, false)).state).toBe('error');
  });

  test('a closed tab is an error', async () => {
    fake.tabs.get.mockReset().mockRejectedValue(new Error('No tab with id: 7.'));
    expect(await worker.analyzeTab(7, false)).toEqual({ state: 'error', message: 'That tab is gone.' });
  });
});

describe('worker: its answer', () => {
  test.each([
    ['not JSON', '{"state":'],
    ['JSON without a state', '{"result":{}}'],
    ['a number', 7],
    ['nothing', undefined],
  ])('the popup reads no state from %s', (_what, answer) => {
    expect(tabStateOf(answer)).toBeUndefined();
  });

  test('the popup reads a state from the string, and from the object itself', () => {
    const s: TabState = { state: 'restricted', kind: 'pdf' };
    expect(tabStateOf(JSON.stringify(s))).toEqual(s);
    expect(tabStateOf(s)).toEqual(s);
  });
});

describe('worker: who may ask', () => {
  test('only this extension’s own pages, not content scripts or other extensions', () => {
    page(URL_A);
    expect(ask({ type: 'lede/analyze-tab', tabId: 7 }, { id: 'another-extension' })).toBeUndefined();
    expect(ask({ type: 'lede/analyze-tab', tabId: 7 }, { id: EXTENSION_ID, tab: { id: 7 } })).toBeUndefined();
    expect(ask({ type: 'lede/analyze-tab', tabId: 7 }, { id: EXTENSION_ID, tab: { id: 7 }, url: URL_A })).toBeUndefined();
    expect(ask({ type: 'lede/analyze-tab', tabId: 7 }, { id: 'another-extension', tab: { id: 3 }, url: `chrome-extension://${EXTENSION_ID}/popup.html` })).toBeUndefined();
    expect(ask({ type: 'lede/analyze-tab', tabId: 'seven' })).toBeUndefined();
    expect(ask({ type: 'lede/extract' })).toBeUndefined();
  });

  test('the popup page opened in a tab of its own is one of them (its URL is the extension’s)', async () => {
    page(URL_A);
    const s = await ask({ type: 'lede/analyze-tab', tabId: 7 }, { id: EXTENSION_ID, tab: { id: 3 }, url: `chrome-extension://${EXTENSION_ID}/popup.html` })!;
    expect(s.state).toBe('ready');
  });
});
