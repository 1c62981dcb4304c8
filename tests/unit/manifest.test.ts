/**
 * The manifest promises little and keeps it: three permissions, no host permissions, nothing
 * injected before the reader's click, and extension pages under a strict CSP.
 */
import fs from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8'));
const locale = JSON.parse(fs.readFileSync(path.join(root, 'src/extension/_locales/en/messages.json'), 'utf8'));

describe('manifest.json', () => {
  test('asks for exactly activeTab, scripting and storage, and no host', () => {
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
  });

  test('injects nothing before the click: no static content scripts, no web-accessible resources', () => {
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });

  test('runs extension pages under script-src self', () => {
    expect(manifest.content_security_policy).toEqual({ extension_pages: "script-src 'self'; object-src 'self'" });
  });

  test('opens with Alt+Shift+L, which the reader can change', () => {
    expect(manifest.commands._execute_action.suggested_key.default).toBe('Alt+Shift+L');
  });

  test('has a popup, an options page, and icons at 16, 32, 48 and 128 px', () => {
    expect(manifest.action.default_popup).toBe('popup.html');
    expect(manifest.options_ui.page).toBe('options.html');
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '128']);
  });

  test('every __MSG_ name is in the English locale', () => {
    const names = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(2);
    for (const n of names) expect(locale[n]?.message).toBeTruthy();
  });
});
