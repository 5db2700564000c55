import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { verifyChain } from '../../../core/audit/verify.ts';
import { openSqliteAuditStore } from './audit-store.ts';

const fixture = fileURLToPath(new URL('./writer-shutdown.fixture.ts', import.meta.url));

it('SIGTERM mid-stream drains the queue: every accepted event is committed and the chain verifies', async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'pledge-sigterm-')), 'pledge.db');
  const child = spawn(process.execPath, ['--import', 'tsx', fixture, file], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('ready')) resolve();
    });
    child.on('exit', () => reject(new Error(`child exited early: ${out}`)));
  });
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  const accepted = Number(/accepted (\d+)/.exec(out)?.[1]);
  expect(accepted).toBeGreaterThanOrEqual(200);

  const store = await openSqliteAuditStore(file);
  expect(await store.head()).toMatchObject({ seq: accepted });
  expect(await verifyChain(store.scan())).toMatchObject({ ok: true, count: accepted });
  await store.close();
}, 60_000);
