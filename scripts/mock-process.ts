import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/** The mock provider (mock/main.ts) as its own process on a free loopback port, for load scripts. */
export function startMockProcess(env: Record<string, string> = {}): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'mock/main.ts', '--port=0'], {
      cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env },
    });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /"mock":"(http:[^"]+)"/.exec(out);
      if (m) resolve({ url: m[1]!, child });
    });
    child.on('exit', (code) => reject(new Error(`mock exited ${code}`)));
  });
}
