/**
 * `npx node scripts/pii-cold-call.ts [--against DIR] [--rounds N] [--calls N] [--root DIR]
 * [--steps | --sizes | --causes | --ab DIR [--ab-first]] [--prompt crm|chat|hindi]`
 * (Node's type stripping, closer to the server's esbuild bundle; under `npx tsx` every named closure made per call is also a `__name` defineProperty) — the
 * redaction of one proxied request when the engine is *cold*, as on the latency path at
 * concurrency 1, beside the same call in a warm loop.
 *
 * The call is the proxy's: `redactRequestBody(body, openaiAdapter, engineFor(policy), createVault())`
 * with the engine from `createEngineCache()` over `scripts/bench-policy.yaml` (as `deps.engineFor`
 * builds it), on the latency bench's OpenAI chat body (system message + `crmPrompt(2048)`), the
 * body parsed from its JSON text before the clock starts, as the proxy parses it. Only the
 * `redactRequestBody` call is timed (performance.now around it).
 *
 * Modes, interleaved in blocks so load drift falls on all of them alike:
 * - `warm`: calls back to back (after 2 s of warm-up): the throughput figure.
 * - `sleep`: 2–5 ms of idle (`setTimeout`) before each call, nothing else.
 * - `churn`: other work before each call, no idle: a few MB of fresh objects and strings
 *   allocated and read, a ~60 KB JSON body parsed and stringified, a few regexes over unrelated
 *   text (what a proxy's other work does to the caches, the branch predictors and the heap).
 * - `cold`: churn, then 2–5 ms of idle: the latency bench's case.
 *
 * `--against DIR` runs this tree and DIR (another checkout, e.g. `git worktree add /tmp/base HEAD`
 * with `node_modules` linked) in fresh processes, alternating, `--rounds` each (default 4), and
 * prints each mode's p50/p99 per tree with the per-round ratio of p50s. Without it, this tree
 * alone in this process. `--steps` and `--sizes` (below) split the cold excess by step and by
 * prompt size; `--root DIR` measures another checkout in this process. `--ab DIR [--ab-first]`
 * times the steps of this tree and DIR alternating in one process (below). `--prompt chat|hindi`
 * (with `--steps` or `--ab`) puts a line of chat (’-words, possessives) or Hindi before the prompt.
 */
import { spawnSync } from 'node:child_process';
import { fstatSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { crmPrompt } from './bench-prompts.ts';

type RedactRequestModule = typeof import('../src/core/pipeline/redact-request.ts');
type OpenAIModule = typeof import('../src/core/providers/openai/index.ts');
type PolicyEngineModule = typeof import('../src/core/redact/policy-engine.ts');
type VaultModule = typeof import('../src/core/redact/vault.ts');
type RegistryModule = typeof import('../src/core/policy/registry.ts');

const { values: args } = parseArgs({
  options: {
    against: { type: 'string' },
    rounds: { type: 'string' },
    calls: { type: 'string' },
    root: { type: 'string' },
    json: { type: 'boolean' },
    steps: { type: 'boolean' },
    sizes: { type: 'boolean' },
    causes: { type: 'boolean' },
    ab: { type: 'string' },
    'ab-first': { type: 'boolean' },
    prompt: { type: 'string' },
  },
});
const here = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const MODES = ['warm', 'sleep', 'churn', 'cold'] as const;
type Mode = (typeof MODES)[number];
type Result = Record<Mode, number[]>;

const requestJson = JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'system', content: 'You are a CRM assistant.' }, { role: 'user', content: crmPrompt(2048) }] });
const policyText = readFileSync(path.join(here, 'scripts', 'bench-policy.yaml'), 'utf8');

const sorted = (xs: readonly number[]): number[] => [...xs].sort((a, b) => a - b);
const quantile = (xs: readonly number[], q: number): number => sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * q))] ?? NaN;
let sink = 0;

// ---- the other work between requests ----------------------------------------------------------
let seed = 12345;
const rand = (): number => {
  seed = (seed * 1103515245 + 12345) >>> 0;
  return seed / 2 ** 32;
};
const WORDS = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega'.split(' ');
/** A ~60 KB JSON document unlike the prompt (a provider's streamed answer, an audit batch). */
function otherJson(): string {
  const items = [];
  for (let i = 0; i < 400; i++) {
    items.push({ id: `evt_${i}_${Math.floor(rand() * 1e9)}`, index: i, delta: { content: Array.from({ length: 12 }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ') }, finish: i % 50 === 0 ? 'stop' : null, usage: { in: i * 3, out: i * 7 } });
  }
  return JSON.stringify({ object: 'chat.completion.chunk', created: 1732600000, model: 'gpt-4o-mini', items });
}
const otherText = Array.from({ length: 4000 }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');
let retained: unknown[] = [];

/** Evict what a proxy's other work evicts: allocate and read ~4 MB, parse and print ~60 KB of JSON, run unrelated regexes. */
function churn(): void {
  const objs: { a: number; b: string; c: number[] }[] = [];
  for (let i = 0; i < 25_000; i++) objs.push({ a: i, b: `k${i}:${rand()}`, c: [i, i + 1, i + 2] });
  let s = 0;
  for (const o of objs) s += o.b.length + o.c[1]!;
  const json = otherJson();
  const parsed = JSON.parse(json) as { items: { delta: { content: string } }[] };
  s += JSON.stringify(parsed).length + parsed.items.length;
  for (const re of [/\b(?:gamma|omega)\s+\w+/g, /[aeiou]{2,}/g, /\d+/g]) s += otherText.match(re)?.length ?? 0;
  s += new TextEncoder().encode(json).byteLength;
  // Keep some of it alive for a while, as in-flight requests and buffers would be.
  retained.push(objs.slice(0, 2000), parsed);
  if (retained.length > 8) retained = retained.slice(4);
  sink += s;
}
const idle = (): Promise<void> => sleep(2 + Math.floor(rand() * 4));

/** A module of checkout `root`, by its path there. */
const loadFrom = <T>(root: string, rel: string): Promise<T> => import(pathToFileURL(path.join(root, rel)).href) as Promise<T>;

/** The pipeline's redaction pieces from one checkout, with the bench policy loaded. */
async function loadTree(root: string) {
  const load = <T>(rel: string): Promise<T> => loadFrom<T>(root, rel);
  const { redactRequestBody } = await load<RedactRequestModule>('src/core/pipeline/redact-request.ts');
  const { openaiAdapter } = await load<OpenAIModule>('src/core/providers/openai/index.ts');
  const { createEngineCache } = await load<PolicyEngineModule>('src/core/redact/policy-engine.ts');
  const { createVault } = await load<VaultModule>('src/core/redact/vault.ts');
  const { loadPolicies } = await load<RegistryModule>('src/core/policy/registry.ts');
  const loaded = await loadPolicies([{ file: 'scripts/bench-policy.yaml', text: policyText }]);
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const policy = loaded.policies.get('bench')!;
  const engineFor = createEngineCache();
  /** One request: the body parsed before the clock, redactRequestBody timed alone (µs). */
  const timeRedaction = (json: string): number => {
    const body = JSON.parse(json) as Parameters<typeof redactRequestBody>[0];
    const vault = createVault();
    const t0 = performance.now();
    redactRequestBody(body, openaiAdapter, engineFor(policy), vault);
    const dt = performance.now() - t0;
    sink += vault.size;
    return dt * 1000;
  };
  return { timeRedaction };
}

// ---- one tree's measurement -------------------------------------------------------------------
async function measure(root: string, calls: number): Promise<Result> {
  const { timeRedaction } = await loadTree(root);
  const once = (): number => timeRedaction(requestJson);

  const warmUntil = performance.now() + 2000;
  while (performance.now() < warmUntil) once();
  for (let i = 0; i < 20; i++) churn();

  const out: Result = { warm: [], sleep: [], churn: [], cold: [] };
  const BLOCK = 20;
  for (let done = 0; done < calls; done += BLOCK) {
    for (const mode of MODES) {
      for (let i = 0; i < BLOCK; i++) {
        if (mode === 'churn' || mode === 'cold') churn();
        if (mode === 'sleep' || mode === 'cold') await idle();
        out[mode].push(once());
      }
    }
  }
  return out;
}

function summary(r: Result): Record<Mode, { p50: number; p99: number }> {
  return Object.fromEntries(MODES.map((m) => [m, { p50: quantile(r[m], 0.5), p99: quantile(r[m], 0.99) }])) as Record<Mode, { p50: number; p99: number }>;
}
const us = (x: number): string => `${x.toFixed(0).padStart(4)} µs`;

/**
 * `--steps`: the same request's pieces timed one by one (this tree only), warm vs cold (churn +
 * idle before each request): each recognizer's scan in detect order, overlap resolution, the
 * vault's apply and applyKnown. A step's cold excess is what its first touch of code and data costs.
 */
/** The prompt of `--steps` and `--ab`: the bench's 2 KB CRM prompt, or (`--prompt`) one line of chat or Hindi before it. */
const CHAT_LINE = 'hi team, it’s Ravi’s account again. I’m not sure the customer’s card was charged; don’t refund yet, that’s Priya’s call. Let’s check what’s pending.\n';
const HINDI_LINE = 'नमस्ते जी, मेरा नाम रवि कुमार है और मेरा आधार नंबर आपको भेज दिया है। कृपया जल्दी से रिफंड कर दीजिए, धन्यवाद।\n';
function stepsPrompt(): string {
  const text = args.prompt === 'chat' ? CHAT_LINE + crmPrompt(1600) : args.prompt === 'hindi' ? HINDI_LINE + crmPrompt(1900) : crmPrompt(2048);
  return JSON.parse(JSON.stringify(text)) as string; // a flat string, as the proxy's JSON.parse gives it
}

/** One call of the request's pieces from checkout `root`, timed step by step (see `steps`). */
async function stepRunner(root: string) {
  const load = <T>(rel: string): Promise<T> => loadFrom<T>(root, rel);
  const { RECOGNIZERS } = await load<typeof import('../src/core/redact/detectors/index.ts')>('src/core/redact/detectors/index.ts');
  const { TextIndex } = await load<typeof import('../src/core/redact/digit-runs.ts')>('src/core/redact/digit-runs.ts');
  const { resolveOverlaps } = await load<typeof import('../src/core/redact/overlaps.ts')>('src/core/redact/overlaps.ts');
  const { createVault } = await load<VaultModule>('src/core/redact/vault.ts');
  // Checkouts before candidates.ts collected candidates in an array; the same calls take either.
  const candidatesModule = await load<typeof import('../src/core/redact/candidates.ts')>('src/core/redact/candidates.ts').catch(() => undefined);
  type Out = Parameters<typeof resolveOverlaps>[0];
  const newCandidates = (): Out => (candidatesModule ? new candidatesModule.Candidates() : ([] as unknown as Out));
  const prompt = stepsPrompt();
  const order = Object.entries(RECOGNIZERS).sort(([a], [b]) => (a === 'PERSON' ? -1 : b === 'PERSON' ? 1 : 0));
  const names = ['index', ...order.map(([n]) => n), 'overlaps', 'apply', 'applyKnown', 'total'];
  const pseudo = () => 'pseudonymize' as const;
  const once = (into: number[][] | undefined): void => {
    const t: number[] = [performance.now()];
    const candidates = newCandidates();
    const index = new TextIndex(prompt);
    t.push(performance.now());
    for (const [, r] of order) {
      r.scan(prompt, candidates, index);
      t.push(performance.now());
    }
    const findings = resolveOverlaps(candidates);
    t.push(performance.now());
    const vault = createVault();
    const out = vault.apply(prompt, findings, pseudo);
    t.push(performance.now());
    sink += vault.applyKnown(out).length;
    t.push(performance.now());
    if (into) {
      for (let i = 1; i < t.length; i++) into[i - 1]!.push((t[i]! - t[i - 1]!) * 1000);
      into[names.length - 1]!.push((t[t.length - 1]! - t[0]!) * 1000);
    }
  };
  return { names, once };
}

async function steps(root: string, calls: number): Promise<void> {
  const { names, once } = await stepRunner(root);
  const times: Record<'warm' | 'cold', number[][]> = { warm: names.map(() => []), cold: names.map(() => []) };
  const warmUntil = performance.now() + 2000;
  while (performance.now() < warmUntil) once(undefined);
  for (let done = 0; done < calls; done += 20) {
    for (let i = 0; i < 20; i++) once(times.warm);
    for (let i = 0; i < 20; i++) {
      churn();
      await idle();
      once(times.cold);
    }
  }
  console.log(`load average ${loadavg()[0]!.toFixed(2)}; µs per step, p50 warm / p50 cold (excess), ${calls} calls each`);
  names.forEach((n, i) => {
    const w = quantile(times.warm[i]!, 0.5);
    const c = quantile(times.cold[i]!, 0.5);
    console.log(`  ${n.padEnd(14)} ${w.toFixed(1).padStart(6)} / ${c.toFixed(1).padStart(6)}  (+${(c - w).toFixed(1)})`);
  });
}

/**
 * `--ab DIR`: this tree and DIR loaded in one process, each step timed warm and cold (churn + idle
 * before each call) with the trees alternating call by call, so load drift and the machine's state
 * fall on both alike. Per step: p50 of each tree and their ratio. Resolves a few per cent per step
 * where fresh processes (`--against`) resolve ±5 % on the whole call; run it in both load orders
 * (`--ab-first DIR` loads DIR first), as the tree loaded first can read a little faster.
 */
async function ab(here: string, other: string, calls: number): Promise<void> {
  const firstOther = args['ab-first'] === true;
  const trees = firstOther ? [other, here] : [here, other];
  const runners = [];
  for (const t of trees) runners.push(await stepRunner(t));
  const [a, b] = firstOther ? [runners[1]!, runners[0]!] : [runners[0]!, runners[1]!];
  const names = a.names;
  const times = [a, b].map(() => ({ warm: names.map((): number[] => []), cold: names.map((): number[] => []) }));
  const warmUntil = performance.now() + 2500;
  while (performance.now() < warmUntil) { a.once(undefined); b.once(undefined); }
  for (let i = 0; i < calls; i++) {
    const order = i % 2 === 0 ? [0, 1] : [1, 0];
    for (const k of order) { const r = k === 0 ? a : b; r.once(undefined); r.once(times[k]!.warm); }
    for (const k of order) {
      churn();
      await idle();
      (k === 0 ? a : b).once(times[k]!.cold);
    }
  }
  console.log(`load average ${loadavg()[0]!.toFixed(2)}; prompt ${args.prompt ?? 'crm'}; ${firstOther ? path.basename(other) : 'this tree'} loaded first; ${calls} calls each`);
  console.log(`µs per step, p50: warm this tree / ${path.basename(other)} (ratio) | cold this tree / ${path.basename(other)} (ratio)`);
  names.forEach((n, i) => {
    const wa = quantile(times[0]!.warm[i]!, 0.5), wb = quantile(times[1]!.warm[i]!, 0.5);
    const ca = quantile(times[0]!.cold[i]!, 0.5), cb = quantile(times[1]!.cold[i]!, 0.5);
    console.log(`  ${n.padEnd(14)} ${wa.toFixed(1).padStart(6)} / ${wb.toFixed(1).padStart(6)} (${(wa / wb).toFixed(2)}) | ${ca.toFixed(1).padStart(6)} / ${cb.toFixed(1).padStart(6)} (${(ca / cb).toFixed(2)})`);
  });
}

/**
 * `--sizes`: warm vs cold (churn + idle) for prompts of 120 B to 8 KB through the same path, and a
 * plain loop over the 2 KB prompt (one table read per code unit) as the floor of touching the text.
 * If the cold excess grew with the text, it would be per-character work (data, branch history);
 * a flat excess is the first touch of the engine's code and tables.
 */
async function sizes(root: string, calls: number): Promise<void> {
  const { timeRedaction } = await loadTree(root);
  const bodies = [120, 600, 2048, 8192].map((n) => ({ name: `${n} B prompt`, json: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'system', content: 'You are a CRM assistant.' }, { role: 'user', content: crmPrompt(n) }] }) }));
  const table = new Uint8Array(65536).map((_, i) => i & 7);
  const text2k = JSON.parse(JSON.stringify(crmPrompt(2048))) as string;
  const loop = (): number => {
    const t0 = performance.now();
    let s = 0;
    for (let i = 0; i < text2k.length; i++) s += table[text2k.charCodeAt(i)]!;
    const dt = performance.now() - t0;
    sink += s;
    return dt * 1000;
  };
  const cases = [
    ...bodies.map(({ name, json }) => ({
      name,
      run: (): number => timeRedaction(json),
    })),
    { name: 'JS loop, 2 KB', run: loop },
  ];
  const warmUntil = performance.now() + 2000;
  while (performance.now() < warmUntil) for (const c of cases) c.run();
  console.log(`load average ${loadavg()[0]!.toFixed(2)}; µs per call, p50 warm / p50 cold (excess), ${calls} calls each`);
  for (const c of cases) {
    const warm: number[] = [];
    const cold: number[] = [];
    for (let i = 0; i < calls; i++) {
      c.run();
      warm.push(c.run());
      churn();
      await idle();
      cold.push(c.run());
    }
    const w = quantile(warm, 0.5);
    const k = quantile(cold, 0.5);
    console.log(`  ${c.name.padEnd(14)} ${w.toFixed(1).padStart(6)} / ${k.toFixed(1).padStart(6)}  (+${(k - w).toFixed(1)})`);
  }
}

/**
 * `--causes`: what makes a call cold. Before each timed call (the engine's `detect` + vault on the
 * 2 KB prompt, and a pure arithmetic loop of similar length as a control): nothing; one syscall
 * (`fstat`; with page-table isolation and no PCID, as on this VM, every kernel entry flushes the
 * TLB); a 3 ms busy wait (no kernel entry, no allocation); streaming over 16 MB of a typed array
 * (evicts the caches, no kernel entry, no GC); a 3 ms sleep; churn + sleep. The modes rotate call
 * by call, so each starts from the same state (right after a timed call).
 */
async function causes(root: string, calls: number): Promise<void> {
  const load = <T>(rel: string): Promise<T> => loadFrom<T>(root, rel);
  const { createDetector, DEFAULT_DETECTOR_OPTIONS } = await load<typeof import('../src/core/redact/engine.ts')>('src/core/redact/engine.ts');
  const { createVault } = await load<VaultModule>('src/core/redact/vault.ts');
  const detect = createDetector(DEFAULT_DETECTOR_OPTIONS);
  const prompt = JSON.parse(JSON.stringify(crmPrompt(2048))) as string;
  const pseudo = () => 'pseudonymize' as const;
  const engine = (): number => {
    const vault = createVault();
    return vault.applyKnown(vault.apply(prompt, detect(prompt), pseudo)).length;
  };
  const arithmetic = (): number => {
    let x = 1;
    for (let i = 0; i < 8000; i++) x = (Math.imul(x, 1103515245) + 12345) | 0;
    return x;
  };
  const evict = new Int32Array(4 << 20);
  const before: Record<string, () => Promise<void> | void> = {
    'nothing': () => {},
    'one syscall': () => void fstatSync(0),
    '3 ms busy wait': () => {
      const end = performance.now() + 3;
      while (performance.now() < end);
    },
    'stream 16 MB': () => {
      for (let i = 0; i < evict.length; i += 16) evict[i]! += 1;
    },
    '3 ms sleep': () => sleep(3).then(() => undefined),
    'churn + sleep': async () => {
      churn();
      await idle();
    },
  };
  for (const [name, work] of [['engine, 2 KB', engine], ['arithmetic', arithmetic]] as const) {
    const warmUntil = performance.now() + 2000;
    while (performance.now() < warmUntil) sink += work();
    const times: Record<string, number[]> = Object.fromEntries(Object.keys(before).map((k) => [k, []]));
    for (let i = 0; i < calls; i++) {
      for (const [mode, prep] of Object.entries(before)) {
        await prep();
        const t0 = performance.now();
        sink += work();
        times[mode]!.push((performance.now() - t0) * 1000);
      }
    }
    console.log(`${name}: p50 µs after … (load average ${loadavg()[0]!.toFixed(2)})`);
    const base = quantile(times.nothing!, 0.5);
    for (const mode of Object.keys(before)) {
      const p50 = quantile(times[mode]!, 0.5);
      console.log(`  ${mode.padEnd(16)} ${p50.toFixed(1).padStart(6)}  (${(p50 / base).toFixed(2)}×)`);
    }
  }
}

const calls = Number(args.calls ?? 400);
if (args.causes) {
  await causes(path.resolve(args.root ?? here), calls);
} else if (args.sizes) {
  await sizes(path.resolve(args.root ?? here), calls);
} else if (args.ab) {
  await ab(path.resolve(args.root ?? here), path.resolve(args.ab), Number(args.calls ?? 250));
} else if (args.steps) {
  await steps(path.resolve(args.root ?? here), calls);
} else if (args.json) {
  const r = await measure(path.resolve(args.root ?? here), calls);
  console.log(JSON.stringify(summary(r)));
} else if (args.against) {
  const roots = [here, path.resolve(args.against)];
  const names = ['this tree', path.basename(args.against)];
  const rounds = Number(args.rounds ?? 4);
  const results: Record<Mode, { p50: number; p99: number }>[][] = [[], []];
  const load0 = loadavg()[0]!;
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? [0, 1] : [1, 0];
    for (const b of order) {
      const out = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--json', '--root', roots[b]!, '--calls', String(calls)], { encoding: 'utf8' });
      if (out.status !== 0) throw new Error(`child failed: ${out.stderr}`);
      results[b]!.push(JSON.parse(out.stdout.trim().split('\n').pop()!) as Record<Mode, { p50: number; p99: number }>);
    }
  }
  console.log(`node ${process.version}; load average ${load0.toFixed(2)} → ${loadavg()[0]!.toFixed(2)}; ${rounds} fresh processes per tree, alternating, ${calls} calls per mode each`);
  console.log('redactRequestBody, OpenAI chat body with crmPrompt(2048), bench policy; µs per call: p50 / p99 per process');
  for (const mode of MODES) {
    for (let b = 0; b < 2; b++) {
      const rs = results[b]!.map((r) => r[mode]);
      console.log(`  ${mode.padEnd(6)} ${names[b]!.padEnd(12)} p50 median ${us(quantile(rs.map((r) => r.p50), 0.5))} (${rs.map((r) => r.p50.toFixed(0)).join(', ')}); p99 median ${us(quantile(rs.map((r) => r.p99), 0.5))} (${rs.map((r) => r.p99.toFixed(0)).join(', ')})`);
    }
    const ratios = results[0]!.map((r, i) => r[mode].p50 / results[1]![i]![mode].p50);
    console.log(`  ${mode.padEnd(6)} ${names[0]} ÷ ${names[1]}, p50 per round: median ${quantile(ratios, 0.5).toFixed(3)} (${ratios.map((x) => x.toFixed(2)).join(', ')})`);
  }
} else {
  const load0 = loadavg()[0]!;
  const s = summary(await measure(path.resolve(args.root ?? here), calls));
  console.log(`node ${process.version}; load average ${load0.toFixed(2)} → ${loadavg()[0]!.toFixed(2)}; ${calls} calls per mode`);
  for (const mode of MODES) console.log(`  ${mode.padEnd(6)} p50 ${us(s[mode].p50)}  p99 ${us(s[mode].p99)}  (÷ warm p50: ${(s[mode].p50 / s.warm.p50).toFixed(2)}×)`);
}
if (sink === 0) console.log('(sink)');
