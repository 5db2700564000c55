/**
 * The real Node runtime (`npm start`'s entry) as a child process, for tests that must see its
 * stdout/stderr bytes, its memory, or send it signals. One process: `node --import tsx`, so the
 * pid is Pledge itself (tsx's CLI would put a wrapper process in between).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface ChildPledge {
  url: string;
  child: ChildProcess;
  stdout(): Buffer;
  stderr(): Buffer;
  /** The last 8 KB of stdout, kept even when `keepOutput` is false. */
  stdoutTail(): string;
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>;
  /** Current and peak resident set size in bytes (Linux /proc), or undefined elsewhere. */
  rss(): { now: number; peak: number } | undefined;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export async function startChildPledge(env: Record<string, string>, opts: { nodeArgs?: string[]; keepOutput?: boolean } = {}): Promise<ChildPledge> {
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), '--import', 'tsx', path.join(ROOT, 'src/runtime/node/main.ts')], {
    cwd: ROOT,
    // Only what Pledge needs: nothing from the test runner's environment leaks in.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const keep = opts.keepOutput !== false;
  let head = '';
  let tail = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const onOut = (d: Buffer) => {
      if (keep) out.push(d);
      tail = (tail + d.toString()).slice(-8192);
      if (head.length < 65536) {
        head += d.toString();
        const m = /"url":"(http:[^"]+)"/.exec(head);
        if (m) resolve(m[1]!);
      }
    };
    child.stdout!.on('data', onOut);
    child.stderr!.on('data', (d: Buffer) => err.push(d));
    void exited.then((code) => reject(new Error(`pledge exited ${code} before listening: ${Buffer.concat(err).toString().slice(-800)}`)));
  });
  return {
    url, child, exited,
    stdout: () => Buffer.concat(out),
    stderr: () => Buffer.concat(err),
    stdoutTail: () => tail,
    rss() {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
        return { now: kb('VmRSS'), peak: kb('VmHWM') };
      } catch {
        return undefined;
      }
    },
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
