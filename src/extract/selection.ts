/** The reader's selection as article text, with its map to the live nodes. */
import { TextBuilder, walk, type Serialized } from './serialize';

/** The selected text when it is long enough to summarise, else null. */
export function selectionText(doc: Document, minChars: number): Serialized | null {
  const sel = typeof doc.getSelection === 'function' ? doc.getSelection() : null;
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  if (sel.toString().replace(/\s+/g, ' ').trim().length < minChars) return null;
  const b = new TextBuilder();
  for (let i = 0; i < sel.rangeCount && i < 50; i++) {
    const range = sel.getRangeAt(i);
    b.paragraph();
    walk(range.commonAncestorContainer, b, { range });
  }
  const out = b.finish();
  return out.text.trim().length >= minChars ? out : null;
}
