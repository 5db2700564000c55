/**
 * `npx tsx scripts/pii-components.ts` — where the PII engine's time goes, on the same 66 KB of
 * mixed CRM text as `npm run bench:pii`: each recognizer as it runs inside detect (in sequence,
 * sharing one TextIndex), overlap resolution, detect, vault apply, detect+redact, and the 4 KB
 * prompt's latency. Wall clock, minimum over many runs (the least noisy estimator on a shared
 * machine); compare before/after in the same conditions.
 */
import { loadavg } from 'node:os';
import { RECOGNIZERS } from '../src/core/redact/detectors/index.ts';
import { TextIndex } from '../src/core/redact/digit-runs.ts';
import { createDetector, DEFAULT_DETECTOR_OPTIONS } from '../src/core/redact/engine.ts';
import { resolveOverlaps } from '../src/core/redact/overlaps.ts';
import { Candidates } from '../src/core/redact/candidates.ts';
import { createVault } from '../src/core/redact/vault.ts';
import { mixedCrmText } from './pii-bench-text.ts';

const mixed = mixedCrmText(64 * 1024);
const prompt4k = mixedCrmText(4 * 1024);
const detect = createDetector(DEFAULT_DETECTOR_OPTIONS);
const pseudo = () => 'pseudonymize' as const;
const best = new Map<string, number>();
const note = (name: string, ms: number): void => void best.set(name, Math.min(best.get(name) ?? Infinity, ms));

const findings = detect(mixed);
// One set of candidate buffers, as a detector keeps: the recognizers' times do not include its growth.
const candidates = new Candidates();
for (let round = 0; round < 400; round++) {
  candidates.clear();
  const index = new TextIndex(mixed);
  for (const [name, r] of Object.entries(RECOGNIZERS)) {
    const t = performance.now();
    r.scan(mixed, candidates, index);
    note(name, performance.now() - t);
  }
  let t = performance.now();
  resolveOverlaps(candidates);
  note('overlaps', performance.now() - t);
  t = performance.now();
  detect(mixed);
  note('detect', performance.now() - t);
  t = performance.now();
  createVault().apply(mixed, findings, pseudo);
  note('vault apply', performance.now() - t);
  t = performance.now();
  createVault().apply(mixed, detect(mixed), pseudo);
  note('detect+redact', performance.now() - t);
}
console.log(`load average ${loadavg()[0]!.toFixed(1)}; ms per ${(mixed.length / 1000).toFixed(0)}k chars, minimum of 400 runs`);
for (const [name, ms] of best) console.log(`${name.padEnd(14)} ${ms.toFixed(3)}`);
const lat: number[] = [];
for (let i = 0; i < 5000; i++) {
  const t = performance.now();
  createVault().apply(prompt4k, detect(prompt4k), pseudo);
  lat.push(performance.now() - t);
}
lat.sort((a, b) => a - b);
console.log(`4 KB prompt (wall): p50 ${(lat[2500]! * 1000).toFixed(0)} µs, p99 ${(lat[4950]! * 1000).toFixed(0)} µs`);
