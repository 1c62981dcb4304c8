/**
 * Firefox for the real-browser tests: Debian's firefox-esr driven through WebDriver BiDi
 * (puppeteer-core), with build/firefox installed as a temporary add-on.
 *
 * BiDi cannot click the toolbar button (Page.triggerExtensionAction is Chromium-only) nor navigate
 * a tab to a moz-extension:// page, so the add-on is installed from a copy of build/firefox with two
 * test-only changes, both in the copy's manifest: a host permission for 127.0.0.1 (what the click
 * would grant through activeTab) and a second background script that opens the real popup page in a
 * background tab of the window, next to each page under test once it has loaded. That popup page
 * runs the popup's own code: the active tab is the page, the worker injects the content script and
 * analyses, and a jump goes to the page's content script, as from the toolbar popup.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from './harness';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = path.join(ROOT, 'build', 'firefox');

/** True when the Firefox test can run; on CI a missing Firefox is a failure, not a skip. */
export function firefoxAvailable(): boolean {
  if (fs.existsSync(FIREFOX)) return true;
  if (process.env.CI) throw new Error(`Firefox is missing at ${FIREFOX}: on CI the Firefox test must run (apt-get install -y firefox-esr)`);
  console.log(`SKIPPED: the Firefox test needs Firefox at ${FIREFOX} (apt-get install -y firefox-esr, or set FIREFOX_PATH)`);
  return false;
}

/** The test-only background script: opens popup.html beside each 127.0.0.1 page that finishes loading. */
const DRIVER = `// Test only (tests/browser/firefox.ts): stands in for the toolbar click.
browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.status !== 'complete' || !(tab.url || '').startsWith('http://127.0.0.1')) return;
  browser.tabs.create({ url: 'popup.html', active: false, windowId: tab.windowId, index: tab.index + 1 });
});
`;

/** A copy of build/firefox with the test-only host permission and driver (see above); returns its folder. */
export function testCopyOfFirefoxBuild(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-firefox-ext-'));
  fs.cpSync(FIREFOX_BUILD, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*'];
  manifest.background.scripts = [...manifest.background.scripts, 'test-driver.js'];
  fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  fs.writeFileSync(path.join(dir, 'test-driver.js'), DRIVER);
  return dir;
}

/**
 * No host but 127.0.0.1 is reachable (as the Chromium tests' host-resolver rule): every other
 * request goes to a proxy on a closed port and fails at once. Firefox never proxies 127.0.0.1.
 */
const OFFLINE = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.share_proxy_settings': true,
  'network.proxy.allow_hijacking_localhost': false,
};

export interface FirefoxSession {
  browser: Browser;
  /** The add-on's id, as Firefox installed it. */
  addonId: string;
  close: () => Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxSession> {
  const ext = testCopyOfFirefoxBuild();
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, extraPrefsFirefox: OFFLINE });
  try {
    const addonId = await browser.installExtension(ext);
    return {
      browser,
      addonId,
      close: async () => {
        await browser.close();
        fs.rmSync(ext, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await browser.close();
    fs.rmSync(ext, { recursive: true, force: true });
    throw err;
  }
}

/** The tab showing the add-on's `file` (BiDi reports a moz-extension tab as about:blank: ask the page itself). */
export async function extensionPage(browser: Browser, file: string, timeout = 30_000): Promise<Page> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    for (const p of await browser.pages()) {
      const href = await p.evaluate(() => location.href).catch(() => '');
      if (href.startsWith('moz-extension://') && new URL(href).pathname === `/${file}`) return p;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no tab shows ${file} after ${timeout} ms`);
}
