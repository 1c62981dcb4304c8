/**
 * The cleaning Readability leaves undone: captions and credits, "Read more" and related blocks,
 * newsletter pitches, share bars, bylines and datelines inside the body, repeated headlines.
 * The rules are data (clean-rules.json); this file only applies them. Nothing is mutated: the
 * verdict is a set of elements for the serializer to skip, each removal with its rule and reason.
 */
import rulesFile from './clean-rules.json';
import { isBlockTag, isOpaqueTag } from './serialize';

export interface CleanRule {
  id: string;
  reason: string;
  tags?: string[];
  attr?: string;
  text?: string;
  linkDensity?: number;
  maxChars?: number;
  edge?: number;
  sameAsTitle?: boolean;
  meta?: 'byline' | 'publishedTime';
}

export interface Removal {
  rule: string;
  reason: string;
  /** The removed text (normalised, at most 300 characters). */
  text: string;
}

export interface CleanResult {
  skip: Set<Element>;
  removed: Removal[];
  /** Metadata found in removed lines (a byline, a date). */
  meta: { byline?: string; publishedTime?: string };
}

interface CompiledRule extends CleanRule {
  tagSet: Set<string> | null;
  attrRe: RegExp | null;
  textRe: RegExp | null;
}

/** A rule never removes more than this share of the article's text. */
const MAX_SHARE = 0.25;

let compiled: CompiledRule[] | null = null;
export function cleanRules(): CompiledRule[] {
  if (!compiled) {
    compiled = (rulesFile.rules as CleanRule[]).map((r) => ({
      ...r,
      tagSet: r.tags ? new Set(r.tags) : null,
      attrRe: r.attr ? new RegExp(r.attr, 'i') : null,
      textRe: r.text ? new RegExp(r.text, 'i') : null,
    }));
  }
  return compiled;
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
const simplify = (s: string): string => norm(s).toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, '');

function attrString(el: Element): string {
  let s = '';
  const cls = el.getAttribute('class');
  if (cls) s += cls;
  const id = el.getAttribute('id');
  if (id) s += ' ' + id;
  for (const a of ['role', 'data-component', 'data-testid', 'data-module', 'itemprop']) {
    const v = el.getAttribute(a);
    if (v) s += ' ' + v;
  }
  return s.length > 500 ? s.slice(0, 500) : s;
}

interface Stats {
  chars: number;
  linkChars: number;
  hasBlock: boolean;
}

/**
 * The elements under root in document order. (Not Array.from(getElementsByTagName('*')):
 * jsdom's live collections make that quadratic on big pages.)
 */
export function descendants(root: Element): Element[] {
  const out: Element[] = [];
  let el: Element | null = root.firstElementChild;
  while (el) {
    out.push(el);
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) el = el.parentElement;
    el = el && el !== root ? el.nextElementSibling : null;
  }
  return out;
}

/** Text and link lengths of every element under root, in one bottom-up pass. */
function measure(root: Element, all: Element[]): Map<Element, Stats> {
  const stats = new Map<Element, Stats>();
  // Children before parents: reverse document order, the root last.
  for (let i = all.length - 1; i >= -1; i--) {
    const el = i < 0 ? root : all[i];
    const s: Stats = { chars: 0, linkChars: 0, hasBlock: false };
    const tag = el.tagName.toUpperCase();
    if (!isOpaqueTag(tag)) {
      for (let c = el.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === 3) s.chars += norm((c as Text).data).length;
        else if (c.nodeType === 1) {
          const k = stats.get(c as Element);
          if (!k) continue;
          s.chars += k.chars;
          s.linkChars += k.linkChars;
          if (k.hasBlock || isBlockTag((c as Element).tagName.toUpperCase())) s.hasBlock = true;
        }
      }
      if (tag === 'A') s.linkChars = s.chars;
    }
    stats.set(el, s);
  }
  return stats;
}

/** Decides which elements under `root` to leave out of the article text. */
export function cleanArticle(root: Element, context: { title?: string | null } = {}): CleanResult {
  const rules = cleanRules();
  const all = descendants(root);
  const stats = measure(root, all);
  const total = stats.get(root)?.chars ?? 0;
  const title = context.title ? simplify(context.title) : '';

  // Leaf blocks (blocks holding no other block) in reading order, for the edge rules.
  const leaves: Element[] = [];
  for (const el of all) {
    const s = stats.get(el)!;
    if (s.chars > 0 && !s.hasBlock && isBlockTag(el.tagName.toUpperCase())) leaves.push(el);
  }
  const leafIndex = new Map<Element, number>();
  leaves.forEach((el, i) => leafIndex.set(el, i));

  const skip = new Set<Element>();
  const removed: Removal[] = [];
  const meta: CleanResult['meta'] = {};
  let skipping: Element | null = null;
  for (const el of all) {
    if (skipping && skipping.contains(el)) continue;
    skipping = null;
    const s = stats.get(el)!;
    if (s.chars === 0) continue;
    const tag = el.tagName.toUpperCase();
    const leaf = leafIndex.get(el);
    let text: string | null = null;
    const textOf = () => (text ??= norm(el.textContent ?? ''));
    const attrs = attrString(el);
    for (const r of rules) {
      if (r.maxChars !== undefined && s.chars > r.maxChars) continue;
      if (total > 0 && s.chars > total * MAX_SHARE && s.chars > 200) continue;
      if (r.tagSet && !r.tagSet.has(tag)) continue;
      if (r.attrRe && !r.attrRe.test(attrs)) continue;
      if (r.linkDensity !== undefined && (s.chars === 0 || s.linkChars / s.chars < r.linkDensity)) continue;
      if (r.edge !== undefined && (leaf === undefined || (leaf >= r.edge && leaf < leaves.length - r.edge))) continue;
      if (r.textRe && (leaf === undefined || !r.textRe.test(textOf()))) continue;
      if (r.sameAsTitle && (!title || leaf === undefined || simplify(textOf()) !== title)) continue;
      skip.add(el);
      skipping = el;
      const t = textOf();
      removed.push({ rule: r.id, reason: r.reason, text: t.length > 300 ? t.slice(0, 300) + '…' : t });
      if (r.meta === 'byline' && !meta.byline) meta.byline = t.replace(/^(?:by|written by|words by|reporting by|story by)\s+/i, '');
      if (r.meta === 'publishedTime' && !meta.publishedTime) meta.publishedTime = t;
      break;
    }
  }
  return { skip, removed, meta };
}
