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
/**
 * Rows of a long list (participants of a type, figures) in the first paint of a result. The popup
 * shows about a dozen rows at once, and a long article can have hundreds: building and laying them
 * all out before the first paint is what made a cached result slow to appear. The rest are added
 * right after that paint (see `Later`), when the reader has not yet scrolled.
 */
export const FIRST_ROWS = 10;

/**
 * Work put off until the result has been painted: appending the rest of the long lists. Without
 * it (`RenderOptions.later` not given), every row is built at once.
 */
export type Later = (() => void)[];
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

function quotesBody(quotes: Quote[], byId: Map<string, Participant>, a: ItemActions, later?: Later): HTMLElement[] | null {
  const { list: l, rest } = lazyList('ul', quotes.length, (i) => quoteRow(quotes[i], byId, a), QUOTES_SHOWN, later);
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

function participantsBody(all: Participant[], quotes: Quote[], a: ItemActions, later?: Later): HTMLElement[] | null {
  const byId = new Map(all.map((p) => [p.id, p]));
  const out: HTMLElement[] = [];
  for (const [type, key] of GROUPS) {
    const group = all.filter((p) => p.type === type);
    if (group.length === 0) continue;
    out.push(el('h3', t(key)), lazyList('ul', group.length, (i) => participantRow(group[i], quotes, byId, a), FIRST_ROWS, later).list!);
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
  const sections: [string, () => HTMLElement][] = [
    ['sentences', () => section('sentences', 'sectionKeySentences', wrap(list('ol', result.keySentences.map((s) => row('sentence', [s.text], s, s.text, a)))), 'emptyKeySentences')],
    ['quotes', () => section('quotes', 'sectionQuotes', quotesBody(result.quotes, byId, a, later), 'emptyQuotes')],
    ['participants', () => section('participants', 'sectionParticipants', participantsBody(result.participants, result.quotes, a, later), 'emptyParticipants')],
    ['figures', () => section('figures', 'sectionFigures', wrap(lazyList('ul', result.figures.length, (i) => figureRow(result.figures[i], result, a), FIRST_ROWS, later).list), 'emptyFigures')],
  ];
  for (const [id, make] of sections) if (!hidden.has(id)) parts.push(make());
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
