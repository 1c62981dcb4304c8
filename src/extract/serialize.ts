/**
 * DOM to article text: block elements become paragraphs (separated by a blank line), `<br>` a
 * line break, runs of white space one space. Every character copied from a text node is
 * recorded in a segment, so that an offset into the text leads back to its node.
 * Never mutates the DOM; never parses markup.
 */

/** `text.slice(start, end) === node.data.slice(offset, offset + end - start)`. */
export interface TextSegment {
  start: number;
  end: number;
  node: Text;
  offset: number;
}

export interface Serialized {
  text: string;
  segments: TextSegment[];
}

export interface SerializeOptions {
  /** Elements to leave out, with all they hold (the cleaning rules' verdicts). */
  skip?: (el: Element) => boolean;
  /** Only the text inside this range (a reader's selection). */
  range?: Range | null;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
]);
const CELL = new Set(['TD', 'TH']);
/** Elements whose content is never article text. */
const OPAQUE = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO',
  'SELECT', 'TEXTAREA', 'BUTTON', 'MATH', 'HEAD', 'TITLE', 'META', 'LINK',
]);

export const isBlockTag = (tag: string): boolean => BLOCK.has(tag);
export const isOpaqueTag = (tag: string): boolean => OPAQUE.has(tag);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function isWs(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Accumulates text, collapsing white space and keeping the segment map. */
export class TextBuilder {
  private parts: string[] = [];
  private len = 0;
  readonly segments: TextSegment[] = [];
  private paraHasText = false;
  private pendingSpace = false;
  private pendingBreak = 0; // 0 none, 1 line, 2 paragraph

  space(): void {
    if (this.paraHasText) this.pendingSpace = true;
  }
  /** A line break; two in a row (`<br><br>`) make a paragraph break. */
  line(): void {
    if (this.len > 0) this.pendingBreak = this.pendingBreak >= 1 ? 2 : 1;
  }
  paragraph(): void {
    if (this.len > 0) this.pendingBreak = 2;
  }

  /** Copies `data[from, to)` of a text node, collapsing white space. */
  addText(node: Text, from: number, to: number): void {
    const data = node.data;
    let i = from;
    while (i < to) {
      if (isWs(data.charCodeAt(i))) {
        while (i < to && isWs(data.charCodeAt(i))) i++;
        this.space();
        continue;
      }
      const runStart = i;
      while (i < to && !isWs(data.charCodeAt(i))) i++;
      this.addRun(node, runStart, i);
    }
  }

  private addRun(node: Text, a: number, b: number): void {
    let sep = '';
    if (this.len > 0 && this.pendingBreak) sep = this.pendingBreak === 2 ? '\n\n' : '\n';
    else if (this.pendingSpace && this.paraHasText) sep = ' ';
    this.pendingBreak = 0;
    this.pendingSpace = false;
    if (sep) this.push(sep);
    const start = this.len;
    this.push(node.data.slice(a, b));
    this.paraHasText = true;
    const last = this.segments[this.segments.length - 1];
    // One segment per stretch of a node copied verbatim (single spaces included).
    if (last && last.node === node && sep === ' ' && last.end + 1 === start && last.offset + (last.end - last.start) + 1 === a && node.data.charCodeAt(a - 1) === 32) {
      last.end = this.len;
    } else {
      this.segments.push({ start, end: this.len, node, offset: a });
    }
  }

  private push(s: string): void {
    this.parts.push(s);
    this.len += s.length;
  }

  /** Adds text that comes from no node (a separator or a metadata line). */
  addLoose(s: string): void {
    const t = s.replace(/\s+/g, ' ').trim();
    if (!t) return;
    if (this.len > 0) this.push(this.pendingBreak === 1 ? '\n' : this.pendingBreak === 2 ? '\n\n' : this.pendingSpace ? ' ' : '');
    this.pendingBreak = 0;
    this.pendingSpace = false;
    this.push(t);
    this.paraHasText = true;
  }

  get length(): number {
    return this.len;
  }

  finish(): Serialized {
    return { text: this.parts.join(''), segments: this.segments };
  }
}

/** Serialises `root` (an element, a document or a fragment) into article text. */
export function serialize(root: Node, options: SerializeOptions = {}): Serialized {
  const b = new TextBuilder();
  walk(root, b, options);
  return b.finish();
}

/** Walks `root` in document order, without recursion (pages can be very deep). */
export function walk(root: Node, b: TextBuilder, options: SerializeOptions = {}): void {
  const { skip, range } = options;
  const rangeStart = range ? range.startContainer : null;
  const rangeEnd = range ? range.endContainer : null;
  // Stack of nodes to visit; `null` entries close the block element pushed just before them.
  const stack: (Node | { close: Element })[] = [root];
  while (stack.length) {
    const item = stack.pop()!;
    if ('close' in item) {
      closeElement(item.close, b);
      continue;
    }
    const node = item;
    if (node.nodeType === TEXT_NODE) {
      const t = node as Text;
      let from = 0;
      let to = t.data.length;
      if (range) {
        if (!range.intersectsNode(t)) continue;
        if (t === rangeStart) from = range.startOffset;
        if (t === rangeEnd) to = range.endOffset;
      }
      b.addText(t, from, to);
      continue;
    }
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (OPAQUE.has(tag) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') {
        if (node !== root) continue;
      }
      if (node !== root && skip && skip(el)) continue;
      if (range && !range.intersectsNode(el)) continue;
      if (tag === 'BR') {
        b.line();
        continue;
      }
      if (tag === 'IMG' || tag === 'INPUT' || tag === 'PICTURE' || tag === 'SOURCE') continue;
      openElement(tag, b);
      stack.push({ close: el });
    } else if (node.nodeType !== 9 && node.nodeType !== 11) {
      continue; // comments, processing instructions
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
}

function openElement(tag: string, b: TextBuilder): void {
  if (BLOCK.has(tag)) b.paragraph();
  else if (CELL.has(tag)) b.space();
}

function closeElement(el: Element, b: TextBuilder): void {
  const tag = el.tagName.toUpperCase();
  if (BLOCK.has(tag)) b.paragraph();
  else if (CELL.has(tag)) b.space();
}
