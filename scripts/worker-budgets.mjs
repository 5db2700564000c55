#!/usr/bin/env node
// Worker budgets (issue 9), measured offline and printed:
//   1. bundle size, gzip ≤ 1 MiB (wrangler deploy --dry-run);
//   2. startup (script evaluation) in workerd, via `wrangler check startup`: far under 1 s;
//   3. CPU time per request in workerd for a 4 KB prompt dense with personal data: ≤ 5 ms.
// CPU is timed inside workerd around the Worker's own request handling (redaction, no-training,
// restore, audit event, log line); the upstream answers from memory, so no time is I/O wait.
// Exit 1 if any budget is exceeded. Run: npm run worker:budgets
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUDGET = { gzipBytes: 1024 * 1024, startupMs: 400, cpuMs: 5 };
const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', NO_COLOR: '1', CI: '1' };
const wrangler = path.join(root, 'node_modules', 'wrangler', 'bin', 'wrangler.js');
const results = [];
const report = (name, value, unit, budget) => {
  const ok = value <= budget;
  results.push(ok);
  process.stdout.write(`${ok ? 'ok  ' : 'OVER'} ${name}: ${value.toFixed(unit === 'KiB' ? 1 : 2)} ${unit} (budget ${budget} ${unit})\n`);
};

// 1. Bundle size.
const out = mkdtempSync(path.join(tmpdir(), 'pledge-dist-'));
execFileSync(process.execPath, [wrangler, 'deploy', '--dry-run', '--outdir', out], { cwd: root, env, stdio: 'pipe' });
const bundle = readdirSync(out).filter((f) => f.endsWith('.js')).map((f) => readFileSync(path.join(out, f)));
const raw = bundle.reduce((n, b) => n + b.length, 0);
const gz = bundle.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
rmSync(out, { recursive: true, force: true });
process.stdout.write(`bundle: ${(raw / 1024).toFixed(1)} KiB raw\n`);
report('bundle gzip', gz / 1024, 'KiB', BUDGET.gzipBytes / 1024);

// 2. Startup: workerd's CPU profile of script evaluation.
const profile = path.join(tmpdir(), `pledge-startup-${process.pid}.cpuprofile`);
const startup = execFileSync(process.execPath, [wrangler, 'check', 'startup', '--outfile', profile], { cwd: root, env, encoding: 'utf8', stdio: 'pipe' });
rmSync(profile, { force: true });
const active = /Active:\s*([\d.]+)\s*ms/.exec(startup);
if (!active) throw new Error(`could not read the startup profile:\n${startup}`);
report('startup (script evaluation, local CPU profile)', Number(active[1]), 'ms', BUDGET.startupMs);

// 3. CPU per request, inside workerd (test/workerd/budget/cpu.test.ts): the real Worker deps with
// the provider answering from memory, so elapsed time in the isolate is CPU time.
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
let cpuOut = '';
try {
  cpuOut = execFileSync(process.execPath, [vitest, 'run', '--project', 'workerd'], { cwd: root, env: { ...env, PLEDGE_WORKER_BUDGET: '1' }, encoding: 'utf8', stdio: 'pipe' });
} catch (err) {
  cpuOut = `${err.stdout ?? ''}${err.stderr ?? ''}`;
}
const line = /WORKER_CPU_BUDGET (\{.*\})/.exec(cpuOut);
if (!line) throw new Error(`the CPU budget test printed no figure:\n${cpuOut.slice(-3000)}`);
const cpu = JSON.parse(line[1]);
process.stdout.write(`first request (engine compiled for the policy): ${cpu.first_ms} ms; p50 ${cpu.p50_ms} ms, p95 ${cpu.p95_ms} ms over ${cpu.runs}\n`);
report(`CPU per request, ${cpu.prompt_bytes}-byte prompt with personal data (mean)`, cpu.mean_ms, 'ms', BUDGET.cpuMs);
process.stdout.write(`  the same request with PII detection off: ${cpu.without_detection_ms} ms (the rest is the redaction engine)\n`);
process.stdout.write(`machine: ${os.cpus().length} CPUs, load average ${os.loadavg().map((n) => n.toFixed(1)).join(' ')} (timings scale with contention)\n`);
process.exit(results.every(Boolean) ? 0 : 1);
