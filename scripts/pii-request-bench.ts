/**
 * `npx tsx scripts/pii-request-bench.ts [--against DIR] [--isolated ROUNDS] [--seconds N]` — the
 * redaction cost of one proxied request: `redactRequestBody(body, openaiAdapter, engine,
 * createVault())` on the bench's OpenAI chat body (system message + a `crmPrompt(2048)` user
 * message, ~40 personal values, passed through JSON as the proxy parses it), every built-in
 * entity, pseudonymized. Also the 66 KB mixed text of `npm run bench:pii` through `redactText`.
 *
 * `--against DIR` measures the same modules from another checkout too. Make one with
 *   mkdir -p /tmp/base && git archive HEAD src scripts test package.json | tar -x -C /tmp/base && ln -s "$PWD/node_modules" /tmp/base/
 * Both builds get the same input (built from this checkout's scripts).
 *
 * Default, in process (N = 20 s): both builds in one process after 3 s of warm-up, alternating
 * 50 ms (request) and 100 ms (66 KB) windows in A B / B A rounds: CPU µs per call (process user +
 * system time) as the mean over all windows, the median and 10th percentile of windows, and the
 * median ratio between the builds within a round (robust to load changes on a shared machine; an
 * A/A run reads 1.01); bytes allocated per call (heap growth over batches of 10 calls, median; a
 * batch with a GC in it shrinks the heap and is dropped). One heap is shared, so this is blind to
 * a build's GC cost: the other build's garbage is collected in its windows too. (Only two builds:
 * a third copy of the engine in one process ran ~3× slower here, whichever it was.)
 *
 * `--isolated ROUNDS`: each build alone in a fresh process per round, alternating (N = 4 s per
 * measure after 3 s of warm-up): CPU per call with its own GC, GC pause time per call
 * (PerformanceObserver), allocation per call; medians over the rounds and the per-round ratio.
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import path from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { crmPrompt } from './bench-prompts.ts';
import { mixedCrmText } from './pii-bench-text.ts';

type RedactRequestModule = typeof import('../src/core/pipeline/redact-request.ts');
type OpenAIModule = typeof import('../src/core/providers/openai/index.ts');
type EngineModule = typeof import('../src/core/redact/engine.ts');
type VaultModule = typeof import('../src/core/redact/vault.ts');
type RedactTextModule = typeof import('../src/core/redact/redact-text.ts');

interface Build {
  name: string;
  /** One proxied request's redaction; returns something derived from the output so it is not optimized away. */
  request: () => number;
  /** The 66 KB bench:pii text through redactText. */
  text66k: () => number;
}

const { values: args } = parseArgs({
  options: { against: { type: 'string' }, seconds: { type: 'string' }, isolated: { type: 'string' }, child: { type: 'string' } },
});
const here = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
// Through JSON, as the proxy gets it: a flat string (crmPrompt's slice is a sliced string, slower to read).
const prompt = JSON.parse(JSON.stringify(crmPrompt(2048))) as string;
const mixed = mixedCrmText(64 * 1024);
const pseudo = () => 'pseudonymize' as const;

async function loadBuild(name: string, root: string): Promise<Build> {
  const load = <T>(rel: string): Promise<T> => import(pathToFileURL(path.join(root, rel)).href) as Promise<T>;
  const { redactRequestBody } = await load<RedactRequestModule>('src/core/pipeline/redact-request.ts');
  const { openaiAdapter } = await load<OpenAIModule>('src/core/providers/openai/index.ts');
  const { createDetector, DEFAULT_DETECTOR_OPTIONS } = await load<EngineModule>('src/core/redact/engine.ts');
  const { createVault } = await load<VaultModule>('src/core/redact/vault.ts');
  const { redactText } = await load<RedactTextModule>('src/core/redact/redact-text.ts');
  const engine = { detect: createDetector(DEFAULT_DETECTOR_OPTIONS), modeOf: pseudo };
  return {
    name,
    request() {
      // walkStrings rewrites the body in place: a fresh one per call, as the proxy parses one per request.
      const body = { model: 'gpt-4o-mini', messages: [{ role: 'system', content: 'You are a CRM assistant.' }, { role: 'user', content: prompt }] };
      const vault = createVault();
      redactRequestBody(body, openaiAdapter, engine, vault);
      return vault.size + body.messages[1]!.content.length;
    },
    text66k: () => redactText(mixed, engine.detect, createVault(), pseudo).length,
  };
}

const cpuUs = (): number => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
let sink = 0;
const sorted = (xs: readonly number[]): number[] => [...xs].sort((a, b) => a - b);
const quantile = (xs: readonly number[], q: number): number => sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * q))] ?? NaN;
const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
type Kind = 'request' | 'text66k';

/** Both builds in this process, alternating short windows: sensitive to CPU, blind to GC differences (one shared heap). */
async function inProcess(): Promise<void> {
  const builds: Build[] = [await loadBuild('this tree', here)];
  if (args.against) builds.push(await loadBuild(path.basename(args.against), path.resolve(args.against)));

  // Same output from every build, or the comparison means nothing.
  const outputOf = (b: Build): string => `${b.request()}:${b.text66k()}`;
  const outputs = new Set(builds.map(outputOf));
  if (outputs.size !== 1) console.warn(`warning: builds differ in output size: ${[...outputs].join(' vs ')}`);


  /** GC pauses of the whole run: allocation by one build triggers collections in the other's windows, so not split. */
  let gcCount = 0;
  let gcMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      gcCount++;
      gcMs += e.duration;
    }
  });
  observer.observe({ entryTypes: ['gc'] });

  const WINDOW_MS: Record<Kind, number> = { request: 50, text66k: 100 };
  /** CPU µs per call, per kind, per build, one entry per round (rounds pair the builds in time). */
  const perCall: Record<Kind, number[][]> = { request: builds.map(() => []), text66k: builds.map(() => []) };
  /** Total CPU µs and calls, per kind, per build: the mean includes the GC pauses that land in the windows. */
  const totals: Record<Kind, { cpu: number; calls: number }[]> = { request: builds.map(() => ({ cpu: 0, calls: 0 })), text66k: builds.map(() => ({ cpu: 0, calls: 0 })) };
  const allocs: Record<Kind, number[][]> = { request: builds.map(() => []), text66k: builds.map(() => []) };

  function runWindow(b: number, kind: Kind): void {
    const run = builds[b]![kind];
    const c0 = cpuUs();
    const from = performance.now();
    let calls = 0;
    while (performance.now() - from < WINDOW_MS[kind]) {
      sink += run();
      calls++;
    }
    const cpu = cpuUs() - c0;
    perCall[kind][b]!.push(cpu / calls);
    totals[kind][b]!.cpu += cpu;
    totals[kind][b]!.calls += calls;
  }

  function sampleAlloc(b: number, kind: Kind, batch: number): void {
    const run = builds[b]![kind];
    const h0 = process.memoryUsage().heapUsed;
    for (let i = 0; i < batch; i++) sink += run();
    const grew = process.memoryUsage().heapUsed - h0;
    if (grew > 0) allocs[kind][b]!.push(grew / batch);
  }

  const warmUntil = performance.now() + 3000;
  while (performance.now() < warmUntil) for (const b of builds) { b.request(); b.text66k(); }

  const load0 = loadavg()[0]!;
  const cpu0 = cpuUs();
  const seconds = Number(args.seconds ?? 20);
  const end = performance.now() + seconds * 1000;
  for (let round = 0; performance.now() < end; round++) {
    // A B, then B A: neither build always runs right after the other's garbage.
    const order = round % 2 === 0 ? builds.map((_, b) => b) : builds.map((_, b) => builds.length - 1 - b);
    for (const kind of ['request', 'text66k'] as const) for (const b of order) runWindow(b, kind);
    for (const b of order) {
      sampleAlloc(b, 'request', 10);
      sampleAlloc(b, 'text66k', 2);
    }
  }
  const cpuRun = cpuUs() - cpu0;
  await new Promise((resolve) => setTimeout(resolve, 50)); // let the last GC entries arrive
  observer.disconnect();

  console.log(`node ${process.version}; load average ${load0.toFixed(2)} → ${loadavg()[0]!.toFixed(2)}; ${seconds} s of alternating windows (${WINDOW_MS.request} / ${WINDOW_MS.text66k} ms) after 3 s warm-up`);
  for (const kind of ['request', 'text66k'] as const) {
    console.log(kind === 'request' ? 'redactRequestBody, OpenAI chat with crmPrompt(2048):' : 'redactText, 66 KB mixed text (bench:pii input):');
    const unit = kind === 'request' ? (us: number) => `${us.toFixed(1)} µs` : (us: number) => `${(us / 1000).toFixed(3)} ms`;
    for (let b = 0; b < builds.length; b++) {
      const xs = perCall[kind][b]!;
      const t = totals[kind][b]!;
      console.log(`  ${builds[b]!.name.padEnd(12)} CPU/call mean ${unit(t.cpu / t.calls)}, median ${unit(quantile(xs, 0.5))}, p10 ${unit(quantile(xs, 0.1))} (${xs.length} windows); alloc/call ${kib(quantile(allocs[kind][b]!, 0.5))}`);
    }
    if (builds.length === 2) {
      // Ratio within each round: both builds saw about the same machine load.
      const ratios = perCall[kind][0]!.map((x, r) => x / perCall[kind][1]![r]!);
      console.log(`  ${builds[0]!.name} ÷ ${builds[1]!.name}, per round: median ${quantile(ratios, 0.5).toFixed(3)} (p25 ${quantile(ratios, 0.25).toFixed(3)}, p75 ${quantile(ratios, 0.75).toFixed(3)})`);
    }
  }
  console.log(`GC: ${gcCount} pauses, ${gcMs.toFixed(0)} ms = ${((gcMs * 1000 / cpuRun) * 100).toFixed(1)} % of the run's CPU time (all builds)`);
}

interface ChildResult { cpu: number; gc: number; alloc: number }

/** One build alone in this process: CPU per call (GC included), GC pause per call, bytes allocated per call. */
async function child(root: string, seconds: number): Promise<void> {
  const build = await loadBuild(path.basename(root), root);
  const warmUntil = performance.now() + 3000;
  while (performance.now() < warmUntil) { build.request(); build.text66k(); }
  const result: Record<string, ChildResult> = {};
  for (const kind of ['request', 'text66k'] as const) {
    const run = build[kind];
    const allocs: number[] = [];
    for (let k = 0; k < 20; k++) {
      const h0 = process.memoryUsage().heapUsed;
      for (let i = 0; i < 5; i++) sink += run();
      const grew = process.memoryUsage().heapUsed - h0;
      if (grew > 0) allocs.push(grew / 5);
    }
    let gcMs = 0;
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) gcMs += e.duration;
    });
    observer.observe({ entryTypes: ['gc'] });
    const c0 = cpuUs();
    const from = performance.now();
    let calls = 0;
    while (performance.now() - from < seconds * 1000) {
      sink += run();
      calls++;
    }
    const cpu = cpuUs() - c0;
    await new Promise((resolve) => setTimeout(resolve, 20)); // let the GC entries arrive
    observer.disconnect();
    result[kind] = { cpu: cpu / calls, gc: (gcMs * 1000) / calls, alloc: quantile(allocs, 0.5) };
  }
  console.log(JSON.stringify(result));
}

/** Each build in its own fresh processes, alternating, so each pays for its own garbage. */
function isolated(rounds: number, seconds: number): void {
  const roots = [here, ...(args.against ? [path.resolve(args.against)] : [])];
  const names = ['this tree', ...(args.against ? [path.basename(args.against)] : [])];
  const results: Record<Kind, ChildResult>[][] = roots.map(() => []);
  const load0 = loadavg()[0]!;
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? roots.map((_, b) => b) : roots.map((_, b) => roots.length - 1 - b);
    for (const b of order) {
      const out = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', roots[b]!, '--seconds', String(seconds)], { encoding: 'utf8' });
      if (out.status !== 0) throw new Error(`child failed: ${out.stderr}`);
      results[b]!.push(JSON.parse(out.stdout.trim().split('\n').pop()!) as Record<Kind, ChildResult>);
    }
  }
  console.log(`node ${process.version}; load average ${load0.toFixed(2)} → ${loadavg()[0]!.toFixed(2)}; ${rounds} fresh processes per build, alternating, each 3 s warm-up + ${seconds} s per measure`);
  for (const kind of ['request', 'text66k'] as const) {
    console.log(kind === 'request' ? 'redactRequestBody, OpenAI chat with crmPrompt(2048):' : 'redactText, 66 KB mixed text (bench:pii input):');
    const unit = kind === 'request' ? (us: number) => `${us.toFixed(1)} µs` : (us: number) => `${(us / 1000).toFixed(3)} ms`;
    roots.forEach((_, b) => {
      const rs = results[b]!.map((r) => r[kind]);
      console.log(`  ${names[b]!.padEnd(12)} CPU/call median ${unit(quantile(rs.map((r) => r.cpu), 0.5))} (all: ${rs.map((r) => unit(r.cpu)).join(', ')}); GC pauses/call ${unit(quantile(rs.map((r) => r.gc), 0.5))}; alloc/call ${kib(quantile(rs.map((r) => r.alloc), 0.5))}`);
    });
    if (roots.length === 2) {
      const ratios = results[0]!.map((r, i) => r[kind].cpu / results[1]![i]![kind].cpu);
      console.log(`  ${names[0]} ÷ ${names[1]}, per round: median ${quantile(ratios, 0.5).toFixed(3)} (${ratios.map((x) => x.toFixed(2)).join(', ')})`);
    }
  }
}

if (args.child) await child(args.child, Number(args.seconds ?? 4));
else if (args.isolated) isolated(Number(args.isolated), Number(args.seconds ?? 4));
else await inProcess();
if (sink === 0 && !args.isolated) console.log('(sink)');
