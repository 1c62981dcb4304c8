import { analyze } from '../../src/core/analyze';
import { distinctQuotes } from '../../src/core/quotes/distinct';
import { toMarkdown } from '../../src/core/render/markdown';

const text =
  'The mayor greeted the visitor as “a steady hand” at the airport. ' +
  'Later, the mayor told his “steady hand” colleague that the city was “open for business”, officials said. ' +
  'The visitor called the mayor “a steady hand” too.';

describe('a phrase quoted again by the same speaker is listed once', () => {
  const result = analyze({ text });

  test('the engine keeps every occurrence, each with its offsets', () => {
    const all = result.quotes.filter((q) => q.text.includes('steady hand'));
    expect(all.length).toBeGreaterThanOrEqual(2);
    for (const q of all) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  test('the reader’s list keeps the first of each phrase and speaker', () => {
    const keys = distinctQuotes(result.quotes).map((q) => `${q.speaker}|${q.text}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test.each([
    ['same speaker, same words', [['A', 'steady hand'], ['A', 'steady  hand']], 1],
    ['different speakers', [['A', 'steady hand'], ['B', 'steady hand']], 2],
    ['different words', [['A', 'steady hand'], ['A', 'open for business']], 2],
  ] as const)('%s', (_name, rows, n) => {
    const qs = rows.map(([speaker, t], i) => ({ text: t, start: i * 20, end: i * 20 + t.length, speaker, direct: true, sentence: i, score: 1 }));
    expect(distinctQuotes(qs)).toHaveLength(n);
  });

  test('Markdown lists each phrase once', () => {
    const md = toMarkdown(result);
    const lines = md.split('\n').filter((l) => l.startsWith('- “') && l.includes('steady hand'));
    expect(lines.length).toBeGreaterThan(0);
    expect(new Set(lines).size).toBe(lines.length);
  });
});
