/**
 * Lede end to end in Chromium: the sample news page served from 127.0.0.1, the real toolbar
 * action, and the real popup.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { ARTIFACTS, ROOT, type Session, browserAvailable, ensureBuilt, launch, openPopup, serve, texts } from './harness';

const pages = path.join(ROOT, 'tests/fixtures/pages');
const run = browserAvailable();

(run ? describe : describe.skip)('Lede in Chromium', () => {
  let session: Session;
  let server: Awaited<ReturnType<typeof serve>>;
  let popup: Page;
  let clickToRender = 0;

  beforeAll(async () => {
    ensureBuilt();
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    server = await serve({
      '/world/asia/xi-putin-beijing': path.join(pages, 'beijing-summit/page.html'),
      '/world/': path.join(pages, 'section-front/page.html'),
    });
    session = await launch();
    const page = await session.browser.newPage();
    await page.goto(`${server.origin}/world/asia/xi-putin-beijing`, { waitUntil: 'load' });
    ({ popup, ms: clickToRender } = await openPopup(session, page));
    console.log(`click-to-render on the sample page: ${clickToRender} ms`);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  test('the toolbar click summarises the sample page', async () => {
    expect(await popup.$eval('body', (b) => b.dataset.state)).toBe('ready');
    expect(await popup.$eval('#title', (e) => e.textContent)).toBe('Xi and Putin hail ‘stabilizing’ partnership as Beijing talks open');
    expect(await texts(popup, 'main section h2')).toEqual(['KEY SENTENCES', 'KEY QUOTES', 'PARTICIPANTS', 'KEY FIGURES'].map((s) => expect.stringMatching(new RegExp(`^${s}$`, 'i'))));
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-sample.png') });
  });

  test('shows three key sentences taken from the article', async () => {
    const sentences = await texts(popup, '#sentences .jump');
    expect(sentences).toHaveLength(3);
    const article = fs.readFileSync(path.join(pages, 'beijing-summit/article.txt'), 'utf8');
    for (const s of sentences) expect(article).toContain(s);
  });

  test('names Xi Jinping, Vladimir Putin and Li Qiang among the people', async () => {
    const people = await texts(popup, '#participants li[data-type="person"] .name');
    expect(people).toEqual(expect.arrayContaining(['Xi Jinping', 'Vladimir Putin', 'Li Qiang']));
  });

  test('attributes the direct quotes to the right speakers', async () => {
    // Who said what in the sample article (read by a person, not produced by the engine).
    const said: [string, string][] = [
      ['Relations between Russia and China are not opportunistic', 'Vladimir Putin'],
      ['Together, we uphold the principles of justice', 'Vladimir Putin'],
      ['China is ready to work with Russia', 'Xi Jinping'],
      ['position on this issue has always been clear', 'Xi Jinping'],
      ['continue to deepen cooperation in various fields', 'Li Qiang'],
    ];
    const quotes = await popup.$$eval('#quotes li.quote.direct', (lis) =>
      lis.map((li) => [li.querySelector('.quote-text')!.textContent!, li.querySelector('.speaker')!.textContent!.replace(/^— /, '').split(', ')[0]]),
    );
    const known = quotes.flatMap(([text, speaker]) => said.filter(([q]) => text.includes(q)).map(([, who]) => [speaker, who]));
    expect(known.length).toBeGreaterThanOrEqual(2);
    for (const [speaker, who] of known) expect(speaker).toBe(who);
  });

  test('shows the $240 billion of bilateral trade among the key figures', async () => {
    const figures = await texts(popup, '#figures li');
    expect(figures.some((f) => f.includes('$240 billion'))).toBe(true);
  });

  test('a selection made after the first summary is summarised instead; without it, the cached page result returns', async () => {
    await popup.close();
    const page = (await session.browser.pages()).find((p) => p.url().endsWith('/xi-putin-beijing'))!;
    await page.bringToFront();
    await page.evaluate(() => {
      const ps = document.querySelectorAll('.story-body p');
      const range = document.createRange();
      range.setStartBefore(ps[9]);
      range.setEndAfter(ps[10]);
      document.getSelection()!.addRange(range);
    });
    const sel = await openPopup(session, page);
    expect(await sel.popup.$eval('#meta', (e) => e.textContent)).toBe('Summary of the text you selected');
    const sentences = await texts(sel.popup, '#sentences .jump');
    expect(sentences.length).toBeGreaterThan(0);
    for (const s of sentences) expect(s).toMatch(/bilateral trade|Li Qiang|financial institutions|Thursday afternoon/);
    await sel.popup.close();
    await page.evaluate(() => document.getSelection()!.removeAllRanges());
    const again = await openPopup(session, page);
    expect(await again.popup.$eval('#meta', (e) => e.textContent)).toBe('The Example Courier · Courier World Desk');
    expect(await texts(again.popup, '#sentences .jump')).toHaveLength(3);
    popup = again.popup;
  });

  test('a page that is not an article says so, and "Summarise anyway" still answers', async () => {
    await popup.close();
    const page = await session.browser.newPage();
    await page.goto(`${server.origin}/world/`, { waitUntil: 'load' });
    const { popup: p } = await openPopup(session, page);
    expect(await p.$eval('body', (b) => b.dataset.state)).toBe('not-article');
    expect(await p.$eval('#action', (b) => [(b as HTMLButtonElement).hidden, b.textContent])).toEqual([false, 'Summarise anyway']);
    expect(await p.$eval('#hint', (e) => e.textContent)).toMatch(/select the part of the page/);
    await p.click('#action');
    await p.waitForSelector('body:not([data-state="loading"])');
    expect(['ready', 'not-article']).toContain(await p.$eval('body', (b) => b.dataset.state));
    await p.close();
    await page.close();
  });

  test('chrome://version gives the restricted state', async () => {
    const page = await session.browser.newPage();
    await page.goto('chrome://version', { waitUntil: 'load' });
    const { popup: p } = await openPopup(session, page);
    expect(await p.$eval('body', (b) => b.dataset.state)).toBe('restricted');
    expect(await p.$eval('#status', (e) => e.textContent)).toMatch(/browser's own pages|does not let extensions read/);
    await p.close();
    await page.close();
  });
});
