import type { AnalysisResult, Figure, Participant, ParticipantType, Quote, Span } from '../../core/types';
import type { TabState } from '../messages';
import { el } from './dom';
import { t } from './i18n';
import { appendRows, initRoving } from './keyboard';
import { RESULT_TIMING } from './timing';

/**
 * Renders a tab's state into the popup. Every piece of page text goes through textContent
 * (see `el`); nothing here parses a string as HTML.
 */

/** What a click on an item does: jump to it in the page, or copy it. */
export interface ItemActions {
  jump(span: Pick<Span, 'start' | 'end'>): void;
  copy(text: string): void;
}

export const QUOTES_SHOWN = 5;
/** Rows of a long list (participants of a type, figures) in the first paint of a result, at most. */
export const FIRST_ROWS = 10;
/**
 * The height the first paint of a result fills, in CSS pixels (the popup is at most 600 px tall,
 * and its header takes about 90). A long article's result is thousands of pixels of rows: the
 * first paint holds the rows that fill the popup (by an estimate of their height from their text:
 * see `Budget`), at least one row of each list it starts, and leaves the rest, whole sections
 * included, to right after that paint (see `Later`). Styling, laying out, painting and rastering
 * rows below the fold cost the popup's first frame about half of its work, and on a busy machine
 * each millisecond of work is several of waiting.
 */
export const FIRST_PAINT_PX = 640;

/**
 * Work put off until the result has been painted: appending the rest of the long lists, and the
 * sections below the first screen. Without it (`RenderOptions.later` not given), everything is
 * built at once. A job may push more jobs; they run in the same pass.
 */
export type Later = (() => void)[];

/** A row's height estimated from its text: about 50 characters to a 20 px line in a 400 px popup. */
const rowPx = (chars: number) => 10 + 20 * Math.max(1, Math.ceil(chars / 50));
const HEADING_PX = 40;

/** What is left of FIRST_PAINT_PX while the first paint is built. */
class Budget {
  left = FIRST_PAINT_PX;
  spend(px: number): void {
    this.left -= px;
  }
  /** How many of rows of these heights the first paint holds: while the budget lasts, one at least, `cap` at most. */
  rows(heights: number[], cap: number): number {
    let n = 0;
    while (n < heights.length && n < cap && (n === 0 || this.left > 0)) this.spend(heights[n++]);
    return n;
  }
  get spent(): boolean {
    return this.left <= 0;
  }
}

const GROUPS: [ParticipantType, string][] = [
  ['person', 'groupPeople'],
  ['organization', 'groupOrganizations'],
  ['place', 'groupPlaces'],
];

/** chrome.i18n has no plurals: one key for 1, another for the rest. */
const plural = (n: number, one: string, many: string) => (n === 1 ? t(one) : t(many, String(n)));

let ids = 0;
const nextId = (prefix: string) => `${prefix}-${++ids}`;

function button(text: string | null, className: string): HTMLButtonElement {
  const b = el('button', text, className);
  b.type = 'button';
  return b;
}

interface RowOptions {
  /** A control that shows or hides a panel under the row. */
  toggle?: { label: string; panel: HTMLElement };
}

/** One item: a button that jumps to it in the page, a copy button, and maybe a panel. */
function row(className: string, body: (Node | string)[], span: Pick<Span, 'start' | 'end'>, copyText: string, a: ItemActions, opt: RowOptions = {}): HTMLLIElement {
  const li = el('li', null, `row ${className}`);
  const jump = button(null, 'jump rv');
  jump.id = nextId('item');
  jump.title = t('jumpHint');
  jump.append(...body);
  jump.addEventListener('click', () => a.jump(span));
  const controls = el('span', null, 'controls');
  if (opt.toggle) {
    const { label, panel } = opt.toggle;
    const tg = button(label, 'toggle rv');
    panel.id = nextId('panel');
    panel.hidden = true;
    tg.setAttribute('aria-expanded', 'false');
    tg.setAttribute('aria-controls', panel.id);
    tg.addEventListener('click', () => {
      panel.hidden = !panel.hidden;
      tg.setAttribute('aria-expanded', String(!panel.hidden));
    });
    controls.append(tg);
  }
  const copy = button(t('copy'), 'copy rv');
  copy.setAttribute('aria-describedby', jump.id);
  copy.addEventListener('click', () => a.copy(copyText));
  controls.append(copy);
  li.append(jump, controls);
  if (opt.toggle) li.append(opt.toggle.panel);
  return li;
}

function list(tag: 'ul' | 'ol', items: HTMLElement[]): HTMLElement | null {
  if (items.length === 0) return null;
  const l = el(tag, null, 'items');
  l.append(...items);
  initRoving(l);
  return l;
}

function section(id: string, titleKey: string, body: HTMLElement[] | null, emptyKey: string): HTMLElement {
  const s = el('section', null, 'section');
  s.id = id;
  const h = el('h2', t(titleKey));
  h.id = `${id}-title`;
  h.setAttribute('elementtiming', RESULT_TIMING);
  s.setAttribute('aria-labelledby', h.id);
  s.append(h);
  if (body) s.append(...body);
  else {
    s.append(el('p', t(emptyKey), 'empty'));
    s.classList.add('is-empty');
  }
  return s;
}

const stripMarks = (s: string) => s.replace(/^["“”„«»‘’']+|["“”„«»‘’']+$/g, '');

function speakerLabel(q: Quote, byId: Map<string, Participant>): string {
  const p = q.speakerId ? byId.get(q.speakerId) : undefined;
  const name = q.speaker ?? t('unknownSpeaker');
  return p?.role ? `${name}, ${p.role}` : name;
}

function quoteRow(q: Quote, byId: Map<string, Participant>, a: ItemActions): HTMLLIElement {
  const who = speakerLabel(q, byId);
  // Direct speech shows in a <q> (the browser draws the marks); reported speech is labelled.
  const body: (Node | string)[] = q.direct
    ? [el('q', stripMarks(q.text), 'quote-text')]
    : [el('span', q.text, 'quote-text'), ' ', el('span', `(${t('reportedSpeech')})`, 'reported-tag')];
  body.push(' ', el('span', `— ${who}`, 'speaker'));
  const copyText = q.direct ? `“${stripMarks(q.text)}” — ${who}` : `${q.text} (${t('reportedSpeech')}) — ${who}`;
  return row(q.direct ? 'quote direct' : 'quote reported', body, q, copyText, a);
}

function quotesBody(quotes: Quote[], byId: Map<string, Participant>, a: ItemActions, later?: Later, budget?: Budget): HTMLElement[] | null {
  const first = budget ? budget.rows(quotes.map((q) => rowPx(q.text.length + (q.speaker?.length ?? 16) + 4)), QUOTES_SHOWN) : QUOTES_SHOWN;
  const { list: l, rest } = lazyList('ul', quotes.length, (i) => quoteRow(quotes[i], byId, a), first, later);
  if (!l) return null;
  if (quotes.length <= QUOTES_SHOWN) return [l];
  const extra = () => Array.from(l.children).slice(QUOTES_SHOWN) as HTMLElement[];
  const more = button(t('showAllQuotes', String(quotes.length)), 'more');
  more.setAttribute('aria-expanded', 'false');
  const open = () => more.getAttribute('aria-expanded') === 'true';
  for (const r of extra()) r.hidden = true;
  // Rows built after the first paint come hidden too, unless the reader has already opened the list.
  later?.push(() => extra().forEach((r) => (r.hidden = !open())));
  more.addEventListener('click', () => {
    rest();
    const opening = !open();
    for (const r of extra()) r.hidden = !opening;
    more.setAttribute('aria-expanded', String(opening));
    more.textContent = opening ? t('showFewerQuotes') : t('showAllQuotes', String(quotes.length));
  });
  return [l, more];
}

function participantRow(p: Participant, quotes: Quote[], byId: Map<string, Participant>, a: ItemActions): HTMLLIElement {
  const body: (Node | string)[] = [el('span', p.name, 'name')];
  if (p.role) body.push(el('span', `, ${p.role}`, 'role'));
  body.push(' ', el('span', plural(p.mentions.length, 'mentionOne', 'mentionCount'), 'count'));
  const first = p.mentions[0] ?? { start: 0, end: 0 };
  const copyText = p.role ? `${p.name} (${p.role})` : p.name;
  const theirs = quotes.filter((q) => (q.speakerId ? q.speakerId === p.id : q.speaker === p.name));
  let toggle: RowOptions['toggle'];
  if (theirs.length) {
    const panel = el('div', null, 'panel');
    panel.append(list('ul', theirs.map((q) => quoteRow(q, byId, a)))!);
    toggle = { label: plural(theirs.length, 'quoteOne', 'quoteCount'), panel };
  }
  const li = row('participant', body, first, copyText, a, { toggle });
  li.dataset.type = p.type;
  return li;
}

function participantsBody(all: Participant[], quotes: Quote[], a: ItemActions, later?: Later, budget?: Budget): HTMLElement[] | null {
  const byId = new Map(all.map((p) => [p.id, p]));
  const out: HTMLElement[] = [];
  for (const [type, key] of GROUPS) {
    const group = all.filter((p) => p.type === type);
    if (group.length === 0) continue;
    budget?.spend(HEADING_PX);
    const first = budget ? budget.rows(group.map((p) => rowPx(p.name.length + (p.role?.length ?? 0) + 14)), FIRST_ROWS) : FIRST_ROWS;
    out.push(el('h3', t(key)), lazyList('ul', group.length, (i) => participantRow(group[i], quotes, byId, a), first, later).list!);
  }
  return out.length ? out : null;
}

function figureRow(f: Figure, result: AnalysisResult, a: ItemActions): HTMLLIElement {
  const body: (Node | string)[] = [];
  if (f.measures) body.push(el('span', `${f.measures}: `, 'measures'));
  body.push(el('strong', f.text, 'value'));
  const sentence = result.sentences[f.sentence];
  let toggle: RowOptions['toggle'];
  if (sentence) {
    const panel = el('div', null, 'panel');
    panel.append(el('p', sentence.text, 'context'));
    toggle = { label: t('figureContext'), panel };
  }
  const li = row('figure', body, sentence ?? f, f.measures ? `${f.measures}: ${f.text}` : f.text, a, { toggle });
  li.dataset.kind = f.kind;
  return li;
}

export function renderResult(root: HTMLElement, result: AnalysisResult, a: ItemActions, hidden: Set<string> = new Set(), later?: Later): void {
  const byId = new Map(result.participants.map((p) => [p.id, p]));
  const parts: HTMLElement[] = [];
  if (result.stats.truncated) {
    parts.push(el('p', t('truncatedNote', [result.stats.analyzedChars.toLocaleString(), result.stats.chars.toLocaleString()]), 'note'));
  }
  const figures = result.figures;
  // Each section is made with the first paint's budget, or (put off whole, or no `later`) without.
  const sections: [string, (lat?: Later, b?: Budget) => HTMLElement][] = [
    ['sentences', (_, b) => {
      b?.spend(HEADING_PX + result.keySentences.reduce((n, s) => n + rowPx(s.text.length), 0));
      return section('sentences', 'sectionKeySentences', wrap(list('ol', result.keySentences.map((s) => row('sentence', [s.text], s, s.text, a)))), 'emptyKeySentences');
    }],
    ['quotes', (lat, b) => (b?.spend(HEADING_PX), section('quotes', 'sectionQuotes', quotesBody(result.quotes, byId, a, lat, b), 'emptyQuotes'))],
    ['participants', (lat, b) => (b?.spend(HEADING_PX), section('participants', 'sectionParticipants', participantsBody(result.participants, result.quotes, a, lat, b), 'emptyParticipants'))],
    ['figures', (lat, b) => {
      b?.spend(HEADING_PX);
      const first = b ? b.rows(figures.map((f) => rowPx((f.measures?.length ?? 0) + f.text.length + 12)), FIRST_ROWS) : FIRST_ROWS;
      return section('figures', 'sectionFigures', wrap(lazyList('ul', figures.length, (i) => figureRow(figures[i], result, a), first, lat).list), 'emptyFigures');
    }],
  ];
  const budget = later ? new Budget() : undefined;
  for (const [id, make] of sections) {
    if (hidden.has(id)) continue;
    // Below the first screen: the whole section comes right after the first paint, in its place (the last).
    if (budget?.spent) later!.push(() => root.append(make()));
    else parts.push(make(later, budget));
  }
  root.replaceChildren(...parts);
}

const wrap = (e: HTMLElement | null) => (e ? [e] : null);

/**
 * A list of `count` rows made by `make`: the first `first` now, the others now too without
 * `later`, else by a job pushed onto it. `rest()` builds the others at once (idempotent), for a
 * control that needs them before the job ran.
 */
function lazyList(tag: 'ul' | 'ol', count: number, make: (i: number) => HTMLLIElement, first: number, later?: Later): { list: HTMLElement | null; rest: () => HTMLLIElement[] } {
  const now = later ? Math.min(count, first) : count;
  const l = list(tag, Array.from({ length: now }, (_, i) => make(i)));
  let built: HTMLLIElement[] | null = now === count ? [] : null;
  const rest = () => {
    if (!built) {
      built = Array.from({ length: count - now }, (_, i) => make(now + i));
      if (l) appendRows(l, built);
    }
    return built;
  };
  if (!built) later!.push(() => void rest());
  return { list: l, rest };
}

export interface PopupElements {
  title: HTMLElement;
  meta: HTMLElement;
  tools: HTMLElement;
  status: HTMLElement;
  action: HTMLButtonElement;
  hint: HTMLElement;
  content: HTMLElement;
}

export function popupElements(doc: Document = document): PopupElements {
  const get = (id: string) => {
    const e = doc.getElementById(id);
    if (!e) throw new Error(`popup.html has no #${id}`);
    return e;
  };
  return {
    title: get('title'),
    meta: get('meta'),
    tools: get('tools'),
    status: get('status'),
    action: get('action') as HTMLButtonElement,
    hint: get('hint'),
    content: get('content'),
  };
}

/** The button each state offers: "summarise anyway", "try again", or none. */
export type StateAction = 'force' | 'retry' | null;

export function renderLoading(e: PopupElements): void {
  document.body.dataset.state = 'loading';
  document.body.setAttribute('aria-busy', 'true');
  e.status.textContent = t('popupLoading');
  e.status.classList.remove('visually-hidden');
  e.action.hidden = true;
  e.hint.hidden = true;
  e.tools.hidden = true;
  e.content.hidden = true;
}

export interface RenderOptions {
  actions: ItemActions;
  /** Sections the reader switched off. */
  hidden?: Set<string>;
  /** Given: the rest of the long lists is left here, to run after the first paint. */
  later?: Later;
}

/** Shows a state and returns the action its button stands for. */
export function renderState(e: PopupElements, state: TabState, opt: RenderOptions): StateAction {
  document.body.dataset.state = state.state;
  document.body.removeAttribute('aria-busy');
  e.action.hidden = true;
  e.hint.hidden = true;
  if (state.state === 'ready') {
    e.title.textContent = state.article.title || 'Lede';
    e.meta.textContent =
      state.source === 'selection' ? t('sourceSelection') : [state.article.siteName, state.article.byline].filter(Boolean).join(' · ');
    e.meta.hidden = !e.meta.textContent;
    e.status.textContent = t('popupReady');
    e.status.classList.add('visually-hidden');
    renderResult(e.content, state.result, opt.actions, opt.hidden, opt.later);
    e.content.hidden = false;
    e.tools.hidden = false;
    return null;
  }
  e.status.classList.remove('visually-hidden');
  e.content.hidden = true;
  e.tools.hidden = true;
  e.content.replaceChildren();
  let action: StateAction = null;
  if (state.state === 'restricted') e.status.textContent = t(`restricted_${state.kind.replace(/-/g, '_')}`);
  else {
    e.status.textContent = state.message;
    if (state.state === 'not-article' && !state.forced) action = 'force';
    if (state.state === 'error') action = 'retry';
  }
  if (action) {
    e.action.textContent = t(action === 'force' ? 'summariseAnyway' : 'tryAgain');
    e.action.hidden = false;
  }
  e.hint.hidden = state.state !== 'not-article';
  e.hint.textContent = state.state === 'not-article' ? t('selectionHint') : '';
  return action;
}
