/**
 * `<style>` blocks out of a page's HTML. Extraction never uses style sheets (there is no layout
 * in jsdom); only jsdom's CSS parser does, and jsdom 29 throws on some of them. A page it cannot
 * parse is parsed again without them.
 */
const STYLE_BLOCK = /<style\b[^<>]{0,500}>[\s\S]*?<\/style\s*>/gi;

export function withoutStyleSheets(html: string): string {
  return html.replace(STYLE_BLOCK, '');
}
