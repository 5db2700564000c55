/**
 * `npx tsx scripts/pii-cold-ab.ts --against DIR [--pairs N]`: the engine's cold start, this checkout
 * (B) against another (A, DIR), as `npm run bench:pii` measures it (the engine bundled with esbuild
 * as a Worker would ship it, imported in a fresh Node process, plus the first call on the 4 KB
 * prompt), in N pairs of fresh processes (default 20) whose order flips every pair: on a shared host
 * a fixed order puts the same tree on the same side of every load swing. Prints each tree's medians
 * of wall time (import, first call, both) and of CPU time over all its threads (compile and GC
 * helpers), and how many processes were within the 50 ms target.
 *
 * Make the other checkout with
 *   mkdir -p /tmp/base && git archive HEAD | tar -x -C /tmp/base && ln -s "$PWD/node_modules" /tmp/base/
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { mixedCrmText } from './pii-bench-text.ts';

const { values: args } = parseArgs({ options: { against: { type: 'string' }, pairs: { type: 'string' } } });
if (args.against === undefined) throw new Error('usage: pii-cold-ab.ts --against DIR [--pairs N]');
const here = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const pairs = Number(args.pairs ?? 20);
const dir = mkdtempSync(path.join(tmpdir(), 'pledge-cold-ab-'));

async function bundle(root: string, name: string): Promise<string> {
  const outfile = path.join(dir, `${name}.mjs`);
  await build({ entryPoints: [path.join(root, 'src/core/redact/engine.ts')], bundle: true, format: 'esm', platform: 'neutral', minify: true, outfile, logLevel: 'silent' });
  return outfile;
}

const promptFile = path.join(dir, 'prompt.json');
writeFileSync(promptFile, JSON.stringify(mixedCrmText(4 * 1024)));
const probe = path.join(dir, 'probe.mjs');
writeFileSync(probe, `
import { readFileSync } from 'node:fs';
const prompt = JSON.parse(readFileSync(${JSON.stringify(promptFile)}, 'utf8'));
const c0 = process.cpuUsage(); const t0 = performance.now();
const { createDetector, DEFAULT_DETECTOR_OPTIONS } = await import(process.argv[2]);
const c1 = process.cpuUsage(); const t1 = performance.now();
const n = createDetector(DEFAULT_DETECTOR_OPTIONS)(prompt).length;
const c2 = process.cpuUsage(); const t2 = performance.now();
const cpu = (a, b) => (b.user - a.user + b.system - a.system) / 1000;
console.log(JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1, importCpu: cpu(c0, c1), firstCpu: cpu(c1, c2), n }));
`);

interface Run { importMs: number; firstMs: number; importCpu: number; firstCpu: number; n: number }
const trees = { A: await bundle(path.resolve(args.against), 'a'), B: await bundle(here, 'b') };
const runs: Record<'A' | 'B', Run[]> = { A: [], B: [] };
const once = (tree: 'A' | 'B'): void => {
  const out = spawnSync(process.execPath, [probe, trees[tree]], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`probe failed: ${out.stderr}`);
  runs[tree].push(JSON.parse(out.stdout) as Run);
};
for (let i = 0; i < pairs; i++) {
  for (const tree of i % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const)) once(tree);
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const ms = (x: number): string => x.toFixed(1);
console.log(`node ${process.version}; ${pairs} pairs, order flipped each pair; load average ${(await import('node:os')).loadavg()[0]!.toFixed(2)}`);
for (const tree of ['A', 'B'] as const) {
  const r = runs[tree];
  const total = r.map((x) => x.importMs + x.firstMs);
  console.log(`${tree === 'A' ? `A ${args.against}` : 'B this checkout'}: wall import ${ms(median(r.map((x) => x.importMs)))} + first call ${ms(median(r.map((x) => x.firstMs)))}, both ${ms(median(total))} ms (min ${ms(Math.min(...total))}, ${total.filter((t) => t <= 50).length}/${r.length} within 50 ms); CPU ${ms(median(r.map((x) => x.importCpu + x.firstCpu)))} ms; ${r[0]!.n} findings`);
}
