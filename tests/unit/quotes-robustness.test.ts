import fc from 'fast-check';
import { quotesOf } from './quotes-helpers';

const MARKS = ['“', '”', '"', "'", '‘', '’', '«', '»', '„', '‹', '›', '「', '」', "''", ' said ', ' he said', ', according to ', '\n\n', ': ', ', ', '. ', 'Merkel', ' the ', 'that '];

describe('quote engine robustness', () => {
  test('never throws, and every offset indexes the text, on random strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const quotes = quotesOf(text);
        for (const q of quotes) {
          expect(text.slice(q.start, q.end)).toBe(q.text);
          for (const p of q.parts ?? []) expect(text.slice(p.start, p.end)).toBe(p.text);
          if (q.speakerMention) expect(text.slice(q.speakerMention.start, q.speakerMention.end)).toBe(q.speakerMention.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('never throws on texts made of quote marks and cues', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...MARKS), fc.string({ maxLength: 6 })), { maxLength: 120 }), (parts) => {
        const text = parts.join('');
        for (const q of quotesOf(text, [{ name: 'Angela Merkel', aliases: ['Merkel'], gender: 'female' }])) {
          expect(text.slice(q.start, q.end)).toBe(q.text);
          expect(q.start).toBeLessThanOrEqual(q.end);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('quotes are sorted by score, full quotes first', () => {
    const quotes = quotesOf('“We have a plan and we will carry it out in full,” Merkel said. She called it “historic”. The talks, she said, would go on.', [{ name: 'Angela Merkel', aliases: ['Merkel'], gender: 'female' }]);
    for (let i = 1; i < quotes.length; i++) expect(quotes[i - 1].score).toBeGreaterThanOrEqual(quotes[i].score);
    expect(quotes[0].text).toContain('We have a plan');
  });
});
