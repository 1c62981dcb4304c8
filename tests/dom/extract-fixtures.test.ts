/**
 * Regression pages for the extraction (tests/fixtures/pages/<name>/source.html with
 * expected.json): what the article text must hold and must not hold, its metadata, and the
 * not-an-article decision.
 */
import fs from 'node:fs';
import path from 'node:path';
import { extractArticle } from '../../src/extract/extract-article';

interface Expected {
  url: string;
  source?: string;
  article: boolean;
  force?: boolean;
  paragraphs?: number;
  contains?: string[];
  excludes?: string[];
  reasons?: string[];
  meta?: Record<string, string>;
}

const DIR = path.resolve(__dirname, '../fixtures/pages');
const pages = fs
  .readdirSync(DIR)
  .filter((d) => fs.existsSync(path.join(DIR, d, 'source.html')) && fs.existsSync(path.join(DIR, d, 'expected.json')))
  .map((d) => [d, JSON.parse(fs.readFileSync(path.join(DIR, d, 'expected.json'), 'utf8')) as Expected] as const);

const load = (name: string) => new DOMParser().parseFromString(fs.readFileSync(path.join(DIR, name, 'source.html'), 'utf8'), 'text/html');

describe('extraction fixtures', () => {
  test('there are fixture pages', () => expect(pages.length).toBeGreaterThanOrEqual(4));

  test.each(pages)('%s', (name, exp) => {
    const out = extractArticle(load(name), exp.url, { force: exp.force, debug: true });
    if (!exp.article) {
      expect(out.ok).toBe(false);
      if (out.ok) return;
      expect(out.reason).toBe('not-article');
      for (const r of exp.reasons ?? []) expect(out.message).toContain(r);
      // Forced, the same page still gives text, and says it does not look like an article.
      const forced = extractArticle(load(name), exp.url, { force: true });
      expect(forced.ok).toBe(true);
      if (forced.ok) expect(forced.assessment?.article).toBe(false);
      return;
    }
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const { text } = out.article;
    if (exp.source) expect(out.source).toBe(exp.source);
    if (exp.paragraphs) expect(text.split('\n\n')).toHaveLength(exp.paragraphs);
    for (const s of exp.contains ?? []) expect(text).toContain(s);
    for (const s of exp.excludes ?? []) expect(text).not.toContain(s);
    for (const [k, v] of Object.entries(exp.meta ?? {})) expect(out.article[k as keyof typeof out.article]).toBe(v);
  });

  test('debug mode says what each rule removed and why', () => {
    const out = extractArticle(load('harbour-ferry'), 'https://courier.example/x', { debug: true });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const rules = new Set((out.removed ?? []).map((r) => r.rule));
    // Readability itself drops the share bar, byline and dateline of this page; the rest is ours.
    for (const r of ['caption', 'read-more-line', 'newsletter-box']) expect(rules).toContain(r);
    for (const r of out.removed ?? []) expect(r.reason.length).toBeGreaterThan(10);
  });
});
