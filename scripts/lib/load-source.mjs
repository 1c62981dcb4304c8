// Loads engine modules straight from src/ for scripts (ablation, benchmarks): bundles the named
// exports with esbuild into a temporary ES module, imports it, and removes the file.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Node's CommonJS `__dirname` in a TypeScript file (tests/browser/harness.ts finds the repository
 * through it), which an ES module bundle does not have: each file gets its own folder.
 */
const dirnameShim = {
  name: 'dirname-shim',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const source = await readFile(args.path, 'utf8');
      if (!/\b__dirname\b/.test(source)) return undefined;
      return { contents: `const __dirname = ${JSON.stringify(dirname(args.path))};\n${source}`, loader: 'ts' };
    });
  },
};

/**
 * exports: { name: 'src/path/to/module' } → the module namespace with those names.
 * With `{ packages: 'external' }` the npm packages are imported from node_modules, not bundled
 * (for modules that drive a browser through puppeteer-core), and `__dirname` works in .ts files.
 */
export async function loadSource(exports, { packages = 'bundle' } = {}) {
  const external = packages === 'external';
  // An external package resolves from the bundle's folder: keep it inside the repository then.
  const base = external ? join(root, 'build') : tmpdir();
  mkdirSync(base, { recursive: true });
  const tmp = mkdtempSync(join(base, 'lede-src-'));
  try {
    const entry = join(tmp, 'entry.ts');
    writeFileSync(entry, Object.entries(exports).map(([name, path]) => `export { ${name} } from ${JSON.stringify(join(root, path))};`).join('\n'));
    const out = join(tmp, 'bundle.mjs');
    await build({
      entryPoints: [entry],
      outfile: out,
      bundle: true,
      platform: 'node',
      format: 'esm',
      loader: { '.txt': 'text' },
      logLevel: 'warning',
      ...(external ? { packages: 'external', plugins: [dirnameShim] } : {}),
    });
    return await import(pathToFileURL(out).href);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
