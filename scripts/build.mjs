#!/usr/bin/env node
// Builds the extension for Chrome (build/chrome) and Firefox (build/firefox) from the one
// manifest.json, and the command-line tool (build/cli/lede.cjs). Usage: node scripts/build.mjs [--watch]
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { writeIndexes } from './pack-index.mjs';
import readabilitySafeDom from './readability-safe-dom.cjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'build');
/** Readability without its innerHTML assignments (see scripts/readability-safe-dom.cjs). */
const safeReadability = {
  name: 'readability-safe-dom',
  setup(b) {
    b.onLoad({ filter: readabilitySafeDom.READABILITY_FILE }, (args) => ({
      contents: readabilitySafeDom.patchReadability(readFileSync(args.path, 'utf8')),
      loader: 'js',
    }));
  },
};
const common = {
  bundle: true,
  loader: { '.txt': 'text' },
  legalComments: 'none',
  logLevel: 'warning',
  target: ['es2022'],
  plugins: [safeReadability],
};

/** The Firefox manifest: a background script instead of a service worker, plus a gecko id. */
export function firefoxManifest(m) {
  const f = structuredClone(m);
  f.background = { scripts: [m.background.service_worker] };
  f.browser_specific_settings = {
    gecko: { id: 'lede@lede.invalid', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
  };
  return f;
}

async function buildExtension() {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  const ext = join(root, 'src', 'extension');
  const entries = {
    content: join(ext, 'content', 'content-script.ts'),
    worker: join(ext, 'background', 'worker.ts'),
    popup: join(ext, 'popup', 'popup.ts'),
  };
  if (existsSync(join(ext, 'options', 'options.ts'))) entries.options = join(ext, 'options', 'options.ts');
  const staging = join(out, 'chrome');
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  await build({ ...common, entryPoints: entries, outdir: staging, format: 'iife', platform: 'browser', minify: true, sourcemap: false });
  for (const f of ['popup/popup.html', 'popup/popup.css', 'options/options.html', 'options/options.css']) {
    if (existsSync(join(ext, f))) cpSync(join(ext, f), join(staging, f.split('/').pop()));
  }
  if (existsSync(join(ext, '_locales'))) cpSync(join(ext, '_locales'), join(staging, '_locales'), { recursive: true });
  await buildIcons(join(staging, 'icons'));
  buildPacks(join(staging, 'lang'));
  writeFileSync(join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  const firefox = join(out, 'firefox');
  rmSync(firefox, { recursive: true, force: true });
  cpSync(staging, firefox, { recursive: true });
  writeFileSync(join(firefox, 'manifest.json'), JSON.stringify(firefoxManifest(manifest), null, 2) + '\n');
}

/**
 * Every language pack but English (which is in the worker's bundle) as build/<browser>/lang/<code>.json:
 * the data files of src/core/lang/<code>/ by name, as the pack's index.ts maps them. The worker
 * reads only the one a page needs (src/extension/background/packs.ts). Each must stay under 40 KB gzipped.
 */
function packJson(code) {
  const dir = join(root, 'src', 'core', 'lang', code);
  const files = {};
  for (const f of readdirSync(dir).sort()) {
    const m = /^(.+)\.(txt|json)$/.exec(f);
    if (!m) continue;
    const raw = readFileSync(join(dir, f), 'utf8');
    files[m[1]] = m[2] === 'json' ? JSON.parse(raw) : raw;
  }
  return JSON.stringify({ code, files });
}

const PACK_LIMIT_GZIP = 40 * 1024;

function buildPacks(dir) {
  mkdirSync(dir, { recursive: true });
  const langDir = join(root, 'src', 'core', 'lang');
  for (const code of readdirSync(langDir)) {
    if (code === 'en' || !existsSync(join(langDir, code, 'index.ts'))) continue;
    const json = packJson(code);
    const gz = gzipSync(json).length;
    if (gz > PACK_LIMIT_GZIP) console.warn(`build: the ${code} pack is ${(gz / 1024).toFixed(1)} KB gzipped, over the 40 KB limit`);
    writeFileSync(join(dir, `${code}.json`), json);
  }
}

/** Icons at every size the manifest uses, rendered from the one SVG source. */
async function buildIcons(dir) {
  mkdirSync(dir, { recursive: true });
  const svg = readFileSync(join(root, 'icons', 'icon.svg'));
  const { Resvg } = await import('@resvg/resvg-js');
  for (const size of [16, 32, 48, 128]) {
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
    writeFileSync(join(dir, `icon-${size}.png`), png);
  }
}

async function buildCli() {
  const file = join(out, 'cli', 'lede.cjs');
  await build({
    ...common,
    entryPoints: [join(root, 'src', 'cli', 'lede.ts')],
    outfile: file,
    platform: 'node',
    format: 'cjs',
    target: ['node20'],
    external: ['jsdom'],
    banner: { js: '#!/usr/bin/env node' },
  });
  chmodSync(file, 0o755);
}

const t0 = Date.now();
// A language is a data folder: the files that list the packs are written from the folders first.
for (const f of writeIndexes()) console.log(`build: wrote ${f.slice(root.length + 1)} (a language pack folder changed)`);
await Promise.all([buildExtension(), buildCli()]);
console.log(`built build/chrome, build/firefox and build/cli in ${Date.now() - t0} ms`);
