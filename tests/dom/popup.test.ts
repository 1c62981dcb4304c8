/**
 * The popup in jsdom: every state it can show, the reader's settings, items that jump and copy,
 * the exports, the keyboard, and proof that page text is only ever text (a hostile quote, name
 * or title creates no element and runs nothing).
 */
import fs from 'node:fs';
import path from 'node:path';
import browser from 'webextension-polyfill';
import { analyze } from '../../src/core/analyze';
import type { AnalysisResult, Quote } from '../../src/core/types';
import type { RestrictedKind, TabState } from '../../src/extension/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../src/extension/settings';
import { type FakeBrowser, getMessage, loadDocument } from '../helpers/fake-browser';

jest.mock('webextension-polyfill', () => require('../helpers/fake-browser').fakeBrowserModule());

const fake = browser as unknown as FakeBrowser;
const root = path.join(__dirname, '../..');
const sampleText = fs.readFileSync(path.join(root, 'tests/fixtures/pages/beijing-summit/article.txt'), 'utf8');
const sampleResult = analyze({ text: sampleText, title: 'Xi and Putin in Beijing', lang: 'en' }, { summaryLength: 5 });
const readyState = (result: AnalysisResult = sampleResult, title = 'Xi and Putin in Beijing'): TabState => ({
  state: 'ready',
  article: { url: 'https://news.example/a', title, siteName: 'The Example Courier', byline: 'Courier World Desk' },
  result,
  source: 'readability',
  cached: false,
});
const q = (text: string, speaker: string | null, direct: boolean, extra: Partial<Quote> = {}): Quote => ({
  text,
  start: 0,
  end: text.length,
  speaker,
  direct,
  sentence: 0,
  score: 1,
  ...extra,
});

const clipboard = { writeText: jest.fn(async (_: string) => undefined) };
Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });

loadDocument(path.join(root, 'src/extension/popup/popup.html'));
fake.tabs.query.mockResolvedValue([{ id: 7 }]);
fake.runtime.sendMessage.mockResolvedValue(readyState());
// eslint-disable-next-line @typescript-eslint/no-require-imports
const popup = require('../../src/extension/popup/popup') as typeof import('../../src/extension/popup/popup');
const { SELECTION_WAIT_MS } = popup;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { popupElements, renderLoading, QUOTES_SHOWN } = require('../../src/extension/popup/render') as typeof import('../../src/extension/popup/render');

const $ = (sel: string) => document.querySelector<HTMLElement>(sel);
const $$ = (sel: string) => Array.from(document.querySelectorAll<HTMLElement>(sel));
const state = () => document.body.dataset.state;
const tick = () => new Promise((r) => setTimeout(r, 0));

async function showWith(s: TabState | undefined, settings?: Partial<Settings>, force = false) {
  fake.syncMap.clear();
  if (settings) fake.syncMap.set('settings', { ...DEFAULT_SETTINGS, ...settings });
  fake.runtime.sendMessage.mockReset().mockResolvedValue(s);
  return popup.show(popupElements(), force);
}

describe('popup: a summary', () => {
  beforeAll(() => popup.ready);

  test('asks the worker about the active tab', () => {
    expect(fake.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(fake.runtime.sendMessage).toHaveBeenCalledWith({ type: 'lede/analyze-tab', tabId: 7, force: false, fresh: false });
  });

  test('renders the four sections, with the title, the source and the tools', () => {
    expect(state()).toBe('ready');
    expect($('#title')!.textContent).toBe('Xi and Putin in Beijing');
    expect($('#meta')!.textContent).toBe('The Example Courier · Courier World Desk');
    expect($$('main section h2').map((h) => h.textContent)).toEqual(['Key sentences', 'Key quotes', 'Participants', 'Key figures']);
    expect($('#status')!.textContent).toBe('Summary ready.');
    expect($('#action')!.hidden).toBe(true);
    expect($('#tools')!.hidden).toBe(false);
  });

  test('lists the engine’s first three picks (the default setting), in reading order', () => {
    const best = sampleResult.keySentences.filter((s) => s.rank! < 3);
    expect(best).toHaveLength(3);
    expect($$('#sentences li .jump').map((b) => b.textContent)).toEqual(best.map((s) => s.text));
  });

  test('groups participants by type, each with its mention count', () => {
    const groups = $$('#participants h3').map((h) => h.textContent);
    expect(groups.length).toBeGreaterThan(0);
    expect(['People', 'Organisations', 'Places']).toEqual(expect.arrayContaining(groups as string[]));
    for (const li of $$('#participants li.participant')) expect(li.querySelector('.count')!.textContent).toMatch(/^1 mention$|^\d+ mentions$/);
  });

  test('every section shows its items, or one short line when empty', () => {
    for (const id of ['sentences', 'quotes', 'participants', 'figures']) {
      const s = $(`#${id}`)!;
      const items = s.querySelectorAll('li').length;
      const empty = s.querySelector('.empty');
      expect(items > 0 ? !empty : !!empty?.textContent).toBe(true);
    }
  });
});

describe('popup: items jump to the page and copy', () => {
  const people = { id: 'p0', name: 'Ana Ruiz', type: 'person' as const, role: 'Mayor', aliases: ['Ruiz'], mentions: [{ text: 'Ana Ruiz', start: 40, end: 48 }], salience: 1 };
  const quotes = Array.from({ length: 7 }, (_, i) => q(`“Quote number ${i}”`, i % 2 ? 'Ana Ruiz' : 'Bo Lin', true, { start: 100 + i * 20, end: 115 + i * 20, speakerId: i % 2 ? 'p0' : null }));
  const result: AnalysisResult = {
    ...sampleResult,
    keySentences: [{ text: 'First.', start: 0, end: 6, sentence: 0, score: 1 }],
    quotes: [...quotes, q('that the plan was fine', 'Bo Lin', false, { start: 300, end: 322 })],
    participants: [people],
    figures: [{ text: '$5m', start: 10, end: 13, kind: 'money', sentence: 0, score: 1, measures: 'the cost' }],
    sentences: [{ text: 'The cost was $5m.', start: 0, end: 17, index: 0, paragraph: 0 }],
  };
  beforeEach(async () => {
    fake.tabs.sendMessage.mockReset().mockResolvedValue({ ok: true });
    clipboard.writeText.mockClear();
    await showWith(readyState(result));
  });

  test('clicking an item asks the page to highlight its span', () => {
    $('#sentences .jump')!.click();
    expect(fake.tabs.sendMessage).toHaveBeenLastCalledWith(7, { type: 'lede/highlight', start: 0, end: 6, of: 'page' }, { frameId: 0 });
    $$('#quotes .jump')[1].click();
    expect(fake.tabs.sendMessage).toHaveBeenLastCalledWith(7, { type: 'lede/highlight', start: 120, end: 135, of: 'page' }, { frameId: 0 });
    $('#participants .jump')!.click();
    expect(fake.tabs.sendMessage).toHaveBeenLastCalledWith(7, { type: 'lede/highlight', start: 40, end: 48, of: 'page' }, { frameId: 0 });
  });

  test('a figure jumps to its sentence, and shows that sentence on expand', () => {
    $('#figures .jump')!.click();
    expect(fake.tabs.sendMessage).toHaveBeenLastCalledWith(7, { type: 'lede/highlight', start: 0, end: 17, of: 'page' }, { frameId: 0 });
    expect($('#figures .jump')!.textContent).toBe('the cost: $5m');
    const toggle = $('#figures .toggle')!;
    const panel = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(panel.hidden).toBe(true);
    toggle.click();
    expect([panel.hidden, toggle.getAttribute('aria-expanded'), panel.textContent]).toEqual([false, 'true', 'The cost was $5m.']);
  });

  test('Escape clears the highlight', () => {
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(fake.tabs.sendMessage).toHaveBeenLastCalledWith(7, { type: 'lede/clear-highlight' }, { frameId: 0 });
  });

  test('a passage the page cannot find says so', async () => {
    fake.tabs.sendMessage.mockResolvedValue({ ok: false });
    $('#sentences .jump')!.click();
    await tick();
    expect($('#toast')!.textContent).toBe(getMessage('jumpFailed'));
    fake.tabs.sendMessage.mockRejectedValue(new Error('Receiving end does not exist.'));
    $('#sentences .jump')!.click();
    await tick();
    expect($('#toast')!.textContent).toBe(getMessage('jumpFailed'));
  });

  test('the speaker shows with their role; reported speech looks different', () => {
    const rows = $$('#quotes li.quote');
    expect(rows[1].querySelector('.speaker')!.textContent).toBe('— Ana Ruiz, Mayor');
    expect(rows[0].querySelector('.speaker')!.textContent).toBe('— Bo Lin');
    const reported = rows[rows.length - 1];
    expect(reported.classList.contains('reported')).toBe(true);
    expect(reported.querySelector('q')).toBeNull();
    expect(reported.querySelector('.reported-tag')!.textContent).toBe('(reported)');
  });

  test(`shows ${QUOTES_SHOWN} quotes, and "Show all N quotes" shows the rest`, () => {
    const visible = () => $$('#quotes > ul > li').filter((li) => !li.hidden).length;
    expect(visible()).toBe(QUOTES_SHOWN);
    const more = $('#quotes .more')!;
    expect(more.textContent).toBe('Show all 8 quotes');
    more.click();
    expect(visible()).toBe(8);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    more.click();
    expect(visible()).toBe(QUOTES_SHOWN);
  });

  test('expanding a participant lists their quotes', () => {
    const toggle = $('#participants .toggle')!;
    expect(toggle.textContent).toBe('3 quotes');
    toggle.click();
    const panel = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(Array.from(panel.querySelectorAll('q')).map((e) => e.textContent)).toEqual(['Quote number 1', 'Quote number 3', 'Quote number 5']);
  });

  test('each item copies as plain text', async () => {
    $$('#quotes .copy')[1].click();
    $('#figures .copy')!.click();
    $('#participants .copy')!.click();
    await tick();
    expect(clipboard.writeText.mock.calls.map((c) => c[0])).toEqual(['“Quote number 1” — Ana Ruiz, Mayor', 'the cost: $5m', 'Ana Ruiz (Mayor)']);
    expect($('#toast')!.textContent).toBe('Copied.');
  });

  test('"Copy as Markdown" copies the title, the URL and every section', async () => {
    $('#copy-markdown')!.click();
    await tick();
    const md = clipboard.writeText.mock.calls[0][0];
    expect(md).toMatch(/^# Xi and Putin in Beijing\n\n<https:\/\/news\.example\/a>/);
    for (const part of ['## Key sentences', '- First.', '## Key quotes', '“Quote number 0” — Bo Lin', '## Participants', 'Ana Ruiz (Mayor)', '## Key figures', '- the cost: $5m']) {
      expect(md).toContain(part);
    }
  });

  test('"Download JSON" saves the CLI’s schema', async () => {
    const blobs: Blob[] = [];
    const urls = URL as unknown as { createObjectURL: (b: Blob) => string; revokeObjectURL: () => void };
    urls.createObjectURL = (b: Blob) => (blobs.push(b), 'blob:lede-test');
    urls.revokeObjectURL = () => undefined;
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    $('#download-json')!.click();
    expect(click).toHaveBeenCalled();
    click.mockRestore();
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader(); // jsdom's Blob has no text()
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0]);
    });
    const json = JSON.parse(text);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['article', 'keySentences', 'quotes', 'participants', 'figures']));
    expect(json).not.toHaveProperty('sentences');
    expect(json.quotes[0]).toMatchObject({ text: '“Quote number 0”', start: 100, end: 115, speaker: 'Bo Lin', direct: true });
    expect(json.article.title).toBe('Xi and Putin in Beijing');
  });

  test('Options opens the options page', () => {
    $('#open-options')!.click();
    expect(fake.runtime.openOptionsPage).toHaveBeenCalled();
  });
});

describe('popup: keyboard', () => {
  beforeAll(() => showWith(readyState()));
  const key = (target: HTMLElement, k: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));

  test('Tab reaches each list once: only the current row takes part in the tab order', () => {
    const rows = $$('#sentences li.row');
    expect(rows.length).toBe(3);
    expect(rows.map((r) => (r.querySelector('.jump') as HTMLElement).tabIndex)).toEqual([0, -1, -1]);
  });

  test('arrows move between rows and between a row’s controls; Home and End jump', () => {
    const jumps = $$('#sentences .jump');
    jumps[0].focus();
    key(jumps[0], 'ArrowDown');
    expect(document.activeElement).toBe(jumps[1]);
    expect(jumps.map((j) => j.tabIndex)).toEqual([-1, 0, -1]);
    key(jumps[1], 'ArrowRight');
    expect(document.activeElement).toBe(jumps[1].parentElement!.querySelector('.copy'));
    key(document.activeElement as HTMLElement, 'ArrowLeft');
    expect(document.activeElement).toBe(jumps[1]);
    key(jumps[1], 'End');
    expect(document.activeElement).toBe(jumps[2]);
    key(jumps[2], 'ArrowDown'); // stays on the last row
    expect(document.activeElement).toBe(jumps[2]);
    key(jumps[2], 'Home');
    expect(document.activeElement).toBe(jumps[0]);
    key(jumps[0], 'ArrowUp');
    expect(document.activeElement).toBe(jumps[0]);
  });

  test('Enter on an item jumps (items are buttons)', () => {
    expect($('#sentences .jump')!.tagName).toBe('BUTTON');
  });
});

describe('popup: the reader’s settings', () => {
  const result: AnalysisResult = { ...sampleResult, quotes: [q('“Yes,” she said.', 'A', true), q('that it was done', 'B', false)] };

  test('the number of key sentences', async () => {
    await showWith(readyState(result), { summaryLength: 1 });
    expect($$('#sentences li')).toHaveLength(1);
    await showWith(readyState(result), { summaryLength: 5 });
    expect($$('#sentences li')).toHaveLength(Math.min(5, sampleResult.keySentences.length));
  });

  test('sections switched off are not shown', async () => {
    await showWith(readyState(result), { sections: { sentences: true, quotes: false, participants: true, figures: false } });
    expect($$('main section').map((s) => s.id)).toEqual(['sentences', 'participants']);
  });

  test('direct quotes only', async () => {
    await showWith(readyState(result), { quotes: 'direct' });
    expect($$('#quotes li.quote')).toHaveLength(1);
    await showWith(readyState(result), { quotes: 'all' });
    expect($$('#quotes li.quote')).toHaveLength(2);
  });
});

describe('popup: a cached result', () => {
  const cacheIt = () => {
    fake.storageMap.set('tab:7', { url: 'https://news.example/a', version: sampleResult.version, state: readyState() });
    fake.tabs.query.mockResolvedValueOnce([{ id: 7, url: 'https://news.example/a' }]);
  };
  afterEach(() => fake.storageMap.clear());

  test('is read straight from storage.session, without asking the worker', async () => {
    cacheIt();
    fake.tabs.sendMessage.mockReset().mockResolvedValue({ selection: false });
    await showWith(undefined);
    expect(state()).toBe('ready');
    expect(fake.runtime.sendMessage).not.toHaveBeenCalled();
    expect(fake.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'lede/selection-state' }, { frameId: 0 });
  });

  test('a page whose content script is gone still shows its cached result', async () => {
    cacheIt();
    fake.tabs.sendMessage.mockReset().mockRejectedValue(new Error('Receiving end does not exist.'));
    await showWith(undefined);
    expect(state()).toBe('ready');
    expect(fake.runtime.sendMessage).not.toHaveBeenCalled();
  });

  test('but when the reader has selected text since, the selection is summarised instead', async () => {
    cacheIt();
    fake.tabs.sendMessage.mockReset().mockResolvedValue({ selection: true });
    const selection: TabState = { ...(readyState() as Extract<TabState, { state: 'ready' }>), source: 'selection' };
    await showWith(selection);
    expect(fake.runtime.sendMessage).toHaveBeenCalledWith({ type: 'lede/analyze-tab', tabId: 7, force: false, fresh: true });
    expect($('#meta')!.textContent).toBe('Summary of the text you selected');
    fake.tabs.sendMessage.mockReset().mockResolvedValue({ ok: true });
    $('#sentences .jump')!.click();
    expect(fake.tabs.sendMessage).toHaveBeenLastCalledWith(7, expect.objectContaining({ type: 'lede/highlight', of: 'selection' }), { frameId: 0 });
  });
});

describe('popup: opened as popup.html?tab=ID (the worker hints the tab of a cached result)', () => {
  const URL = 'https://news.example/a';
  const cacheIt = (url = URL) => fake.storageMap.set('tab:7', { url, version: sampleResult.version, state: readyState() });
  /** A call that answers when the test says. */
  const held = <T>(mock: jest.Mock) => {
    let answer!: (v: T) => void;
    mock.mockReset().mockReturnValue(new Promise<T>((r) => (answer = r)));
    return (v: T) => answer(v);
  };
  const cached = (settings?: Partial<Settings>, mirror: Partial<Settings> | null = {}) => {
    fake.syncMap.clear();
    if (settings) fake.syncMap.set('settings', { ...DEFAULT_SETTINGS, ...settings });
    if (mirror) fake.storageMap.set('settings', { ...DEFAULT_SETTINGS, ...mirror });
    fake.runtime.sendMessage.mockReset().mockResolvedValue(undefined);
    // A popup just opened: still in popup.html's loading state.
    renderLoading(popupElements());
    delete document.body.dataset.via;
    return popup.showCached(popupElements(), 7);
  };
  const settle = async (until: () => boolean) => {
    for (let i = 0; i < 50 && !until(); i++) await tick();
  };
  afterEach(() => {
    fake.storageMap.clear();
    fake.tabs.query.mockReset().mockResolvedValue([{ id: 7 }]);
  });

  test('renders the cached result as soon as its one read of storage.session answers, before the tab query and the page do', async () => {
    cacheIt();
    const answerQuery = held<object[]>(fake.tabs.query);
    const answerPage = held<{ selection: boolean }>(fake.tabs.sendMessage);
    (fake.storage.session.get as jest.Mock).mockClear();
    const shown = cached();
    await settle(() => state() === 'ready');
    expect(state()).toBe('ready');
    expect($$('#sentences li')).toHaveLength(3);
    // One read gives the entry and the settings; the other calls went out at the same time.
    expect(fake.storage.session.get).toHaveBeenCalledWith(['tab:7', 'settings']);
    expect(fake.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(fake.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'lede/selection-state' }, { frameId: 0 });
    expect(document.body.dataset.via).toBe('tab-hint');
    answerQuery([{ id: 7, url: URL }]);
    answerPage({ selection: false });
    await shown;
    expect(state()).toBe('ready');
    expect(fake.runtime.sendMessage).not.toHaveBeenCalled();
  });

  test.each([
    ['another tab is the active one', [{ id: 8, url: URL }], 8],
    ['the tab shows another page than the entry (it navigated)', [{ id: 7, url: 'https://news.example/b' }], 7],
  ])('the hint is checked after the paint: when %s, the active tab is read as without a hint', async (_, tabs, asked) => {
    cacheIt();
    fake.tabs.query.mockReset().mockResolvedValue(tabs);
    fake.tabs.sendMessage.mockReset().mockResolvedValue({ selection: false });
    const shown = cached();
    fake.runtime.sendMessage.mockResolvedValue(readyState());
    await shown;
    expect(fake.runtime.sendMessage).toHaveBeenCalledWith({ type: 'lede/analyze-tab', tabId: asked, force: false, fresh: false });
    expect(state()).toBe('ready');
    expect(document.body.dataset.via).toBeUndefined();
  });

  test('no entry for the tab (dropped when it navigated): the usual path, the worker is asked', async () => {
    fake.tabs.query.mockReset().mockResolvedValue([{ id: 7, url: URL }]);
    fake.tabs.sendMessage.mockReset().mockResolvedValue({ selection: false });
    const shown = cached();
    fake.runtime.sendMessage.mockResolvedValue(readyState());
    await shown;
    expect(fake.runtime.sendMessage).toHaveBeenCalledWith({ type: 'lede/analyze-tab', tabId: 7, force: false, fresh: false });
  });

  test('settings changed since the mirror was written: the result is rendered again with those of storage.sync, and the mirror follows', async () => {
    cacheIt();
    fake.tabs.query.mockReset().mockResolvedValue([{ id: 7, url: URL }]);
    fake.tabs.sendMessage.mockReset().mockResolvedValue({ selection: false });
    await cached({ summaryLength: 1, sections: { ...DEFAULT_SETTINGS.sections, figures: false } }, { summaryLength: 3 });
    expect($$('#sentences li')).toHaveLength(1);
    expect($('#figures')).toBeNull();
    expect(fake.storageMap.get('settings')).toMatchObject({ summaryLength: 1 });
    expect(fake.runtime.sendMessage).not.toHaveBeenCalled();
  });

  test('no mirror yet: the settings of storage.sync are read first, and mirrored', async () => {
    cacheIt();
    fake.tabs.query.mockReset().mockResolvedValue([{ id: 7, url: URL }]);
    fake.tabs.sendMessage.mockReset().mockResolvedValue({ selection: false });
    await cached({ summaryLength: 2 }, null);
    expect($$('#sentences li')).toHaveLength(2);
    expect(fake.storageMap.get('settings')).toMatchObject({ summaryLength: 2 });
  });

  test('the popup opens at its full height until the result is painted (no resize of the window when it lands)', async () => {
    cacheIt();
    fake.tabs.query.mockReset().mockResolvedValue([{ id: 7, url: URL }]);
    fake.tabs.sendMessage.mockReset().mockResolvedValue({ selection: false });
    document.documentElement.classList.add(popup.PRESIZED);
    await cached();
    expect(state()).toBe('ready');
    await settle(() => !document.documentElement.classList.contains(popup.PRESIZED));
    await new Promise((r) => setTimeout(r, 300)); // afterPaintOrTimeout: a frame, or 250 ms unseen
    expect(document.documentElement.classList.contains(popup.PRESIZED)).toBe(false);
  });

  test('text selected in the page is summarised instead of the cached result', async () => {
    cacheIt();
    fake.tabs.query.mockReset().mockResolvedValue([{ id: 7, url: URL }]);
    fake.tabs.sendMessage.mockReset().mockResolvedValue({ selection: true });
    const selection: TabState = { ...(readyState() as Extract<TabState, { state: 'ready' }>), source: 'selection' };
    const shown = cached();
    fake.runtime.sendMessage.mockResolvedValue(selection);
    await shown;
    expect(fake.runtime.sendMessage).toHaveBeenCalledWith({ type: 'lede/analyze-tab', tabId: 7, force: false, fresh: true });
    expect($('#meta')!.textContent).toBe('Summary of the text you selected');
  });
});

describe('popup: a cached result and a page slow to say whether text is selected', () => {
  const cacheIt = () => {
    fake.storageMap.set('tab:7', { url: 'https://news.example/a', version: sampleResult.version, state: readyState() });
    fake.tabs.query.mockResolvedValue([{ id: 7, url: 'https://news.example/a' }]);
  };
  /** The page's answer to lede/selection-state, given when the test says. */
  const slowPage = () => {
    let answer!: (r: { selection: boolean }) => void;
    fake.tabs.sendMessage.mockReset().mockReturnValue(new Promise((r) => (answer = r)));
    return (selection: boolean) => answer({ selection });
  };
  afterEach(() => {
    fake.storageMap.clear();
    fake.tabs.query.mockReset().mockResolvedValue([{ id: 7 }]);
  });

  test(`the cached result is shown after ${SELECTION_WAIT_MS} ms without the answer, and stays when there is no selection`, async () => {
    cacheIt();
    const answer = slowPage();
    await showWith(undefined);
    expect(state()).toBe('ready');
    expect($('#meta')!.textContent).not.toBe('Summary of the text you selected');
    answer(false);
    await new Promise((r) => setTimeout(r, 20));
    expect(fake.runtime.sendMessage).not.toHaveBeenCalled();
    expect(state()).toBe('ready');
  });

  test('a selection the page reports late is summarised then', async () => {
    cacheIt();
    const answer = slowPage();
    const selection: TabState = { ...(readyState() as Extract<TabState, { state: 'ready' }>), source: 'selection' };
    await showWith(selection);
    expect(state()).toBe('ready');
    expect(fake.runtime.sendMessage).not.toHaveBeenCalled();
    answer(true);
    for (let i = 0; i < 50 && $('#meta')!.textContent !== 'Summary of the text you selected'; i++) await tick();
    expect(fake.runtime.sendMessage).toHaveBeenCalledWith({ type: 'lede/analyze-tab', tabId: 7, force: false, fresh: true });
    expect($('#meta')!.textContent).toBe('Summary of the text you selected');
  });
});

const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

describe('popup: page text is never HTML', () => {
  const result: AnalysisResult = {
    ...sampleResult,
    keySentences: [{ text: `A sentence ${hostile}`, start: 0, end: 10, sentence: 0, score: 1 }],
    quotes: [
      q(`“${hostile}”`, '<b onclick="x()">Mallory</b>', true),
      q(`that <a href="javascript:alert(1)">this</a> was fine`, null, false),
    ],
    participants: [{ id: 'p0', name: `<svg onload="window.__pwned=3">Eve`, type: 'person', role: '<i>Minister</i>', aliases: [], mentions: [], salience: 1 }],
    figures: [{ text: '<style>body{display:none}</style>$5', start: 0, end: 5, kind: 'money', sentence: 0, score: 1, measures: '<u>cost</u>' }],
  };

  beforeAll(() => showWith(readyState(result, `<h1>${hostile}</h1>`)));

  test('creates no element from page text', () => {
    expect(state()).toBe('ready');
    expect(document.querySelectorAll('main img, main script, main b, main a, main svg, main i, main u, main style, header h1 h1, header img').length).toBe(0);
  });

  test('shows the markup as literal text', () => {
    expect($('#quotes q')!.textContent).toBe(hostile);
    expect($('#quotes .speaker')!.textContent).toBe('— <b onclick="x()">Mallory</b>');
    expect($('#participants .name')!.textContent).toBe('<svg onload="window.__pwned=3">Eve');
    expect($('#title')!.textContent).toBe(`<h1>${hostile}</h1>`);
    expect($('#figures .value')!.textContent).toBe('<style>body{display:none}</style>$5');
  });

  test('runs nothing', () => {
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  test('a reported quote with no speaker says so plainly', () => {
    const reported = $$('#quotes li')[1];
    expect(reported.classList.contains('reported')).toBe(true);
    expect(reported.textContent).toContain('(reported)');
    expect(reported.textContent).toContain('— unknown speaker');
  });
});

describe('popup: the other states', () => {
  test('loading: shown while the worker works', async () => {
    let answer!: (s: TabState) => void;
    fake.runtime.sendMessage.mockReset().mockReturnValue(new Promise((r) => (answer = r)));
    const done = popup.show(popupElements());
    await tick();
    expect(state()).toBe('loading');
    expect(document.body.getAttribute('aria-busy')).toBe('true');
    expect($('#status')!.textContent).toBe('Reading the article…');
    expect($('#content')!.hidden).toBe(true);
    expect($('#tools')!.hidden).toBe(true);
    answer(readyState());
    await done;
    expect(state()).toBe('ready');
    expect(document.body.hasAttribute('aria-busy')).toBe(false);
  });

  test('not an article: says so and offers "Summarise anyway", which asks again with force', async () => {
    const action = await showWith({ state: 'not-article', reason: 'not-article', message: "This page doesn't look like an article.", forced: false });
    expect(action).toBe('force');
    expect(state()).toBe('not-article');
    expect($('#status')!.textContent).toBe("This page doesn't look like an article.");
    expect($('#content')!.hidden).toBe(true);
    expect($('#tools')!.hidden).toBe(true);
    const button = $('#action') as HTMLButtonElement;
    expect(button.hidden).toBe(false);
    expect(button.textContent).toBe('Summarise anyway');
    expect($('#hint')!.hidden).toBe(false);
    expect($('#hint')!.textContent).toMatch(/select the part of the page/);
    expect(document.activeElement).toBe(button);
    fake.runtime.sendMessage.mockReset().mockResolvedValue(readyState());
    button.click();
    await tick();
    await tick();
    expect(fake.runtime.sendMessage).toHaveBeenCalledWith({ type: 'lede/analyze-tab', tabId: 7, force: true, fresh: false });
    expect(state()).toBe('ready');
  });

  test('not an article even when forced: no button offering the same again', async () => {
    expect(await showWith({ state: 'not-article', reason: 'empty', message: 'This page has no article text.', forced: true })).toBeNull();
    expect($('#action')!.hidden).toBe(true);
  });

  test.each<[RestrictedKind, RegExp]>([
    ['browser-page', /browser's own pages/],
    ['web-store', /extension store/],
    ['pdf', /PDF/],
    ['file', /Access to file URLs/],
    ['view-source', /source view/],
    ['blank', /empty/],
    ['other', /does not let extensions read this page/],
  ])('restricted (%s): its own message, no button', async (kind, text) => {
    expect(await showWith({ state: 'restricted', kind })).toBeNull();
    expect(state()).toBe('restricted');
    expect($('#hint')!.hidden).toBe(true);
    expect($('#status')!.textContent).toMatch(text);
    expect($('#action')!.hidden).toBe(true);
    expect($('#content')!.childElementCount).toBe(0);
  });

  test('error: the message and "Try again"', async () => {
    expect(await showWith({ state: 'error', message: 'Lede could not read this page (boom).' })).toBe('retry');
    expect(state()).toBe('error');
    expect($('#status')!.textContent).toBe('Lede could not read this page (boom).');
    expect($('#action')!.textContent).toBe('Try again');
  });

  test('a worker that does not answer, or a failing tabs API, is an error, not a blank popup', async () => {
    await showWith(undefined);
    expect(state()).toBe('error');
    expect($('#status')!.textContent).toBe(getMessage('workerSilent'));
    fake.tabs.query.mockRejectedValueOnce(new Error('tabs exploded'));
    await showWith(readyState());
    expect($('#status')!.textContent).toBe('tabs exploded');
  });

  test('a truncated article says so', async () => {
    const long = { ...sampleResult, stats: { ...sampleResult.stats, truncated: true, analyzedChars: 400000, chars: 950000 } };
    await showWith(readyState(long));
    expect($('#content .note')!.textContent).toBe('This article is very long: Lede read its first 400,000 of 950,000 characters.');
  });
});

describe('popup strings', () => {
  test('every string the popup asked for in these tests is in _locales/en/messages.json', () => {
    const html = fs.readFileSync(path.join(root, 'src/extension/popup/popup.html'), 'utf8');
    for (const [, key] of html.matchAll(/data-i18n="([^"]+)"/g)) expect(getMessage(key)).not.toBe('');
    expect(fake.i18nMisses).toEqual([]);
  });
});
