/**
 * The map from `article.text` offsets back to the live page's text nodes: every sentence of a
 * real page resolves to a DOM range over the same words, the popup's highlight request selects
 * it, and the reader's own selection is summarised when there is one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { en } from '../../src/core/lang/en';
import { buildDoc } from '../../src/core/text/document';
import { extractWithMap } from '../../src/extract/extract-article';
import { clearHighlight, highlight, selectionIsOwnHighlight } from '../../src/extract/highlight';
import { findInPage } from '../../src/extract/offset-map';

const FIXTURE = path.resolve(__dirname, '../fixtures/pages/harbour-ferry/source.html');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function loadIntoDocument(html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
  document.getSelection()?.removeAllRanges();
}

describe('offsets back to the live page', () => {
  beforeEach(() => loadIntoDocument(fs.readFileSync(FIXTURE, 'utf8')));

  test('every sentence of the article maps to a live range over the same text', () => {
    const { outcome, map } = extractWithMap(document, 'https://courier.example/x', { offsets: true });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok || !map) throw new Error('no article');
    const sentences = buildDoc(outcome.article.text, en).sentences;
    expect(sentences.length).toBeGreaterThan(10);
    for (const s of sentences) {
      const range = map.range(document, s.start, s.end);
      expect(range).not.toBeNull();
      expect(squash(range!.toString())).toBe(squash(s.text));
      // The range lies in the live page, not in Readability's clone.
      expect(document.body.contains(range!.startContainer)).toBe(true);
    }
  });

  test('a short article (Readability retries, rebuilding its copy of the page) still maps to live nodes', () => {
    // The third paragraph sits in a wrapper Readability's first attempt strips as unlikely: the
    // longer, later attempt wins, and it is made of copies of the page's nodes.
    loadIntoDocument(
      '<html><head><title>Ferry fares frozen</title></head><body><nav><a href="/">Home</a></nav><article><h1>Ferry fares frozen</h1>' +
        '<p>Ferry fares between Port Alder and Skerry will not rise this year, the county council said on Friday after a long meeting.</p>' +
        '<p>Islanders had feared a 10% increase after the repair bill for the vessel came to £1.3m over the winter months.</p>' +
        '<div class="supplemental"><p>“We will absorb the cost this year,” said Margaret Olsen, who chairs the transport committee of the council.</p></div></article></body></html>',
    );
    const { outcome, map } = extractWithMap(document, 'https://courier.example/fares', { offsets: true, force: true });
    if (!outcome.ok || !map) throw new Error('no article');
    expect(outcome.source).toBe('readability');
    const sentences = buildDoc(outcome.article.text, en).sentences;
    expect(sentences.length).toBe(3);
    for (const s of sentences) expect(squash(map.range(document, s.start, s.end)?.toString() ?? '')).toBe(squash(s.text));
  });

  test('a highlight request selects the sentence on the page; clearing removes it', () => {
    const { outcome, map } = extractWithMap(document, 'https://courier.example/x', { offsets: true });
    if (!outcome.ok) throw new Error('no article');
    const s = buildDoc(outcome.article.text, en).sentences[4];
    expect(highlight(document, map, s.start, s.end)).toEqual({ ok: true });
    expect(squash(document.getSelection()!.toString())).toBe(squash(s.text));
    expect(selectionIsOwnHighlight(document)).toBe(true);
    clearHighlight(document);
    expect(document.getSelection()!.toString()).toBe('');
  });

  test('out-of-range and empty requests are refused, never thrown', () => {
    const { map } = extractWithMap(document, 'https://courier.example/x', { offsets: true });
    for (const [a, b] of [[-1, 5], [10, 5], [0, 1e9], [3, 3]]) expect(highlight(document, map, a, b).ok).toBe(false);
    expect(highlight(document, null, 0, 10).ok).toBe(false);
  });

  test('when the page changed under the map, the sentence is searched for in the page', () => {
    const { outcome, map } = extractWithMap(document, 'https://courier.example/x', { offsets: true });
    if (!outcome.ok || !map) throw new Error('no article');
    const s = buildDoc(outcome.article.text, en).sentences.find((x) => x.text.startsWith('The ferry will run'))!;
    const p = Array.from(document.querySelectorAll('p')).find((e) => e.textContent!.startsWith('The ferry will run'))!;
    p.replaceChildren(document.createTextNode(p.textContent!)); // a script re-rendered the paragraph
    expect(map.range(document, s.start, s.end)).toBeNull();
    expect(highlight(document, map, s.start, s.end).ok).toBe(true);
    expect(squash(document.getSelection()!.toString())).toBe(squash(s.text));
  });

  test('findInPage finds text across inline elements and white space', () => {
    const r = findInPage(document, 'a   submerged log and that two of the four engine mounts');
    expect(r && squash(r.toString())).toBe('a submerged log and that two of the four engine mounts');
    expect(findInPage(document, 'words that are nowhere on this page at all')).toBeNull();
  });

  test("the reader's selection is summarised instead of the whole page, and maps back too", () => {
    const ps = Array.from(document.querySelectorAll('.story-body > p'));
    const range = document.createRange();
    range.setStart(ps[1].firstChild!, 0);
    range.setEnd(ps[4].firstChild!, ps[4].firstChild!.textContent!.length);
    document.getSelection()!.addRange(range);
    const { outcome, map } = extractWithMap(document, 'https://courier.example/x', { offsets: true });
    expect(outcome.ok && outcome.source).toBe('selection');
    if (!outcome.ok || !map) return;
    // The caption and the "Read more" line inside the selection are cleaned out like anywhere else.
    expect(ps[3].textContent).toMatch(/^Read more/);
    expect(outcome.article.text.split('\n\n').map(squash)).toEqual([squash(ps[1].textContent!), squash(ps[2].textContent!), squash(ps[4].textContent!)]);
    const s = buildDoc(outcome.article.text, en).sentences[0];
    expect(squash(map.range(document, s.start, s.end)!.toString())).toBe(squash(s.text));
    // Lede's own highlight is not taken for a selection; nor is a word picked by accident.
    const word = document.createRange();
    word.selectNodeContents(ps[0].firstChild!);
    word.setEnd(ps[0].firstChild!, 7);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(word);
    expect(extractWithMap(document, 'https://courier.example/x').outcome).toMatchObject({ ok: true, source: 'readability' });
  });
});
