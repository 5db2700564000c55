/**
 * `tsx scripts/cpuprofile-top.ts FILE.cpuprofile [N]`: the top N functions by self time in a V8
 * CPU profile (node --cpu-prof), with their share of all samples, and the same grouped by file.
 */
import { readFileSync } from 'node:fs';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }
const [file, n = '25'] = process.argv.slice(2);
if (!file) throw new Error('usage: cpuprofile-top FILE.cpuprofile [N]');
const prof = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
const self = new Map<number, number>();
prof.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
const total = [...self.values()].reduce((a, b) => a + b, 0);
const byFn = new Map<string, number>();
const byFile = new Map<string, number>();
const short = (url: string) => url.replace(/^file:\/\/.*?\/(node_modules|src|mock|scripts)\//, '$1/').replace(/^node:/, 'node:') || '(native)';
for (const node of prof.nodes) {
  const t = self.get(node.id) ?? 0;
  if (!t) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  const key = `${functionName || '(anonymous)'}  ${short(url)}${url ? `:${lineNumber + 1}` : ''}`;
  byFn.set(key, (byFn.get(key) ?? 0) + t);
  const f = short(url).replace(/^(node_modules\/(@[^/]+\/)?[^/]+).*/, '$1');
  byFile.set(f, (byFile.get(f) ?? 0) + t);
}
const pct = (t: number) => `${((100 * t) / total).toFixed(1).padStart(5)}%`;
console.log(`total sampled ${(total / 1000).toFixed(0)} ms\n\nself time by function:`);
for (const [k, t] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, Number(n))) console.log(`${pct(t)} ${(t / 1000).toFixed(0).padStart(7)} ms  ${k}`);
console.log('\nself time by file or package:');
for (const [k, t] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${pct(t)} ${(t / 1000).toFixed(0).padStart(7)} ms  ${k}`);
