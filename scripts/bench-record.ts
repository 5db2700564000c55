/**
 * `npm run bench:record`: the CPU one request's bookkeeping after the answer costs, by thread:
 * `finishRecord` (the audit event, the log line, metrics) on the main thread, the audit writer,
 * and the append thread (validation, canonical JSON, chain hash, SQLite insert and commit) on a
 * file database, as `npm start` runs them. Records go in bursts of 50 with a 1 ms pause, for
 * RECORD_SECONDS (default 6) after 2 s of warm-up; per-thread CPU from /proc/self/task.
 * The log lines go to stdout: run with `> /dev/null` (or `| cat > /dev/null` for a pipe).
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { createAuditWriter } from '../src/core/audit/writer.ts';
import type { Deps } from '../src/core/deps.ts';
import { createPipelineMetrics } from '../src/core/metrics/pipeline.ts';
import { finishRecord, newRecord } from '../src/core/pipeline/request-record.ts';
import type { LoadedPolicy } from '../src/core/policy/schema.ts';
import { createNodeLogger } from '../src/runtime/node/logger.ts';
import { startAuditAppendThread } from '../src/runtime/node/sqlite/audit-append-thread.ts';
import { openDatabase } from '../src/runtime/node/sqlite/db.ts';

const seconds = Number(process.env.RECORD_SECONDS ?? 6);
const file = path.join(mkdtempSync(path.join(tmpdir(), 'pledge-record-')), 'bench.db');
(await openDatabase(file)).close();
const thread = await startAuditAppendThread(file);
const audit = createAuditWriter(thread);
const deps = { now: () => performance.now(), audit, logger: createNodeLogger('info'), metrics: createPipelineMetrics() } as unknown as Deps;
const policy = {
  policy: { name: 'bench', providers: { openai: { terms: { zdr: false, no_training: true } } } },
  versionHash: 'sha256:0123456789abcdef0123456789abcdef',
} as unknown as LoadedPolicy;

/** A 2 KB CRM request's record, as the pipeline leaves it (entity counts in discovery order). */
function one(): void {
  const rec = newRecord(crypto.randomUUID(), 'openai', 'openai', performance.now() - 0.7);
  Object.assign(rec, {
    endpoint: 'chat.completions', tenant: 't_4f1c2b9a0e7d3c65', policy, model: 'gpt-4o-mini', status: 200, upstreamMs: 0.21,
    tokens: { input: 17, output: 9 }, noTraining: ['store_false'],
    redactions: { PERSON: 6, EMAIL_ADDRESS: 3, PHONE_NUMBER: 2, US_SSN: 1, CREDIT_CARD: 1, IP_ADDRESS: 1, DATE_TIME: 2, LOCATION: 2 },
  });
  finishRecord(deps, rec);
}

async function run(ms: number): Promise<number> {
  const until = performance.now() + ms;
  let n = 0;
  while (performance.now() < until) {
    for (let i = 0; i < 50; i++) one();
    n += 50;
    await new Promise((r) => setTimeout(r, 1));
  }
  await audit.drain();
  return n;
}

/** CPU µs by thread name (utime + stime, 10 ms ticks). */
function threads(): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(`${tid}:${name}`, (Number(f[11]) + Number(f[12])) * 10_000);
    } catch {
      // the thread ended meanwhile
    }
  }
  return out;
}

await run(2000);
const t0 = threads();
const c0 = process.cpuUsage();
const n = await run(seconds * 1000);
const c = process.cpuUsage(c0);
const groups = { main: 0, append: 0, other: 0 };
for (const [key, us] of threads()) {
  const d = us - (t0.get(key) ?? 0);
  const name = key.slice(key.indexOf(':') + 1);
  groups[name === 'MainThread' || name === 'node' ? 'main' : name === 'WorkerThread' ? 'append' : 'other'] += d;
}
process.stderr.write(
  `bench:record: node ${process.version}, load average ${loadavg()[0]!.toFixed(2)}; ${n} records\n` +
    `CPU per record: ${((c.user + c.system) / n).toFixed(1)} µs (main thread ${(groups.main / n).toFixed(1)}, append thread ${(groups.append / n).toFixed(1)}, ` +
    `other threads ${(groups.other / n).toFixed(1)})\n`,
);
await audit.close();
await thread.close();
