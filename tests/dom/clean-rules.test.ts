/** Each cleaning rule on real-looking blocks: what it removes, and what it must leave alone. */
import { cleanArticle, cleanRules } from '../../src/extract/clean';

const story = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: the regional council said on Tuesday that the bridge would stay closed to lorries until engineers had finished a full survey of its piers and deck.</p>`);

/** Cleans an article made of the story paragraphs with `block` inserted at `at`. */
function removedBy(block: string, at = 3, title = 'Bridge to stay closed to lorries'): { rule: string | null; text: string } {
  const doc = new DOMParser().parseFromString(`<div id="root">${[...story.slice(0, at), block, ...story.slice(at)].join('')}</div>`, 'text/html');
  const root = doc.getElementById('root')!;
  const out = cleanArticle(root, { title, byline: 'Maria Gonzalez', siteName: 'The Coastal Courier' });
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
    ['comments', '<section id="comments"><h3>12 comments</h3><p>Typical council, always late with everything.</p></section>'],
    ['author-bio', '<div class="author-bio"><p>Maria Gonzalez covers transport for the Courier.</p></div>'],
    ['ad-slot', '<div class="ad-slot"><p>Advertisement</p></div>'],
    ['photo-credit-line', '<p>Image 2 of 5</p>'],
    ['photo-credit-line', '<p>(Image credit: Highways Agency)</p>'],
    ['copyright-line', '<p>© 2024 Coastal Courier Ltd. All rights reserved.</p>'],
    ['ui-label', '<p>Advertisement</p>'],
    ['read-more-line', '<div>Story continues below advertisement</div>'],
    ['ui-label', '<p>Lire aussi :</p>'],
    ['taxonomy-line', '<p>Filed under: Transport, Roads, Council</p>'],
    ['reading-time', '<p>4 min read</p>'],
    ['caption-credit-tail', '<p>Engineers on the bridge deck in March. (Credit: Highways Agency/Ann Lee)</p>'],
    ['breadcrumbs', '<div class="breadcrumbs"><a href="/">Home</a> › <a href="/news">News</a> › Roads</div>'],
  ])('%s removes %s', (rule, block) => {
    expect(removedBy(block).rule).toBe(rule);
  });

  test.each([
    ['byline', '<p>By Maria Gonzalez and Tom Hart</p>'],
    ['dateline', '<p>Updated 14:02 GMT, 5 June 2023</p>'],
    ['repeated-headline', '<h1>Bridge to stay closed to lorries</h1>'],
    ['standfirst', '<p class="article-dek">Hauliers face a 40-mile detour for at least three months.</p>'],
    ['date-only', '<p>Nov. 20, 2019 5:52 AM EST</p>'],
    ['date-only', '<p>segunda-feira, 22 de janeiro de 2018 às 0:13</p>'],
    ['byline-name', '<p>MARIA GONZALEZ</p>'],
    ['posted-by-line', '<p>05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde</p>'],
    ['site-name-line', '<p>The Coastal Courier</p>'],
  ])('%s removes %s at the top of the body', (rule, block) => {
    expect(removedBy(block, 0).rule).toBe(rule);
  });

  test.each([
    ['newsletter-tail', '<p>Get the latest updates right in your inbox. Subscribe to our newsletters.</p>'],
    ['follow-line', '<p>Follow Maria Gonzalez on Twitter @mgonzalez.</p>'],
    ['follow-line', '<p>Have a tip? Maria Gonzalez may be reached at maria@courier.example.</p>'],
    ['credit-line', '<p>(Reporting by Tom Hart; Editing by Ann Lee)</p>'],
    ['credit-line', '<p>Associated Press writers Ann Lee and Tom Hart contributed to this report.</p>'],
    ['related-heading', '<h2>More Great Courier Stories</h2>'],
    ['related-heading', '<h3>You may also like...</h3>'],
    ['related-heading', '<h2>Most popular stories</h2>'],
    ['related-heading', '<h2>À lire aussi</h2>'],
    ['author-bio-line', '<p>Maria Gonzalez (maria@courier.example) is the transport correspondent of the Courier.</p>'],
    ['follow-line', "<p>Follow the Courier's full coverage of the bridge at https://courier.example/bridge</p>"],
    ['url-line', '<p>https://courier.example/news/bridge-to-stay-closed-1234.php</p>'],
  ])('%s removes %s at the end of the body', (rule, block) => {
    expect(removedBy(block, 6).rule).toBe(rule);
  });

  test('a related-stories heading late in the article cuts what follows it, not what precedes it', () => {
    const doc = new DOMParser().parseFromString(
      `<div id="root"><div class="body">${story.join('')}<h2>Related stories</h2><p>Council approves new harbour wall after a decade of debate and two public inquiries into the cost.</p></div><p>Toll plans shelved again as ministers refuse to fund the scheme, leaving the county to look elsewhere.</p></div>`,
      'text/html',
    );
    const out = cleanArticle(doc.getElementById('root')!, {});
    expect(out.removed.map((r) => r.rule)).toEqual(['related-heading', 'related-heading']);
    const kept = Array.from(doc.querySelectorAll('p')).filter((p) => !Array.from(out.skip).some((s) => s.contains(p)));
    expect(kept.map((p) => p.textContent!.slice(0, 12))).toEqual(story.map((_, i) => `Paragraph ${i + 1}:`));
  });

  test('a smaller <article> beside the main one is a teaser of another story', () => {
    const doc = new DOMParser().parseFromString(
      `<div id="root"><article>${story.join('')}</article><article><h3>Koala rescued from bushfire</h3><p>Dozens of fires are spreading across the state, and one koala was caught on camera.</p></article></div>`,
      'text/html',
    );
    const out = cleanArticle(doc.getElementById('root')!, {});
    expect(out.removed.map((r) => [r.rule, r.text.slice(0, 12)])).toEqual([['other-articles', 'Koala rescue']]);
  });

  test.each([
    ['a paragraph that starts with "By"', '<p>By the end of the week, the council expects to publish the engineers’ first findings and a timetable for repairs.</p>'],
    ['a quote about sharing', '<p>“We share the frustration of hauliers,” said the council leader, Sue Patel, who promised a decision within a month.</p>'],
    ['a paragraph that mentions a newsletter', '<p>The council said it would publish updates on its website and in its weekly newsletter to residents.</p>'],
    ['a byline-like line in the middle', '<p>By Maria Gonzalez</p>'],
    ['a paragraph with one link', '<p>The survey, <a href="/report">published in March</a>, found cracks in two of the five piers and recommended a weight limit of 7.5 tonnes.</p>'],
    ['a date in a sentence', '<p>On 5 May 2023 the bridge was closed for the first time.</p>'],
    ['a subheading', '<h2>What happens next</h2>'],
    ['a sentence that names the author', '<p>Maria Gonzalez, a local driver, said the detour had cost her an hour each way since the closure began in March.</p>'],
  ])('keeps %s', (_what, block) => {
    expect(removedBy(block).rule).toBeNull();
  });

  test.each([
    ['business news about subscribers', '<p>The company said it had added 2.4 million paying subscribers in the quarter, ahead of forecasts.</p>'],
    ['a date in a sentence', '<p>On 5 May 2023 the bridge was closed for the first time.</p>'],
    ['a closing quote', '<p>“We will follow the engineers’ advice,” she said.</p>'],
  ])('keeps %s at the end of the body', (_what, block) => {
    expect(removedBy(block, 6).rule).toBeNull();
  });
});
