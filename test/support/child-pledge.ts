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

/** Thrown when the child died from a signal it did not get from us, before it was listening. */
class KilledBeforeListening extends Error {}

/**
 * Starts the child; if something outside the test killed it by a signal before it listened (the
 * machine is shared), starts it once more. A non-zero exit is a real failure and is not retried.
 */
export interface ChildOptions {
  nodeArgs?: string[];
  keepOutput?: boolean;
  /** A built bundle to run (what `npm start` runs, scripts/build-node.mjs) instead of the TypeScript entry through tsx. */
  script?: string;
}

export async function startChildPledge(env: Record<string, string>, opts: ChildOptions = {}): Promise<ChildPledge> {
  try {
    return await startOnce(env, opts);
  } catch (err) {
    if (err instanceof KilledBeforeListening) return startOnce(env, opts);
    throw err;
  }
}

async function startOnce(env: Record<string, string>, opts: ChildOptions): Promise<ChildPledge> {
  const entry = opts.script ? [opts.script] : ['--import', 'tsx', path.join(ROOT, 'src/runtime/node/main.ts')];
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), ...entry], {
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
  let signal: NodeJS.Signals | null = null;
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code, sig) => {
    signal = sig;
    resolve(code);
  }));
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
    void exited.then((code) => {
      const why = `pledge exited (code ${code}, signal ${signal}) before listening: ${Buffer.concat(err).toString().slice(-800)}`;
      reject(signal !== null ? new KilledBeforeListening(why) : new Error(why));
    });
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
