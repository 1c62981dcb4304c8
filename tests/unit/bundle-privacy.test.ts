// Static privacy check of the built extension (build/chrome and build/firefox): no network or
// dynamic-code API in any bundle, no remote resource in any page, and a manifest that asks for
// exactly what the features need. The bundles are rebuilt first when they are missing or older
// than the sources (npm test builds before jest; a bare `npx jest` may not have).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const TARGETS = ['chrome', 'firefox'].map((b) => path.join(ROOT, 'build', b));

/** Code that could send data off the machine or run code that is not in the package. */
const FORBIDDEN: [string, RegExp][] = [
  ['fetch(', /\bfetch\s*\(/g],
  ['XMLHttpRequest', /XMLHttpRequest/g],
  ['WebSocket', /WebSocket/g],
  ['sendBeacon', /sendBeacon/g],
  ['EventSource', /EventSource/g],
  ['WebTransport', /WebTransport/g],
  ['RTCPeerConnection', /RTCPeerConnection/g],
  ['importScripts(', /\bimportScripts\s*\(/g],
  ['import(', /(?<![\w$.])import\s*\(/g],
  ['eval(', /\beval\s*\(/g],
  ['new Function', /\bnew\s+Function\b/g],
  ['Function(', /(?<![\w$.])Function\s*\(/g],
  ['string timer', /\bset(?:Timeout|Interval)\s*\(\s*["'`]/g],
  ['URL with a scheme', /\b(?:https?|wss?|ftp):\/\//gi],
];

/**
 * Exceptions, each with a reason: [bundle file name, forbidden name, count, reason]. A stale entry
 * (its pattern no longer found) fails the test too, so that the list stays true.
 */
const ALLOWED: [string, string, number, string][] = [
  ['worker.js', 'fetch(', 1, "reads the page's language pack, a file of the extension itself (runtime.getURL('lang/<code>.json'), known codes only): src/extension/background/packs.ts"],
];

/** Newest modification time of the files under a directory. */
function newest(dir: string): number {
  let max = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    max = Math.max(max, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return max;
}

beforeAll(() => {
  const manifest = path.join(ROOT, 'build', 'firefox', 'manifest.json');
  const sources = Math.max(newest(path.join(ROOT, 'src')), fs.statSync(path.join(ROOT, 'manifest.json')).mtimeMs);
  if (!fs.existsSync(manifest) || fs.statSync(manifest).mtimeMs < sources) {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'pipe' });
  }
}, 120_000);

const filesOf = (dir: string, ext: string) => fs.readdirSync(dir).filter((f) => f.endsWith(ext));
const read = (dir: string, f: string) => fs.readFileSync(path.join(dir, f), 'utf8');

describe.each(TARGETS.map((d) => [path.relative(ROOT, d), d]))('built extension in %s', (_name, dir) => {
  test('the bundles use no network or dynamic-code API (beyond the allow-list)', () => {
    const bundles = filesOf(dir, '.js');
    expect(bundles).toEqual(expect.arrayContaining(['content.js', 'worker.js', 'popup.js']));
    const found: string[] = [];
    const used = new Set<number>();
    for (const f of bundles) {
      const code = read(dir, f);
      for (const [name, re] of FORBIDDEN) {
        const n = code.match(re)?.length ?? 0;
        if (!n) continue;
        const allow = ALLOWED.findIndex(([file, what, count]) => file === f && what === name && count === n);
        if (allow >= 0) used.add(allow);
        else found.push(`${f}: ${name} ×${n}`);
      }
    }
    expect(found).toEqual([]);
    expect(ALLOWED.filter((_, i) => !used.has(i)).map(([f, what]) => `stale allow-list entry ${f}: ${what}`)).toEqual([]);
  });

  test('the pages load only their own scripts and styles, with no inline script', () => {
    for (const f of filesOf(dir, '.html')) {
      const html = read(dir, f);
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const [, attrs, body] of scripts) {
        expect(body.trim()).toBe('');
        const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1] ?? '';
        expect(fs.existsSync(path.join(dir, src))).toBe(true);
      }
      for (const [, href] of html.matchAll(/\bhref\s*=\s*["']?([^"'\s>]+)/gi)) expect(href).not.toMatch(/^[a-z][a-z0-9+.-]*:|^\/\//i);
    }
    for (const f of filesOf(dir, '.css')) expect(read(dir, f)).not.toMatch(/@import|url\(\s*["']?(?!data:)[a-z][a-z0-9+.-]*:|url\(\s*["']?\/\//i);
  });

  test('the manifest: a strict CSP, exactly activeTab, scripting and storage, no host access, nothing remote', () => {
    const m = JSON.parse(read(dir, 'manifest.json'));
    expect(m.manifest_version).toBe(3);
    expect(m.content_security_policy).toEqual({ extension_pages: "script-src 'self'; object-src 'self'" });
    expect([...m.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions', 'content_scripts', 'externally_connectable', 'web_accessible_resources', 'sandbox', 'update_url']) {
      expect(m[key]).toBeUndefined();
    }
    const worker: string[] = m.background.service_worker ? [m.background.service_worker] : m.background.scripts;
    const pages = [m.action.default_popup, m.options_ui?.page].filter(Boolean);
    for (const f of [...worker, ...pages]) {
      expect(f).not.toMatch(/^[a-z][a-z0-9+.-]*:|^\/\//i);
      expect(fs.existsSync(path.join(dir, f))).toBe(true);
    }
    if (m.browser_specific_settings) expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
