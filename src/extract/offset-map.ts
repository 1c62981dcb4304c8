/**
 * From offsets in `article.text` back to text nodes of the live page, so that the popup can
 * scroll to a sentence and highlight it. The map holds the serializer's segments, translated
 * from Readability's clone to the live document. Where the map has no node (the text came from
 * JSON-LD, Readability rebuilt a node, or the page changed since), the sentence is searched for
 * in the page's text instead.
 */
import { serialize, type TextSegment } from './serialize';

export interface NodePosition {
  node: Text;
  offset: number;
}

/** Pairs every text node of a clone with the live node it was copied from. */
export function pairTextNodes(live: Document, clone: Document): Map<Text, Text> {
  const pairs = new Map<Text, Text>();
  const wl = live.createTreeWalker(live, 4 /* SHOW_TEXT */);
  const wc = clone.createTreeWalker(clone, 4 /* SHOW_TEXT */);
  for (let a = wl.nextNode(), b = wc.nextNode(); a && b; a = wl.nextNode(), b = wc.nextNode()) {
    pairs.set(b as Text, a as Text);
  }
  return pairs;
}

export class OffsetMap {
  constructor(
    readonly text: string,
    readonly segments: TextSegment[],
  ) {}

  /** Segments moved onto other nodes (clone to live); those without a counterpart are dropped. */
  translate(pairs: Map<Text, Text>): OffsetMap {
    const out: TextSegment[] = [];
    for (const s of this.segments) {
      const node = pairs.get(s.node);
      if (node) out.push({ ...s, node });
    }
    return new OffsetMap(this.text, out);
  }

  /** Index of the first segment whose end is after `offset`. */
  private seek(offset: number): number {
    let lo = 0;
    let hi = this.segments.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.segments[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The node position of a text offset. `start` takes the first mapped character at or after
   * the offset, `end` the position just after the last mapped character before it; `limit`
   * bounds how far either may move (a sentence's other end).
   */
  position(offset: number, bias: 'start' | 'end', limit: number): NodePosition | null {
    if (bias === 'start') {
      const i = this.seek(offset);
      const s = this.segments[i];
      if (!s) return null;
      const at = Math.max(offset, s.start);
      if (at >= limit) return null;
      return { node: s.node, offset: s.offset + (at - s.start) };
    }
    let i = this.seek(offset - 1);
    let s = this.segments[i];
    if (!s || s.start >= offset) s = this.segments[--i];
    if (!s) return null;
    const at = Math.min(offset, s.end);
    if (at <= limit) return null;
    return { node: s.node, offset: s.offset + (at - s.start) };
  }

  /** A live DOM range over `text[start, end)`, checked against the nodes, or null. */
  range(doc: Document, start: number, end: number): Range | null {
    if (!(start >= 0 && end > start && end <= this.text.length)) return null;
    const a = this.position(start, 'start', end);
    const b = this.position(end, 'end', start);
    if (!a || !b || !a.node.isConnected || !b.node.isConnected) return null;
    // The page may have changed since extraction: the first and last characters must still match.
    const first = this.text.slice(start, end).trimStart()[0];
    const last = this.text.slice(start, end).trimEnd().slice(-1);
    if (a.node.data[a.offset] !== first || b.node.data[b.offset - 1] !== last) return null;
    try {
      const r = doc.createRange();
      r.setStart(a.node, a.offset);
      r.setEnd(b.node, b.offset);
      return r.collapsed ? null : r;
    } catch {
      return null;
    }
  }
}

/**
 * Finds `needle` in the page's text (white space collapsed) and returns a range over it. When
 * the whole of it is not there, its longest prefix of words that is, if that is most of it.
 */
export function findInPage(doc: Document, needle: string): Range | null {
  const root = doc.body ?? doc.documentElement;
  if (!root) return null;
  const want = needle.replace(/\s+/g, ' ').trim();
  if (!want) return null;
  const page = serialize(root);
  const hay = page.text.replace(/\s/g, ' ');
  let at = hay.indexOf(want);
  let len = want.length;
  if (at < 0) {
    const words = want.split(' ');
    for (let n = words.length - 1; n >= Math.max(3, Math.ceil(words.length * 0.5)); n--) {
      const part = words.slice(0, n).join(' ');
      at = hay.indexOf(part);
      if (at >= 0) {
        len = part.length;
        break;
      }
    }
  }
  if (at < 0) return null;
  return new OffsetMap(page.text, page.segments).range(doc, at, at + len);
}
