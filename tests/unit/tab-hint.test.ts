/** The popup's `?tab=ID` hint: only a plain tab id counts. */
import { hintedTabId } from '../../src/extension/tab-hint';

jest.mock('webextension-polyfill', () => ({}));

describe('hintedTabId', () => {
  test.each([
    ['?tab=7', 7],
    ['?tab=1234567', 1234567],
    ['', undefined],
    ['?tab=', undefined],
    ['?tab=-3', undefined],
    ['?tab=7x', undefined],
    ['?tab=1e3', undefined],
    ['?tab=99999999999', undefined],
    ['?other=7', undefined],
  ])('%j gives %p', (search, want) => {
    expect(hintedTabId(search)).toBe(want);
  });
});
