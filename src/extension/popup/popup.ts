import browser from 'webextension-polyfill';
import type { AnalysisResult } from '../../core/types';
import type { AnalyzeTabRequest, TabState } from '../messages';

/** Creates an element whose text is set with textContent: page text never becomes HTML. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

function section(title: string, items: HTMLElement[], emptyLine: string): HTMLElement {
  const s = el('section');
  s.append(el('h2', title));
  if (items.length === 0) s.append(el('p', emptyLine, 'empty'));
  else {
    const ul = el('ul');
    ul.append(...items);
    s.append(ul);
  }
  return s;
}

export function renderResult(root: HTMLElement, result: AnalysisResult): void {
  const sentences = result.keySentences.map((s) => el('li', s.text));
  const quotes = result.quotes.slice(0, 8).map((q) => {
    const li = el('li', q.direct ? `“${q.text.replace(/^["“”]+|["“”]+$/g, '')}”` : q.text);
    li.append(' ', el('span', `— ${q.speaker ?? 'unknown speaker'}`, 'speaker'));
    return li;
  });
  const people = result.participants.map((p) => el('li', p.role ? `${p.name} (${p.role})` : `${p.name} · ${p.type}`));
  const figures = result.figures.slice(0, 8).map((f) => el('li', f.measures ? `${f.measures}: ${f.text}` : f.text));
  root.replaceChildren(
    section('Key sentences', sentences, 'No key sentences found.'),
    section('Key quotes', quotes, 'No quotes in this article.'),
    section('Participants', people, 'No people, organisations or places found.'),
    section('Key figures', figures, 'No figures in this article.'),
  );
}

export function renderState(state: TabState): void {
  const status = document.getElementById('status')!;
  const content = document.getElementById('content')!;
  const title = document.getElementById('title')!;
  if (state.state === 'ready') {
    title.textContent = state.article.title || 'Lede';
    status.textContent = 'Summary ready.';
    status.classList.add('visually-hidden');
    renderResult(content, state.result);
    content.hidden = false;
    document.body.dataset.state = 'ready';
    return;
  }
  content.hidden = true;
  status.textContent = state.message;
  document.body.dataset.state = state.state;
}

async function main(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab || tab.id === undefined) {
    renderState({ state: 'error', message: 'No active tab.' });
    return;
  }
  const request: AnalyzeTabRequest = { type: 'lede/analyze-tab', tabId: tab.id };
  const state = (await browser.runtime.sendMessage(request)) as TabState;
  renderState(state ?? { state: 'error', message: 'The background worker did not answer.' });
}

main().catch((err) => renderState({ state: 'error', message: err instanceof Error ? err.message : String(err) }));
