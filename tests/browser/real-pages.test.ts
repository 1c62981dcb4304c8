/**
 * Real pages in Chromium: varied pages of ../shared/data/pages (Mozilla's Readability test pages
 * and the article-extraction benchmark), served from 127.0.0.1 with every other host unreachable,
 * each summarised through the real toolbar action and popup. A key sentence must be the page's
 * own text, and clicking it must highlight that text in the page. Also: a real page that is not
 * an article, with "Summarise anyway", and the reader's selection on a real page. Prints the
 * click-to-render time of a first and of a cached open for each page (a record, not an assertion).
 * Skipped with a clear line without Chromium or the data; both are required on CI.
 */
import type { Page } from 'puppeteer-core';
import { type Session, browserAvailable, dataPage, ensureBuilt, launch, openPopup, pagesAvailable, serve, texts } from './harness';

const run = browserAvailable() && pagesAvailable();

/** Five varied pages: news (UK, US, Middle East), sport, and a long reference page. */
const PAGES: [route: string, set: 'readability-test-pages' | 'aeb-dev', name: string][] = [
  ['/bbc', 'readability-test-pages', 'bbc-1'],
  ['/nytimes', 'readability-test-pages', 'nytimes-1'],
  ['/wikipedia', 'readability-test-pages', 'wikipedia'],
  ['/aljazeera', 'aeb-dev', '7916ecca969f'],
  ['/tottenham', 'aeb-dev', '921019755f4a'],
];

/** Whitespace differs between the page and the article text (cleaned and reflowed): compare without it. */
const squash = (s: string) => s.replace(/\s+/g, '');

/** Each sentence paired with whether the page's text holds it (a failure names the sentence, not the page). */
async function inPage(page: Page, sentences: string[]): Promise<[string, boolean][]> {
  const text = squash(await page.evaluate(() => document.documentElement.textContent ?? ''));
  return sentences.map((s) => [s, text.includes(squash(s))]);
}
const all = (sentences: string[]): [string, boolean][] => sentences.map((s) => [s, true]);

type Registry = { highlights?: Map<string, Set<Range>> };

/** The text Lede's highlight covers in the page, once there is one. */
async function highlighted(page: Page): Promise<string> {
  await page.waitForFunction(() => ((CSS as unknown as Registry).highlights?.get('lede')?.size ?? 0) > 0, { timeout: 10_000 });
  return page.evaluate(() => Array.from((CSS as unknown as Registry).highlights!.get('lede')!).map((r) => r.toString()).join(''));
}

const state = (popup: Page) => popup.$eval('body', (b) => b.dataset.state);

(run ? describe : describe.skip)('real pages in Chromium', () => {
  let session: Session;
  let server: Awaited<ReturnType<typeof serve>>;
  const times: string[] = [];

  beforeAll(async () => {
    ensureBuilt();
    server = await serve({
      ...Object.fromEntries(PAGES.map(([route, set, name]) => [route, dataPage(set, name)])),
      '/mathjax': dataPage('readability-test-pages', 'mathjax'),
      '/guardian': dataPage('readability-test-pages', 'guardian-1'),
    });
    session = await launch({ offline: true });
  });

  afterAll(async () => {
    if (times.length) console.log(`click-to-render on real pages (first open, then cached):\n${times.join('\n')}`);
    await session?.close();
    await server?.close();
  });

  test.each(PAGES)('%s (%s %s): a summary whose key sentences are the page’s text, and a jump that highlights it', async (route, _set, name) => {
    const page = await session.browser.newPage();
    await page.goto(`${server.origin}${route}`, { waitUntil: 'load' });
    const first = await openPopup(session, page);
    expect(await state(first.popup)).toBe('ready');
    expect(await first.popup.$eval('#title', (e) => e.textContent)).not.toBe('');
    const sentences = await texts(first.popup, '#sentences .jump');
    expect(sentences).toHaveLength(3);
    expect(await inPage(page, sentences)).toEqual(all(sentences));

    await first.popup.click('#sentences .jump');
    expect(squash(await highlighted(page))).toBe(squash(sentences[0]));
    await first.popup.keyboard.press('Escape');
    await page.waitForFunction(() => !(CSS as unknown as Registry).highlights?.has('lede'), { timeout: 10_000 });
    await first.popup.close();

    const cached = await openPopup(session, page);
    expect(await state(cached.popup)).toBe('ready');
    expect(await texts(cached.popup, '#sentences .jump')).toEqual(sentences);
    times.push(`  ${name.padEnd(14)} first ${String(first.ms).padStart(5)} ms   cached ${String(cached.ms).padStart(5)} ms (painted ${cached.paintMs} ms after the popup's start)`);
    await cached.popup.close();
    await page.close();
  });

  test('a real page that is not an article says so; "Summarise anyway" summarises it', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${server.origin}/mathjax`, { waitUntil: 'load' });
    const { popup } = await openPopup(session, page);
    expect(await state(popup)).toBe('not-article');
    expect(await popup.$eval('#status', (e) => e.textContent)).toMatch(/doesn't look like an article/);
    expect(await popup.$eval('#hint', (e) => e.textContent)).toMatch(/select the part of the page/);
    expect(await popup.$eval('#action', (b) => [(b as HTMLButtonElement).hidden, b.textContent])).toEqual([false, 'Summarise anyway']);
    await popup.click('#action');
    await popup.waitForSelector('body:not([data-state="loading"])');
    expect(await state(popup)).toBe('ready');
    // The page's prose, without its formulas (MathJax's rendering is not text Lede keeps).
    const sentences = await texts(popup, '#sentences .jump');
    expect(sentences.length).toBeGreaterThan(0);
    expect(sentences.join(' ')).toMatch(/MathJax|equation|solutions/);
    await popup.close();
    await page.close();
  });

  test('text selected on a real page is what the popup summarises, and its jump lands in the selection', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${server.origin}/guardian`, { waitUntil: 'load' });
    // The reader selects three paragraphs in the middle of the story.
    const selected = await page.evaluate(() => {
      const ps = Array.from(document.querySelectorAll('p')).filter((p) => (p.textContent ?? '').length > 150);
      const range = document.createRange();
      range.setStartBefore(ps[4]);
      range.setEndAfter(ps[6]);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      return document.getSelection()!.toString();
    });
    expect(selected.length).toBeGreaterThan(450);
    const { popup } = await openPopup(session, page);
    expect(await state(popup)).toBe('ready');
    expect(await popup.$eval('#meta', (e) => e.textContent)).toBe('Summary of the text you selected');
    const sentences = await texts(popup, '#sentences .jump');
    expect(sentences.length).toBeGreaterThan(0);
    for (const s of sentences) expect(squash(selected)).toContain(squash(s));
    await popup.click('#sentences .jump');
    expect(squash(await highlighted(page))).toBe(squash(sentences[0]));
    await popup.close();
    await page.close();
  });
});
