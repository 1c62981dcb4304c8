/**
 * @jest-environment-options {"url": "https://news.example/world/asia/xi-putin-beijing"}
 */
/**
 * The content script, as injected into a page: it answers the worker's "lede/extract" with the
 * article (Readability on a clone of the page), or with a clear "not an article".
 */
import fs from 'node:fs';
import path from 'node:path';
import browser from 'webextension-polyfill';
import type { ExtractOutcome } from '../../src/extract/types';
import { type FakeBrowser, loadDocument } from '../helpers/fake-browser';

jest.mock('webextension-polyfill', () => require('../helpers/fake-browser').fakeBrowserModule());

const fake = browser as unknown as FakeBrowser;
const fixtures = path.join(__dirname, '../fixtures/pages');
const sampleParagraphs = fs
  .readFileSync(path.join(fixtures, 'beijing-summit/article.txt'), 'utf8')
  .split('\n')
  .map((p) => p.trim())
  .filter(Boolean);

require('../../src/extension/content/content-script');

const extract = (force?: boolean) => fake.deliver({ type: 'lede/extract', force }) as Promise<ExtractOutcome>;

describe('content script on the sample news page', () => {
  beforeAll(() => loadDocument(path.join(fixtures, 'beijing-summit/page.html')));

  test('returns exactly the article paragraphs: navigation, related links, newsletter and footer are gone', async () => {
    const out = await extract();
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.article.text.split('\n\n')).toEqual(sampleParagraphs);
    for (const chrome of ['Most read', 'Subscribe from', 'Privacy policy', 'Get the Asia briefing', 'Share on X', 'Related stories']) {
      expect(out.article.text).not.toContain(chrome);
    }
  });

  test('returns the metadata', async () => {
    const out = await extract();
    if (!out.ok) throw new Error(out.message);
    expect(out.article).toMatchObject({
      url: 'https://news.example/world/asia/xi-putin-beijing',
      title: 'Xi and Putin hail ‘stabilizing’ partnership as Beijing talks open',
      siteName: 'The Example Courier',
      lang: 'en',
    });
    expect(out.article.byline).toContain('Courier World Desk');
    expect(out.article.publishedTime).toBe('2024-05-16T18:40:00+08:00');
  });

  test('leaves the live page untouched (Readability works on a clone)', async () => {
    const before = document.documentElement.outerHTML;
    await extract();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  test('a single-page site that moves on in the same document gets the new metadata', async () => {
    const meta = document.querySelector('meta[property="og:title"]')!;
    const before = meta.getAttribute('content');
    await extract();
    meta.setAttribute('content', 'The next story');
    document.querySelector('h1')!.textContent = 'The next story';
    const out = await extract();
    meta.setAttribute('content', before!);
    if (!out.ok) throw new Error(out.message);
    expect(out.article.title).toBe('The next story');
  });

  test('reports whether the reader has selected text, and then summarises the selection', async () => {
    expect(await fake.deliver({ type: 'lede/selection-state' })).toEqual({ selection: false });
    const paragraphs = Array.from(document.querySelectorAll('.story-body p'));
    const range = document.createRange();
    range.setStart(paragraphs[9].firstChild!, 0);
    range.setEnd(paragraphs[10].lastChild!, paragraphs[10].lastChild!.textContent!.length);
    document.getSelection()!.addRange(range);
    try {
      expect(await fake.deliver({ type: 'lede/selection-state' })).toEqual({ selection: true });
      const out = await extract();
      if (!out.ok) throw new Error(out.message);
      expect(out.source).toBe('selection');
      expect(out.article.text.split('\n\n')).toEqual([sampleParagraphs[9], sampleParagraphs[10]]);
    } finally {
      document.getSelection()!.removeAllRanges();
    }
  });

  test('ignores messages from anything but this extension', () => {
    expect(fake.deliver({ type: 'lede/extract' }, { id: 'some-other-extension' })).toBeUndefined();
    expect(fake.deliver({ type: 'lede/extract' }, {})).toBeUndefined();
    expect(fake.deliver({ type: 'not-lede' })).toBeUndefined();
  });

  test('a second injection adds no second listener', () => {
    let second: FakeBrowser | undefined;
    jest.isolateModules(() => {
      second = require('webextension-polyfill').default as FakeBrowser;
      require('../../src/extension/content/content-script'); // runs the module a second time
    });
    expect(new Set([...fake.listeners, ...second!.listeners]).size).toBe(1);
  });
});

describe('content script on a page still loading', () => {
  beforeAll(() => loadDocument(path.join(fixtures, 'beijing-summit/page.html')));
  let state: DocumentReadyState = 'loading';
  beforeEach(() => {
    state = 'loading';
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => state });
  });
  afterEach(() => {
    delete (document as unknown as Record<string, unknown>).readyState; // back to jsdom's own
    jest.useRealTimers();
  });

  test('waits for the page to be parsed, then reads it', async () => {
    const out = extract();
    state = 'interactive';
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(await out).toMatchObject({ ok: true });
  });

  test('still loading after the wait: says so instead of reading half a page', async () => {
    jest.useFakeTimers();
    const out = extract();
    jest.advanceTimersByTime(3000);
    expect(await out).toEqual({ ok: false, reason: 'loading', message: 'This page is still loading. Try again once it has loaded.' });
  });
});

describe('content script on a section front (a list of headlines)', () => {
  beforeAll(() => loadDocument(path.join(fixtures, 'section-front/page.html')));

  test('says it is not an article rather than guessing', async () => {
    const out = await extract();
    expect(out).toMatchObject({ ok: false, reason: 'not-article' });
    if (out.ok) return;
    expect(out.message).toMatch(/article/i);
  });

  test('"summarise anyway" answers without throwing', async () => {
    const out = await extract(true);
    expect(typeof out.ok).toBe('boolean');
    if (!out.ok) expect(out.message).toBeTruthy();
  });
});
