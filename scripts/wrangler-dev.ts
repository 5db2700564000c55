/**
 * Starts the Worker under `wrangler dev --local` (offline: no metrics, no cf fetch, state in a
 * temp dir) and waits for /healthz. Used by test/worker-wrangler-dev.test.ts.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface WranglerDev {
  url: string;
  /** Everything wrangler and the Worker printed so far (the Worker's JSON log lines included). */
  output(): string;
  close(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address() as { port: number };
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

export async function startWranglerDev(opts: { vars: Record<string, string>; root: string; timeoutMs?: number }): Promise<WranglerDev> {
  const port = await freePort();
  const inspector = await freePort();
  const state = mkdtempSync(path.join(tmpdir(), 'pledge-wrangler-'));
  const vars = Object.entries(opts.vars).flatMap(([k, v]) => ['--var', `${k}:${v}`]);
  // This Node (v24), not whatever `node` is first on PATH: wrangler needs >= 22.
  const bin = path.join(opts.root, 'node_modules', 'wrangler', 'bin', 'wrangler.js');
  const child = spawn(process.execPath, [bin, 'dev', '--local', '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(inspector), '--persist-to', state, '--show-interactive-dev-session=false', ...vars], {
    cwd: opts.root,
    detached: true, // its own process group, so close() ends wrangler and its workerd together
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', CI: '1', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr.on('data', (b: Buffer) => (out += b.toString()));
  const url = `http://127.0.0.1:${port}`;
  const close = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {}
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    }
    rmSync(state, { recursive: true, force: true });
  };
  const until = Date.now() + (opts.timeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited (${child.exitCode}):\n${out.slice(-2000)}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {}
    if (Date.now() > until) {
      await close();
      throw new Error(`wrangler dev did not become ready:\n${out.slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    output: () => out,
    close,
  };
}
