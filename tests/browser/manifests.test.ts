/**
 * The two built manifests (no browser needed): Chrome gets the service worker, Firefox the
 * background script and a gecko id, both from the one manifest.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, ensureBuilt } from './harness';

const read = (p: string) => JSON.parse(fs.readFileSync(path.join(ROOT, p), 'utf8'));

describe('built manifests', () => {
  beforeAll(ensureBuilt);

  test('Chrome: the service worker; Firefox: background.scripts and a gecko id; the rest identical', () => {
    const source = read('manifest.json');
    const chrome = read('build/chrome/manifest.json');
    const firefox = read('build/firefox/manifest.json');
    expect(chrome).toEqual(source);
    expect(chrome.background).toEqual({ service_worker: 'worker.js' });
    expect(firefox.background).toEqual({ scripts: ['worker.js'] });
    expect(firefox.browser_specific_settings.gecko.id).toMatch(/@/);
    const { background: _a, browser_specific_settings: _b, ...restFirefox } = firefox;
    const { background: _c, ...restChrome } = chrome;
    expect(restFirefox).toEqual(restChrome);
  });

  test('every file a manifest names is in the build', () => {
    for (const dir of ['build/chrome', 'build/firefox']) {
      const m = read(`${dir}/manifest.json`);
      const files = [m.action.default_popup, m.options_ui.page, ...Object.values(m.icons as Record<string, string>), ...(m.background.scripts ?? [m.background.service_worker])];
      for (const f of files) expect([dir, f, fs.existsSync(path.join(ROOT, dir, f))]).toEqual([dir, f, true]);
    }
  });
});
