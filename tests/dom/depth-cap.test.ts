// The CLI's HTML path nests pages no deeper than a browser would (src/cli/depth-cap.ts): a page
// nested 10,000 levels deep once overflowed jsdom's stack and took Readability quadratic time.
// The capped page is parsed by the test environment's jsdom, then extracted as the CLI does.
import { capHtmlDepth, MAX_DOM_DEPTH } from '../../src/cli/depth-cap';
import { extractArticle } from '../../src/extract/extract-article';

const para = (i: number) =>
  `<p>Paragraph ${i}: the council said on Monday that the new bridge over the river would cost $45 million and open in 2026, according to a statement from the mayor, who added that work would start in the spring.</p>`;
const paras = Array.from({ length: 6 }, (_, i) => para(i)).join('');
const page = (body: string) => `<!doctype html><html><head><title>Bridge</title></head><body>${body}</body></html>`;

/** Depth of the deepest element, by an iterative walk (the document element is level 1). */
const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

function depth(doc: Document): number {
  let max = 0;
  const stack: [Element, number][] = [[doc.documentElement, 1]];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    max = Math.max(max, d);
    for (const c of Array.from(el.children)) stack.push([c, d + 1]);
  }
  return max;
}

describe('HTML nesting depth in the CLI', () => {
  test.each([
    ['a plain article', page(`<article><h1>Bridge</h1>${paras}</article>`)],
    ['nested 300 levels', page(`${'<div>'.repeat(300)}${paras}${'</div>'.repeat(300)}`)],
  ])('%s is left as it is', (_name, html) => {
    expect(capHtmlDepth(html)).toBe(html);
  });

  test.each([
    ['<div>', 10_000],
    ['<span>', 10_000],
    ['<section>', 10_000],
  ])('%s nested %i levels: capped like a browser, extracted, paragraphs kept', (tag, n) => {
    const close = tag.replace('<', '</');
    const html = page(`${tag.repeat(n)}${paras}${close.repeat(n)}`);
    const doc = parseHtml(capHtmlDepth(html));
    expect(depth(doc)).toBeLessThanOrEqual(MAX_DOM_DEPTH + 1);
    const outcome = extractArticle(doc, 'https://example.invalid/article');
    expect(outcome.ok).toBe(true);
    if (outcome.ok) {
      expect(outcome.article.text).toContain('Paragraph 0: the council said');
      expect(outcome.article.text).toContain('Paragraph 5: the council said');
    }
  });

  test('text and element order survive the flattening; emptied elements go', () => {
    const html = capHtmlDepth('<div><div><div><p>a<b>x</b>c</p></div>t</div></div>', 3);
    expect(html).toBe('<html><head></head><body><div><div>t</div><p>ac</p><b>x</b></div></body></html>');
  });
});
