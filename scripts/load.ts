/**
 * `npm run load`: the real Node runtime (child process, SQLite audit trail) in front of the mock
 * provider (its own child process), driven by autocannon from this process.
 *
 * Runs a sweep at each concurrency (default 50, 100, 200), then the issue-7 run (20,000 requests
 * at concurrency 100). After each run: errors (must be 0), audit events written for the run
 * (must equal the requests sent), RSS before/after. At the end: SIGTERM (drains the audit queue)
 * and `pledge audit verify` on the database (the chain must verify).
 *
 *   LOAD_CONCURRENCY   comma list, default "50,100,200"
 *   LOAD_REQUESTS      requests per sweep run, default 5000
 *   LOAD_MAIN          requests of the issue-7 run, default 20000 (0 skips it)
 *   LOAD_MAIN_CONNS    concurrency of the issue-7 run, default 100
 *   LOAD_STREAM        1: streamed chat completions instead of whole ones
 *   LOAD_PROMPT_KB     prompt size, default 2 (a CRM prompt dense with personal data)
 *   LOAD_NODE_ARGS     extra node flags for Pledge, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
 *
 * Exit code 1 when any run had errors, lost audit events, or the chain did not verify.
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
const concurrencies = (process.env.LOAD_CONCURRENCY ?? '50,100,200').split(',').map(Number).filter((n) => n > 0);
const perRun = num('LOAD_REQUESTS', 5000);
const mainRequests = num('LOAD_MAIN', 20000);
const mainConns = num('LOAD_MAIN_CONNS', 100);
const streamed = process.env.LOAD_STREAM === '1';
const promptKb = num('LOAD_PROMPT_KB', 2);
const nodeArgs = (process.env.LOAD_NODE_ARGS ?? '').split(' ').filter(Boolean);

const MB = (b: number | undefined) => (b === undefined || Number.isNaN(b) ? '   n/a' : (b / 2 ** 20).toFixed(1).padStart(6));

interface Row {
  label: string;
  conns: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  p999: number;
  max: number;
  errors: number;
  events: number;
  rssBefore?: number;
  rssAfter?: number;
  peak?: number;
}

function countEvents(db: string): number {
  const h = new DatabaseSync(db, { readOnly: true });
  try {
    h.exec('PRAGMA busy_timeout = 5000');
    return Number((h.prepare("SELECT count(*) AS n FROM audit_events WHERE kind = 'request'").get() as { n: number }).n);
  } finally {
    h.close();
  }
}

/** Poll until the audit writer has caught up with `want` events (or it stops moving). */
async function settledEvents(db: string, want: number): Promise<number> {
  let last = -1;
  for (let i = 0; i < 100; i++) {
    const n = countEvents(db);
    if (n >= want || (n === last && i > 10)) return n;
    last = n;
    await new Promise((r) => setTimeout(r, 100));
  }
  return countEvents(db);
}

async function main(): Promise<number> {
  const mock = await startMockProcess();
  const dir = mkdtempSync(path.join(tmpdir(), 'pledge-load-'));
  const db = path.join(dir, 'pledge.db');
  const pledge = await startChildPledge({
    PLEDGE_DB: db, PLEDGE_SECRET: 'load-secret-0123456789abcdef',
    PLEDGE_OPENAI_UPSTREAM: `${mock.url}/v1`, PLEDGE_ANTHROPIC_UPSTREAM: mock.url, PLEDGE_GEMINI_UPSTREAM: mock.url,
    PLEDGE_POLICY: path.join(root, 'scripts', 'bench-policy.yaml'),
  }, { nodeArgs, keepOutput: false, script: buildNodeBundle() });
  const body = JSON.stringify({
    model: 'gpt-4o-mini', stream: streamed,
    messages: [{ role: 'system', content: 'You are a CRM assistant.' }, { role: 'user', content: crmPrompt(promptKb * 1024) }],
  });
  const run = async (label: string, conns: number, amount: number): Promise<Row> => {
    const before = pledge.rss();
    const eventsBefore = countEvents(db);
    const started = performance.now();
    let lastResponse = started;
    const tracker = autocannon({
      url: `${pledge.url}/openai/v1/chat/completions`, method: 'POST', connections: conns, amount, timeout: 30,
      headers: { 'content-type': 'application/json', authorization: 'Bearer sk-load-test' }, body,
      // The promise form is also autocannon's event emitter (its `run` returns one with `then`).
    }) as ReturnType<typeof autocannon> & Pick<import('node:events').EventEmitter, 'on'>;
    tracker.on('response', () => {
      lastResponse = performance.now();
    });
    const r = await tracker;
    // From the first request to the last answer: autocannon ends a run (and its `duration`) at the
    // next tick of its 1-second sampler, so 5,000 requests answered in 2.2 s read as 3.01 s, and
    // short runs printed the same few req/s values whatever the server did.
    const seconds = (lastResponse - started) / 1000;
    const after = pledge.rss();
    const events = (await settledEvents(db, eventsBefore + r.requests.sent)) - eventsBefore;
    return {
      label, conns, requests: r.requests.sent, rps: r.requests.sent / seconds, p50: r.latency.p50, p99: r.latency.p99,
      p999: r.latency.p99_9, max: r.latency.max, errors: r.errors + r.timeouts + r.non2xx,
      events, rssBefore: before?.now, rssAfter: after?.now, peak: after?.peak,
    };
  };
  console.log(`load: node ${process.version}, ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} at start; ` +
    `${streamed ? 'streamed' : 'whole'} chat completions, ${promptKb} KB prompt with personal data; Pledge pid ${pledge.child.pid}`);
  await run('warm-up', 10, 500);
  const rows: Row[] = [];
  for (const c of concurrencies) rows.push(await run('sweep', c, perRun));
  if (mainRequests > 0) rows.push(await run('issue-7', mainConns, mainRequests));

  const head = 'run      conns  requests    req/s   p50 ms   p99 ms p99.9 ms   max ms errors  audit events  RSS before  RSS after  RSS peak';
  console.log(`\n${head}\n${'-'.repeat(head.length)}`);
  for (const r of rows) {
    console.log(
      `${r.label.padEnd(8)} ${String(r.conns).padStart(5)} ${String(r.requests).padStart(9)} ${r.rps.toFixed(0).padStart(8)} ${String(r.p50).padStart(8)} ` +
        `${String(r.p99).padStart(8)} ${String(r.p999).padStart(8)} ${String(r.max).padStart(8)} ${String(r.errors).padStart(6)} ` +
        `${`${r.events}${r.events === r.requests ? ' =' : ' ≠'}`.padStart(13)} ${MB(r.rssBefore)} MB ${MB(r.rssAfter)} MB ${MB(r.peak)} MB`,
    );
  }
  const alive = pledge.child.exitCode === null && pledge.child.signalCode === null;
  if (!alive) console.log(`Pledge exited during the load (code ${pledge.child.exitCode}, signal ${pledge.child.signalCode}): ${pledge.stderr().toString().slice(-2000)}\n${pledge.stdoutTail().split('\n').filter((l) => !l.includes('"msg":"request"')).join('\n')}`);
  const code = await pledge.stop('SIGTERM');
  const total = countEvents(db);
  const sent = rows.reduce((a, r) => a + r.requests, 0) + 500;
  const verify = spawnSync(process.execPath, [path.join(root, 'bin/pledge.mjs'), 'audit', 'verify'], { cwd: root, env: { ...process.env, PLEDGE_DB: db }, encoding: 'utf8' });
  console.log(`\nafter SIGTERM (exit ${code}): ${total} request events in the database for ${sent} requests sent (warm-up included)`);
  console.log(`pledge audit verify → exit ${verify.status}: ${(verify.stdout + verify.stderr).trim()}`);
  console.log(`load average at end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  mock.child.kill('SIGTERM');
  const bad = rows.some((r) => r.errors > 0 || r.events !== r.requests) || total !== sent || verify.status !== 0 || code !== 0;
  if (bad) console.log('\nFAILED: errors, lost audit events, or a chain that does not verify (see above)');
  return bad ? 1 : 0;
}

process.exitCode = await main();
