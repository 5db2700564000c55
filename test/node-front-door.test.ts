import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anthropicAdapter } from '../src/core/providers/anthropic/index.ts';
import { openaiAdapter } from '../src/core/providers/openai/index.ts';
import { eventually, startHarness, type Harness, settled } from './support/harness.ts';
import { countingBody } from './support/counting-body.ts';

const LIMIT = 1_048_576; // policies/default.yaml limits.max_body_bytes

/** Send raw bytes on one connection; resolves with everything the server wrote back before closing. */
function raw(url: string, text: string, opts: { closeAfterWrite?: boolean } = {}): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    let out = '';
    const socket = connect(Number(port), hostname, () => {
      socket.write(text);
      if (opts.closeAfterWrite) socket.end();
    });
    socket.setEncoding('utf8');
    socket.on('data', (d: string) => (out += d));
    socket.on('close', () => resolve(out));
    socket.on('error', reject);
    socket.setTimeout(3000, () => socket.destroy());
  });
}

/** The Node front door: proxied requests go from node:http to the pipeline without the Hono app. */
describe('the Node front door', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ adapters: [openaiAdapter, anthropicAdapter] });
  });
  afterAll(async () => h.close());

  const upstreamCalls = () => h.mock.received.length;

  it('a chunked body over the limit gets 413 in the provider envelope, not a reset while the client is still sending, and nothing goes upstream', async () => {
    const before = upstreamCalls();
    const { stream, state } = countingBody(200);
    const res = await fetch(`${h.pledge.url}/anthropic/v1/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': 'sk-ant-x' }, body: stream, duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ type: 'error', error: { type: 'request_too_large' } });
    expect(state.pulled).toBeGreaterThan(LIMIT / 65_536);
    expect(upstreamCalls()).toBe(before);
    await eventually(() => expect(h.audit.at(-1)).toMatchObject({ status: 413, outcome: 'refused', refusal: 'body_too_large' }));
  });

  it('a client that keeps sending a refused body is cut off soon after its answer', async () => {
    const state = { pulled: 0 };
    const chunk = new TextEncoder().encode('x'.repeat(65_536));
    const endless = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await new Promise((r) => setTimeout(r, 20));
        state.pulled += 1;
        controller.enqueue(chunk);
      },
    }, { highWaterMark: 0 });
    const res = await fetch(`${h.pledge.url}/openai/v1/chat/completions`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer sk-x' }, body: endless, duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    await res.arrayBuffer();
    await new Promise((r) => setTimeout(r, 1800)); // DISCARD_MS is 1 s
    const afterCut = state.pulled;
    await new Promise((r) => setTimeout(r, 500));
    expect(state.pulled - afterCut).toBeLessThanOrEqual(1);
  });

  it('a declared length over the limit gets 413 before the body is read, and the connection closes a second later instead of waiting for it', async () => {
    const started = Date.now();
    const answer = await raw(h.pledge.url, `POST /openai/v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${LIMIT + 1}\r\n\r\n{"model":`);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toContain('pledge_body_too_large');
    expect(Date.now() - started).toBeLessThan(2000); // closed by Pledge, not by this client's 3 s timeout
  });

  it('a body the client cuts short is audited as client_abort, and nothing goes upstream', async () => {
    const before = upstreamCalls();
    await settled();
    const auditBefore = h.audit.length;
    await raw(h.pledge.url, 'POST /openai/v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Priya Sharma', { closeAfterWrite: true });
    await eventually(() => expect(h.audit.slice(auditBefore)).toEqual([expect.objectContaining({ outcome: 'client_abort', endpoint: 'chat.completions' })]));
    expect(upstreamCalls()).toBe(before);
    expect(JSON.stringify(h.logs)).not.toContain('Priya');
  });

  it('the mount is decided on the resolved path: dot segments that leave a mount are not proxied', async () => {
    const answer = await raw(h.pledge.url, 'GET /openai/v1/../../healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(answer).toContain('{"status":"ok"}');
    const inside = await raw(h.pledge.url, 'GET /openai/v1/x/../models HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer sk-x\r\nConnection: close\r\n\r\n');
    expect(inside).toMatch(/^HTTP\/1\.1 200 /);
    expect(inside.toLowerCase()).toContain('x-pledge-request-id');
  });

  it('whole answers keep upstream allowlisted headers and get a request id; other headers are dropped', async () => {
    const res = await fetch(`${h.pledge.url}/openai/v1/chat/completions`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer sk-x' },
      body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Call Priya Sharma on +91 98765 43210' }] }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(res.headers.get('x-pledge-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(Number(res.headers.get('content-length'))).toBe(Buffer.byteLength(await res.text()));
  });
});
