import fc from 'fast-check';
import { figures } from './figures-helpers';

describe('not figures', () => {
  test.each([
    ['product and model names', 'He bought an Xbox One and a GTX 1080 card.'],
    ['model codes', 'The MS-04 prototype flew over the base.'],
    ['glued codes', 'The part number is 24703L202.'],
    ['idiom: one of', 'It was one of these days.'],
    ['idiom: a thing or two', 'She knows a thing or two about trade.'],
    ['idiom: no one', 'No one was hurt in the blast.'],
    ['pronoun one', 'Which one do you prefer?'],
    ['phone numbers', 'Call +1-222-2222/2222 for details.'],
    ['phone numbers in brackets', 'Call (555) 123-4567 for details.'],
    ['list markers', '1) Explain why. 2) Predict what comes.'],
    ['ranks', 'He is the world No 1 and the No. 2 seed.'],
    ['numbering', 'The scene was filmed for season three, episode 4.'],
    ['compound modifiers', 'The four-time winner picked a 3-iron for a five-way swap.'],
    ['sports scores', "Barcelona's recent 2-1 El Clasico win angered fans."],
    ['names that start with a number', 'Zayn Malik is leaving One Direction, 10 Downing Street said.'],
    ['slashed codes', 'Airlines hardened cockpit doors after 9/11, and news runs 24/7.'],
    ['ordinals in names', "The Constitution's 25th Amendment allows it."],
    ['idiom: one day', 'A component could one day be built.'],
    ['codes continued', 'A group known as the P5+1 met in Geneva.'],
    ['titles with units', 'The show, 6 Degrees of Kevin Bacon, aired on cable.'],
    ['web addresses', 'Details at https://news.example.org/find?q=40%25%2010% for readers.'],
  ])('%s', (_rule, text) => {
    expect(figures(text)).toEqual([]);
  });
});

describe('never throws; offsets are valid', () => {
  test.each([[''], ['$'], ['- - -'], ['1,,,2...3'], ['½ ⅔ ¾'], ['$$$ 5 5 5 5 5 5'], ['one and and and two'], ['a'.repeat(5000)]])('%j', (text) => {
    for (const f of figures(text)) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});

describe('any string', () => {
  const pieces = ['1', '23', '2023', '.', ',', '-', '/', ':', '$', '£', '%', ' ', '\n', 'one', 'and', 'a', 'half', 'million', 'bn', 'km', 'May', 'to', 'of', 'the', 'pm', 'years', 'ago', '(', ')', '½', 'Q3', 'fiscal', 'between', 'at'];
  test('gives valid offsets and never throws', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        for (const f of figures(text)) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(f.start, f.end)).toBe(f.text);
        }
      }),
      { numRuns: 300 },
    );
  });
});
