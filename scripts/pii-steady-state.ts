/**
 * `npx tsx scripts/pii-steady-state.ts` — Pledge vs redact-pii after the JIT has warmed up: the
 * same 66 KB as `npm run bench:pii`, 5 s of warm-up, then ten alternating 0.5 s windows of each in
 * one process, CPU time per operation. bench:pii's 2.3 s window includes the warm-up of Pledge's
 * larger code (and the compiler threads' CPU); this shows the rate a long-running process reaches.
 */
import { loadavg } from 'node:os';
import { SyncRedactor } from 'redact-pii';
import { createDetector, DEFAULT_DETECTOR_OPTIONS } from '../src/core/redact/engine.ts';
import { createVault } from '../src/core/redact/vault.ts';
import { redactText } from '../src/core/redact/redact-text.ts';
import { generateCorpus } from '../test/pii-corpus/generate.ts';

const corpus = generateCorpus(40).map((r) => r.text);
let mixed = '';
for (let i = 0; Buffer.byteLength(mixed) < 64 * 1024; i++) mixed += corpus[i % corpus.length] + '\n';
const detect = createDetector(DEFAULT_DETECTOR_OPTIONS);
const redactPii = new SyncRedactor();
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const tasks: [string, () => void][] = [
  ['pledge', () => void redactText(mixed, detect, createVault(), () => 'pseudonymize')],
  ['redact-pii', () => void redactPii.redact(mixed)],
];
const load = loadavg()[0]!;
const warm = performance.now();
while (performance.now() - warm < 5000) for (const [, run] of tasks) run();
const perOp = new Map<string, number[]>(tasks.map(([name]) => [name, []]));
for (let round = 0; round < 10; round++) {
  for (const [name, run] of tasks) {
    const c0 = cpu();
    const t0 = performance.now();
    let n = 0;
    while (performance.now() - t0 < 500) {
      run();
      n++;
    }
    perOp.get(name)!.push((cpu() - c0) / n);
  }
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const mb = Buffer.byteLength(mixed) / 1e6;
console.log(`load average ${load.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}; CPU ms per op, median (best) of 10 windows`);
for (const [name, xs] of perOp) console.log(`${name.padEnd(11)} ${median(xs).toFixed(2)} (${Math.min(...xs).toFixed(2)}) ms = ${(mb / median(xs) * 1000).toFixed(1)} MB/s`);
console.log(`pledge is ${(median(perOp.get('redact-pii')!) / median(perOp.get('pledge')!)).toFixed(1)}× redact-pii at steady state`);
