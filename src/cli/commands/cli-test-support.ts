import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../io.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export function tempDbPath(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'pledge-cli-')), 'pledge.db');
}

/** Runs `node bin/pledge.mjs …` as a user would. */
export function pledge(args: string[], env: Record<string, string>): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin/pledge.mjs'), ...args], {
    cwd: ROOT,
    env: { ...process.env, PLEDGE_SECRET: '', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** An in-process CliIo whose output is collected, for tests that need no child process. */
export function memoryIo(env: Record<string, string>, onStdout?: (chunk: Buffer) => void) {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const sink = (into: Buffer[], tap?: (chunk: Buffer) => void) =>
    new Writable({
      write(chunk: Buffer, _enc, done) {
        if (tap) tap(chunk);
        else into.push(chunk);
        done();
      },
    });
  const io: CliIo = { stdin: Readable.from([]), stdout: sink(out, onStdout), stderr: sink(err), env, cwd: process.cwd() };
  return { io, stdout: () => Buffer.concat(out).toString('utf8'), stderr: () => Buffer.concat(err).toString('utf8') };
}
