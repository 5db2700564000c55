/**
 * `npm run bench`: direct vs Pledge vs the Portkey gateway, side by side in one run, against
 * the same mock upstream (plus, for whole responses, a bare proxy: scripts/bench-bare-proxy.mjs). Each target is its own process; autocannon drives load from this one.
 *
 *   BENCH_LATENCY_WARMUP (default 3): seconds of sequential requests each target gets on its own
 *   before the concurrency-1 latency and time-to-first-byte blocks (scripts/bench-latency.ts).
 *   BENCH_SECONDS (default 8) per target and scenario, BENCH_WARMUP (seconds of the same load per
 *   target and scenario before its measured rounds, not counted; default 2: a server's steady
 *   state, after the JIT has compiled the scenario's path), BENCH_CONNECTIONS (default 50),
 *   BENCH_SCENARIOS (comma list, default all), BENCH_ROUNDS (default 2, interleaved; 0 measures
 *   latency at concurrency 1 only), BENCH_PORTKEY_PORT (default 18911; Portkey cannot take port 0),
 *   BENCH_PLEDGE_B: path of another Pledge bundle (e.g. an earlier build's dist/node/main.js), run
 *   as target "pledge-b" beside the current one, for an A/B comparison in the same run.
 *   BENCH_PIN=1 (Linux, taskset, 2+ CPUs): every proxy under test runs on the last CPU, this
 *   process (autocannon, the latency client) and the mock upstream on the others. Unpinned, the
 *   driver and the mock take roughly 250 µs of CPU per request from the same two cores the proxy
 *   runs on, so a faster proxy mostly speeds up its own load generator, and the throughput ratio
 *   between two proxies reads far below the ratio of their costs. Pinned, each proxy's throughput
 *   is what one core of its own serves.
 *   BENCH_MOCK_REPLAY (default 1): the mock sends an answer it has already built for the same
 *   request from its recorded bytes (mock/replay.ts: the same bytes on the wire, one HTTP chunk per
 *   event), so the stand-in for a remote provider costs ~150-250 µs of CPU per streamed answer
 *   instead of ~900 on the cores the proxies run on. 0 builds every answer afresh.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { crmPrompt } from './bench-prompts.ts';
import { buildNodeBundle } from './node-bundle.ts';
import { measureLatency } from './bench-latency.ts';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
const warmup = Number(process.env.BENCH_WARMUP ?? 2);
const children: ChildProcess[] = [];

/** BENCH_PIN: CPU lists for the proxies under test and for the harness (driver + mock), or undefined. */
const pin = ((): { proxy: string; harness: string } | undefined => {
  if (process.env.BENCH_PIN !== '1') return undefined;
  const n = cpus().length;
  if (process.platform !== 'linux' || n < 2 || spawnSync('taskset', ['-V']).status !== 0) {
    console.error('bench: BENCH_PIN needs Linux, taskset and 2+ CPUs; running unpinned');
    return undefined;
  }
  return { proxy: String(n - 1), harness: n === 2 ? '0' : `0-${n - 2}` };
})();

const pids = new Map<string, number>();

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); undefined elsewhere. */
function cpuSeconds(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return undefined;
  }
}

/**
 * Start a target and resolve with the URL its ready line names. `logFile`: its stdout goes to that
 * file, as a deployment's log goes to a file or collector, instead of a pipe this process must
 * drain: Pledge writes a log line per request, and reading them here took CPU from the load
 * generator on the same cores (a cost of the harness, not of the proxy, which still writes them).
 */
function launch(args: string[], env: Record<string, string>, ready: RegExp, name?: string, logFile?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    // The mock ('direct') runs with the harness; every other target is a proxy under test.
    const cpu = pin && (name === 'direct' ? pin.harness : pin.proxy);
    const stdout = logFile === undefined ? 'pipe' : openSync(logFile, 'w');
    const options = { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', stdout, 'pipe'] as ['ignore', 'pipe' | number, 'pipe'] };
    const child = cpu ? spawn('taskset', ['-c', cpu, process.execPath, ...args], options) : spawn(process.execPath, args, options);
    if (typeof stdout === 'number') closeSync(stdout);
    children.push(child);
    if (name && child.pid !== undefined) pids.set(name, child.pid);
    let out = '';
    let done = false;
    const logTail = () => (logFile === undefined ? '' : readFileSync(logFile, 'utf8').slice(-4000));
    if (logFile !== undefined) {
      const poll = setInterval(() => {
        const m = ready.exec(logTail());
        if (m && !done) {
          done = true;
          clearInterval(poll);
          resolve(m[1]!);
        }
      }, 50);
      child.on('exit', () => clearInterval(poll));
    }
    const onData = (d: Buffer) => {
      if (done) {
        // Keep draining the pipe (one log line per request); keep only the tail for crash reports.
        out = (out + d.toString()).slice(-4000);
        return;
      }
      out += d.toString();
      const m = ready.exec(out);
      if (m) {
        done = true;
        resolve(m[1]!);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code, signal) => {
      const msg = `${args.slice(-2).join(' ')} exited (${code ?? signal}): ${(out + logTail()).slice(-800)}`;
      if (done) process.stderr.write(`bench: ${msg}\n`);
      reject(new Error(msg));
    });
  });
}

interface Scenario {
  name: string;
  path: { direct: string; pledge: string; portkey?: string };
  /** Portkey's routing: its provider, and the path on the mock that its custom host names. */
  portkey?: { provider: string; hostPath: string };
  body: unknown;
  headers: Record<string, string>;
  stream: boolean;
}

function scenarios(kb: number): Scenario[] {
  const text = crmPrompt(kb * 1024);
  const chat = { model: 'gpt-4o-mini', messages: [{ role: 'system', content: 'You are a CRM assistant.' }, { role: 'user', content: text }] };
  const claude = { model: 'claude-sonnet-4-5', max_tokens: 256, stream: true, messages: [{ role: 'user', content: text }] };
  const gemini = { contents: [{ role: 'user', parts: [{ text }] }] };
  return [
    { name: `openai chat ${kb}KB`, stream: false, body: chat, headers: { authorization: 'Bearer sk-bench' }, path: { direct: '/v1/chat/completions', pledge: '/openai/v1/chat/completions', portkey: '/v1/chat/completions' }, portkey: { provider: 'openai', hostPath: '/v1' } },
    { name: `openai stream ${kb}KB`, stream: true, body: { ...chat, stream: true }, headers: { authorization: 'Bearer sk-bench' }, path: { direct: '/v1/chat/completions', pledge: '/openai/v1/chat/completions', portkey: '/v1/chat/completions' }, portkey: { provider: 'openai', hostPath: '/v1' } },
    // Portkey serves Anthropic's native Messages API too (`/v1/messages`, provider anthropic); Gemini only through its OpenAI-shaped API, so no native Gemini row for it.
    { name: `anthropic stream ${kb}KB`, stream: true, body: claude, headers: { 'x-api-key': 'sk-ant-bench', 'anthropic-version': '2023-06-01' }, path: { direct: '/v1/messages', pledge: '/anthropic/v1/messages', portkey: '/v1/messages' }, portkey: { provider: 'anthropic', hostPath: '/v1' } },
    { name: `gemini stream ${kb}KB`, stream: true, body: gemini, headers: { 'x-goog-api-key': 'AIza-bench' }, path: { direct: '/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse', pledge: '/gemini/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse' } },
  ];
}

async function load(name: string, url: string, s: Scenario, extra: Record<string, string>, duration = seconds) {
  const cpu0 = cpuSeconds(pids.get(name));
  const r = await autocannon({
    url, connections, duration, method: 'POST',
    headers: { 'content-type': 'application/json', ...s.headers, ...extra }, body: JSON.stringify(s.body),
  });
  const cpu1 = cpuSeconds(pids.get(name));
  // CPU time the target process spent per completed request: robust to other load on the machine.
  const cpuUs = cpu0 !== undefined && cpu1 !== undefined && r.requests.total > 0 ? ((cpu1 - cpu0) * 1e6) / r.requests.total : NaN;
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx, cpuUs };
}

const fmt = (n: number, d = 1) => n.toFixed(d);
/**
 * The ratio of each round's rps (Pledge's round i against Portkey's round i, run seconds apart), as
 * " (rounds 2.10-2.61×)": on a shared VM whose speed swings, the spread says how far one median
 * ratio can be trusted. Empty with one round.
 */
const roundRatios = (a: number[], b: number[]): string => {
  const r = a.map((x, i) => x / b[i]!).filter(Number.isFinite);
  return r.length < 2 ? '' : ` (rounds ${fmt(Math.min(...r), 2)}-${fmt(Math.max(...r), 2)}×)`;
};

async function main() {
  // Pinned: this process (autocannon, the latency client), all its threads, on the harness CPUs.
  if (pin) spawnSync('taskset', ['-a', '-p', '-c', pin.harness, String(process.pid)], { stdio: 'ignore' });
  // Answers are capped at 1 KB (about 250 stream events), like a real reply, whatever the prompt size.
  const mockUrl = await launch(['--import', 'tsx', 'mock/main.ts', '--port=0'], { MOCK_ECHO_LIMIT: '1024', MOCK_FIRST_EVENT_GAP_MS: process.env.MOCK_FIRST_EVENT_GAP_MS ?? '0', MOCK_REPLAY: process.env.BENCH_MOCK_REPLAY ?? '1' }, /"mock":"(http:[^"]+)"/, 'direct');
  const dir = mkdtempSync(path.join(tmpdir(), 'pledge-bench-'));
  // What `npm start` runs (the esbuild bundle), as its own process so the pid is the server's, for CPU accounting.
  const pledgeUrl = await launch([buildNodeBundle()], {
    PORT: '0', PLEDGE_DB: path.join(dir, 'bench.db'), PLEDGE_SECRET: 'bench-secret-0123456789',
    PLEDGE_OPENAI_UPSTREAM: `${mockUrl}/v1`, PLEDGE_ANTHROPIC_UPSTREAM: mockUrl, PLEDGE_GEMINI_UPSTREAM: mockUrl,
    PLEDGE_POLICY: path.join(root, 'scripts', 'bench-policy.yaml'),
  }, /"url":"(http:[^"]+)"/, 'pledge', path.join(dir, 'pledge.log'));
  const pledgeB = process.env.BENCH_PLEDGE_B;
  const pledgeBUrl = pledgeB ? await launch([pledgeB], {
    PORT: '0', PLEDGE_DB: path.join(dir, 'bench-b.db'), PLEDGE_SECRET: 'bench-secret-0123456789',
    PLEDGE_OPENAI_UPSTREAM: `${mockUrl}/v1`, PLEDGE_ANTHROPIC_UPSTREAM: mockUrl, PLEDGE_GEMINI_UPSTREAM: mockUrl,
    PLEDGE_POLICY: path.join(root, 'scripts', 'bench-policy.yaml'),
  }, /"url":"(http:[^"]+)"/, 'pledge-b', path.join(dir, 'pledge-b.log')) : undefined;
  const bareUrl = await launch(['scripts/bench-bare-proxy.mjs'], { UPSTREAM: mockUrl }, /"url":"(http:[^"]+)"/, 'bare');
  // Portkey runs with @hono/node-server 2.x (package.json "overrides"): with the 1.x its own range
  // resolves to, every streamed answer fails with `TypeError: immutable` in its updateHeaders
  // (Portkey-AI/gateway#1389, #1550; fixed in honojs/node-server#382, 2.x only). See docs/BENCHMARKS.md.
  const portkeyMain = require.resolve('@portkey-ai/gateway/build/start-server.js');
  const portkeyUrl = await launch([portkeyMain, `--port=${process.env.BENCH_PORTKEY_PORT ?? 18911}`, '--headless'], {}, /(http:\/\/localhost:\d+)/, 'portkey', path.join(dir, 'portkey.log'));
  const only = process.env.BENCH_SCENARIOS?.split(',');
  const all = [...scenarios(2), ...scenarios(32)].filter((s) => !only || only.some((o) => s.name.includes(o)));
  console.log(`bench: ${seconds}s × ${rounds} rounds per target after ${warmup}s of warm-up, ${connections} connections, node ${process.version}, ${cpus().length} cores` +
    (pin ? `, pinned: proxies on CPU ${pin.proxy}, driver and mock on CPU ${pin.harness}` : ', unpinned') +
    `, mock ${(process.env.BENCH_MOCK_REPLAY ?? '1') === '1' ? 'replays built answers' : 'builds every answer'}`);
  const rows: string[] = [];
  for (const s of all) {
    const targets: [string, string, Record<string, string>][] = [
      ['direct', mockUrl + s.path.direct, {}],
      ['pledge', pledgeUrl + s.path.pledge, {}],
    ];
    if (pledgeBUrl) targets.push(['pledge-b', pledgeBUrl + s.path.pledge, {}]);
    // The bare proxy (no redaction, audit or log; streams piped through) shows what one hop costs here.
    targets.push(['bare', bareUrl + s.path.direct, {}]);
    if (s.path.portkey && s.portkey) targets.push(['portkey', portkeyUrl + s.path.portkey, { 'x-portkey-provider': s.portkey.provider, 'x-portkey-custom-host': mockUrl + s.portkey.hostPath }]);
    const results = new Map<string, { rps: number[]; p50: number[]; p99: number[]; cpu: number[]; errors: number }>();
    if (rounds > 0 && warmup > 0) for (const [name, url, extra] of targets) await load(name, url, s, extra, warmup);
    for (let round = 0; round < rounds; round++) {
      for (const [name, url, extra] of targets) {
        const r = await load(name, url, s, extra);
        const acc = results.get(name) ?? { rps: [], p50: [], p99: [], cpu: [], errors: 0 };
        acc.rps.push(r.rps); acc.p50.push(r.p50); acc.p99.push(r.p99); acc.cpu.push(r.cpuUs); acc.errors += r.errors;
        results.set(name, acc);
      }
    }
    const lat = await measureLatency(targets.map(([name, url, extra]) => ({ name, url, headers: { ...s.headers, ...extra } })), s.body, s.stream);
    // Median; of an even count, the mean of the middle two (of two rounds, their mean, not the larger).
    const med = (xs: number[]) => {
      const v = [...xs].sort((a, b) => a - b);
      const m = v.length >> 1;
      return v.length % 2 === 1 ? v[m]! : (v[m - 1]! + v[m]!) / 2;
    };
    if (rounds === 0) {
      // BENCH_ROUNDS=0: latency at concurrency 1 only, without load runs heating the machine first.
      const dl = lat.get('direct')!;
      const row = [...lat].filter(([n]) => n !== 'direct').map(([n, l]) =>
        `${n} p50 ${fmt(l.p50, 2)}ms (added ${fmt(l.p50 - dl.p50, 2)}ms)` + (s.stream ? ` ttfb ${fmt(l.ttfbP50, 2)}ms (added ${fmt(l.ttfbP50 - dl.ttfbP50, 2)}ms)` : ''));
      rows.push(`${s.name.padEnd(22)} c=1 direct p50 ${fmt(dl.p50, 2)}ms${s.stream ? ` ttfb ${fmt(dl.ttfbP50, 2)}ms` : ''} | ${row.join(' | ')}`);
      console.log(rows.at(-1));
      continue;
    }
    const d = results.get('direct')!;
    const p = results.get('pledge')!;
    const k = results.get('portkey');
    const dl = lat.get('direct')!;
    const pl = lat.get('pledge')!;
    rows.push(
      `${s.name.padEnd(22)} direct ${fmt(med(d.rps), 0).padStart(6)} rps | pledge ${fmt(med(p.rps), 0).padStart(6)} rps p50 ${med(p.p50)}ms p99 ${med(p.p99)}ms` +
        (k ? ` | portkey ${fmt(med(k.rps), 0).padStart(6)} rps p50 ${med(k.p50)}ms p99 ${med(k.p99)}ms | pledge/portkey ${fmt(med(p.rps) / med(k.rps), 2)}×${roundRatios(p.rps, k.rps)}` : '') +
        ` | CPU/request pledge ${fmt(med(p.cpu), 0)}µs` + (k ? ` portkey ${fmt(med(k.cpu), 0)}µs (portkey/pledge ${fmt(med(k.cpu) / med(p.cpu), 2)}×)` : '') +
        (results.get('bare') ? ` | bare proxy ${fmt(med(results.get('bare')!.rps), 0)} rps CPU/request ${fmt(med(results.get('bare')!.cpu), 0)}µs` : '') +
        ` | c=1 p50 direct ${fmt(dl.p50, 2)}ms pledge ${fmt(pl.p50, 2)}ms added ${fmt(pl.p50 - dl.p50, 2)}ms` +
        (lat.get('bare') ? ` (bare proxy added ${fmt(lat.get('bare')!.p50 - dl.p50, 2)}ms)` : '') +
        (lat.get('portkey') ? ` (portkey added ${fmt(lat.get('portkey')!.p50 - dl.p50, 2)}ms)` : '') +
        (s.stream ? ` | ttfb p50 direct ${fmt(dl.ttfbP50, 2)}ms pledge ${fmt(pl.ttfbP50, 2)}ms added ${fmt(pl.ttfbP50 - dl.ttfbP50, 2)}ms` +
          (lat.get('bare') ? ` (bare proxy added ${fmt(lat.get('bare')!.ttfbP50 - dl.ttfbP50, 2)}ms)` : '') +
          (lat.get('portkey') ? ` (portkey added ${fmt(lat.get('portkey')!.ttfbP50 - dl.ttfbP50, 2)}ms)` : '') : '') +
        ` | errors direct ${d.errors} pledge ${p.errors}${k ? ` portkey ${k.errors}` : ''}` +
        (results.get('pledge-b') && lat.get('pledge-b') ? ` | pledge-b ${fmt(med(results.get('pledge-b')!.rps), 0)} rps CPU/request ${fmt(med(results.get('pledge-b')!.cpu), 0)}µs` +
          ` c=1 added ${fmt(lat.get('pledge-b')!.p50 - dl.p50, 2)}ms` + (s.stream ? ` ttfb added ${fmt(lat.get('pledge-b')!.ttfbP50 - dl.ttfbP50, 2)}ms` : '') + ` errors ${results.get('pledge-b')!.errors}` : ''),
    );
    console.log(rows.at(-1));
  }
}

try {
  await main();
} finally {
  for (const c of children) c.kill('SIGTERM');
}
