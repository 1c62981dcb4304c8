/**
 * The promises Lede makes, checked in Chromium with every context watched through CDP
 * (tests/browser/cdp-recorder.ts): nothing leaves the machine while it summarises a page; a
 * stopped service worker costs no new injection; hostile page text stays text in the real popup;
 * restricted and odd pages each get a clear state, with no error in any console of the extension.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';
import { Recorder } from './cdp-recorder';
import { ROOT, type Session, browserAvailable, ensureBuilt, launch, openPopup, serve, texts } from './harness';

const pages = path.join(ROOT, 'tests/fixtures/pages');
const run = browserAvailable();
const state = (popup: Page) => popup.$eval('body', (b) => [b.dataset.state, document.getElementById('status')!.textContent ?? ''] as const);

/** A page whose HTML never finishes arriving (until `finish`), so the reader clicks while it loads; and a PDF. */
async function slowServer(): Promise<{ url: string; pdf: string; finish: () => void; close: () => Promise<void> }> {
  const open: http.ServerResponse[] = [];
  const article = '<p>The council said on Monday that the new bridge over the river would cost $45 million and open in 2026, according to a statement from Mayor Jane Ortiz.</p>';
  const server = http.createServer((req, res) => {
    if (req.url === '/report.pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' }).end(tinyPdf());
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.write(`<!doctype html><html lang="en"><head><title>Bridge plan</title></head><body><article><h1>Bridge plan</h1>${article.repeat(6)}`);
    open.push(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/loading`,
    pdf: `http://127.0.0.1:${(server.address() as AddressInfo).port}/report.pdf`,
    finish: () => open.splice(0).forEach((res) => res.end(`${article.repeat(4)}</article></body></html>`)),
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

/** A one-page PDF with one line of text, with a correct cross-reference table. */
function tinyPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    '<< /Length 44 >>\nstream\nBT /F1 18 Tf 20 70 Td (Bridge plan) Tj ET\nendstream',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

(run ? describe : describe.skip)('privacy and hardening in Chromium', () => {
  let session: Session;
  let server: Awaited<ReturnType<typeof serve>>;
  let slow: Awaited<ReturnType<typeof slowServer>>;
  let rec: Recorder;
  let page: Page;

  beforeAll(async () => {
    ensureBuilt();
    server = await serve({
      '/world/asia/xi-putin-beijing': path.join(pages, 'beijing-summit/page.html'),
      '/local/council-website-flaw': path.join(pages, 'hostile-text/page.html'),
      '/local/harbour-ferry': path.join(pages, 'frames/page.html'),
      '/frame': path.join(pages, 'frames/frame.html'),
    });
    slow = await slowServer();
    session = await launch();
    rec = await Recorder.start(session.browser, session.extension.id);
    page = await session.browser.newPage();
    await page.goto(`${server.origin}/world/asia/xi-putin-beijing`, { waitUntil: 'load' });
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
    await slow?.close();
  });

  test('summarising the sample page makes no request beyond the extension’s own files and the page', async () => {
    const before = rec.requests.length;
    const { popup } = await openPopup(session, page);
    expect(await state(popup)).toEqual(['ready', expect.any(String)]);
    expect(rec.injections).toBe(1);
    const during = rec.requests.slice(before);
    // The popup did load (its own files were seen), so the recorder was watching it.
    expect(during.some((r) => r.context === 'popup' && r.url.endsWith('/popup.js'))).toBe(true);
    expect(rec.outside()).toEqual([]);
    // The worker and the content script ask for nothing; the tab only for the page's own favicon.
    expect(during.filter((r) => r.context !== 'popup' && !(r.context === 'tab' && r.url === `${server.origin}/favicon.ico`))).toEqual([]);
    await popup.close();
  });

  test('a stopped service worker: the popup shows the cached result without a new injection', async () => {
    const target = session.browser.targets().find((t) => t.type() === 'service_worker' && t.url().includes(session.extension.id))!;
    const gone = new Promise<void>((resolve) => session.browser.on('targetdestroyed', (t) => t === target && resolve()));
    await rec.release((target as unknown as { _targetId: string })._targetId);
    await (await target.worker())!.close(); // Target.closeTarget through CDP
    await gone;
    expect(session.browser.targets().filter((t) => t.type() === 'service_worker' && t.url().includes(session.extension.id))).toHaveLength(0);

    const { popup } = await openPopup(session, page);
    expect((await state(popup))[0]).toBe('ready');
    expect(await texts(popup, '#sentences .jump')).toHaveLength(3);
    // The restarted worker answers from storage.session too.
    const answer = await popup.evaluate(async () => {
      type Api = { tabs: { query(q: object): Promise<{ id: number }[]> }; runtime: { sendMessage(m: object): Promise<string> } };
      const c = (globalThis as unknown as { chrome: Api }).chrome;
      const [tab] = await c.tabs.query({ active: true, currentWindow: true });
      // The worker answers with the state as one JSON string (AnalyzeTabResponse).
      const s = JSON.parse(await c.runtime.sendMessage({ type: 'lede/analyze-tab', tabId: tab.id })) as { state: string; cached?: boolean };
      return { state: s.state, cached: s.cached };
    });
    expect(answer).toEqual({ state: 'ready', cached: true });
    expect(rec.injections).toBe(1);
    await popup.close();
  });

  test('hostile page text (img onerror, script, javascript: links, CSS) renders as plain text', async () => {
    const hostile = await session.browser.newPage();
    await hostile.goto(`${server.origin}/local/council-website-flaw`, { waitUntil: 'load' });
    const { popup } = await openPopup(session, hostile);
    expect((await state(popup))[0]).toBe('ready');
    const shown = await popup.$eval('#content', (e) => (e as HTMLElement).innerText);
    expect(shown).toContain('<script>window.__pwned = true</script>');
    expect(shown).toMatch(/<img src=x onerror="document.title='pwned'">|<a href="javascript:alert\(document.cookie\)">/);
    const dom = await popup.evaluate(() => ({
      dangerous: Array.from(document.querySelectorAll('#content img, #content script, #content style, #content iframe, #content a, #content object, #content embed, #content svg, #content link')).map((e) => e.tagName),
      handlers: Array.from(document.querySelectorAll('*')).flatMap((e) => e.getAttributeNames().filter((n) => n.startsWith('on'))),
      scripts: Array.from(document.scripts).map((s) => s.getAttribute('src')),
      title: document.title,
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    }));
    expect(dom).toEqual({ dangerous: [], handlers: [], scripts: ['popup.js'], title: expect.not.stringContaining('pwned'), pwned: null });
    expect(rec.outside()).toEqual([]);
    await popup.close();
    await hostile.close();
  });

  test('a page with frames: the top document is analysed, not the frame', async () => {
    const framed = await session.browser.newPage();
    await framed.goto(`${server.origin}/local/harbour-ferry`, { waitUntil: 'load' });
    const { popup } = await openPopup(session, framed);
    expect((await state(popup))[0]).toBe('ready');
    expect(await popup.$eval('#title', (e) => e.textContent)).toBe('Harbour ferry returns after a year of repairs');
    const all = await popup.$eval('#content', (e) => (e as HTMLElement).innerText);
    expect(all).toContain('ferry');
    expect(all).not.toMatch(/orchard|cider|Peter Lang/i);
    await popup.close();
    await framed.close();
  });

  test('a page still loading says so, then reads the page once it has loaded', async () => {
    const loading = await session.browser.newPage();
    void loading.goto(slow.url).catch(() => undefined);
    await loading.waitForFunction(() => document.readyState === 'loading' && document.querySelectorAll('p').length >= 6, { timeout: 30_000 });
    let { popup } = await openPopup(session, loading);
    const [s, status] = await state(popup);
    expect(s).toBe('error');
    expect(status).toMatch(/still loading/i);
    expect(await popup.$eval('#action', (b) => [(b as HTMLButtonElement).hidden, b.textContent])).toEqual([false, expect.stringMatching(/try again/i)]);
    await popup.close();
    slow.finish();
    await loading.waitForFunction(() => document.readyState === 'complete', { timeout: 30_000 });
    ({ popup } = await openPopup(session, loading));
    expect((await state(popup))[0]).toBe('ready');
    expect(await popup.$eval('#title', (e) => e.textContent)).toBe('Bridge plan');
    await popup.close();
    await loading.close();
  });

  test.each([
    ['chrome://version', /browser's own pages/],
    // With activeTab alone Chrome hides the address of these tabs from extensions, and refuses them: the general restricted state.
    ['about:blank', /does not let extensions read this page|empty/],
    ['view-source:', /does not let extensions read this page|source view/],
    ['a PDF', /PDF in the browser's viewer/],
  ])('%s shows its restricted state', async (kind, message) => {
    const odd = await session.browser.newPage();
    const url: Record<string, string> = {
      'view-source:': `view-source:${server.origin}/world/asia/xi-putin-beijing`,
      'a PDF': slow.pdf,
    };
    await odd.goto(url[kind] ?? kind, { waitUntil: 'load' });
    const { popup } = await openPopup(session, odd);
    const [s, status] = await state(popup);
    expect(s).toBe('restricted');
    expect(status).toMatch(message);
    await popup.close();
    await odd.close();
  });

  test('a file:// page is read when the extension may read files (Chrome allows it to an extension loaded from the command line)', async () => {
    // Without that access the injection is refused and the popup says how to allow it (tests/dom/worker.test.ts).
    const local = await session.browser.newPage();
    await local.goto(pathToFileURL(path.join(pages, 'beijing-summit/page.html')).href, { waitUntil: 'load' });
    const { popup } = await openPopup(session, local);
    expect((await state(popup))[0]).toBe('ready');
    expect(await popup.$eval('#title', (e) => e.textContent)).toContain('Xi and Putin');
    await popup.close();
    await local.close();
  });

  test('no error in the console of the worker, the popups or the content script, and still no request outside', () => {
    expect(rec.errors).toEqual([]);
    expect(rec.outside()).toEqual([]);
  });
});
