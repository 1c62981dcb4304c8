/**
 * Scrolls the live page to a stretch of the article text and highlights it, without touching
 * the page's markup: the CSS Custom Highlight API where the browser has it, else the selection.
 */
import { findInPage, type OffsetMap } from './offset-map';

export interface HighlightResult {
  ok: boolean;
  message?: string;
}

const NAME = 'lede';
const STYLE_ID = 'lede-highlight-style';
/** The text of the selection Lede itself set, so that it is not taken for the reader's. */
let ownSelection: string | null = null;

interface HighlightApi {
  highlights: Map<string, unknown>;
  Highlight: new (...ranges: Range[]) => unknown;
}

function highlightApi(doc: Document): HighlightApi | null {
  const win = doc.defaultView as (Window & { CSS?: { highlights?: Map<string, unknown> }; Highlight?: HighlightApi['Highlight'] }) | null;
  const highlights = win?.CSS?.highlights;
  const Ctor = win?.Highlight;
  return highlights && typeof Ctor === 'function' ? { highlights, Highlight: Ctor } : null;
}

function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = `::highlight(${NAME}) { background-color: #ffe066; color: #111; }`;
  (doc.head ?? doc.documentElement).appendChild(style);
}

/** The live range of `text[start, end)`: from the offset map, else by searching the page. */
export function rangeOf(doc: Document, map: OffsetMap | null, start: number, end: number): Range | null {
  if (!map) return null;
  return map.range(doc, start, end) ?? findInPage(doc, map.text.slice(start, end));
}

export function highlight(doc: Document, map: OffsetMap | null, start: number, end: number): HighlightResult {
  if (!map) return { ok: false, message: 'The article has not been read on this page yet.' };
  let range: Range | null = null;
  try {
    range = rangeOf(doc, map, start, end);
  } catch {
    range = null;
  }
  if (!range) return { ok: false, message: 'That sentence could not be found on the page.' };
  clearHighlight(doc);
  const el = range.startContainer.parentElement;
  try {
    el?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  } catch {
    el?.scrollIntoView?.();
  }
  const api = highlightApi(doc);
  if (api) {
    ensureStyle(doc);
    api.highlights.set(NAME, new api.Highlight(range));
  } else {
    const sel = doc.getSelection();
    if (!sel) return { ok: false, message: 'This page cannot be highlighted.' };
    sel.removeAllRanges();
    sel.addRange(range);
    ownSelection = sel.toString();
  }
  return { ok: true };
}

export function clearHighlight(doc: Document): HighlightResult {
  const api = highlightApi(doc);
  if (api) api.highlights.delete(NAME);
  if (ownSelection !== null) {
    const sel = doc.getSelection();
    if (sel && sel.toString() === ownSelection) sel.removeAllRanges();
    ownSelection = null;
  }
  return { ok: true };
}

/** True when the page's selection is the one Lede set to highlight a sentence. */
export function selectionIsOwnHighlight(doc: Document): boolean {
  return ownSelection !== null && doc.getSelection()?.toString() === ownSelection;
}
