/**
 * The popup's first paint of a result holds the top of each long list only; the rest is added
 * right after (src/extension/popup/render.ts, `later`). Once added, the popup is the same as one
 * built at once: the same rows in the same order, the same hidden quotes, one row of each list
 * in the Tab order. "Show all quotes" pressed before the rest arrives still shows them all.
 */
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { FIRST_ROWS, type ItemActions, type Later, QUOTES_SHOWN, renderResult } from '../../src/extension/popup/render';

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

function render(later?: Later): HTMLElement {
  const root = document.createElement('div');
  renderResult(root, result, actions, new Set(), later);
  return root;
}

describe('popup: the first paint of a long result', () => {
  test('the sample article has lists longer than the first paint holds', () => {
    expect(result.quotes.length).toBeGreaterThan(QUOTES_SHOWN);
    expect(result.figures.length).toBeGreaterThan(FIRST_ROWS);
    expect(places).toBeGreaterThanOrEqual(FIRST_ROWS);
  });

  test('first the top of each list; after the put-off work, the same popup as one built at once', () => {
    const later: Later = [];
    const root = render(later);
    const first = lists(root);
    expect(first.find((l) => l.section === 'quotes')!.hidden).toBe(0);
    expect(first.find((l) => l.section === 'quotes')!.rows).toHaveLength(QUOTES_SHOWN);
    expect(first.find((l) => l.section === 'figures')!.rows).toHaveLength(FIRST_ROWS);
    for (const l of first) expect(l.rows.length).toBeLessThanOrEqual(FIRST_ROWS);
    expect(later.length).toBeGreaterThan(0);

    for (const job of later) job();
    expect(lists(root)).toEqual(lists(render()));
    expect(lists(root).find((l) => l.section === 'quotes')!.hidden).toBe(result.quotes.length - QUOTES_SHOWN);
    for (const l of lists(root)) expect([l.section, l.current]).toEqual([l.section, 1]);
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
