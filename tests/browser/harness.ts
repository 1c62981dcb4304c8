/**
 * Shared set-up for the real-browser tests: Debian Chromium with the built extension loaded,
 * a local HTTP server for fixture pages, and the toolbar click that opens the real popup.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import puppeteer, { type Browser, type Extension, type Page } from 'puppeteer-core';

export const ROOT = path.resolve(__dirname, '../..');
export const EXTENSION_DIR = path.join(ROOT, 'build', 'chrome');
export const ARTIFACTS = path.join(ROOT, 'tests', 'artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The evaluation data (read through its path, never copied): LEDE_DATA, else ../shared/data beside the checkout. */
export const DATA = process.env.LEDE_DATA ?? path.resolve(ROOT, '../shared/data');

/** True when the real pages of ../shared/data are there; on CI missing data is a failure, not a skip. */
export function pagesAvailable(): boolean {
  if (fs.existsSync(path.join(DATA, 'pages'))) return true;
  if (process.env.CI) throw new Error(`the evaluation data is missing at ${DATA} (set LEDE_DATA)`);
  console.log(`SKIPPED: the real-page browser tests need the evaluation data at ${DATA} (set LEDE_DATA)`);
  return false;
}

/** A real page of the data set: readability-test-pages/NAME/source.html, or aeb-dev/html/ID*.html.gz. */
export function dataPage(set: 'readability-test-pages' | 'aeb-dev', name: string): string {
  if (set === 'readability-test-pages') return path.join(DATA, 'pages', set, name, 'source.html');
  const dir = path.join(DATA, 'pages', set, 'html');
  const file = fs.readdirSync(dir).find((f) => f.startsWith(name) && f.endsWith('.html.gz'));
  if (!file) throw new Error(`no page ${name} in ${dir}`);
  return path.join(dir, file);
}

/** True when the browser tests can run; on CI a missing browser is a failure, not a skip. */
export function browserAvailable(): boolean {
  if (fs.existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`Chromium is missing at ${CHROMIUM}: on CI the browser tests must run (apt-get install -y chromium)`);
  console.log(`SKIPPED: real-browser tests need Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  return false;
}

export function ensureBuilt(): void {
  if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { stdio: 'inherit' });
}

/** Serves `routes` (path -> file; a .gz file is served unzipped) on 127.0.0.1, on a free port. */
export async function serve(routes: Record<string, string>): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const file = routes[(req.url ?? '/').split('?')[0]];
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = fs.readFileSync(file);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(file.endsWith('.gz') ? gunzipSync(body) : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export interface Session {
  browser: Browser;
  extension: Extension;
  close: () => Promise<void>;
}

export interface LaunchOptions {
  /**
   * No host but 127.0.0.1 resolves: real pages ask for their scripts, fonts and pictures on the
   * web, and these fail at once instead of waiting on a network (the tests must not use one).
   */
  offline?: boolean;
  /**
   * Another build of the extension to load beside build/chrome (the click-to-render bench's
   * `--compare DIR`: both builds in one browser, their popups opened in turn, see the same load).
   */
  alsoLoad?: string;
}

export async function launch(options: LaunchOptions = {}): Promise<Session> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      `--disable-extensions-except=${[EXTENSION_DIR, options.alsoLoad].filter(Boolean).join(',')}`,
      `--load-extension=${[EXTENSION_DIR, options.alsoLoad].filter(Boolean).join(',')}`,
      ...(options.offline ? ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] : []),
    ],
  });
  const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().endsWith('/worker.js'), { timeout: 30_000 });
  let id = new URL(worker.url()).host;
  if (options.alsoLoad) {
    // Two builds: build/chrome is the one whose path is EXTENSION_DIR.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const loaded = [...(await browser.extensions()).values()];
    id = loaded.find((e) => fs.realpathSync(e.path) === fs.realpathSync(EXTENSION_DIR))?.id ?? id;
  }
  const extension = (await browser.extensions()).get(id);
  if (!extension) throw new Error(`extension ${id} is not in browser.extensions()`);
  return {
    browser,
    extension,
    close: async () => {
      await browser.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface Opened {
  popup: Page;
  /** Click-to-render: from the toolbar click to the first paint of the popup's final state. */
  ms: number;
  /**
   * From the popup's own start to that paint. The popup "opens" at its document's navigation start
   * (`performance.timeOrigin`): the browser has taken the click and begun loading popup.html.
   */
  paintMs: number;
  /** From the click to that navigation start: the browser's share before the popup's document exists. */
  navMs: number;
}

/**
 * When the popup's final state was painted, in ms from its own start: the Element Timing of a
 * result's section headings (`elementtiming="lede-result"`), else the `lede-paint` mark (the
 * other states). See src/extension/popup/timing.ts.
 */
export async function paintedAt(popup: Page): Promise<number> {
  const mark = await popup.waitForFunction(() => performance.getEntriesByName('lede-paint').at(-1)?.startTime ?? 0, { timeout: 10_000 });
  const fallback = (await mark.jsonValue()) as number;
  return popup.evaluate(
    (fallback) =>
      new Promise<number>((resolve) => {
        if (document.body.dataset.state !== 'ready' || !PerformanceObserver.supportedEntryTypes.includes('element')) return resolve(fallback);
        setTimeout(() => resolve(fallback), 2000); // (no section shown: no heading to time)
        // Buffered entries arrive in the observer's first callback.
        new PerformanceObserver((list, observer) => {
          observer.disconnect();
          const times = list.getEntries().map((e) => (e as PerformanceEntry & { renderTime: number }).renderTime).filter((t) => t > 0);
          resolve(times.length ? Math.min(...times) : fallback);
        }).observe({ type: 'element', buffered: true });
      }),
    fallback,
  );
}

/**
 * Clicks the toolbar action on `page` and returns the real popup once it has left its loading state.
 * The times come from the popup's own paint records (paintedAt) against the clock of the click, so
 * puppeteer's own attaching and polling are not counted.
 */
export async function openPopup(s: Session, page: Page): Promise<Opened> {
  await page.bringToFront();
  const clicked = performance.timeOrigin + performance.now();
  await page.triggerExtensionAction(s.extension);
  const target = await s.browser.waitForTarget((t) => /\/popup\.html(?:\?|$)/.test(t.url()), { timeout: 30_000 });
  const popup = await target.asPage();
  await popup.waitForSelector('body:not([data-state="loading"])', { timeout: 60_000 });
  const paintMs = await paintedAt(popup);
  const origin = await popup.evaluate(() => performance.timeOrigin);
  return { popup, ms: Math.round(origin + paintMs - clicked), paintMs: Math.round(paintMs), navMs: Math.round(origin - clicked) };
}

/** Texts of the elements matching `selector` in the popup. */
export const texts = (popup: Page, selector: string) =>
  popup.$$eval(selector, (els) => els.map((e) => (e as HTMLElement).innerText.trim()));
