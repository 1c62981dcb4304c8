/**
 * The popup as readers use it, in Chromium: accessibility (axe-core) in light and dark, no
 * horizontal scrolling, Copy as Markdown through the real clipboard, the keyboard, and the
 * click-to-render time of a first and of a cached open.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { ARTIFACTS, ROOT, type Session, browserAvailable, ensureBuilt, launch, openPopup, serve } from './harness';

const run = browserAvailable();
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string;
  nodes: { target: string[] }[];
}

/** axe-core's violations on the popup (evaluated through CDP, which the page's CSP does not govern). */
async function axe(popup: Page): Promise<string[]> {
  await popup.evaluate(axeSource);
  const violations = (await popup.evaluate(
    `axe.run(document, { resultTypes: ['violations'] }).then(r => r.violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.map(n => ({ target: n.target })) })))`,
  )) as AxeViolation[];
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

(run ? describe : describe.skip)('the popup in Chromium', () => {
  let session: Session;
  let server: Awaited<ReturnType<typeof serve>>;
  let page: Page;
  let popup: Page;
  const url = () => `${server.origin}/world/asia/xi-putin-beijing`;

  beforeAll(async () => {
    ensureBuilt();
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    server = await serve({ '/world/asia/xi-putin-beijing': path.join(ROOT, 'tests/fixtures/pages/beijing-summit/page.html') });
    session = await launch();
    page = await session.browser.newPage();
    await page.goto(url(), { waitUntil: 'load' });
    ({ popup } = await openPopup(session, page));
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  test.each(['light', 'dark'])('axe-core finds no violation (%s theme), and a screenshot is saved', async (theme) => {
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
    expect(await popup.$eval('body', (b) => b.dataset.state)).toBe('ready');
    expect(await axe(popup)).toEqual([]);
    // What the reader sees, at the top and scrolled to the quotes (the popup is at most 400 × 600).
    await popup.screenshot({ path: path.join(ARTIFACTS, `popup-${theme}.png`) });
    await popup.evaluate(() => document.getElementById('quotes')!.scrollIntoView({ block: 'start', behavior: 'instant' }));
    await popup.screenshot({ path: path.join(ARTIFACTS, `popup-${theme}-quotes.png`) });
    await popup.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  });

  test('clicking a quote highlights it in the page; Escape clears it', async () => {
    type Reg = { highlights?: Map<string, Set<Range>> };
    const quote = await popup.$eval('#quotes li.quote.direct .quote-text', (e) => e.textContent!);
    await popup.click('#quotes li.quote.direct .jump');
    await page.waitForFunction(() => ((CSS as unknown as Reg).highlights?.get('lede')?.size ?? 0) > 0, { timeout: 10_000 });
    const highlighted = await page.evaluate(() => Array.from((CSS as unknown as Reg).highlights!.get('lede')!).map((r) => r.toString()).join(''));
    expect(highlighted).toContain(quote);
    await page.screenshot({ path: path.join(ARTIFACTS, 'page-highlight.png') });
    await popup.keyboard.press('Escape');
    await page.waitForFunction(() => !(CSS as unknown as Reg).highlights?.has('lede'), { timeout: 10_000 });
  });

  test('fits 400 × 600 without horizontal scrolling', async () => {
    // The popup's viewport is its one scroller (its scrollbar's gutter always kept, so its width
    // does not change when a result overflows): content and gutter together are 400 px wide, the
    // window at most 600 tall.
    const [body, width, height, scroll, client] = await popup.evaluate(() => [
      document.body.getBoundingClientRect().width,
      window.innerWidth,
      window.innerHeight,
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(width).toBeLessThanOrEqual(400);
    expect(client).toBeGreaterThanOrEqual(body);
    expect(height).toBeLessThanOrEqual(600);
    expect(scroll).toBeLessThanOrEqual(client);
  });

  test('shows five quotes until "Show all" is pressed (hidden rows really are hidden)', async () => {
    const visible = () => popup.$$eval('#quotes > ul > li', (lis) => lis.filter((li) => (li as HTMLElement).offsetParent !== null).length);
    const total = await popup.$$eval('#quotes > ul > li', (lis) => lis.length);
    expect(total).toBeGreaterThan(5);
    expect(await visible()).toBe(5);
    await popup.click('#quotes .more');
    expect(await visible()).toBe(total);
    await popup.click('#quotes .more');
    expect(await visible()).toBe(5);
  });

  test('Copy as Markdown puts the title, the URL and every section on the clipboard', async () => {
    const origin = `chrome-extension://${session.extension.id}`; // (Node's URL gives "null" for this scheme)
    await session.browser.defaultBrowserContext().overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    await popup.bringToFront();
    await popup.click('#copy-markdown');
    await popup.waitForFunction(() => document.getElementById('toast')?.textContent !== '');
    const md = await popup.evaluate(() => navigator.clipboard.readText());
    expect(md.startsWith('# Xi and Putin hail ‘stabilizing’ partnership as Beijing talks open\n')).toBe(true);
    expect(md).toContain(`<${url()}>`);
    for (const h of ['## Key sentences', '## Key quotes', '## Participants', '## Key figures']) expect(md).toContain(h);
    expect(md).toContain('$240 billion');
  });

  test('the keyboard reaches the items, and arrows move between them', async () => {
    await popup.bringToFront();
    await popup.focus('#copy-markdown');
    const seen: string[] = ['copy-markdown'];
    for (let i = 0; i < 7; i++) {
      await popup.keyboard.press('Tab');
      seen.push(await popup.evaluate(() => {
        const a = document.activeElement as HTMLElement;
        return a.closest('section') ? `${a.closest('section')!.id}:${a.className}` : a.id;
      }));
    }
    expect(seen.slice(0, 3)).toEqual(['copy-markdown', 'download-json', 'open-options']);
    expect(seen).toContain('sentences:jump rv');
    await popup.focus('#sentences .jump');
    await popup.keyboard.press('ArrowDown');
    expect(await popup.evaluate(() => Array.from(document.querySelectorAll('#sentences .jump')).indexOf(document.activeElement!))).toBe(1);
    const outline = await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none'); // a visible focus
  });

  test('reopening the popup shows the cached result (timings printed)', async () => {
    const first = await popup.evaluate(() => Number(document.body.dataset.renderMs));
    await popup.close();
    const again = await openPopup(session, page);
    popup = again.popup;
    expect(await popup.$eval('body', (b) => b.dataset.state)).toBe('ready');
    const cached = await popup.evaluate(() => Number(document.body.dataset.renderMs));
    const nav = await popup.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return `response end ${Math.round(n.responseEnd)} ms, DOM content loaded ${Math.round(n.domContentLoadedEventEnd)} ms`;
    });
    console.log(
      `first open: result in the DOM ${first} ms after the popup's navigation start; cached open: in the DOM at ${cached} ms, ` +
        `painted at ${again.paintMs} ms (${nav}); click to paint ${again.ms} ms, of which ${again.navMs} ms before the popup's navigation start`,
    );
    expect(Number.isFinite(cached)).toBe(true);
  });
  test('the options page: axe-core finds no violation, and a change is kept in storage.sync', async () => {
    const options = await session.browser.newPage();
    await options.goto(`chrome-extension://${session.extension.id}/options.html`, { waitUntil: 'load' });
    await options.waitForSelector('input[name="quotes"]:checked');
    expect(await axe(options)).toEqual([]);
    await options.click('input[name="quotes"][value="direct"]');
    await options.waitForFunction(() => document.getElementById('saved')?.textContent !== '');
    const stored = await options.evaluate(() => (globalThis as unknown as { chrome: { storage: { sync: { get: (k: string) => Promise<{ settings: unknown }> } } } }).chrome.storage.sync.get('settings'));
    expect(stored.settings).toMatchObject({ version: 1, quotes: 'direct' });
    await options.close();
  });
});
