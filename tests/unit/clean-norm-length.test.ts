/** `normLength` (the cleaning rules' text sizes, counted without building strings) agrees with collapsing white space and trimming. */
import fc from 'fast-check';
import { normLength } from '../../src/extract/clean';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('normLength', () => {
  test.each([
    ['', 0],
    ['   ', 0],
    ['The bridge stays closed.', 24],
    ['  The  bridge\n\n stays\tclosed.  ', 24],
    ['\u00a0Prices rose\u2009by 3\u00a0%\u3000', 18],
    ['\ufeffGood morning\u2028everyone\u200b', 22],
  ])('%j has %i characters once normalised', (s, n) => {
    expect(normLength(s)).toBe(n);
    expect(normLength(s)).toBe(norm(s).length);
  });

  test('equals norm(s).length on any string', () => {
    const spaces = fc.constantFrom(' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u0085', 'a', 'é', '😀');
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.array(spaces).map((a) => a.join(''))), (s) => normLength(s) === norm(s).length), { numRuns: 2000 });
  });
});
