/**
 * Article extraction, shared by the content script (live page) and the CLI (jsdom):
 * the reader's selection when there is one; else Readability on a clone of the document, with
 * `<article>` / `[itemprop=articleBody]` and JSON-LD `articleBody` as fallbacks; then the
 * cleaning rules; metadata from JSON-LD, meta tags and Readability; and the decision whether
 * the page is an article at all. Never mutates the live page, never parses markup from it.
 */
import { Readability } from '@mozilla/readability';
import type { Article } from '../core/types';
import { assessPage } from './assess';
import { cleanArticle, markClone, type CleanContext, type MarkedText, type Removal } from './clean';
import { detectLanguage } from './detect-lang';
import { jsonLdArticle, type JsonLdArticle } from './json-ld';
import { metaContent, pageMeta, type ReadabilityMeta } from './metadata';
import { OffsetMap, pairTextNodes, type NodePairs } from './offset-map';
import { selectionText } from './selection';
import { serialize, type Serialized } from './serialize';
import { plainTextOf } from './plain-text';
import thresholds from './thresholds.json';
import type { ExtractOutcome, ExtractSource } from './types';

export interface ExtractOptions {
  /** Extract even when the page does not look like an article. */
  force?: boolean;
  /** Report what the cleaning rules removed, and why. */
  debug?: boolean;
  /** Summarise the reader's selection when there is one (default true). */
  useSelection?: boolean;
  /** Build the map from text offsets to live text nodes (the content script needs it). */
  offsets?: boolean;
}

export interface Extraction {
  outcome: ExtractOutcome;
  /** Offsets in `article.text` to live text nodes; null when not asked for or not available. */
  map: OffsetMap | null;
}

interface Candidate {
  source: ExtractSource;
  text: string;
  map: OffsetMap | null;
  removed: Removal[];
  cleanMeta: { byline?: string; publishedTime?: string };
}

const NOT_ARTICLE = "This page doesn't look like an article";

/** The article text of an element after the cleaning rules, with its segment map. */
function cleanedText(root: Element, context: CleanContext): { ser: Serialized; removed: Removal[]; cleanMeta: Candidate['cleanMeta'] } {
  const c = cleanArticle(root, context);
  const ser = serialize(root, { skip: (el) => c.skip.has(el) });
  return { ser, removed: c.removed, cleanMeta: c.meta };
}

function runReadability(doc: Document, wantMap: boolean): { root: Element | null; meta: ReadabilityMeta | null; pairs: NodePairs | null; marked: MarkedText | null } {
  const clone = doc.cloneNode(true) as Document;
  const pairs = wantMap ? pairTextNodes(doc, clone) : null;
  let marked: MarkedText | null = null;
  try {
    if (clone.body) marked = markClone(clone.body);
    // The serializer hands back Readability's element itself: no HTML string is ever re-parsed.
    const parsed = new Readability<Element>(clone, { serializer: (el) => el as Element, keepClasses: true }).parse();
    if (!parsed) return { root: null, meta: null, pairs, marked };
    return { root: parsed.content ?? null, meta: parsed, pairs, marked };
  } catch {
    return { root: null, meta: null, pairs, marked };
  }
}

/** The biggest `<article>` or `[itemprop=articleBody]` element of the live page. */
function articleElement(doc: Document): Element | null {
  let best: Element | null = null;
  let bestLen = 0;
  const els = doc.querySelectorAll('[itemprop="articleBody"], [itemprop="articlebody"], article');
  for (let i = 0; i < els.length && i < 50; i++) {
    const len = (els[i].textContent ?? '').length;
    if (len > bestLen) {
      best = els[i];
      bestLen = len;
    }
  }
  return best;
}

function fromElement(source: ExtractSource, root: Element, context: CleanContext, wantMap: boolean, pairs: NodePairs | null): Candidate {
  const { ser, removed, cleanMeta } = cleanedText(root, context);
  let map: OffsetMap | null = null;
  if (wantMap) {
    map = new OffsetMap(ser.text, ser.segments);
    if (pairs) map = map.translate(pairs);
  }
  return { source, text: ser.text, map, removed, cleanMeta };
}

/** Picks the article text among Readability's and the fallbacks'. */
function chooseCandidate(doc: Document, rd: ReturnType<typeof runReadability>, ld: JsonLdArticle | null, context: CleanContext, wantMap: boolean, log: string[]): Candidate | null {
  let best: Candidate | null = rd.root ? fromElement('readability', rd.root, { ...context, marked: rd.marked }, wantMap, rd.pairs) : null;
  log.push(`readability: ${best ? best.text.length : 'nothing'}`);
  const bestLen = () => best?.text.length ?? 0;

  // Only when Readability found (almost) nothing: where it did, its choice was better on every
  // benchmark page than a bigger <article> (which tends to hold comments and site furniture).
  const el = bestLen() < thresholds.fallbackMinChars ? articleElement(doc) : null;
  if (el) {
    const alt = fromElement('article-element', el, context, wantMap, null);
    log.push(`article-element: ${alt.text.length}`);
    if (alt.text.length > bestLen()) best = alt;
  }

  const body = ld?.articleBody ? plainTextOf(ld.articleBody) : '';
  if (body) log.push(`json-ld: ${body.length}`);
  if (body && (bestLen() < thresholds.fallbackMinChars || body.length >= bestLen() * thresholds.jsonLdPreferRatio) && body.length > bestLen()) {
    best = { source: 'json-ld', text: body, map: wantMap ? new OffsetMap(body, []) : null, removed: [], cleanMeta: {} };
  }
  return best;
}

/** Every form of the headline the page gives: the repeated-headline rule compares blocks with them. */
function titleForms(doc: Document, ...known: (string | null | undefined)[]): string[] {
  const out = known.filter((t): t is string => !!t);
  for (const k of ['og:title', 'twitter:title']) {
    const t = metaContent(doc, k);
    if (t) out.push(t);
  }
  const h1 = doc.querySelector('h1')?.textContent;
  if (h1) out.push(h1);
  const title = doc.title ?? '';
  if (title) out.push(title, ...title.split(/\s+[|–—:-]\s+|\s+::\s+/).filter((p) => p.length > 15));
  return out;
}

/** Runs the whole extraction and keeps the offset map (for the content script). */
export function extractWithMap(document: Document, url: string, options: ExtractOptions = {}): Extraction {
  const wantMap = !!options.offsets;
  const ld = jsonLdArticle(document);
  const declared = !!ld || /article/i.test(metaContent(document, 'og:type') ?? '');

  // 1. The reader's selection, on any page.
  if (options.useSelection !== false) {
    const sel = selectionText(document, thresholds.minSelectionChars);
    if (sel) {
      const meta = pageMeta(document, ld, null);
      const article: Article = { url, ...meta, title: meta.title ?? undefined, lang: meta.lang ?? detectLanguage(sel.text), text: sel.text };
      const assessment = { article: true, reasons: [], readerable: true, declared, linkDensity: 0 };
      const outcome: ExtractOutcome = { ok: true, article, source: 'selection', assessment };
      if (options.debug) outcome.removed = sel.removed;
      return { outcome, map: wantMap ? new OffsetMap(sel.text, sel.segments) : null };
    }
  }

  // 2. Readability, then the fallbacks.
  const rd = runReadability(document, wantMap);
  const declaredMeta = pageMeta(document, ld, null);
  const context: CleanContext = {
    title: declaredMeta.title ?? rd.meta?.title,
    titles: titleForms(document, declaredMeta.title, rd.meta?.title),
    byline: declaredMeta.byline,
    siteName: declaredMeta.siteName,
  };
  const log: string[] = [];
  let picked = chooseCandidate(document, rd, ld, context, wantMap, log);
  // "Summarise anyway" on a page with too little article text: the page's own text, cleaned.
  if (options.force && (picked?.text.length ?? 0) < thresholds.minArticleChars && document.body) {
    let whole = fromElement('text', document.body, context, wantMap, null);
    if (whole.text.length < thresholds.minArticleChars) {
      // A page of links and labels: its text as it stands, uncleaned.
      const raw = serialize(document.body);
      whole = { source: 'text', text: raw.text, map: wantMap ? new OffsetMap(raw.text, raw.segments) : null, removed: [], cleanMeta: {} };
    }
    log.push(`page text: ${whole.text.length}`);
    if (whole.text.length > (picked?.text.length ?? 0)) picked = whole;
  }
  const text = picked?.text ?? '';
  const assessment = assessPage(document, url, { declared, textChars: text.length });
  if (!text.trim()) {
    return { outcome: { ok: false, reason: options.force ? 'empty' : 'not-article', message: options.force ? 'This page has no article text.' : `${NOT_ARTICLE}: ${assessment.reasons.join('; ') || 'no article text was found'}.`, assessment }, map: null };
  }
  if (!options.force && !assessment.article) {
    return { outcome: { ok: false, reason: 'not-article', message: `${NOT_ARTICLE}: ${assessment.reasons.join('; ')}.`, assessment }, map: null };
  }
  const meta = pageMeta(document, ld, rd.meta);
  const article: Article = {
    url,
    title: meta.title ?? undefined,
    byline: meta.byline ?? picked!.cleanMeta.byline ?? null,
    siteName: meta.siteName,
    lang: meta.lang ?? detectLanguage(text),
    publishedTime: meta.publishedTime ?? picked!.cleanMeta.publishedTime ?? null,
    excerpt: meta.excerpt,
    text,
  };
  const outcome: ExtractOutcome = { ok: true, article, source: picked!.source, assessment };
  if (options.debug) {
    outcome.removed = picked!.removed;
    outcome.warnings = [`candidates: ${log.join(', ')}`];
  }
  return { outcome, map: picked!.map };
}

/**
 * The article of a page, or why there is none. Shared by the content script and the CLI
 * (through jsdom).
 */
export function extractArticle(document: Document, url: string, options: ExtractOptions = {}): ExtractOutcome {
  return extractWithMap(document, url, options).outcome;
}
