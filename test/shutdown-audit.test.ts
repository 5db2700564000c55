/**
 * Shutdown cuts requests still in flight (at once, or when the grace runs out): a stream whose
 * model is still thinking, an answer whose headers have not come, an answer whose body is still
 * arriving. Each one's audit event must be in the chain when close() returns, and the upstream
 * request must not outlive it.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNodePledge } from '../src/runtime/node/start.ts';

const errors: unknown[] = [];
const logger = { info: () => {}, warn: () => {}, error: (o: unknown) => errors.push(o) };
let upstream: Server;
let upstreamUrl = '';
let mode: 'stream' | 'no-headers' | 'slow-body' | 'whole' = 'stream';

beforeAll(async () => {
  upstream = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (mode === 'stream') {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write('data: {"id":"c1","object":"chat.completion.chunk","model":"gpt-4o-mini","choices":[{"index":0,"delta":{"content":"Hello"}}]}\n\n');
      } else if (mode === 'whole') {
        const body = '{"id":"x","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"ok"},"finish_reason":"stop"}]}';
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length) }).end(body);
      } else if (mode === 'slow-body') {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '200' });
        res.write('{"id":"x",');
      }
      // Then nothing more: a model still thinking.
    });
  });
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
  const a = upstream.address();
  upstreamUrl = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}/v1`;
});
afterAll(async () => {
  upstream.closeAllConnections();
  await new Promise((r) => upstream.close(r));
});

async function start() {
  errors.length = 0;
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'pledge-shutdown-')), 'pledge.db');
  const pledge = await startNodePledge({ env: { PORT: '0', PLEDGE_DB: file, PLEDGE_SECRET: 'shutdown-secret-0123456789', PLEDGE_OPENAI_UPSTREAM: upstreamUrl }, logger });
  const outcomes = () => {
    const db = new DatabaseSync(file);
    try {
      return db.prepare("SELECT json_extract(event,'$.outcome') AS outcome FROM audit_events WHERE kind = 'request'").all().map((r) => r.outcome);
    } finally {
      db.close();
    }
  };
  return { pledge, outcomes };
}

const chat = (url: string, stream: boolean) =>
  fetch(`${url}/openai/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk-x' },
    body: JSON.stringify({ model: 'gpt-4o-mini', stream, messages: [{ role: 'user', content: 'hi' }] }),
  });

const upstreamConnections = () => new Promise<number>((r) => upstream.getConnections((_e, n) => r(n)));

describe('shutdown with requests in flight', () => {
  it.each([0, 200])('audits a stream cut by close({ graceMs: %i }) as client_abort', async (graceMs) => {
    mode = 'stream';
    const { pledge, outcomes } = await start();
    const reader = (await chat(pledge.url, true)).body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toContain('Hello');
    await pledge.close({ graceMs });
    await reader.read().catch(() => {});
    expect(outcomes()).toEqual(['client_abort']);
    expect(errors).toEqual([]);
  });

  it.each(['no-headers', 'slow-body'] as const)('audits a whole answer cut while %s, and leaves no upstream request open', async (m) => {
    mode = m;
    const { pledge, outcomes } = await start();
    const pending = chat(pledge.url, false).catch((e: unknown) => e);
    for (let i = 0; i < 100 && (await upstreamConnections()) === 0; i++) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 50));
    await pledge.close({ graceMs: 0 });
    expect(outcomes()).toEqual(['client_abort']);
    expect(errors).toEqual([]);
    await pending;
    for (let i = 0; i < 50 && (await upstreamConnections()) > 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(await upstreamConnections()).toBe(0);
  });

  it('closes the idle upstream connections too, not when their keep-alive runs out', async () => {
    mode = 'whole';
    const { pledge, outcomes } = await start();
    expect((await chat(pledge.url, false)).status).toBe(200);
    expect(await upstreamConnections()).toBe(1);
    await pledge.close();
    expect(outcomes()).toEqual(['ok']);
    for (let i = 0; i < 50 && (await upstreamConnections()) > 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(await upstreamConnections()).toBe(0);
  });
});
