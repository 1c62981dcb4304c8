import { extractArticle } from '../../src/extract/extract-article';

const para = (n: number) =>
  `<p>Paragraph ${n} of the story, in which the minister said the plan would go ahead despite objections from several opposition parties and a number of regional governors.</p>`;

describe('extractArticle (jsdom)', () => {
  test('an article page gives its text, paragraph by paragraph', () => {
    document.documentElement.setAttribute('lang', 'en');
    document.title = 'Minister backs plan';
    document.body.replaceChildren();
    const article = document.createElement('article');
    const h1 = document.createElement('h1');
    h1.textContent = 'Minister backs plan';
    article.append(h1);
    const holder = new DOMParser().parseFromString(Array.from({ length: 8 }, (_, i) => para(i + 1)).join(''), 'text/html');
    article.append(...Array.from(holder.body.children));
    document.body.append(article);
    const out = extractArticle(document, 'https://news.example/a');
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.article.text.split('\n\n')).toHaveLength(8);
    expect(out.article.text).toContain('Paragraph 1 of the story');
    expect(out.article.lang).toBe('en');
  });

  test('a page with no article says so', () => {
    document.body.replaceChildren();
    const nav = document.createElement('nav');
    nav.textContent = 'Home · About';
    document.body.append(nav);
    const out = extractArticle(document, 'https://news.example/');
    expect(out.ok).toBe(false);
  });
});
