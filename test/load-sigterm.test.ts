/**
 * SIGTERM mid-load (issue 7): the real Node runtime in a child process, built as `npm start`
 * builds it (scripts/build-node.mjs), takes concurrent requests, is sent SIGTERM part-way through,
 * and drains. Every request that got a response has its audit
 * event in the SQLite file, and `pledge audit verify` passes on the chain.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { startMockProvider, type MockProvider } from '../mock/server.ts';
import { startChildPledge, type ChildPledge } from './support/child-pledge.ts';

const TOTAL = 2000;
const CONCURRENCY = 50;
const KILL_AFTER = 600;

const ROOT = path.resolve(import.meta.dirname, '..');
/** Its own bundle folder inside the repository (bare imports resolve from node_modules there). */
const OUTDIR = path.join(ROOT, 'dist', `test-sigterm-${process.pid}`);

let mock: MockProvider | undefined;
let pledge: ChildPledge | undefined;
afterAll(async () => {
  await pledge?.stop('SIGKILL');
  await mock?.close();
  rmSync(OUTDIR, { recursive: true, force: true });
});

describe('SIGTERM under load', () => {
  it('loses no audit event of a request that got a response, and the chain verifies', { timeout: 120_000 }, async () => {
    const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-node.mjs'), OUTDIR], { cwd: ROOT, encoding: 'utf8' });
    expect(built.status, built.stderr).toBe(0);
    mock = await startMockProvider();
    const db = path.join(mkdtempSync(path.join(tmpdir(), 'pledge-sigterm-')), 'pledge.db');
    pledge = await startChildPledge(
      { PLEDGE_DB: db, PLEDGE_SECRET: 'sigterm-secret-0123456789abc', PLEDGE_OPENAI_UPSTREAM: `${mock.url}/v1` },
      { keepOutput: false, script: path.join(OUTDIR, 'main.js') },
    );
    const url = `${pledge.url}/openai/v1/chat/completions`;
    const answered: string[] = [];
    let failed = 0;
    let next = 0;
    let signalled = false;
    const worker = async () => {
      while (next < TOTAL) {
        const i = next++;
        // Half streamed: a stream's event is written when it ends, after its headers went out.
        const stream = i % 2 === 1;
        try {
          const res = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: 'Bearer sk-sigterm' },
            body: JSON.stringify({ model: 'gpt-4o-mini', stream, messages: [{ role: 'user', content: `lead ${i}: write to lead${i}@example.com` }] }),
          });
          const text = await res.text();
          // A response counts as given only when the client got all of it.
          if (res.status === 200 && (!stream || text.includes('data: [DONE]'))) answered.push(res.headers.get('x-pledge-request-id')!);
          else failed++;
        } catch {
          failed++;
        }
        if (!signalled && answered.length >= KILL_AFTER) {
          signalled = true;
          pledge!.child.kill('SIGTERM');
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    expect(signalled).toBe(true);
    expect(await pledge.exited).toBe(0);
    expect(answered.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(failed).toBeGreaterThan(0); // the server really went away mid-load

    const h = new DatabaseSync(db, { readOnly: true });
    let ids: Set<string>;
    try {
      ids = new Set(h.prepare("SELECT json_extract(event, '$.request_id') AS id FROM audit_events WHERE kind = 'request'").all().map((r) => String(r.id)));
    } finally {
      h.close();
    }
    const missing = answered.filter((id) => !ids.has(id));
    expect(missing).toEqual([]);

    const verify = spawnSync(process.execPath, [path.join(import.meta.dirname, '..', 'bin/pledge.mjs'), 'audit', 'verify'], {
      env: { ...process.env, PLEDGE_DB: db, PLEDGE_SECRET: '' }, encoding: 'utf8', timeout: 60_000,
    });
    expect(verify.stdout + verify.stderr).toMatch(/audit chain ok/);
    expect(verify.status).toBe(0);
  });

  it('a stream in flight when SIGTERM arrives finishes (grace period), and its event is in the chain', { timeout: 60_000 }, async () => {
    mock ??= await startMockProvider();
    const db = path.join(mkdtempSync(path.join(tmpdir(), 'pledge-sigterm-')), 'pledge.db');
    const child = await startChildPledge({ PLEDGE_DB: db, PLEDGE_SECRET: 'sigterm-secret-0123456789abc', PLEDGE_OPENAI_UPSTREAM: `${mock.url}/v1` }, { keepOutput: false });
    const res = await fetch(`${child.url}/openai/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer sk-sigterm' },
      body: JSON.stringify({ model: 'mock-trickle', stream: true, messages: [{ role: 'user', content: 'a slow reply for ravi@example.com please' }] }),
    });
    const reader = res.body!.getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    child.child.kill('SIGTERM');
    let text = new TextDecoder().decode(first.value);
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    expect(text).toMatch(/data: \[DONE\]\n\n$/);
    expect(text).toContain('ravi@example.com');
    expect(await child.exited).toBe(0);
    const h = new DatabaseSync(db, { readOnly: true });
    try {
      const row = h.prepare("SELECT json_extract(event, '$.outcome') AS outcome FROM audit_events WHERE json_extract(event, '$.request_id') = ?").get(res.headers.get('x-pledge-request-id'));
      expect(row?.outcome).toBe('ok');
    } finally {
      h.close();
    }
  });
});
