import { createServer } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anthropicAdapter } from '../src/core/providers/anthropic/index.ts';
import { openaiAdapter } from '../src/core/providers/openai/index.ts';
import type { ProxyRouter } from '../src/core/proxy-router.ts';
import { proxyListener } from '../src/runtime/node/proxy-listener.ts';
import type { ByteSource } from '../src/core/pipeline/byte-source.ts';
import { eventually, loadPolicyFile, startHarness, type Harness, settled } from './support/harness.ts';

/** Send raw bytes on one connection; resolves with everything written back before it closed. */
function raw(url: string, text: string, opts: { closeAfterMs?: number } = {}): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    let out = '';
    const socket = connect(Number(port), hostname, () => {
      socket.write(text);
      if (opts.closeAfterMs !== undefined) setTimeout(() => socket.destroy(), opts.closeAfterMs);
    });
    socket.setEncoding('utf8');
    socket.on('data', (d: string) => (out += d));
    socket.on('close', () => resolve(out));
    socket.on('error', () => resolve(out));
    socket.setTimeout(3000, () => socket.destroy());
  });
}

const chat = (model: string, stream = false) => JSON.stringify({ model, stream, messages: [{ role: 'user', content: 'Call Priya Sharma on +91 98765 43210' }] });
const post = (path: string, body: string, extra = '') =>
  `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${extra}\r\n${body}`;

/**
 * The Node front door answers proxied requests as the Hono app does (the app is what Workers
 * serve, and what Node served before the front door): the same suite runs against both.
 */
describe.each([
  ['the Node front door', true],
  ['the app', false],
])('%s, against the app it replaced', (_name, frontDoor) => {
  let h: Harness;
  /** How long key lookups take (a slow key store). */
  let slowAuthMs = 0;
  beforeAll(async () => {
    const policy = await loadPolicyFile('default');
    h = await startHarness({
      frontDoor,
      policy,
      adapters: [openaiAdapter, anthropicAdapter],
      deps: {
        auth: {
          resolve: async (presented) =>
            (slowAuthMs > 0 && (await new Promise((r) => setTimeout(r, slowAuthMs)))) || presented === 'sk-good'
              ? { ok: true as const, tenant: { id: 't', policy: policy.policy.name, passthrough: true } }
              : { ok: false as const, reason: 'invalid_key' as const, message: 'invalid key' },
        },
      },
    });
  });
  afterAll(async () => h.close());
  const upstreamCalls = () => h.mock.received.length;

  it('two Authorization headers are ambiguous: refused (401), not authenticated with the first', async () => {
    const before = upstreamCalls();
    const answer = await raw(h.pledge.url, post('/openai/v1/chat/completions', chat('gpt-4o-mini'), 'Authorization: Bearer sk-good\r\nAuthorization: Bearer sk-other\r\nConnection: close\r\n'));
    expect(answer).toMatch(/^HTTP\/1\.1 401 /);
    expect(answer).toContain('pledge_invalid_key');
    expect(upstreamCalls()).toBe(before);
  });

  it('a backslash in the path is refused (400), not read as a slash that leaves or enters a mount', async () => {
    const before = upstreamCalls();
    // A filter in front sees /openai/v1/…; the URL parser would resolve this to /anthropic/v1/messages.
    const answer = await raw(h.pledge.url, post('/openai/v1/..\\..\\anthropic/v1/messages', JSON.stringify({ model: 'claude-x', max_tokens: 5, messages: [] }), 'x-api-key: sk-good\r\nConnection: close\r\n'));
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    const models = await raw(h.pledge.url, 'GET /openai\\v1\\models HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer sk-good\r\nConnection: close\r\n\r\n');
    expect(models).toMatch(/^HTTP\/1\.1 400 /);
    // In the query it is only data.
    const inQuery = await raw(h.pledge.url, 'GET /openai/v1/models?x=a\\b HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer sk-good\r\nConnection: close\r\n\r\n');
    expect(inQuery).toMatch(/^HTTP\/1\.1 200 /);
    expect(upstreamCalls()).toBe(before + 1);
  });

  it('a client that sent its whole request and left while it was being authenticated: one audit event, client_abort', async () => {
    const before = upstreamCalls();
    await settled();
    const auditBefore = h.audit.length;
    slowAuthMs = 200;
    try {
      await raw(h.pledge.url, post('/openai/v1/chat/completions', chat('gpt-4o-mini'), 'Authorization: Bearer sk-good\r\n'), { closeAfterMs: 50 });
      await eventually(() => expect(h.audit.length).toBe(auditBefore + 1));
    } finally {
      slowAuthMs = 0;
    }
    // The app has the body already and still forwards it (audited ok); the front door stops there.
    if (frontDoor) {
      expect(h.audit.at(-1)).toMatchObject({ outcome: 'client_abort' });
      expect(upstreamCalls()).toBe(before);
    }
  });

  it('a refusal answered at once (bad key, unknown route) keeps the connection for the next request', async () => {
    const refusals = [
      post('/openai/v1/chat/completions', chat('gpt-4o-mini'), 'Authorization: Bearer sk-bad\r\n'),
      'GET /openai/v1/nowhere HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer sk-good\r\n\r\n',
    ];
    for (const first of refusals) {
      const answer = await raw(h.pledge.url, first + 'GET /openai/v1/models HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer sk-good\r\nConnection: close\r\n\r\n');
      const firstHead = answer.slice(0, answer.indexOf('\r\n\r\n'));
      expect(firstHead).toMatch(/^HTTP\/1\.1 40[14] /);
      expect(firstHead).not.toMatch(/^connection: close/im);
      expect(answer).toMatch(/HTTP\/1\.1 200 OK/);
    }
  });

  it('a client gone while the upstream is slow: one audit event, client_abort', async () => {
    await settled();
    const auditBefore = h.audit.length;
    await raw(h.pledge.url, post('/openai/v1/chat/completions', chat('mock-slow-400'), 'Authorization: Bearer sk-good\r\n'), { closeAfterMs: 100 });
    await eventually(() => expect(h.audit.slice(auditBefore)).toEqual([expect.objectContaining({ outcome: 'client_abort' })]));
    await new Promise((r) => setTimeout(r, 500));
    expect(h.audit.length).toBe(auditBefore + 1);
  });

  it('a client gone mid-stream: one audit event, client_abort', async () => {
    await settled();
    const auditBefore = h.audit.length;
    const got = await raw(h.pledge.url, post('/openai/v1/chat/completions', chat('mock-trickle', true), 'Authorization: Bearer sk-good\r\n'), { closeAfterMs: 150 });
    expect(got).toMatch(/^HTTP\/1\.1 200 /);
    await eventually(() => expect(h.audit.slice(auditBefore)).toEqual([expect.objectContaining({ outcome: 'client_abort', stream: true })]));
    await new Promise((r) => setTimeout(r, 300));
    expect(h.audit.length).toBe(auditBefore + 1);
  });

  it('an upstream reset mid-stream: the provider error event, one audit event, upstream_error', async () => {
    await settled();
    const auditBefore = h.audit.length;
    const got = await raw(h.pledge.url, post('/openai/v1/chat/completions', chat('mock-reset-mid', true), 'Authorization: Bearer sk-good\r\nConnection: close\r\n'));
    // Cut before or after the status line went out: a 502, or the provider's error event in the stream.
    expect(got).toMatch(/^HTTP\/1\.1 (200|502) /);
    expect(got).toContain('error');
    await eventually(() => expect(h.audit.slice(auditBefore)).toEqual([expect.objectContaining({ outcome: 'upstream_error' })]));
  });

  it('a client that stops reading a large stream and leaves: one audit event, client_abort', async () => {
    await settled();
    const auditBefore = h.audit.length;
    const { hostname, port } = new URL(h.pledge.url);
    await new Promise<void>((resolve) => {
      const socket = connect(Number(port), hostname, () => {
        socket.write(post('/openai/v1/chat/completions', chat('mock-huge-8', true), 'Authorization: Bearer sk-good\r\n'));
        socket.pause(); // never reads: the server's writes back up
        setTimeout(() => socket.destroy(), 400);
      });
      socket.on('close', () => resolve());
    });
    await eventually(() => expect(h.audit.slice(auditBefore)).toEqual([expect.objectContaining({ outcome: 'client_abort' })]), 4000);
  });
});

describe('the Node front door, writing a streamed answer Node refuses', () => {
  it('a streamed answer with a header value Node cannot write: a 502 with a request id, and the stream is cancelled (its bookkeeping runs, the upstream is released)', async () => {
    let cancelled = 0;
    const body: ByteSource = {
      read: () => new Promise(() => {}), // upstream still open
      cancel: async () => void cancelled++,
    };
    const router: ProxyRouter = {
      adapterFor: (path) => (path.startsWith('/openai/v1/') ? openaiAdapter : undefined),
      handle: async () => ({ status: 200, headers: { 'content-type': 'text/event-stream', 'x-request-id': 'a\r\nset-cookie: x=1' }, body }),
    };
    const server = createServer(proxyListener(router, (_req, res) => res.writeHead(404).end()));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/openai/v1/chat/completions`, { method: 'POST', body: '{}' });
      expect(res.status).toBe(502);
      expect(res.headers.get('x-pledge-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.headers.get('set-cookie')).toBeNull();
      await eventually(() => expect(cancelled).toBe(1));
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });
});
