import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { Article } from '../core/types';
import type { ExtractOutcome } from './types';

export interface ExtractOptions {
  /** Extract even when the page does not look like an article. */
  force?: boolean;
}

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DD', 'DT', 'FIGCAPTION', 'TD', 'TH']);

/** The text of an element, block by block, paragraphs separated by a blank line. */
export function blockText(root: Element): string {
  const out: string[] = [];
  const walk = (el: Element) => {
    if (BLOCKS.has(el.tagName) && !el.querySelector('p, li, h1, h2, h3, h4, h5, h6, blockquote')) {
      const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (t) out.push(t);
      return;
    }
    for (const child of Array.from(el.children)) walk(child);
  };
  walk(root);
  return out.join('\n\n');
}

/**
 * Runs Readability on a clone of the document and returns the Article, or says why the page
 * is not an article. Shared by the content script and the CLI (through jsdom).
 */
export function extractArticle(document: Document, url: string, options: ExtractOptions = {}): ExtractOutcome {
  if (!options.force && !isProbablyReaderable(document)) {
    return { ok: false, reason: 'not-article', message: "This page doesn't look like an article." };
  }
  const clone = document.cloneNode(true) as Document;
  // The serializer hands back Readability's element itself: no HTML string is ever re-parsed.
  const parsed = new Readability<Element>(clone, { serializer: (el) => el as Element }).parse();
  if (!parsed || !parsed.content) {
    return { ok: false, reason: 'not-article', message: "This page doesn't look like an article." };
  }
  const text = blockText(parsed.content) || (parsed.textContent ?? '').trim();
  if (!text) return { ok: false, reason: 'empty', message: 'This page has no article text.' };
  const article: Article = {
    url,
    title: parsed.title ?? document.title ?? '',
    byline: parsed.byline ?? null,
    siteName: parsed.siteName ?? null,
    lang: parsed.lang ?? document.documentElement.getAttribute('lang') ?? null,
    publishedTime: parsed.publishedTime ?? null,
    excerpt: parsed.excerpt ?? null,
    text,
  };
  return { ok: true, article, source: 'readability' };
}
