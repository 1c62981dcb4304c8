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
import puppeteer, { type Browser, type Extension, type Page } from 'puppeteer-core';

export const ROOT = path.resolve(__dirname, '../..');
export const EXTENSION_DIR = path.join(ROOT, 'build', 'chrome');
export const ARTIFACTS = path.join(ROOT, 'tests', 'artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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

/** Serves `routes` (path -> file) on 127.0.0.1, on a free port. */
export async function serve(routes: Record<string, string>): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const file = routes[(req.url ?? '/').split('?')[0]];
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(fs.readFileSync(file));
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

export async function launch(): Promise<Session> {
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
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().endsWith('/worker.js'), { timeout: 30_000 });
  const id = new URL(worker.url()).host;
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

/** Clicks the toolbar action on `page` and returns the real popup once it has left its loading state. */
export async function openPopup(s: Session, page: Page): Promise<{ popup: Page; ms: number }> {
  const t0 = performance.now();
  await page.bringToFront();
  await page.triggerExtensionAction(s.extension);
  const target = await s.browser.waitForTarget((t) => t.url().endsWith('/popup.html'), { timeout: 30_000 });
  const popup = await target.asPage();
  await popup.waitForSelector('body:not([data-state="loading"])', { timeout: 60_000 });
  return { popup, ms: Math.round(performance.now() - t0) };
}

/** Texts of the elements matching `selector` in the popup. */
export const texts = (popup: Page, selector: string) =>
  popup.$$eval(selector, (els) => els.map((e) => (e as HTMLElement).innerText.trim()));
