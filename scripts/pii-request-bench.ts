/**
 * `npx tsx scripts/pii-request-bench.ts [--against DIR] [--seconds N]` — the redaction cost of one
 * proxied request, in process: `redactRequestBody(body, openaiAdapter, engine, createVault())` on
 * the bench's OpenAI chat body (system message + a `crmPrompt(2048)` user message, ~40 personal
 * values), every built-in entity, pseudonymized. Also the 66 KB mixed text of `npm run bench:pii`
 * through `redactText`. After 3 s of warm-up, per build:
 * - CPU µs per call (process user + system time), median of alternating 200 ms windows;
 * - bytes allocated per call: heap growth over batches of 10 calls, median (a batch with a GC in it
 *   shrinks the heap and is dropped); GCs and GC ms per 1000 calls (PerformanceObserver).
 *
 * `--against DIR` measures the same modules from another checkout too, alternating windows in the
 * same process so both see the same machine load. Make one with
 *   mkdir -p /tmp/base && git archive HEAD src scripts test | tar -x -C /tmp/base && ln -s "$PWD/node_modules" /tmp/base/
 * Both builds get the same input (built from this checkout's scripts).
 */
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

const { values: args } = parseArgs({ options: { against: { type: 'string' }, seconds: { type: 'string', default: '20' } } });
const here = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const prompt = crmPrompt(2048);
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

const builds: Build[] = [await loadBuild('this tree', here)];
if (args.against) builds.push(await loadBuild(path.basename(args.against), path.resolve(args.against)));

// Same output from every build, or the comparison means nothing.
const outputOf = (b: Build): string => `${b.request()}:${b.text66k()}`;
const outputs = new Set(builds.map(outputOf));
if (outputs.size !== 1) console.warn(`warning: builds differ in output size: ${[...outputs].join(' vs ')}`);

const cpuUs = (): number => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
let sink = 0;

/** GC events by time, attributed to the window they fall in. */
const gcs: { at: number; ms: number }[] = [];
const observer = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcs.push({ at: e.startTime, ms: e.duration });
});
observer.observe({ entryTypes: ['gc'] });

interface Window { build: number; kind: 'request' | 'text66k'; from: number; to: number; calls: number; cpu: number }
const windows: Window[] = [];
const allocs = new Map<string, number[]>();

function runWindow(b: number, kind: Window['kind'], ms: number): void {
  const run = builds[b]![kind];
  const c0 = cpuUs();
  const from = performance.now();
  let calls = 0;
  while (performance.now() - from < ms) {
    sink += run();
    calls++;
  }
  windows.push({ build: b, kind, from, to: performance.now(), calls, cpu: cpuUs() - c0 });
}

function sampleAlloc(b: number, kind: Window['kind'], batch: number): void {
  const run = builds[b]![kind];
  const h0 = process.memoryUsage().heapUsed;
  for (let i = 0; i < batch; i++) sink += run();
  const grew = process.memoryUsage().heapUsed - h0;
  const key = `${b}:${kind}`;
  if (grew > 0) (allocs.get(key) ?? allocs.set(key, []).get(key)!).push(grew / batch);
}

const warmUntil = performance.now() + 3000;
while (performance.now() < warmUntil) for (const b of builds) { b.request(); b.text66k(); }

const load0 = loadavg()[0]!;
const seconds = Number(args.seconds);
const end = performance.now() + seconds * 1000;
while (performance.now() < end) {
  for (let b = 0; b < builds.length; b++) {
    runWindow(b, 'request', 200);
    for (let k = 0; k < 5; k++) sampleAlloc(b, 'request', 10);
    runWindow(b, 'text66k', 200);
    sampleAlloc(b, 'text66k', 2);
  }
}
await new Promise((resolve) => setTimeout(resolve, 50)); // let the last GC entries arrive
observer.disconnect();

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;
const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(`node ${process.version}; load average ${load0.toFixed(2)} → ${loadavg()[0]!.toFixed(2)}; ${seconds} s of alternating 200 ms windows after 3 s warm-up`);
for (const kind of ['request', 'text66k'] as const) {
  console.log(kind === 'request' ? 'redactRequestBody, OpenAI chat with crmPrompt(2048):' : 'redactText, 66 KB mixed text (bench:pii input):');
  for (let b = 0; b < builds.length; b++) {
    const ws = windows.filter((w) => w.build === b && w.kind === kind);
    const perCall = ws.map((w) => w.cpu / w.calls);
    const calls = ws.reduce((s, w) => s + w.calls, 0);
    const inWindows = gcs.filter((g) => ws.some((w) => g.at >= w.from && g.at < w.to));
    const gcMs = inWindows.reduce((s, g) => s + g.ms, 0);
    const cpu = kind === 'request' ? `${median(perCall).toFixed(1)} µs (best ${Math.min(...perCall).toFixed(1)})` : `${(median(perCall) / 1000).toFixed(2)} ms (best ${(Math.min(...perCall) / 1000).toFixed(2)})`;
    console.log(`  ${builds[b]!.name.padEnd(12)} CPU/call ${cpu}; alloc/call ${kib(median(allocs.get(`${b}:${kind}`) ?? []))}; ` +
      `GCs per 1000 calls ${((inWindows.length / calls) * 1000).toFixed(1)} (${((gcMs / calls) * 1000).toFixed(0)} ms)`);
  }
}
if (sink === 0) console.log('(sink)');
