/**
 * Datelines and agency credits that open a story's first sentence: "(CNN)", "Tokyo (CNN) --",
 * "WASHINGTON (Reuters) -", "BEIJING:", "LONDON —". They are not part of what the sentence says,
 * so the key sentence starts after them. All patterns are anchored and bounded.
 */
const CREDIT = /^(?:[\p{Lu}][\p{L}\p{M}.'’-]*(?:,?\s[\p{Lu}][\p{L}\p{M}.'’-]*){0,5},?\s{0,3})?\([\p{Lu}][\p{L}\p{M}&.' -]{0,30}\)(?:(?=["“\p{Lu}\p{N}])|\s{0,3}(?:--|[—–:-])\s{1,3})/u;
const CAPS_PLACE = /^\p{Lu}[\p{Lu}.'’ -]{1,30}(?:,\s{0,2}[\p{Lu}][\p{L}.'’ -]{0,30})?\s{0,2}(?:--|[—–:])\s{1,3}(?=["“\p{Lu}\p{N}])/u;

/** Length of the dateline that opens `text` (0 when none). */
export function datelineLength(text: string): number {
  const head = text.slice(0, 120);
  const m = CREDIT.exec(head) ?? CAPS_PLACE.exec(head);
  if (!m) return 0;
  // Keep something to say: a dateline is never the whole sentence.
  return m[0].length < text.trimEnd().length - 1 ? m[0].length : 0;
}
