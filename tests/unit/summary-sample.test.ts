import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/core/analyze';

// The sample article: the summary (the first three key sentences) must tell the meeting and its
// purpose, the joint statement with its pledge against further escalation, and the trade figure.
const text = fs.readFileSync(path.resolve(__dirname, '../fixtures/pages/beijing-summit/article.txt'), 'utf8');

// As the CLI reads article.txt (no title), and as the popup gets it from the page (with its title).
describe.each([
  ['without a title', undefined],
  ['with the page title', 'Xi and Putin hail ‘stabilizing’ partnership as Beijing talks open'],
])('summary of the sample article, %s', (_name, title) => {
  const result = analyze({ text, title }, { debug: true });
  const summary = result.keySentences.slice(0, 3);
  const joined = summary.map((k) => k.text).join(' ');

  test('three sentences in reading order, with valid offsets', () => {
    expect(summary).toHaveLength(3);
    for (let i = 1; i < summary.length; i++) expect(summary[i].start).toBeGreaterThan(summary[i - 1].start);
    for (const k of summary) expect(text.slice(k.start, k.end)).toBe(k.text);
  });

  test('the lede: the meeting and its purpose, without the dateline', () => {
    expect(summary[0].text.startsWith('Chinese President Xi Jinping')).toBe(true);
    expect(joined).toMatch(/met on Thursday in Beijing/);
    expect(joined).toMatch(/seeking greater Chinese support for his war effort/);
  });

  test('the joint statement and its pledge against further escalation', () => {
    expect(joined).toMatch(/statement/);
    expect(joined).toMatch(/pledge to oppose any “further escalation”/);
  });

  test('the trade figure', () => {
    expect(joined).toMatch(/bilateral trade reaching \$240 billion/);
  });

  test('each pick explains its score', () => {
    for (const k of summary) {
      const c = k.components ?? {};
      const total = Object.values(c).reduce((a, b) => a + b, 0);
      expect(total).toBeCloseTo(k.score, 2);
    }
  });
});
