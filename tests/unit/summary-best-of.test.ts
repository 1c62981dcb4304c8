import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { bestOf } from '../../src/extension/popup/view';

// The worker computes the longest summary (5) once; the popup shows the reader's length from it. The
// shorter summary must be the best picks of the long one, not its first sentences in reading order.
const article = (name: string) => fs.readFileSync(path.resolve(__dirname, `../fixtures/pages/${name}/article.txt`), 'utf8');

describe.each(['beijing-summit', 'fr-greve-sncf', 'de-hafen-hamburg'])('%s', (name) => {
  const text = article(name);
  const long = analyze({ text }, { summaryLength: 5 }).keySentences;

  test('every key sentence has its rank of choice', () => {
    expect(long.map((k) => k.rank).sort()).toEqual([...Array(long.length).keys()]);
  });

  test.each([1, 2, 3, 4])('the best %i of five are what a summary of that length picks, in reading order', (n) => {
    const shown = bestOf(long, n);
    const direct = analyze({ text }, { summaryLength: n }).keySentences;
    expect(shown.length).toBeLessThanOrEqual(n);
    for (let i = 1; i < shown.length; i++) expect(shown[i].start).toBeGreaterThan(shown[i - 1].start);
    // A pack's word budget scales with the length asked for, so a budgeted language (French) may
    // keep one more pick from the long summary; every sentence a direct summary picks is shown.
    const shownText = shown.map((k) => k.text);
    for (const k of direct) expect(shownText).toContain(k.text);
    if (name === 'beijing-summit') expect(shownText).toEqual(direct.map((k) => k.text));
  });
});

test('results cached without ranks keep reading order', () => {
  const s = (i: number) => ({ text: `S${i}.`, start: i * 4, end: i * 4 + 3, sentence: i, score: 1 });
  expect(bestOf([s(0), s(1), s(2)], 2).map((k) => k.text)).toEqual(['S0.', 'S1.']);
});
