import { JSDOM, VirtualConsole } from 'jsdom';
import { capHtmlDepth } from './depth-cap';
import { extractArticle } from '../extract/extract-article';
import type { ExtractOutcome } from '../extract/types';

/**
 * The CLI's HTML path: jsdom parses the page (no scripts run, no resources load), then the
 * content script's own extraction code runs on it. A page jsdom cannot parse is an outcome,
 * not a crash.
 */
export function extractFromHtml(html: string, url = 'https://example.invalid/article'): ExtractOutcome {
  let dom: JSDOM;
  try {
    const virtualConsole = new VirtualConsole(); // swallow jsdom's CSS and script complaints
    dom = new JSDOM(capHtmlDepth(html), { url, virtualConsole }); // nested no deeper than a browser would
  } catch (err) {
    return { ok: false, reason: 'unparseable', message: `The page could not be parsed: ${err instanceof Error ? err.message : String(err)}` };
  }
  try {
    return extractArticle(dom.window.document, url);
  } catch (err) {
    return { ok: false, reason: 'unparseable', message: `Extraction failed: ${err instanceof Error ? err.message : String(err)}` };
  } finally {
    dom.window.close();
  }
}
