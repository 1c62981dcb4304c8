/** Each cleaning rule on real-looking blocks: what it removes, and what it must leave alone. */
import { cleanArticle, cleanRules } from '../../src/extract/clean';

const story = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: the regional council said on Tuesday that the bridge would stay closed to lorries until engineers had finished a full survey of its piers and deck.</p>`);

/** Cleans an article made of the story paragraphs with `block` inserted at `at`. */
function removedBy(block: string, at = 3, title = 'Bridge to stay closed to lorries'): { rule: string | null; text: string } {
  const doc = new DOMParser().parseFromString(`<div id="root">${[...story.slice(0, at), block, ...story.slice(at)].join('')}</div>`, 'text/html');
  const root = doc.getElementById('root')!;
  const out = cleanArticle(root, { title });
  const other = out.removed.filter((r) => !r.text.startsWith('Paragraph'));
  expect(out.removed.filter((r) => r.text.startsWith('Paragraph'))).toEqual([]);
  return { rule: other[0]?.rule ?? null, text: other[0]?.text ?? '' };
}

describe('cleaning rules', () => {
  test('every rule has an id and a reason, and its regexes compile', () => {
    const rules = cleanRules();
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const r of rules) expect(r.reason.length).toBeGreaterThan(15);
  });

  test.each([
    ['caption', '<figure><img src="a.jpg"><figcaption>Lorries queue at the bridge on Monday. Photograph: Ann Lee/PA</figcaption></figure>'],
    ['caption-class', '<div class="image-caption">Engineers inspect the deck. (Getty Images)</div>'],
    ['share-bar', '<ul class="social-share"><li><a href="#">Facebook</a></li><li><a href="#">Twitter</a></li></ul>'],
    ['newsletter-box', '<div class="newsletter-promo"><p>Get the morning briefing in your inbox every day.</p></div>'],
    ['related-box', '<div class="related-articles"><h3>More on this story</h3><ul><li><a href="/a">Bridge shut</a></li></ul></div>'],
    ['read-more-line', '<p>Read more: <a href="/x">Council rejects plan for second crossing</a></p>'],
    ['read-more-line', '<p><strong>RELATED:</strong> <a href="/y">Toll plans shelved again</a></p>'],
    ['newsletter-line', '<p>Sign up for our daily newsletter to get the news that matters to you.</p>'],
    ['share-line', '<p>Share this article</p>'],
    ['photo-credit-line', '<p>Photo: Jane Doe / Staff</p>'],
    ['link-list', '<ul><li><a href="/1">Roadworks on the A12 this weekend</a></li><li><a href="/2">New bus lane opens in town centre</a></li></ul>'],
  ])('%s removes %s', (rule, block) => {
    expect(removedBy(block).rule).toBe(rule);
  });

  test.each([
    ['byline', '<p>By Maria Gonzalez and Tom Hart</p>'],
    ['dateline', '<p>Updated 14:02 GMT, 5 June 2023</p>'],
    ['repeated-headline', '<h1>Bridge to stay closed to lorries</h1>'],
  ])('%s removes %s at the top of the body', (rule, block) => {
    expect(removedBy(block, 0).rule).toBe(rule);
  });

  test.each([
    ['a paragraph that starts with "By"', '<p>By the end of the week, the council expects to publish the engineers’ first findings and a timetable for repairs.</p>'],
    ['a quote about sharing', '<p>“We share the frustration of hauliers,” said the council leader, Sue Patel, who promised a decision within a month.</p>'],
    ['a paragraph that mentions a newsletter', '<p>The council said it would publish updates on its website and in its weekly newsletter to residents.</p>'],
    ['a byline-like line in the middle', '<p>By Maria Gonzalez</p>'],
    ['a paragraph with one link', '<p>The survey, <a href="/report">published in March</a>, found cracks in two of the five piers and recommended a weight limit of 7.5 tonnes.</p>'],
  ])('keeps %s', (_what, block) => {
    expect(removedBy(block).rule).toBeNull();
  });
});
