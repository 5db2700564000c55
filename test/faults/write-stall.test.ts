/**
 * A client that opens a stream and then reads nothing, without closing: backpressure bounds what
 * Pledge buffers for it (mid-stream.test.ts), and the write-stall timeout bounds how long it holds
 * the upstream request open. Here the timeout is 400 ms instead of the default minute.
 */
import { request, type IncomingMessage, type ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sleep, type MockHandler } from '../../mock/types.ts';
import { eventually, startHarness, type Harness } from '../support/harness.ts';
import { writeSseFlood } from '../support/sse-flood.ts';

const PIECE = `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta: { content: 'z'.repeat(64 * 1024) }, finish_reason: null }] })}\n\n`;
const upstream = { written: 0, closedEarly: false, finished: false };

const flood = (res: ServerResponse): Promise<void> => writeSseFlood(res, PIECE, 512 * 1024 * 1024, upstream);

const handler: MockHandler = async (req, res) => {
  if (req.path !== '/stall/v1/chat/completions') return false;
  await flood(res);
  return true;
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ mockHandlers: [handler], upstreams: (u) => ({ openai: `${u}/stall/v1` }), timeouts: { writeStallMs: 400 } });
});
afterAll(() => h.close());

describe('a client that stops reading a stream and never leaves', () => {
  it('is cut after the write-stall timeout: its connection closes, the upstream is aborted, the audit event says client_abort', async () => {
    const body = JSON.stringify({ model: 'gpt-4o-mini', stream: true, messages: [{ role: 'user', content: 'Write to ravi.iyer@example.in' }] });
    const res = await new Promise<IncomingMessage>((resolve, reject) => {
      const req = request(`${h.pledge.url}/openai/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer sk-test-client' } }, resolve);
      req.on('error', reject);
      req.end(body);
    });
    expect(res.statusCode).toBe(200);
    const id = res.headers['x-pledge-request-id'];
    res.on('error', () => {});
    await new Promise<void>((resolve) => res.once('data', () => { res.pause(); resolve(); }));
    // Cut once nothing has been read for 400 ms after the buffers on both hops filled: the upstream
    // request is aborted and the audit event written.
    await eventually(() => expect(upstream.closedEarly).toBe(true), 10_000);
    await eventually(() => expect(h.audit.find((e) => e.request_id === id)).toMatchObject({ outcome: 'client_abort', stream: true }), 5000);
    // Far less than the 512 MB on offer went out: backpressure held it while the client sat still.
    expect(upstream.written).toBeLessThan(64 * 1024 * 1024);
    // Reading again, the client gets what was in flight, then the end of a cut connection, not [DONE].
    let tail = '';
    await new Promise<void>((resolve) => {
      res.on('data', (d: Buffer) => (tail = (tail + d.toString('latin1')).slice(-64)));
      res.once('close', () => resolve());
      res.resume();
    });
    expect(tail).not.toContain('[DONE]');
  });

  it('a client that reads slowly but steadily is not cut', async () => {
    upstream.written = 0;
    upstream.closedEarly = false;
    const body = JSON.stringify({ model: 'gpt-4o-mini', stream: true, messages: [{ role: 'user', content: 'hello' }] });
    const res = await new Promise<IncomingMessage>((resolve, reject) => {
      const req = request(`${h.pledge.url}/openai/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer sk-test-client' } }, resolve);
      req.on('error', reject);
      req.end(body);
    });
    let read = 0;
    let closed = false;
    res.socket.on('close', () => (closed = true));
    res.on('error', () => {});
    // 1.5 s of reading in short bursts, each pause under the 400 ms timeout.
    const until = Date.now() + 1500;
    while (Date.now() < until) {
      res.pause();
      await sleep(150);
      res.resume();
      await new Promise<void>((resolve) => res.once('data', (d: Buffer) => { read += d.length; resolve(); }));
    }
    expect(closed).toBe(false);
    expect(read).toBeGreaterThan(0);
    res.destroy();
  });
});
