// Loads engine modules straight from src/ for scripts (ablation, benchmarks): bundles the named
// exports with esbuild into a temporary ES module, imports it, and removes the file.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** exports: { name: 'src/path/to/module' } → the module namespace with those names. */
export async function loadSource(exports) {
  const tmp = mkdtempSync(join(tmpdir(), 'lede-src-'));
  try {
    const entry = join(tmp, 'entry.ts');
    writeFileSync(entry, Object.entries(exports).map(([name, path]) => `export { ${name} } from ${JSON.stringify(join(root, path))};`).join('\n'));
    const out = join(tmp, 'bundle.mjs');
    await build({ entryPoints: [entry], outfile: out, bundle: true, platform: 'node', format: 'esm', loader: { '.txt': 'text' }, logLevel: 'warning' });
    return await import(pathToFileURL(out).href);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
