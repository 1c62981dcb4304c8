import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle, type ExtractOptions } from '../extract/extract-article';
import type { ExtractOutcome } from '../extract/types';
import { capHtmlDepth } from './depth-cap';
import { withoutStyleSheets } from './style-sheets';


/**
 * The CLI's HTML path: jsdom parses the page (no scripts run, no resources load), then the
 * content script's own extraction code runs on it. A page jsdom cannot parse is an outcome,
 * not a crash. jsdom 29 throws on some style sheets (its CSS parser): such a page is parsed
 * again without its `<style>` blocks, and the outcome says so in `warnings`.
 */
export function extractFromHtml(html: string, url = 'https://example.invalid/article', options: ExtractOptions = {}): ExtractOutcome {
  let dom: JSDOM;
  let warning: string | null = null;
  const virtualConsole = new VirtualConsole(); // swallow jsdom's CSS and script complaints
  try {
    html = capHtmlDepth(html); // nested no deeper than a browser would nest it
    dom = new JSDOM(html, { url, virtualConsole });
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    try {
      dom = new JSDOM(withoutStyleSheets(html), { url, virtualConsole });
      warning = `jsdom could not parse the page (${reason}); it was read without its style sheets`;
    } catch {
      return { ok: false, reason: 'unparseable', message: `The page could not be parsed: ${reason}` };
    }
  }
  try {
    const outcome = extractArticle(dom.window.document, url, { useSelection: false, ...options });
    if (warning && outcome.ok) outcome.warnings = [warning, ...(outcome.warnings ?? [])];
    return outcome;
  } catch (err) {
    return { ok: false, reason: 'unparseable', message: `Extraction failed: ${err instanceof Error ? err.message : String(err)}` };
  } finally {
    dom.window.close();
  }
}
