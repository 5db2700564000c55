/**
 * `npm run soak`: Pledge under steady load for a long time, to see whether memory stays flat.
 *
 * Pledge (the real Node runtime, SQLite audit trail, full PII engine) runs in a child process
 * against the mock provider. Two autocannon loads run side by side at a fixed rate: whole chat
 * completions and streamed ones, both with a 2 KB prompt dense with personal data. RSS (and the V8 heap in use, from /metrics) is sampled
 * every SOAK_SAMPLE_SECONDS. The verdict compares the second half of the run with its first
 * half (after warm-up, the allocator and JIT settle): flat means the late median RSS is within
 * SOAK_FLAT_MB of the early one and the late samples do not keep rising.
 *
 *   SOAK_MINUTES (default 10), SOAK_RATE (requests/s per load, default 150),
 *   SOAK_SAMPLE_SECONDS (default 30), SOAK_FLAT_MB (default 32), SOAK_NODE_ARGS (extra node flags
 *   for Pledge, e.g. "--expose-gc --import=./heap-sampler.mjs")
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import autocannon from 'autocannon';
import { startChildPledge } from '../test/support/child-pledge.ts';
import { buildNodeBundle } from './node-bundle.ts';
import { startMockProcess } from './mock-process.ts';
import { crmPrompt } from './bench-prompts.ts';

const root = path.resolve(import.meta.dirname, '..');
const num = (name: string, dflt: number) => Number(process.env[name] ?? dflt);
const minutes = num('SOAK_MINUTES', 10);
const rate = num('SOAK_RATE', 150);
const sampleSeconds = num('SOAK_SAMPLE_SECONDS', 30);
const flatMb = num('SOAK_FLAT_MB', 32);

const mb = (b: number) => b / 2 ** 20;

function countRequestEvents(db: string): number {
  const h = new DatabaseSync(db, { readOnly: true });
  try {
    return Number((h.prepare("SELECT count(*) AS n FROM audit_events WHERE kind = 'request'").get() as { n: number }).n);
  } finally {
    h.close();
  }
}
/** heapUsed and external from Pledge's /metrics (Node runtime). */
async function processMemory(url: string): Promise<{ heapUsed: number; external: number }> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const value = (name: string) => Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(text)?.[1] ?? NaN);
  return { heapUsed: value('nodejs_heap_size_used_bytes'), external: value('nodejs_external_memory_bytes') };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<number> {
  const mock = await startMockProcess({ MOCK_ECHO_LIMIT: '1024' });
  const dir = mkdtempSync(path.join(tmpdir(), 'pledge-soak-'));
  const db = path.join(dir, 'pledge.db');
  const pledge = await startChildPledge({
    PLEDGE_DB: db, PLEDGE_SECRET: 'soak-secret-0123456789abcdef', PLEDGE_OPENAI_UPSTREAM: `${mock.url}/v1`,
    PLEDGE_POLICY: path.join(root, 'scripts', 'bench-policy.yaml'),
  }, { keepOutput: false, script: buildNodeBundle(), nodeArgs: (process.env.SOAK_NODE_ARGS ?? '').split(' ').filter(Boolean) });
  const messages = [{ role: 'system', content: 'You are a CRM assistant.' }, { role: 'user', content: crmPrompt(2048) }];
  const load = (stream: boolean) =>
    autocannon({
      url: `${pledge.url}/openai/v1/chat/completions`, method: 'POST', connections: 10, overallRate: rate, duration: minutes * 60, timeout: 30,
      headers: { 'content-type': 'application/json', authorization: 'Bearer sk-soak' },
      body: JSON.stringify({ model: 'gpt-4o-mini', stream, messages }),
    });
  console.log(`soak: ${minutes} min, ${rate} req/s whole + ${rate} req/s streamed, node ${process.version}, ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const started = Date.now();
  const samples: { t: number; rss: number; heap: number }[] = [];
  const sampler = setInterval(() => {
    const r = pledge.rss();
    if (!r) return;
    const t = (Date.now() - started) / 1000;
    // The V8 heap in use, from Pledge's own /metrics: tells a JavaScript leak from allocator or SQLite memory.
    void processMemory(pledge.url).then((m) => {
      samples.push({ t, rss: r.now, heap: m.heapUsed });
      console.log(`t=${t.toFixed(0).padStart(4)} s  RSS ${mb(r.now).toFixed(1).padStart(6)} MB  peak ${mb(r.peak).toFixed(1).padStart(6)} MB  heap used ${mb(m.heapUsed).toFixed(1).padStart(6)} MB  external ${mb(m.external).toFixed(1).padStart(5)} MB  load ${loadavg()[0]!.toFixed(2)}`);
    });
  }, sampleSeconds * 1000);
  const [whole, streamed] = await Promise.all([load(false), load(true)]);
  clearInterval(sampler);
  const code = await pledge.stop('SIGTERM');
  mock.child.kill('SIGTERM');
  const verify = spawnSync(process.execPath, [path.join(root, 'bin/pledge.mjs'), 'audit', 'verify'], { cwd: root, env: { ...process.env, PLEDGE_DB: db }, encoding: 'utf8' });

  const errors = whole.errors + whole.non2xx + whole.timeouts + streamed.errors + streamed.non2xx + streamed.timeouts;
  const answered = whole.requests.total + streamed.requests.total;
  const events = countRequestEvents(db);
  console.log(`\nanswered ${answered} requests (sent ${whole.requests.sent + streamed.requests.sent}; the rest were in flight when the load stopped); request events in the audit chain: ${events}`);
  console.log(`requests: whole ${whole.requests.sent} (p50 ${whole.latency.p50} ms, p99 ${whole.latency.p99} ms), streamed ${streamed.requests.sent} (p50 ${streamed.latency.p50} ms, p99 ${streamed.latency.p99} ms); errors ${errors}`);
  const half = samples.length >> 1;
  const early = samples.slice(1, half).map((s) => s.rss); // the first sample is warm-up
  const late = samples.slice(half).map((s) => s.rss);
  let verdict = 'not enough samples';
  let flat = false;
  if (early.length > 0 && late.length > 1) {
    const growth = mb(median(late) - median(early));
    const lateRise = mb(late.at(-1)! - late[0]!);
    flat = growth <= flatMb && lateRise <= flatMb;
    verdict = `median RSS first half ${mb(median(early)).toFixed(1)} MB, second half ${mb(median(late)).toFixed(1)} MB (growth ${growth.toFixed(1)} MB); ` +
      `across the second half ${lateRise >= 0 ? '+' : ''}${lateRise.toFixed(1)} MB → ${flat ? 'FLAT' : 'NOT FLAT'} (threshold ${flatMb} MB)`;
    const heapEarly = samples.slice(1, half).map((s) => s.heap);
    const heapLate = samples.slice(half).map((s) => s.heap);
    verdict += `\nmedian V8 heap used first half ${mb(median(heapEarly)).toFixed(1)} MB, second half ${mb(median(heapLate)).toFixed(1)} MB (growth ${mb(median(heapLate) - median(heapEarly)).toFixed(1)} MB)`;
  }
  console.log(verdict);
  console.log(`after SIGTERM (exit ${code}); pledge audit verify → exit ${verify.status}: ${(verify.stdout + verify.stderr).trim()}`);
  console.log(`load average at end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  // Every answered request has its event (requests cut off in flight may add client_abort events).
  return flat && errors === 0 && events >= answered && verify.status === 0 && code === 0 ? 0 : 1;
}

process.exitCode = await main();
