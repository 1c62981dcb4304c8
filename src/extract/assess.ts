/**
 * Is this page an article? Readability's own quick test (isProbablyReaderable) plus signals of
 * our own: the page declares itself an article, most of its text is links, it is a search
 * results page, or what was extracted is too short to summarise.
 */
import { isProbablyReaderable } from '@mozilla/readability';
import thresholds from './thresholds.json';

export interface Assessment {
  /** The page looks like an article. */
  article: boolean;
  /** Why it does not (empty when it does). */
  reasons: string[];
  readerable: boolean;
  /** The page declares an article (JSON-LD or og:type). */
  declared: boolean;
  /** Share of the body's text that is link text. */
  linkDensity: number;
}

const SEARCH_PATH = /(?:^|\/)(?:search|results|find|tag|tags|category|categories|topics?|archive)(?:\/|$|\.)/i;
const SEARCH_PARAM = /^(?:q|query|search|s|keywords?|term)$/i;

/** The link density of the body's visible-ish text, measured in one pass. */
export function bodyLinkDensity(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  let chars = 0;
  let linkChars = 0;
  const walker = doc.createTreeWalker(body, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const p = n.parentElement;
    if (!p) continue;
    const tag = p.tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') continue;
    const len = (n as Text).data.trim().length;
    if (!len) continue;
    chars += len;
    if (p.closest('a')) linkChars += len;
  }
  return chars ? linkChars / chars : 0;
}

/** A search results page: a /search path, or a search query on the front page or a results path. */
export function isSearchPage(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (/(?:^|\/)search(?:\/|$|\.)/i.test(u.pathname)) return true;
  const hasQuery = Array.from(u.searchParams.keys()).some((k) => SEARCH_PARAM.test(k));
  return hasQuery && (u.pathname === '/' || SEARCH_PATH.test(u.pathname));
}

export function assessPage(doc: Document, url: string, opts: { declared: boolean; textChars: number; textLinkDensity?: number }): Assessment {
  const reasons: string[] = [];
  let readerable = false;
  try {
    readerable = isProbablyReaderable(doc, { visibilityChecker: visible });
  } catch {
    readerable = false;
  }
  const linkDensity = bodyLinkDensity(doc);
  if (isSearchPage(url)) reasons.push('it is a search results page');
  const long = opts.textChars >= thresholds.longArticleChars;
  if (!readerable && !opts.declared && !long) reasons.push('it has few paragraphs of running text');
  if (linkDensity > thresholds.maxBodyLinkDensity && !opts.declared && !long) reasons.push('most of its text is links');
  if (opts.textChars < thresholds.minArticleChars) reasons.push('too little text was found');
  return { article: reasons.length === 0, reasons, readerable, declared: opts.declared, linkDensity: Math.round(linkDensity * 1000) / 1000 };
}

/** Readability's default visibility test, tolerant of documents without computed styles. */
function visible(node: Node): boolean {
  const el = node as HTMLElement;
  if (el.style && el.style.display === 'none') return false;
  if (el.hasAttribute?.('hidden')) return false;
  if (el.hasAttribute?.('aria-hidden') && el.getAttribute('aria-hidden') === 'true' && !(el.className && String(el.className).includes('fallback-image'))) return false;
  return true;
}
