/**
 * The popup's first paint of a result holds what fills the popup only (an estimate of the rows'
 * heights against FIRST_PAINT_PX): the key sentences, the top of the lists after them, and the
 * sections below that come right after (src/extension/popup/render.ts, `later`). Once added, the
 * popup is the same as one built at once: the same sections and rows in the same order, the same
 * hidden quotes, one row of each list in the Tab order. "Show all quotes" pressed before the rest
 * arrives still shows them all.
 */
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { FIRST_ROWS, type ItemActions, type Later, QUOTES_SHOWN, renderResult } from '../../src/extension/popup/render';
import type { AnalysisResult } from '../../src/core/types';

jest.mock('webextension-polyfill', () => require('../helpers/fake-browser').fakeBrowserModule());

const text = fs.readFileSync(path.join(__dirname, '../fixtures/pages/beijing-summit/article.txt'), 'utf8');
const result = analyze({ text, title: 'Xi and Putin in Beijing', lang: 'en' }, { summaryLength: 5 });
const actions: ItemActions = { jump: jest.fn(), copy: jest.fn() };
const places = result.participants.filter((p) => p.type === 'place').length;

/** What the reader can see and reach in each list: row texts, hidden flags, tab stops. */
function lists(root: HTMLElement) {
  return Array.from(root.querySelectorAll<HTMLElement>('[data-roving]'))
    .filter((l) => !l.closest('.panel'))
    .map((l) => {
      const rows = Array.from(l.children) as HTMLElement[];
      return {
        section: l.closest('section')!.id,
        rows: rows.map((r) => r.querySelector('.jump')!.textContent),
        hidden: rows.filter((r) => r.hidden).length,
        /** Rows whose controls are in the Tab order (a roving tabindex: one). */
        current: rows.filter((r) => Array.from(r.querySelectorAll<HTMLElement>('.rv')).some((c) => c.tabIndex === 0 && !c.closest('.panel'))).length,
      };
    });
}

function render(later?: Later, r: AnalysisResult = result): HTMLElement {
  const root = document.createElement('div');
  renderResult(root, r, actions, new Set(), later);
  return root;
}

const sectionIds = (root: HTMLElement) => Array.from(root.querySelectorAll('section')).map((s) => s.id);

describe('popup: the first paint of a long result', () => {
  test('the sample article has lists longer than the first paint holds', () => {
    expect(result.quotes.length).toBeGreaterThan(QUOTES_SHOWN);
    expect(result.figures.length).toBeGreaterThan(FIRST_ROWS);
    expect(places).toBeGreaterThanOrEqual(FIRST_ROWS);
  });

  test('first what fills the popup (the key sentences, then quotes); after the put-off work, the same popup as one built at once', () => {
    const later: Later = [];
    const root = render(later);
    const first = lists(root);
    expect(first[0]).toMatchObject({ section: 'sentences', hidden: 0 });
    expect(first[0].rows).toHaveLength(result.keySentences.length);
    const quotes = first.find((l) => l.section === 'quotes')!;
    expect(quotes.rows.length).toBeGreaterThanOrEqual(1);
    expect(quotes.rows.length).toBeLessThanOrEqual(QUOTES_SHOWN);
    // The sections below the first screen are not built yet.
    expect(sectionIds(root)).not.toContain('figures');
    for (const l of first) expect(l.rows.length).toBeLessThanOrEqual(FIRST_ROWS);
    expect(later.length).toBeGreaterThan(0);

    for (const job of later) job();
    expect(sectionIds(root)).toEqual(['sentences', 'quotes', 'participants', 'figures']);
    expect(lists(root)).toEqual(lists(render()));
    expect(lists(root).find((l) => l.section === 'quotes')!.hidden).toBe(result.quotes.length - QUOTES_SHOWN);
    for (const l of lists(root)) expect([l.section, l.current]).toEqual([l.section, 1]);
  });

  test('a short result is built whole in the first paint', () => {
    const short: AnalysisResult = {
      ...result,
      keySentences: result.keySentences.slice(0, 1),
      quotes: result.quotes.slice(0, 1),
      participants: result.participants.slice(0, 2),
      figures: result.figures.slice(0, 1),
    };
    const later: Later = [];
    const root = render(later, short);
    expect(later).toEqual([]);
    expect(lists(root)).toEqual(lists(render(undefined, short)));
  });

  test('"Show all quotes" pressed before the rest arrives shows every quote, once', () => {
    const later: Later = [];
    const root = render(later);
    root.querySelector<HTMLButtonElement>('#quotes .more')!.click();
    const quotes = () => lists(root).find((l) => l.section === 'quotes')!;
    expect(quotes()).toMatchObject({ hidden: 0 });
    expect(quotes().rows).toHaveLength(result.quotes.length);
    for (const job of later) job();
    expect(quotes()).toMatchObject({ hidden: 0 });
    expect(quotes().rows).toHaveLength(result.quotes.length);
    root.querySelector<HTMLButtonElement>('#quotes .more')!.click();
    expect(quotes().hidden).toBe(result.quotes.length - QUOTES_SHOWN);
  });
});
