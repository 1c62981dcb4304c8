import type { AnalysisResult, Figure, Participant, ParticipantType, Quote } from '../../core/types';
import type { TabState } from '../messages';
import { el } from './dom';
import { t } from './i18n';

/**
 * Renders a tab's state into the popup. Every piece of page text goes through textContent
 * (see `el`); nothing here parses a string as HTML.
 */

const MAX_QUOTES = 8;
const MAX_FIGURES = 8;
const GROUPS: [ParticipantType, string][] = [
  ['person', 'groupPeople'],
  ['organization', 'groupOrganizations'],
  ['place', 'groupPlaces'],
];

function section(id: string, titleKey: string, body: HTMLElement | null, emptyKey: string): HTMLElement {
  const s = el('section');
  s.id = id;
  const h = el('h2', t(titleKey));
  h.id = `${id}-title`;
  s.setAttribute('aria-labelledby', h.id);
  s.append(h, body ?? el('p', t(emptyKey), 'empty'));
  if (!body) s.classList.add('is-empty');
  return s;
}

function list(tag: 'ul' | 'ol', items: HTMLElement[]): HTMLElement | null {
  if (items.length === 0) return null;
  const l = el(tag);
  l.append(...items);
  return l;
}

const stripMarks = (s: string) => s.replace(/^["“”„«»‘’']+|["“”„«»‘’']+$/g, '');

function quoteItem(q: Quote): HTMLElement {
  const li = el('li', null, q.direct ? 'quote direct' : 'quote reported');
  // A direct quote shows in a <q> (the browser draws the marks); reported speech is marked as such.
  if (q.direct) li.append(el('q', stripMarks(q.text), 'quote-text'));
  else li.append(el('span', q.text, 'quote-text'), ' ', el('span', `(${t('reportedSpeech')})`, 'reported-tag'));
  li.append(' ', el('span', `— ${q.speaker ?? t('unknownSpeaker')}`, 'speaker'));
  return li;
}

function participantItem(p: Participant): HTMLElement {
  const li = el('li', null, 'participant');
  li.dataset.type = p.type;
  li.append(el('span', p.name, 'name'));
  if (p.role) li.append(', ', el('span', p.role, 'role'));
  li.append(' ', el('span', `· ${t('mentionCount', String(p.mentions.length))}`, 'count'));
  return li;
}

function participants(all: Participant[]): HTMLElement | null {
  const groups = GROUPS.map(([type, key]) => [key, all.filter((p) => p.type === type)] as const).filter(([, ps]) => ps.length);
  if (groups.length === 0) return null;
  const box = el('div');
  for (const [key, ps] of groups) {
    const h = el('h3', t(key));
    box.append(h, list('ul', ps.map(participantItem))!);
  }
  return box;
}

function figureItem(f: Figure): HTMLElement {
  const li = el('li', null, 'figure');
  li.dataset.kind = f.kind;
  if (f.measures) li.append(el('span', `${f.measures}: `, 'measures'));
  li.append(el('strong', f.text, 'value'));
  return li;
}

export function renderResult(root: HTMLElement, result: AnalysisResult): void {
  const parts: HTMLElement[] = [
    section('sentences', 'sectionKeySentences', list('ol', result.keySentences.map((s) => el('li', s.text, 'sentence'))), 'emptyKeySentences'),
    section('quotes', 'sectionQuotes', list('ul', result.quotes.slice(0, MAX_QUOTES).map(quoteItem)), 'emptyQuotes'),
    section('participants', 'sectionParticipants', participants(result.participants), 'emptyParticipants'),
    section('figures', 'sectionFigures', list('ul', result.figures.slice(0, MAX_FIGURES).map(figureItem)), 'emptyFigures'),
  ];
  if (result.stats.truncated) {
    parts.unshift(el('p', t('truncatedNote', [String(result.stats.analyzedChars), String(result.stats.chars)]), 'note'));
  }
  root.replaceChildren(...parts);
}

export interface PopupElements {
  title: HTMLElement;
  meta: HTMLElement;
  status: HTMLElement;
  action: HTMLButtonElement;
  content: HTMLElement;
}

export function popupElements(doc: Document = document): PopupElements {
  const get = (id: string) => {
    const e = doc.getElementById(id);
    if (!e) throw new Error(`popup.html has no #${id}`);
    return e;
  };
  return { title: get('title'), meta: get('meta'), status: get('status'), action: get('action') as HTMLButtonElement, content: get('content') };
}

/** The button each state offers: "summarise anyway", "try again", or none. */
export type StateAction = 'force' | 'retry' | null;

export function renderLoading(e: PopupElements): void {
  document.body.dataset.state = 'loading';
  document.body.setAttribute('aria-busy', 'true');
  e.status.textContent = t('popupLoading');
  e.status.hidden = false;
  e.action.hidden = true;
  e.content.hidden = true;
}

/** Shows a state and returns the action its button stands for. */
export function renderState(e: PopupElements, state: TabState): StateAction {
  document.body.dataset.state = state.state;
  document.body.removeAttribute('aria-busy');
  e.action.hidden = true;
  if (state.state === 'ready') {
    e.title.textContent = state.article.title || 'Lede';
    e.meta.textContent = [state.article.siteName, state.article.byline].filter(Boolean).join(' · ');
    e.meta.hidden = !e.meta.textContent;
    e.status.textContent = t('popupReady');
    e.status.classList.add('visually-hidden');
    renderResult(e.content, state.result);
    e.content.hidden = false;
    return null;
  }
  e.status.classList.remove('visually-hidden');
  e.content.hidden = true;
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
  return action;
}
