/**
 * The extension in Firefox (issue 8: jump-to-source must work in Chrome and Firefox): Debian's
 * firefox-esr through WebDriver BiDi, build/firefox installed as a temporary add-on (see
 * ./firefox.ts for the two test-only changes that stand in for the toolbar click). The popup's own
 * code runs in Gecko: the worker (an event page there) injects the content script and analyses the
 * page; a click on a quote, and on a key sentence of a real page whose text was cleaned and
 * reflowed, highlights that text in the page through the CSS Custom Highlight API; Escape clears it.
 * axe-core finds no violation in the popup as Gecko renders it (light theme).
 * Skipped with a clear line without firefox-esr; required on CI.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { DATA, ROOT, dataPage, ensureBuilt, serve, texts } from './harness';
import { type FirefoxSession, extensionPage, firefoxAvailable, launchFirefox } from './firefox';

const run = firefoxAvailable();
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations on a page (evaluated through BiDi, which the page's CSP does not govern). */
async function axe(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return (await page.evaluate(
    `axe.run(document, { resultTypes: ['violations'] }).then(r => r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', ')))`,
  )) as string[];
}
/** A real page too when the data is there (on CI it is: the Chromium tests require it). */
const withData = fs.existsSync(path.join(DATA, 'pages'));

type Registry = { highlights?: Map<string, Set<Range>> };

/** The text Lede's highlight covers in the page, once there is one. */
async function highlighted(page: Page): Promise<string> {
  await page.waitForFunction(() => ((CSS as unknown as Registry).highlights?.get('lede')?.size ?? 0) > 0, { timeout: 15_000 });
  return page.evaluate(() => Array.from((CSS as unknown as Registry).highlights!.get('lede')!).map((r) => r.toString()).join(''));
}

const squash = (s: string) => s.replace(/\s+/g, '');

(run ? describe : describe.skip)('the extension in Firefox', () => {
  let session: FirefoxSession;
  let server: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    ensureBuilt();
    server = await serve({
      '/world/asia/xi-putin-beijing': path.join(ROOT, 'tests/fixtures/pages/beijing-summit/page.html'),
      ...(withData ? { '/real': dataPage('readability-test-pages', 'nytimes-1') } : {}),
    });
    session = await launchFirefox();
  }, 240_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  /** Opens `route` in a new tab and returns it with the popup page that the driver opens beside it, once that has a result. */
  async function open(route: string): Promise<{ page: Page; popup: Page }> {
    const page = await session.browser.newPage();
    // A real page's own scripts and frames fail to load (no host but 127.0.0.1), and Firefox's BiDi
    // may report such a failure as the navigation's: the page itself is what must load.
    await page.goto(`${server.origin}${route}`, { waitUntil: 'load' }).catch((err: Error) => console.log(`(goto ${route}: ${err.message.split('\n')[0]})`));
    await page.waitForFunction(() => location.href.startsWith('http://127.0.0.1') && document.readyState === 'complete', { timeout: 30_000 });
    const popup = await extensionPage(session.browser, 'popup.html');
    await popup.waitForSelector('body:not([data-state="loading"])', { timeout: 60_000 });
    // The popup page sits in a background tab, which paints no frame: the sections below the first
    // screen, put off until after the first paint, come after the popup's no-frame timeout.
    await popup.waitForFunction(() => document.body.dataset.state !== 'ready' || document.querySelector('#figures'), { timeout: 30_000 });
    return { page, popup };
  }

  test('the sample page: the popup shows the result, axe-core finds no violation; a quote clicked is highlighted in the page; Escape clears it', async () => {
    const { page, popup } = await open('/world/asia/xi-putin-beijing');
    expect(await popup.$eval('body', (b) => b.dataset.state)).toBe('ready');
    expect(await texts(popup, '#participants li[data-type="person"] .name')).toEqual(expect.arrayContaining(['Xi Jinping', 'Vladimir Putin']));
    expect(await axe(popup)).toEqual([]);
    const quote = await popup.$eval('#quotes li.quote.direct .quote-text', (e) => e.textContent!);
    await popup.$eval('#quotes li.quote.direct .jump', (b) => (b as HTMLElement).click());
    expect(await highlighted(page)).toContain(quote);
    await popup.$eval('#quotes li.quote.direct .jump', (b) => b.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    await page.waitForFunction(() => !(CSS as unknown as Registry).highlights?.has('lede'), { timeout: 15_000 });
    await popup.close();
    await page.close();
  });

  test('a cached result in Gecko: the popup opened as popup.html?tab=ID renders it from its one read of storage.session', async () => {
    const { page, popup } = await open('/world/asia/xi-putin-beijing');
    expect(await popup.$eval('body', (b) => b.dataset.state)).toBe('ready');
    const sentences = await texts(popup, '#sentences .jump');
    // The page is the active tab (the popup page sits in a background tab): the popup the toolbar
    // would open for it, as the worker hinted it with action.setPopup.
    type Ext = { tabs: { query: (q: object) => Promise<{ id: number }[]> } };
    const tabId = await popup.evaluate(async () => (await (globalThis as unknown as { browser: Ext }).browser.tabs.query({ active: true, currentWindow: true }))[0].id);
    await popup.evaluate((id) => location.assign(`popup.html?tab=${id}`), tabId);
    await popup.waitForFunction(() => location.search.startsWith('?tab=') && document.body?.dataset.state === 'ready' && !document.documentElement.classList.contains('presized'), { timeout: 30_000 });
    expect(await texts(popup, '#sentences .jump')).toEqual(sentences);
    expect(await popup.$eval('body', (b) => b.dataset.via)).toBe('tab-hint');
    const marks = await popup.evaluate(() => ['lede-start', 'lede-render'].map((n) => performance.getEntriesByName(n).length));
    expect(marks).toEqual([1, 1]);
    await popup.close();
    await page.close();
  });

  (withData ? test : test.skip)('a real page (New York Times, cleaned and reflowed): a key sentence clicked is highlighted in the page', async () => {
    const { page, popup } = await open('/real');
    expect(await popup.$eval('body', (b) => b.dataset.state)).toBe('ready');
    const sentence = (await texts(popup, '#sentences .jump'))[0];
    expect(sentence.length).toBeGreaterThan(20);
    await popup.$eval('#sentences .jump', (b) => (b as HTMLElement).click());
    expect(squash(await highlighted(page))).toBe(squash(sentence));
    await popup.close();
    await page.close();
  });
});
