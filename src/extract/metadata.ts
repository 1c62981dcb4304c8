/**
 * Article metadata, each field from the most reliable source that has it: JSON-LD first, then
 * Open Graph and other meta tags, then Readability's guess, then the document itself.
 */
import type { JsonLdArticle } from './json-ld';
import { plainTextOf } from './plain-text';

export interface PageMeta {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
  excerpt: string | null;
}

/** What Readability found, when it ran. */
export interface ReadabilityMeta {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  lang?: string | null;
  publishedTime?: string | null;
  excerpt?: string | null;
}

const clean = (s: string | null | undefined): string | null => {
  if (typeof s !== 'string') return null;
  // JSON-LD and meta tags often hold escaped markup ("&#8220;", "&nbsp;"): decode, never parse.
  const t = (/[&<]/.test(s) ? plainTextOf(s) : s).replace(/\s+/g, ' ').trim();
  return t && t.length <= 2000 ? t : null;
};

const metaCache = new WeakMap<Document, Map<string, string>>();

/** The page's meta tags, name or property (lower-cased) to the first non-empty content. */
function metaTags(doc: Document): Map<string, string> {
  let m = metaCache.get(doc);
  if (!m) {
    m = new Map();
    const metas = doc.querySelectorAll('meta');
    for (let i = 0; i < metas.length && i < 2000; i++) {
      const el = metas[i];
      const v = clean(el.getAttribute('content'));
      if (!v) continue;
      for (const a of ['property', 'name', 'itemprop', 'http-equiv']) {
        const k = el.getAttribute(a)?.toLowerCase();
        if (k && !m.has(k)) m.set(k, v);
      }
    }
    metaCache.set(doc, m);
    // Valid for one extraction only: a page that changes its meta tags in place (a single-page
    // site moving to its next article) must not keep the last article's title and type.
    queueMicrotask(() => metaCache.delete(doc));
  }
  return m;
}

/** The content of the first meta tag with one of these names or properties. */
export function metaContent(doc: Document, ...keys: string[]): string | null {
  const m = metaTags(doc);
  for (const key of keys) {
    const v = m.get(key);
    if (v) return v;
  }
  return null;
}

/** A valid-looking BCP 47 tag, or null. */
export function normaliseLang(tag: string | null | undefined): string | null {
  const t = clean(tag)?.replace(/_/g, '-');
  return t && /^[a-z]{2,3}(?:-[a-z0-9]{2,8}){0,3}$/i.test(t) ? t : null;
}

const authorLike = (s: string | null): string | null => {
  if (!s || s.length > 200 || /^https?:\/\//i.test(s)) return null;
  return s.replace(/^by\s+/i, '');
};

export function pageMeta(doc: Document, ld: JsonLdArticle | null, rd: ReadabilityMeta | null): PageMeta {
  const timeEl = doc.querySelector('article time[datetime], time[pubdate][datetime], time[itemprop="datePublished"][datetime]');
  return {
    title:
      clean(ld?.headline) ??
      metaContent(doc, 'og:title', 'twitter:title') ??
      clean(rd?.title) ??
      clean(doc.querySelector('h1')?.textContent) ??
      clean(doc.title),
    byline:
      (ld && ld.authors.length ? ld.authors.join(', ') : null) ??
      authorLike(metaContent(doc, 'author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author')) ??
      authorLike(clean(rd?.byline)),
    siteName: clean(ld?.publisher) ?? metaContent(doc, 'og:site_name', 'application-name') ?? clean(rd?.siteName),
    lang:
      normaliseLang(doc.documentElement?.getAttribute('lang')) ??
      normaliseLang(doc.documentElement?.getAttribute('xml:lang')) ??
      normaliseLang(ld?.inLanguage) ??
      normaliseLang(metaContent(doc, 'content-language', 'language', 'og:locale')) ??
      normaliseLang(rd?.lang),
    publishedTime:
      clean(ld?.datePublished) ??
      metaContent(doc, 'article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'dc.date.issued', 'dc.date', 'sailthru.date', 'parsely-pub-date') ??
      clean(rd?.publishedTime) ??
      clean(timeEl?.getAttribute('datetime')),
    excerpt: metaContent(doc, 'description', 'og:description', 'twitter:description') ?? clean(rd?.excerpt),
  };
}
