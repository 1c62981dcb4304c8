// Language packs are data folders: each pack's index.ts maps exactly the data files of its folder,
// the build writes every pack but English as build/<browser>/lang/<code>.json (what the worker
// loads), and each of those stays under 40 KB gzipped.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import '../../src/core/lang/all';
import { en } from '../../src/core/lang/en';
import { PACK_CODES } from '../../src/core/lang/profiles';
import { isPackLoaded, packFor } from '../../src/core/lang/select';

const ROOT = path.resolve(__dirname, '../..');
const LANG = path.join(ROOT, 'src', 'core', 'lang');
const folders = fs.readdirSync(LANG).filter((d) => fs.existsSync(path.join(LANG, d, 'index.ts')));
const others = folders.filter((c) => c !== 'en');

/** The data files of a pack folder, by name, as the build reads them. */
function dataFiles(code: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fs.readdirSync(path.join(LANG, code))) {
    const m = /^(.+)\.(txt|json)$/.exec(f);
    if (!m) continue;
    const raw = fs.readFileSync(path.join(LANG, code, f), 'utf8');
    out[m[1]] = m[2] === 'json' ? JSON.parse(raw) : raw;
  }
  return out;
}

beforeAll(() => {
  if (!fs.existsSync(path.join(ROOT, 'build', 'chrome', 'worker.js'))) {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'pipe' });
  }
}, 120_000);

test('English is a pack like the others: its index.ts maps exactly its folder', () => {
  expect(folders).toContain('en');
  expect(en.files).toEqual(dataFiles('en'));
});

test('the files that list the packs are what scripts/pack-index.mjs writes from the folders (run the build after adding a folder)', () => {
  const script = `import(${JSON.stringify(path.join(ROOT, 'scripts', 'pack-index.mjs'))}).then((m) => process.stdout.write(JSON.stringify([...m.generated()])))`;
  const files: [string, string][] = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
  expect(files.length).toBeGreaterThanOrEqual(3);
  for (const [file, text] of files) expect([path.relative(ROOT, file), fs.readFileSync(file, 'utf8')]).toEqual([path.relative(ROOT, file), text]);
});

test('every pack folder has a profile, and every profile a folder', () => {
  for (const code of PACK_CODES) expect(fs.existsSync(path.join(LANG, code, 'profile.txt'))).toBe(true);
  for (const code of folders) expect(PACK_CODES).toContain(code);
});

describe.each((others.length ? others : ['(none yet)']).map((c) => [c]))('the %s pack', (code) => {
  if (!others.length) return void test.skip('no pack but English', () => undefined);
  test('is registered for the CLI and the tests (all.ts), and its index.ts maps exactly its folder', () => {
    expect(isPackLoaded(code)).toBe(true);
    const pack = packFor(code);
    expect(pack.code).toBe(code);
    expect(pack.files).toEqual(dataFiles(code));
  });

  test.each([['chrome'], ['firefox']])('is built for %s as lang/<code>.json, the same data, under 40 KB gzipped', (browser) => {
    const file = path.join(ROOT, 'build', browser, 'lang', `${code}.json`);
    const json = fs.readFileSync(file, 'utf8');
    expect(JSON.parse(json)).toEqual({ code, files: dataFiles(code) });
    expect(gzipSync(json).length).toBeLessThanOrEqual(40 * 1024);
  });
});
