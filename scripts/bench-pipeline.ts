/**
 * `npm run bench:pipeline`: the CPU time Pledge's own work costs per request (parse, redact,
 * no-training, restore, audit, log line, metrics; all threads, GC included), without node:http
 * and the upstream client. See scripts/pipeline-driver.ts for what runs.
 *
 * The driver is bundled with esbuild as `npm start` is (no tsx in the measured process), next to
 * the audit append thread's bundle.
 *   PIPELINE_SECONDS (default 10); PIPELINE_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
// @ts-expect-error: a plain .mjs script without types
import { buildNode } from './build-node.mjs';

const root = path.resolve(import.meta.dirname, '..');
const outdir = path.join(root, 'dist', 'bench-pipeline');
await buildNode(outdir, { driver: 'scripts/pipeline-driver.ts' });
const nodeArgs = (process.env.PIPELINE_NODE_ARGS ?? '').split(' ').filter(Boolean);
const r = spawnSync(process.execPath, [...nodeArgs, path.join(outdir, 'driver.js')], {
  cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, PLEDGE_ROOT: root },
});
process.exitCode = r.status ?? 1;
