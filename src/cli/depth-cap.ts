import { parse, serialize, type DefaultTreeAdapterTypes as T } from 'parse5';

/**
 * Browsers' HTML parsers stop nesting at 512 open elements (deeper elements become siblings), so
 * the content script never sees a deeper tree from markup. jsdom does not: its node insertion
 * walks every ancestor, Readability scores each level against its whole subtree (both quadratic
 * in the depth), and jsdom's recursive detach overflows the stack near 4,000 levels. The CLI
 * caps the depth the same way before jsdom sees the page.
 */
export const MAX_DOM_DEPTH = 512;

type Parent = T.ParentNode;
const isParent = (n: T.Node): n is Parent => 'childNodes' in n;
const isElement = (n: T.Node): n is T.Element => 'tagName' in n;
const kidsOf = (n: Parent): T.ChildNode[] => (n.nodeName === 'template' ? (n as T.Template).content.childNodes : n.childNodes);

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * Every element of the host's subtree becomes a child of the host, in document order; each keeps
 * its text. Elements left with nothing in them are dropped (a browser would keep thousands of empty
 * siblings, which only slow extraction down).
 */
function flattenInto(host: Parent): void {
  const out: T.ChildNode[] = [];
  const stack = [...kidsOf(host)].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    n.parentNode = host;
    if (!isParent(n)) {
      out.push(n);
      continue;
    }
    if (n.nodeName === 'template') flattenInto((n as T.Template).content);
    const kids = n.childNodes;
    if (kids.some(isElement)) {
      n.childNodes = kids.filter((k) => !isElement(k));
      for (let i = kids.length - 1; i >= 0; i--) if (isElement(kids[i])) stack.push(kids[i]);
    }
    if (n.childNodes.length || VOID.has(n.nodeName) || n.nodeName === 'template') out.push(n);
  }
  if (host.nodeName === 'template') (host as T.Template).content.childNodes = out;
  else host.childNodes = out;
}

/** Flattens the tree below `max` levels (the document is level 0); true when anything moved. */
export function capTreeDepth(root: Parent, max = MAX_DOM_DEPTH): boolean {
  let changed = false;
  const stack: [Parent, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    const kids = kidsOf(node);
    if (depth >= max) {
      if (kids.some((k) => isParent(k) && kidsOf(k).some(isElement))) {
        flattenInto(node);
        changed = true;
      }
      continue;
    }
    for (const k of kids) if (isParent(k)) stack.push([k, depth + 1]);
  }
  return changed;
}

/** The page as a browser would nest it: unchanged unless it is nested deeper than `max`. */
export function capHtmlDepth(html: string, max = MAX_DOM_DEPTH): string {
  const doc = parse(html, { scriptingEnabled: false }); // as jsdom parses when scripts do not run
  return capTreeDepth(doc, max) ? serialize(doc) : html;
}
