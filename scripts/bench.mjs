#!/usr/bin/env node
// Benchmarks: a script, not a test. Runs every scripts/bench/*.mjs in turn (each prints its own
// table) and names the machine it ran on. usage: node scripts/bench.mjs [name ...]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'bench');
const wanted = process.argv.slice(2);
const cpu = cpus();
console.log(`machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`);
const scripts = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort() : [];
let failed = 0;
for (const f of scripts) {
  const name = f.replace(/\.mjs$/, '');
  if (wanted.length && !wanted.includes(name)) continue;
  console.log(`\n## ${name}\n`);
  const r = spawnSync(process.execPath, [join(dir, f)], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.log(`(bench ${name} exited with ${r.status})`);
  }
}
process.exit(failed ? 1 : 0);
