// The size guard: texts longer than DEFAULT_MAX_CHARS are analysed up to the last paragraph break
// before the limit (else the last space), and the result says so (the popup and the Markdown
// show stats.truncated; see tests/dom/popup.test.ts).
import { analyze, DEFAULT_MAX_CHARS } from '../../src/core/analyze';
import { toMarkdown } from '../../src/core/render/markdown';

const para = 'The council said on Monday that the new bridge over the river would cost $45 million. "We will open it in 2026," said Mayor Jane Ortiz.';

describe('size guard', () => {
  test('the limit is documented at 400,000 characters (about 65,000 words)', () => {
    expect(DEFAULT_MAX_CHARS).toBe(400_000);
  });

  test('a long article is cut at a paragraph break and says so', () => {
    const text = Array.from({ length: Math.ceil((DEFAULT_MAX_CHARS * 1.5) / (para.length + 2)) }, () => para).join('\n\n');
    const r = analyze({ text });
    expect(r.stats.truncated).toBe(true);
    expect(r.stats.chars).toBe(text.length);
    expect(r.stats.analyzedChars).toBeLessThanOrEqual(DEFAULT_MAX_CHARS);
    expect(r.stats.analyzedChars).toBeGreaterThan(DEFAULT_MAX_CHARS * 0.99);
    expect(text[r.stats.analyzedChars]).toBe('\n');
    const last = r.sentences[r.sentences.length - 1];
    expect(last.end).toBeLessThanOrEqual(r.stats.analyzedChars);
    expect(last.text.endsWith('Ortiz.')).toBe(true);
    expect(toMarkdown(r)).toContain(`Only the first ${r.stats.analyzedChars} of ${text.length} characters were analysed.`);
  });

  test.each([
    ['one paragraph: cut at the last space', 'word '.repeat(200), 100, 99],
    ['no space at all: cut at the limit', 'x'.repeat(200), 100, 100],
    ['a paragraph break well before the limit is not used', `${'a'.repeat(10)}\n${'b '.repeat(100)}`, 100, 100],
  ])('%s', (_name, text, maxChars, expected) => {
    const r = analyze({ text }, { maxChars });
    expect(r.stats.truncated).toBe(true);
    expect(r.stats.analyzedChars).toBe(expected);
  });

  test('a text at the limit is not cut', () => {
    const r = analyze({ text: 'a'.repeat(100) }, { maxChars: 100 });
    expect(r.stats.truncated).toBe(false);
  });
});
