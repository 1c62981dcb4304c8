/**
 * The build rewrites Readability's two innerHTML assignments into DOM operations
 * (scripts/readability-safe-dom.cjs). These tests prove the rewrite keeps Readability's output,
 * on the paths that use them: the page restore before a retry, and <noscript> images.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Readability as Shipped } from '@mozilla/readability';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { patchReadability } = require('../../scripts/readability-safe-dom.cjs') as { patchReadability: (s: string) => string };

type ReadabilityCtor = typeof Shipped;
const original = fs.readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');

function load(source: string): ReadabilityCtor {
  const module = { exports: {} as unknown };
  new Function('module', 'exports', source)(module, module.exports);
  return module.exports as ReadabilityCtor;
}
const Original = load(original);
const Patched = load(patchReadability(original));

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const para = (n: number) =>
  `<p>Paragraph ${n} of the story, long enough to count as content: the council met on Tuesday, voted on the budget, and agreed to publish the minutes, with commas, for the scorer.</p>`;

function run(R: ReadabilityCtor, html: string) {
  const reader = new R(parse(html));
  const out = reader.parse();
  return { out, attempts: (reader as unknown as { _attempts: unknown[] })._attempts.length };
}

describe('the DOM-only rewrite of Readability', () => {
  test('leaves no innerHTML assignment, and the shipped module is the rewritten one', () => {
    const patched = patchReadability(original);
    expect(original).toMatch(/\.innerHTML\s*=[^=]/);
    expect(patched).not.toMatch(/\.innerHTML\s*=[^=]/);
    // jest loads Readability through the same rewrite as the build (tests/readability-transform.cjs).
    expect(String((Shipped.prototype as unknown as { _grabArticle: () => void })._grabArticle)).toContain('replaceChildren');
  });

  test('fails loudly when a Readability release changes the rewritten lines', () => {
    expect(() => patchReadability(original.replace('var pageCacheHtml = page.innerHTML;', ''))).toThrow(/expected/);
  });

  test.each([
    ['the bundled sample page', fs.readFileSync(path.join(__dirname, '../fixtures/pages/beijing-summit/page.html'), 'utf8'), false],
    [
      'a story inside a "comment" block, which the first attempt strips, so the page is restored and parsed again',
      `<html><head><title>Council budget</title></head><body><div class="comment-thread">${[1, 2, 3, 4, 5].map(para).join('')}</div></body></html>`,
      true,
    ],
    [
      'a lazy-loaded image with its real source in <noscript>',
      `<html><head><title>Photos</title></head><body><article>${para(1)}<img class="lazy" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><noscript><img src="https://example.invalid/real.jpg" alt="The council"></noscript>${para(2)}${para(3)}</article></body></html>`,
      false,
    ],
  ])('extracts %s exactly as the original does', (_name, html, retries) => {
    const a = run(Original, html);
    const b = run(Patched, html);
    expect(a.out).not.toBeNull();
    expect(b.out).toEqual(a.out);
    expect(b.attempts).toBe(a.attempts);
    if (retries) expect(b.attempts).toBeGreaterThan(0);
    expect(b.out!.textContent!.length).toBeGreaterThan(500);
  });

  test('the <noscript> image replaces the placeholder, as in the original', () => {
    const html = `<html><body><article>${para(1)}<img class="lazy" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><noscript><img src="https://example.invalid/real.jpg" alt="x"></noscript>${para(2)}${para(3)}</article></body></html>`;
    expect(run(Patched, html).out!.content).toContain('https://example.invalid/real.jpg');
  });
});
