/**
 * The reader's selection as article text, with its map to the live nodes. The cleaning rules
 * apply inside it too: a caption or a share bar dragged over is still not the story.
 */
import { cleanArticle, type Removal } from './clean';
import { TextBuilder, walk, type Serialized } from './serialize';

/** The selected text when it is long enough to summarise, else null. */
export function selectionText(doc: Document, minChars: number): (Serialized & { removed: Removal[] }) | null {
  const sel = typeof doc.getSelection === 'function' ? doc.getSelection() : null;
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  if (sel.toString().replace(/\s+/g, ' ').trim().length < minChars) return null;
  const b = new TextBuilder();
  const removed: Removal[] = [];
  for (let i = 0; i < sel.rangeCount && i < 50; i++) {
    const range = sel.getRangeAt(i);
    const common = range.commonAncestorContainer;
    const holder = common.nodeType === 1 ? (common as Element) : common.parentElement;
    const cleaned = holder ? cleanArticle(holder) : null;
    if (cleaned) removed.push(...cleaned.removed);
    b.paragraph();
    walk(common, b, { range, skip: cleaned ? (el) => cleaned.skip.has(el) : undefined });
  }
  const out = b.finish();
  return out.text.trim().length >= minChars ? { ...out, removed } : null;
}
