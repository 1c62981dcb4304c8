/**
 * The cleaning Readability leaves undone: captions and credits, "Read more" and related blocks,
 * newsletter pitches, share bars, bylines and datelines inside the body, repeated headlines.
 * The rules are data (clean-rules.json, clean-words.json); this file only applies them. The
 * article is not mutated: the verdict is a set of elements for the serializer to skip, each
 * removal with its rule and reason. (Readability's clone gets marks, see `markClone`.)
 */
import rulesFile from './clean-rules.json';
import wordsFile from './clean-words.json';
import { isBlockTag, isOpaqueTag } from './serialize';

export interface CleanRule {
  id: string;
  reason: string;
  tags?: string[];
  attr?: string;
  text?: string;
  words?: 'dates' | 'labels';
  sameAs?: 'title' | 'byline' | 'siteName';
  /** The block starts with one of the author's names. */
  startsWith?: 'byline';
  /** Each smaller <article> beside the biggest one (at most this share of its size). */
  otherArticles?: number;
  linkDensity?: number;
  maxChars?: number;
  maxShare?: number;
  edge?: number;
  at?: 'start' | 'end' | 'both';
  cut?: boolean;
  after?: number;
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

export interface CleanContext {
  title?: string | null;
  /** Every form of the title the page gives (JSON-LD, Open Graph, <title>, <h1>). */
  titles?: (string | null | undefined)[];
  byline?: string | null;
  siteName?: string | null;
  /** Text nodes inside elements marked before Readability ran (see `markClone`). */
  marked?: MarkedText | null;
}

/** Text node of Readability's clone to the rule that marked its element, and that element's size. */
export type MarkedText = Map<Text, { rule: string; size: number }>;

interface CompiledRule extends CleanRule {
  tagSet: Set<string> | null;
  attrRe: RegExp | null;
  textRe: RegExp | null;
}

/** By default a rule never removes more than this share of the article's text. */
const MAX_SHARE = 0.25;
/** Readability drops wrappers (and their classes); marks set on its clone survive on what they held. */
export const MARK = 'data-lede-rule';
/** On the marked element and all it holds: the marked element's text length (for the share guard). */
const MARK_SIZE = 'data-lede-size';
/** The pre-pass never marks an element holding this share of the page's running text: that is the story. */
const STORY_SHARE = 0.4;

let compiled: CompiledRule[] | null = null;
/** Any rule's `attr`, as one regex: an element it does not match matches no attribute rule. */
let anyAttr: RegExp | null = null;
export function cleanRules(): CompiledRule[] {
  if (!compiled) {
    compiled = (rulesFile.rules as CleanRule[]).map((r) => ({
      ...r,
      tagSet: r.tags ? new Set(r.tags) : null,
      attrRe: r.attr ? new RegExp(r.attr, 'i') : null,
      textRe: r.text ? new RegExp(r.text, 'iu') : null,
    }));
    anyAttr = new RegExp(compiled.filter((r) => r.attr).map((r) => `(?:${r.attr})`).join('|') || '(?!)', 'i');
  }
  return compiled;
}

/** Tests an element's attribute string once against every attribute rule (see `anyAttr`). */
function attrTester(attrs: () => string): () => boolean {
  let any: boolean | null = null;
  return () => (any ??= anyAttr!.test(attrs()));
}

let wordSets: { dates: Set<string>; labels: Set<string> } | null = null;
function words(): { dates: Set<string>; labels: Set<string> } {
  wordSets ??= { dates: new Set(wordsFile.dates), labels: new Set(wordsFile.labels) };
  return wordSets;
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** JavaScript's `\s`, by code unit. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `norm(s).length`, counted in one scan (measure runs it on every text node of the page). */
export function normLength(s: string): number {
  let n = 0;
  let gap = false;
  for (let i = 0; i < s.length; i++) {
    if (isSpace(s.charCodeAt(i))) gap = n > 0;
    else {
      if (gap) n++;
      gap = false;
      n++;
    }
  }
  return n;
}
const simplify = (s: string): string => norm(s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' '));

/** The block is a date or time line: only date words, numbers and punctuation, with a digit. */
export function isDateLine(text: string): boolean {
  if (!/\d/.test(text)) return false;
  const tokens = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const dates = words().dates;
  return tokens.every((t) => dates.has(t));
}

/** The block is an interface label ("Advertisement", "Share this article", "Read more"). */
export function isLabel(text: string): boolean {
  return words().labels.has(simplify(text));
}

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

interface Stats {
  chars: number;
  linkChars: number;
  /** Characters inside paragraphs (<p>): running text. */
  pChars: number;
  hasBlock: boolean;
}

/** Text and link lengths of every element under root, in one bottom-up pass. */
function measure(root: Element, all: Element[]): Map<Element, Stats> {
  const stats = new Map<Element, Stats>();
  // Children before parents: reverse document order, the root last.
  for (let i = all.length - 1; i >= -1; i--) {
    const el = i < 0 ? root : all[i];
    const s: Stats = { chars: 0, linkChars: 0, pChars: 0, hasBlock: false };
    const tag = el.tagName.toUpperCase();
    if (!isOpaqueTag(tag)) {
      for (let c = el.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === 3) s.chars += normLength((c as Text).data);
        else if (c.nodeType === 1) {
          const k = stats.get(c as Element);
          if (!k) continue;
          s.chars += k.chars;
          s.linkChars += k.linkChars;
          s.pChars += k.pChars;
          if (k.hasBlock || isBlockTag((c as Element).tagName.toUpperCase())) s.hasBlock = true;
        }
      }
      if (tag === 'A') s.linkChars = s.chars;
      if (tag === 'P') s.pChars = s.chars;
    }
    stats.set(el, s);
  }
  return stats;
}

/** Does an element match a rule's structural conditions (tags, attributes, size, links)? */
function matchesShape(r: CompiledRule, tag: string, attrs: () => string, s: Stats, total: number, anyAttrRule: () => boolean): boolean {
  if (r.maxChars !== undefined && s.chars > r.maxChars) return false;
  if (total > 0 && s.chars > total * (r.maxShare ?? MAX_SHARE) && s.chars > 200) return false;
  if (r.tagSet && !r.tagSet.has(tag)) return false;
  if (r.attrRe && !(anyAttrRule() && r.attrRe.test(attrs()))) return false;
  if (r.linkDensity !== undefined && (s.chars === 0 || s.linkChars / s.chars < r.linkDensity)) return false;
  return true;
}

/**
 * Before Readability runs on its clone: marks every element that an attribute rule removes,
 * and everything inside it, so that the verdict survives Readability's rewriting (it replaces
 * wrappers by their only child, and wraps loose text in new paragraphs). Only the clone is touched.
 */
export function markClone(body: Element): MarkedText {
  const marked: MarkedText = new Map();
  const rules = cleanRules().filter((r) => r.attrRe && !r.textRe && !r.words && !r.sameAs && r.edge === undefined);
  const all = descendants(body);
  const stats = measure(body, all);
  const storyChars = (stats.get(body)?.pChars ?? 0) * STORY_SHARE;
  let inside: Element | null = null;
  let insideRule = '';
  let insideSize = '';
  for (const el of all) {
    if (inside && inside.contains(el)) {
      el.setAttribute(MARK, insideRule);
      el.setAttribute(MARK_SIZE, insideSize);
      markText(el, insideRule, Number(insideSize), marked);
      continue;
    }
    inside = null;
    const s = stats.get(el)!;
    if (s.chars === 0 || (s.pChars > storyChars && s.pChars > 400)) continue;
    const tag = el.tagName.toUpperCase();
    let attrs: string | null = null;
    const attrsOf = () => (attrs ??= attrString(el));
    const anyOf = attrTester(attrsOf);
    const r = rules.find((x) => matchesShape(x, tag, attrsOf, s, 0, anyOf));
    if (r) {
      inside = el;
      insideRule = r.id;
      insideSize = String(s.chars);
      el.setAttribute(MARK, insideRule);
      el.setAttribute(MARK_SIZE, insideSize);
      markText(el, insideRule, s.chars, marked);
    }
  }
  return marked;
}

/**
 * Text directly inside a marked element: Readability may move it into a new paragraph and drop
 * the element, so the verdict follows the text nodes too.
 */
function markText(el: Element, rule: string, size: number, marked: MarkedText): void {
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) marked.set(c as Text, { rule, size });
}

/** The mark shared by every non-blank text node of a block, if they all have one. */
function markOfText(el: Element, marked: MarkedText): { rule: string; size: number } | null {
  let found: { rule: string; size: number } | null = null;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!(n as Text).data.trim()) continue;
    const m = marked.get(n as Text);
    if (!m || (found && found.rule !== m.rule)) return null;
    found = m;
  }
  return found;
}

/** Simplified forms of the text a `sameAs` rule compares a block with. */
function sameSets(context: CleanContext): Record<'title' | 'byline' | 'siteName', Set<string>> {
  const set = (xs: (string | null | undefined)[]) => new Set(xs.filter((x): x is string => !!x).map(simplify).filter(Boolean));
  return { title: set(context.titles ?? [context.title]), byline: set([context.byline]), siteName: set([context.siteName]) };
}

/**
 * Decides which elements under `root` to leave out of the article text. Two passes: the rules
 * that hold anywhere first (a related-stories heading there cuts the tail), then the rules about
 * the edges of the article (bylines, datelines, credits), which count blocks among what is left.
 */
export function cleanArticle(root: Element, context: CleanContext = {}): CleanResult {
  const rules = cleanRules();
  const byId = new Map(rules.map((r) => [r.id, r]));
  const all = descendants(root);
  const stats = measure(root, all);
  const total = stats.get(root)?.chars ?? 0;
  const same = sameSets(context);
  const authors = (context.byline ?? '').split(/,|\band\b|&/).map(simplify).filter((a) => a.includes(' '));
  const startsWithAuthor = (t: string) => {
    const st = simplify(t);
    return authors.some((a) => st.length > a.length && st.startsWith(a + ' '));
  };
  const others = otherArticles(all, stats);
  const skip = new Set<Element>();
  const removed: Removal[] = [];
  const meta: CleanResult['meta'] = {};
  const remove = (el: Element, rule: CleanRule, text: string) => {
    skip.add(el);
    removed.push({ rule: rule.id, reason: rule.reason, text: text.length > 300 ? text.slice(0, 300) + '…' : text });
    if (rule.meta === 'byline' && !meta.byline) meta.byline = text.replace(/^(?:by|written by|words by|reporting by|story by)\s+/i, '');
    if (rule.meta === 'publishedTime' && !meta.publishedTime) meta.publishedTime = text;
  };

  /** Elements not inside a skipped one, in document order, each with its leaf index. */
  const kept = (): { el: Element; leaf: number | undefined }[] => {
    const out: { el: Element; leaf: number | undefined }[] = [];
    let skipping: Element | null = null;
    let n = 0;
    for (const el of all) {
      if (skipping && skipping.contains(el)) continue;
      skipping = skip.has(el) ? el : null;
      if (skipping) continue;
      const s = stats.get(el)!;
      if (s.chars === 0) continue;
      const leaf = !s.hasBlock && isBlockTag(el.tagName.toUpperCase()) ? n++ : undefined;
      out.push({ el, leaf });
    }
    return out;
  };

  const pass = (ruleSet: CompiledRule[], useMarks: boolean): Element | null => {
    const items = kept();
    const leaves = items.filter((x) => x.leaf !== undefined);
    const before: number[] = [];
    let seen = 0;
    for (const x of leaves) {
      before.push(seen);
      seen += stats.get(x.el)!.chars;
    }
    const atEdge = (r: CleanRule, leaf: number | undefined): boolean => {
      if (r.edge === undefined) return true;
      if (leaf === undefined) return false;
      const at = r.at ?? 'both';
      return ((at === 'start' || at === 'both') && leaf < r.edge) || ((at === 'end' || at === 'both') && leaf >= leaves.length - r.edge);
    };
    let skipping: Element | null = null;
    for (const { el, leaf } of items) {
      if (skipping && skipping.contains(el)) continue;
      skipping = null;
      const s = stats.get(el)!;
      const tag = el.tagName.toUpperCase();
      let text: string | null = null;
      const textOf = () => (text ??= norm(el.textContent ?? ''));
      let attrs: string | null = null;
      const attrsOf = () => (attrs ??= attrString(el));
      const anyOf = attrTester(attrsOf);
      let rule: CompiledRule | undefined;
      if (useMarks) {
        let mark = el.getAttribute(MARK);
        let size = Number(el.getAttribute(MARK_SIZE)) || 0;
        if (!mark && leaf !== undefined && context.marked?.size) {
          const m = markOfText(el, context.marked);
          if (m) ({ rule: mark, size } = m);
        }
        const marked = mark ? byId.get(mark) : undefined;
        // The share guard applies to the whole element that was marked, not to each piece of it.
        const markedSize = Math.max(s.chars, size);
        if (marked && !(total > 0 && markedSize > total * (marked.maxShare ?? MAX_SHARE) && markedSize > 200)) rule = marked;
      }
      for (const r of rule ? [] : ruleSet) {
        if (leaf === undefined && (r.edge !== undefined || r.textRe || r.words || r.sameAs || r.startsWith || r.cut)) continue;
        if (!matchesShape(r, tag, attrsOf, s, total, anyOf)) continue;
        if (!atEdge(r, leaf)) continue;
        if (r.textRe && !r.textRe.test(textOf())) continue;
        if (r.words === 'dates' && !isDateLine(textOf())) continue;
        if (r.words === 'labels' && !isLabel(textOf())) continue;
        if (r.sameAs && !same[r.sameAs].has(simplify(textOf()))) continue;
        if (r.startsWith && !startsWithAuthor(textOf())) continue;
        if (r.otherArticles !== undefined && !(others.get(el) !== undefined && others.get(el)! <= r.otherArticles)) continue;
        if (r.after !== undefined && (leaf === undefined || before[leaf] < seen * r.after)) continue;
        rule = r;
        break;
      }
      if (!rule) continue;
      remove(el, rule, textOf());
      skipping = el;
      if (rule.cut) return el;
    }
    return null;
  };

  const edgeRule = (r: CleanRule) => r.edge !== undefined;
  const cutFrom = pass(rules.filter((r) => !edgeRule(r)), true);
  if (cutFrom) cutAfter(cutFrom, root, skip, removed, byId.get(removed[removed.length - 1].rule)!);
  pass(rules.filter(edgeRule), false);
  return { skip, removed, meta };
}

/** Outermost <article> elements other than the biggest, each with its size relative to the biggest. */
function otherArticles(all: Element[], stats: Map<Element, Stats>): Map<Element, number> {
  const outer: Element[] = [];
  let inside: Element | null = null;
  for (const el of all) {
    if (inside && inside.contains(el)) continue;
    inside = null;
    if (el.tagName.toUpperCase() === 'ARTICLE') {
      outer.push(el);
      inside = el;
    }
  }
  const out = new Map<Element, number>();
  if (outer.length < 2) return out;
  const size = (el: Element) => stats.get(el)?.chars ?? 0;
  const main = outer.reduce((a, b) => (size(b) > size(a) ? b : a));
  for (const el of outer) if (el !== main && size(main) > 0) out.set(el, size(el) / size(main));
  return out;
}

/** Skips everything after `el` inside root: its following siblings, and its ancestors'. */
function cutAfter(el: Element, root: Element, skip: Set<Element>, removed: Removal[], rule: CleanRule): void {
  let chars = 0;
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
    for (let sib = e.nextElementSibling; sib; sib = sib.nextElementSibling) {
      skip.add(sib);
      chars += norm(sib.textContent ?? '').length;
    }
  }
  if (chars) removed.push({ rule: rule.id, reason: rule.reason, text: `(the ${chars} characters after it)` });
}
