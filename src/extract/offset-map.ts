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

/** The attribute that ties an element of Readability's clone to its live original (by index). */
const INDEX = 'data-lede-i';

/** How the nodes of a clone lead back to the live page. */
export interface NodePairs {
  /** Clone text node to live text node. */
  text: Map<Text, Text>;
  /** Live elements, by the index each clone element carries in `data-lede-i`. */
  elements: Element[];
}

/**
 * Pairs every text node of a clone with the live node it was copied from, and tags each clone
 * element with the index of its original: when Readability retries, it rebuilds the page from a
 * copy (new text nodes), and the tags still lead back.
 */
export function pairTextNodes(live: Document, clone: Document): NodePairs {
  const text = new Map<Text, Text>();
  const wl = live.createTreeWalker(live, 4 /* SHOW_TEXT */);
  const wc = clone.createTreeWalker(clone, 4 /* SHOW_TEXT */);
  for (let a = wl.nextNode(), b = wc.nextNode(); a && b; a = wl.nextNode(), b = wc.nextNode()) {
    text.set(b as Text, a as Text);
  }
  const elements: Element[] = [];
  const el = live.createTreeWalker(live, 1 /* SHOW_ELEMENT */);
  const ec = clone.createTreeWalker(clone, 1 /* SHOW_ELEMENT */);
  for (let a = el.nextNode(), b = ec.nextNode(); a && b; a = el.nextNode(), b = ec.nextNode()) {
    (b as Element).setAttribute(INDEX, String(elements.length));
    elements.push(a as Element);
  }
  return { text, elements };
}

/**
 * Finds the live twin of a clone text node that lost its pairing, through the index tag of its
 * element: the next text node of that live element with the same data. Segments come in
 * document order, so each element is scanned forward once (a cursor per element).
 */
function recoverer(pairs: NodePairs): (node: Text) => Text | null {
  const cursors = new Map<Element, { nodes: Text[]; pos: number }>();
  return (node) => {
    const holder = node.parentElement?.closest(`[${INDEX}]`);
    const liveEl = holder ? pairs.elements[Number(holder.getAttribute(INDEX))] : undefined;
    if (!liveEl) return null;
    let c = cursors.get(liveEl);
    if (!c) {
      const nodes: Text[] = [];
      const walker = liveEl.ownerDocument.createTreeWalker(liveEl, 4 /* SHOW_TEXT */);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      c = { nodes, pos: 0 };
      cursors.set(liveEl, c);
    }
    for (let i = c.pos; i < c.nodes.length && i < c.pos + 500; i++) {
      if (c.nodes[i].data === node.data) {
        c.pos = i + 1;
        return c.nodes[i];
      }
    }
    return null;
  };
}

export class OffsetMap {
  constructor(
    readonly text: string,
    readonly segments: TextSegment[],
  ) {}

  /** Segments moved onto the live nodes (clone to live); those without a counterpart are dropped. */
  translate(pairs: NodePairs): OffsetMap {
    const out: TextSegment[] = [];
    const recover = recoverer(pairs);
    const recovered = new Map<Text, Text | null>();
    for (const s of this.segments) {
      let node = pairs.text.get(s.node) ?? recovered.get(s.node);
      if (node === undefined) {
        node = recover(s.node);
        recovered.set(s.node, node);
      }
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
