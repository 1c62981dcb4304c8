/**
 * The reader's settings (storage.sync, with defaults and a migration path) and the options page.
 */
import path from 'node:path';
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, migrate } from '../../src/extension/settings';
import { type FakeBrowser, loadDocument } from '../helpers/fake-browser';

jest.mock('webextension-polyfill', () => require('../helpers/fake-browser').fakeBrowserModule());

const fake = browser as unknown as FakeBrowser;
const all = { sentences: true, quotes: true, participants: true, figures: true };

describe('settings: migrate', () => {
  test.each<[string, unknown, object]>([
    ['nothing stored', undefined, DEFAULT_SETTINGS],
    ['not an object', 'three', DEFAULT_SETTINGS],
    ['an array', [1, 2], DEFAULT_SETTINGS],
    ['current settings', { version: 1, summaryLength: 2, sections: { ...all, figures: false }, quotes: 'direct' }, { summaryLength: 2, sections: { ...all, figures: false }, quotes: 'direct' }],
    ['a length out of range (high)', { version: 1, summaryLength: 40 }, { summaryLength: 5 }],
    ['a length out of range (low)', { version: 1, summaryLength: 0 }, { summaryLength: 1 }],
    ['a fractional length', { version: 1, summaryLength: 2.6 }, { summaryLength: 3 }],
    ['a length that is not a number', { version: 1, summaryLength: 'NaN' }, { summaryLength: 3 }],
    ['an unknown quotes mode', { version: 1, quotes: 'some' }, { quotes: 'all' }],
    ['a partial sections object', { version: 1, sections: { quotes: false, bogus: true } }, { sections: { ...all, quotes: false } }],
    ['version 0, which called the length "sentences"', { sentences: 4 }, { version: 1, summaryLength: 4 }],
  ])('%s', (_name, raw, expected) => {
    const s = migrate(raw);
    expect(s).toMatchObject(expected);
    expect(s.version).toBe(1);
    expect(Object.keys(s.sections).sort()).toEqual(['figures', 'participants', 'quotes', 'sentences']);
  });

  test('never shares the defaults object', () => {
    const s = migrate(undefined);
    s.sections.quotes = false;
    expect(DEFAULT_SETTINGS.sections.quotes).toBe(true);
  });
});

describe('options page', () => {
  beforeAll(async () => {
    fake.syncMap.set('settings', { version: 1, summaryLength: 2, sections: { ...all, participants: false }, quotes: 'direct' });
    loadDocument(path.join(__dirname, '../../src/extension/options/options.html'));
    await (require('../../src/extension/options/options') as typeof import('../../src/extension/options/options')).ready;
  });
  const form = () => document.getElementById('options') as HTMLFormElement;
  const input = (sel: string) => form().querySelector<HTMLInputElement>(sel)!;

  test('shows the stored settings, with its labels from _locales', () => {
    expect((form().elements.namedItem('summaryLength') as HTMLSelectElement).value).toBe('2');
    expect(input('input[value="participants"]').checked).toBe(false);
    expect(input('input[value="quotes"][name="section"]').checked).toBe(true);
    expect(input('input[name="quotes"][value="direct"]').checked).toBe(true);
    expect(document.querySelector('h1')!.textContent).toBe('Lede options');
    expect(fake.i18nMisses).toEqual([]);
  });

  test('saves each change to storage.sync at once', async () => {
    const select = form().elements.namedItem('summaryLength') as HTMLSelectElement;
    select.value = '5';
    input('input[value="figures"]').checked = false;
    input('input[name="quotes"][value="all"]').checked = true;
    form().dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.syncMap.get('settings')).toEqual({
      version: 1,
      summaryLength: 5,
      sections: { sentences: true, quotes: true, participants: false, figures: false },
      quotes: 'all',
    });
    expect(document.getElementById('saved')!.textContent).toBe('Saved.');
  });
});
