/**
 * The popup in jsdom: every state it can show, and proof that page text is only ever text
 * (a hostile quote, name or title creates no element and runs nothing).
 */
import fs from 'node:fs';
import path from 'node:path';
import browser from 'webextension-polyfill';
import { analyze } from '../../src/core/analyze';
import type { AnalysisResult } from '../../src/core/types';
import type { RestrictedKind, TabState } from '../../src/extension/messages';
import { type FakeBrowser, getMessage, loadDocument } from '../helpers/fake-browser';

jest.mock('webextension-polyfill', () => require('../helpers/fake-browser').fakeBrowserModule());

const fake = browser as unknown as FakeBrowser;
const root = path.join(__dirname, '../..');
const sampleText = fs.readFileSync(path.join(root, 'tests/fixtures/pages/beijing-summit/article.txt'), 'utf8');
const sampleResult = analyze({ text: sampleText, title: 'Xi and Putin in Beijing', lang: 'en' });
const readyState = (result: AnalysisResult = sampleResult, title = 'Xi and Putin in Beijing'): TabState => ({
  state: 'ready',
  article: { url: 'https://news.example/a', title, siteName: 'The Example Courier', byline: 'Courier World Desk' },
  result,
  source: 'readability',
  cached: false,
});

loadDocument(path.join(root, 'src/extension/popup/popup.html'));
fake.tabs.query.mockResolvedValue([{ id: 7 }]);
fake.runtime.sendMessage.mockResolvedValue(readyState());
// eslint-disable-next-line @typescript-eslint/no-require-imports
const popup = require('../../src/extension/popup/popup') as typeof import('../../src/extension/popup/popup');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { popupElements } = require('../../src/extension/popup/render') as typeof import('../../src/extension/popup/render');

const $ = (sel: string) => document.querySelector<HTMLElement>(sel);
const $$ = (sel: string) => Array.from(document.querySelectorAll<HTMLElement>(sel));
const state = () => document.body.dataset.state;

async function showWith(s: TabState | undefined, force = false) {
  fake.runtime.sendMessage.mockReset().mockResolvedValue(s);
  return popup.show(popupElements(), force);
}

describe('popup: a summary', () => {
  beforeAll(() => popup.ready);

  test('asks the worker about the active tab', () => {
    expect(fake.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(fake.runtime.sendMessage).toHaveBeenCalledWith({ type: 'lede/analyze-tab', tabId: 7, force: false });
  });

  test('renders the four sections, with the title and the source', () => {
    expect(state()).toBe('ready');
    expect($('#title')!.textContent).toBe('Xi and Putin in Beijing');
    expect($('#meta')!.textContent).toBe('The Example Courier · Courier World Desk');
    expect($$('main section h2').map((h) => h.textContent)).toEqual(['Key sentences', 'Key quotes', 'Participants', 'Key figures']);
    expect($('#status')!.textContent).toBe('Summary ready.');
    expect($('#action')!.hidden).toBe(true);
  });

  test('lists the key sentences in the engine’s order', () => {
    expect($$('#sentences li').map((li) => li.textContent)).toEqual(sampleResult.keySentences.map((s) => s.text));
    expect(sampleResult.keySentences.length).toBeGreaterThan(0);
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

const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

describe('popup: page text is never HTML', () => {
  const result: AnalysisResult = {
    ...sampleResult,
    keySentences: [{ text: `A sentence ${hostile}`, start: 0, end: 10, sentence: 0, score: 1 }],
    quotes: [
      { text: `“${hostile}”`, start: 0, end: 10, speaker: '<b onclick="x()">Mallory</b>', direct: true, sentence: 0, score: 1 },
      { text: `that <a href="javascript:alert(1)">this</a> was fine`, start: 0, end: 10, speaker: null, direct: false, sentence: 0, score: 1 },
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

  test('a reported quote is marked as reported, with an unknown speaker said plainly', () => {
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
    await Promise.resolve();
    expect(state()).toBe('loading');
    expect(document.body.getAttribute('aria-busy')).toBe('true');
    expect($('#status')!.textContent).toBe('Reading the article…');
    expect($('#content')!.hidden).toBe(true);
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
    const button = $('#action') as HTMLButtonElement;
    expect(button.hidden).toBe(false);
    expect(button.textContent).toBe('Summarise anyway');
    expect(document.activeElement).toBe(button);
    fake.runtime.sendMessage.mockReset().mockResolvedValue(readyState());
    button.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.runtime.sendMessage).toHaveBeenCalledWith({ type: 'lede/analyze-tab', tabId: 7, force: true });
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
    expect($('#content .note')!.textContent).toBe('This article is very long: Lede read its first 400000 of 950000 characters.');
  });
});

describe('popup strings', () => {
  test('every string the popup asked for in these tests is in _locales/en/messages.json', () => {
    const html = fs.readFileSync(path.join(root, 'src/extension/popup/popup.html'), 'utf8');
    for (const [, key] of html.matchAll(/data-i18n="([^"]+)"/g)) expect(getMessage(key)).not.toBe('');
    expect(fake.i18nMisses).toEqual([]);
  });
});
