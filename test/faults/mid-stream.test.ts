/**
 * Stream faults that need a purpose-built upstream: a reset after the head is surely on the wire,
 * and a flood that only a slow-reading client holds back (backpressure: Pledge reads upstream
 * only as fast as the client reads, so its buffers stay bounded).
 */
import { request } from 'node:http';
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sleep, startSse, type MockHandler } from '../../mock/types.ts';
import { eventually, startHarness, type Harness } from '../support/harness.ts';
import { writeSseFlood } from '../support/sse-flood.ts';

const EMAIL = 'ravi.iyer@example.in';
const chunk = (content: string) =>
  `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta: { content }, finish_reason: null }] })}\n\n`;

const flood = { written: 0, closedEarly: false, finished: false };
const FLOOD_TOTAL = 256 * 1024 * 1024;
const PIECE = chunk('y'.repeat(64 * 1024));

const writeFlood = (res: ServerResponse): Promise<void> => writeSseFlood(res, PIECE, FLOOD_TOTAL, flood);

const handler: MockHandler = async (req, res) => {
  if (req.path !== '/bp/v1/chat/completions') return false;
  const model = (req.body as { model?: string }).model;
  if (model === 'reset-after-head') {
    startSse(res);
    res.write(chunk(`Hello [EMAIL_ADDRESS_1], `));
    res.write(chunk('more text'));
    await sleep(150);
    res.socket?.destroy();
    return true;
  }
  if (model === 'flood') {
    await writeFlood(res);
    return true;
  }
  return false;
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ mockHandlers: [handler], upstreams: (u) => ({ openai: `${u}/bp/v1` }) });
});
afterAll(() => h.close());

const body = (model: string) => JSON.stringify({ model, stream: true, messages: [{ role: 'user', content: `Write to ${EMAIL}` }] });
const headers = { 'content-type': 'application/json', authorization: 'Bearer sk-test-client' };

describe('mid-stream faults with the head already sent', () => {
  it('a reset after some events ends the stream with an OpenAI error event, restored text before it, audited', async () => {
    const res = await fetch(`${h.pledge.url}/openai/v1/chat/completions`, { method: 'POST', headers, body: body('reset-after-head') });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain(`Hello ${EMAIL}, `);
    expect(text.trimEnd().split('\n\n').at(-1)).toMatch(/^data: \{"error":\{"message":"The connection to the upstream provider failed mid-stream\.","type":"server_error"/);
    const id = res.headers.get('x-pledge-request-id');
    await eventually(() => expect(h.audit.find((e) => e.request_id === id)).toMatchObject({ outcome: 'upstream_error', stream: true, status: 200 }));
    expect(JSON.stringify(h.logs)).not.toContain(EMAIL);
  });
});

describe('backpressure', () => {
  it('a client that stops reading holds the upstream back (bounded buffers), and leaving aborts it', async () => {
    let firstBytes = 0;
    const { req, res } = await new Promise<{ req: ReturnType<typeof request>; res: import('node:http').IncomingMessage }>((resolve, reject) => {
      const req = request(`${h.pledge.url}/openai/v1/chat/completions`, { method: 'POST', headers }, (res) => resolve({ req, res }));
      req.on('error', reject);
      req.end(body('flood'));
    });
    expect(res.statusCode).toBe(200);
    await new Promise<void>((resolve) => res.once('data', (d: Buffer) => { firstBytes = d.length; res.pause(); resolve(); }));
    expect(firstBytes).toBeGreaterThan(0);
    // Wait until the upstream writer has stalled: no progress for 500 ms.
    let last = -1;
    for (let i = 0; i < 40 && flood.written !== last; i++) {
      last = flood.written;
      await sleep(500);
    }
    expect(flood.written).toBe(last);
    // Socket buffers on both hops plus one chunk per stream stage: far below the 256 MB on offer.
    expect(flood.written).toBeLessThan(48 * 1024 * 1024);
    expect(flood.finished).toBe(false);
    const id = res.headers['x-pledge-request-id'];
    req.destroy();
    await eventually(() => expect(flood.closedEarly).toBe(true), 5000);
    await eventually(() => expect(h.audit.find((e) => e.request_id === id)).toMatchObject({ outcome: 'client_abort', stream: true }), 5000);
  });
});
