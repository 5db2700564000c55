/**
 * The HTTP surface as an attacker sees it, over raw sockets where a well-behaved client would
 * refuse to send the bytes: header injection (CR/LF), SSRF through headers, model names and paths,
 * oversized headers (431), slow headers and slow bodies (408), and the constant-time comparison.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anthropicRoutes } from '../../mock/anthropic.ts';
import { geminiRoutes } from '../../mock/gemini.ts';
import { startMockProvider, type MockProvider } from '../../mock/server.ts';
import { sleep } from '../../mock/types.ts';
import { createApp } from '../../src/core/app.ts';
import { createProxyRouter } from '../../src/core/proxy-router.ts';
import { builtinAdapters } from '../../src/core/providers/registry.ts';
import { timingSafeEqual } from '../../src/core/tenancy/keys.ts';
import { serveApp, type RunningServer } from '../../src/runtime/node/serve.ts';
import { startHarness, type Harness } from '../support/harness.ts';

let h: Harness;
/** Any request reaching this server is an SSRF. */
let evil: MockProvider;
/** The same app with short read timeouts, for the slowloris cases. */
let strict: RunningServer;

beforeAll(async () => {
  evil = await startMockProvider();
  h = await startHarness({
    adapters: [...builtinAdapters],
    mockHandlers: [anthropicRoutes(), geminiRoutes()],
    upstreams: (u) => ({ openai: `${u}/v1`, anthropic: u, gemini: u }),
  });
  strict = await serveApp(createApp(h.deps), { host: '127.0.0.1', port: 0, proxy: createProxyRouter(h.deps), timeouts: { headersTimeoutMs: 300, requestTimeoutMs: 600, checkIntervalMs: 50 } });
});
afterAll(async () => {
  await strict.close();
  await h.close();
  await evil.close();
});

/** Writes raw bytes (optionally in timed pieces) and returns everything the server sent back before closing. */
function raw(base: string, pieces: (string | Buffer)[], opts: { gapMs?: number; maxMs?: number } = {}): Promise<{ text: string; closedEarly: boolean }> {
  const { port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    let text = '';
    let sent = 0;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(guard);
      resolve({ text, closedEarly: sent < pieces.length });
    };
    const guard = setTimeout(() => {
      socket.destroy();
      finish();
    }, opts.maxMs ?? 10_000);
    socket.on('data', (d) => (text += d.toString('latin1')));
    socket.on('close', finish);
    socket.on('error', (e) => (text ? finish() : reject(e)));
    socket.on('connect', async () => {
      for (const p of pieces) {
        if (socket.destroyed) break;
        socket.write(p);
        sent++;
        if (opts.gapMs) await sleep(opts.gapMs);
      }
    });
  });
}

const status = (text: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
const chatBody = (model = 'gpt-4o-mini') => JSON.stringify({ model, messages: [{ role: 'user', content: 'hi' }] });
function request(path: string, headers: string[], body: string): string {
  return [`POST ${path} HTTP/1.1`, 'Host: 127.0.0.1', 'Content-Type: application/json', `Content-Length: ${Buffer.byteLength(body)}`, 'Connection: close', ...headers, '', body].join('\r\n');
}

describe('header injection', () => {
  it('a CR or LF inside a header value is refused by the HTTP parser (400); nothing goes upstream', async () => {
    const before = h.mock.received.length;
    for (const bad of ['X-Pledge-Upstream-Key: sk-a\rX-Injected: 1', 'Authorization: Bearer sk-a\r Evil: 1', 'X-Foo: a\nb']) {
      const r = await raw(h.pledge.url, [request('/openai/v1/chat/completions', [bad], chatBody())]);
      expect(status(r.text), bad).toBe(400);
    }
    expect(h.mock.received.length).toBe(before);
  });

  it('client headers are not copied upstream: only the allowlist (auth, version) plus our own', async () => {
    const injected = ['X-Injected: yes', 'X-Forwarded-Host: evil.example', 'Cookie: sid=abc', 'X-Forwarded-For: 203.0.113.9', 'Forwarded: for=203.0.113.9', 'Proxy-Authorization: Basic Zm9vOmJhcg==', 'Transfer-Encoding-X: chunked', 'X-Http-Method-Override: DELETE'];
    const r = await raw(h.pledge.url, [request('/openai/v1/chat/completions', ['Authorization: Bearer sk-client', ...injected], chatBody())]);
    expect(status(r.text)).toBe(200);
    const seen = h.mock.received.at(-1)!;
    for (const line of injected) expect(seen.headers[line.split(':')[0]!.toLowerCase()]).toBeUndefined();
    expect(seen.headers.authorization).toBe('Bearer sk-client');
    expect(seen.headers['content-usage']).toBe('train-ai=n');
  });

  it('fetch Headers refuse CR/LF values, so no code path can build an injected upstream header', () => {
    expect(() => new Headers({ 'x-a': 'v\r\nInjected: 1' })).toThrow();
    expect(() => new Headers().set('authorization', 'Bearer a\nb')).toThrow();
  });
});

describe('SSRF', () => {
  it('Host, X-Forwarded-Host, X-Pledge-* and absolute-form targets never change the upstream', async () => {
    const evilHost = new URL(evil.url).host;
    const before = h.mock.received.length;
    const headers = [`X-Forwarded-Host: ${evilHost}`, `X-Pledge-Upstream: ${evil.url}/v1`, `X-Pledge-Base-Url: ${evil.url}`, `X-Original-URL: ${evil.url}/v1/chat/completions`, 'Authorization: Bearer sk-client'];
    const hostOverride = request('/openai/v1/chat/completions', headers, chatBody()).replace('Host: 127.0.0.1', `Host: ${evilHost}`);
    expect(status((await raw(h.pledge.url, [hostOverride])).text)).toBe(200);
    const absolute = request(`${evil.url}/openai/v1/chat/completions`, headers, chatBody());
    const abs = await raw(h.pledge.url, [absolute]);
    expect([200, 400, 404]).toContain(status(abs.text));
    expect(evil.received).toHaveLength(0);
    expect(h.mock.received.length).toBeGreaterThan(before);
  });

  it('model names and paths carrying URLs or traversal are refused, and the evil host sees nothing', async () => {
    const post = (path: string, body: string, headers: Record<string, string>) =>
      fetch(h.pledge.url + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const oa = { authorization: 'Bearer sk-client' };
    for (const model of [`${evil.url}/v1`, '../../admin', 'gpt-4o/../../../x', `file:///etc/passwd`]) {
      const res = await post('/openai/v1/chat/completions', chatBody(model), oa);
      expect(res.status, model).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('pledge_invalid_model');
    }
    // Host-shaped names that are not URLs are only body text to OpenAI: forwarded to the configured upstream.
    for (const model of [`//${new URL(evil.url).host}/x`, `gpt@${new URL(evil.url).host}/v1`]) {
      const before = h.mock.received.length;
      const res = await post('/openai/v1/chat/completions', chatBody(model), oa);
      expect([200, 403]).toContain(res.status);
      if (res.status === 200) expect(h.mock.received.length).toBe(before + 1);
    }
    const gem = JSON.stringify({ contents: [{ parts: [{ text: 'hi' }] }] });
    for (const model of [encodeURIComponent(`${evil.url}/x`), '..%2F..%2Fadmin', `${encodeURIComponent('//' + new URL(evil.url).host)}`]) {
      const res = await post(`/gemini/v1beta/models/${model}:generateContent`, gem, { 'x-goog-api-key': 'AIza-client' });
      expect(res.status, model).toBeGreaterThanOrEqual(400);
      expect(res.status, model).toBeLessThan(500);
    }
    // Dot segments in the raw request line cannot walk out of the route.
    for (const path of ['/openai/v1/chat/completions/../../../../v1/models', '/openai/v1/%2e%2e/%2e%2e/admin', '/anthropic/v1/messages/..%2f..%2f..%2fetc']) {
      const r = await raw(h.pledge.url, [request(path, ['Authorization: Bearer sk-client', 'X-Api-Key: sk-ant'], chatBody())]);
      expect([400, 404]).toContain(status(r.text));
    }
    expect(evil.received).toHaveLength(0);
  });
});

describe('oversized and slow requests', () => {
  it('headers beyond Node’s limit (16 KB) get 431 and nothing goes upstream', async () => {
    const before = h.mock.received.length;
    const r = await raw(h.pledge.url, [request('/openai/v1/chat/completions', ['Authorization: Bearer sk-client', `X-Big: ${'a'.repeat(20_000)}`], chatBody())]);
    expect(status(r.text)).toBe(431);
    const many = Array.from({ length: 2100 }, (_, i) => `X-H${i}: v`);
    const r2 = await raw(h.pledge.url, [request('/openai/v1/chat/completions', ['Authorization: Bearer sk-client', ...many], chatBody())]);
    expect([400, 431]).toContain(status(r2.text));
    expect(h.mock.received.length).toBe(before);
  });

  it('slow headers (slowloris) are cut with 408 by the headers timeout', async () => {
    const pieces = ['POST /openai/v1/chat/completions HTTP/1.1\r\n', 'Host: 127.0.0.1\r\n', ...Array.from({ length: 100 }, (_, i) => `X-Slow-${i}: x\r\n`)];
    const r = await raw(strict.url, pieces, { gapMs: 100 });
    expect(r.closedEarly).toBe(true);
    expect(status(r.text)).toBe(408);
  });

  it('a slow body is cut by the request timeout; nothing goes upstream', async () => {
    const before = h.mock.received.length;
    const body = chatBody();
    const head = [`POST /openai/v1/chat/completions HTTP/1.1`, 'Host: 127.0.0.1', 'Content-Type: application/json', `Content-Length: ${body.length}`, 'Authorization: Bearer sk-client', '', ''].join('\r\n');
    const r = await raw(strict.url, [head, ...body.split('')], { gapMs: 100 });
    expect(r.closedEarly).toBe(true);
    expect([408, 0]).toContain(status(r.text));
    expect(h.mock.received.length).toBe(before);
  });

  it('the defaults are sane: headers within 10 s, whole request within 60 s, a stream left unread for 60 s is cut', async () => {
    const { DEFAULT_TIMEOUTS } = await import('../../src/runtime/node/serve.ts');
    expect(DEFAULT_TIMEOUTS).toEqual({ headersTimeoutMs: 10_000, requestTimeoutMs: 60_000, checkIntervalMs: 1_000, writeStallMs: 60_000 });
    const server = h.pledge.server as import('node:http').Server;
    expect(server.headersTimeout).toBe(10_000);
    expect(server.requestTimeout).toBe(60_000);
  });
});

describe('constant-time comparison', () => {
  it('timingSafeEqual visits every byte of the longer input, whatever the first difference (source shape)', () => {
    const src = timingSafeEqual.toString();
    // One loop over max(length), XOR-accumulated, no early return inside the loop.
    expect(src).toMatch(/Math\.max\(\w+\.length, \w+\.length\)/);
    expect(src).toMatch(/diff \|=/);
    const loop = src.slice(src.indexOf('for'), src.lastIndexOf('return'));
    expect(loop).not.toMatch(/return|break/);
  });

  it('is correct on equal, unequal, prefix and multi-byte inputs', () => {
    expect(timingSafeEqual('', '')).toBe(true);
    expect(timingSafeEqual('abc', 'abc')).toBe(true);
    expect(timingSafeEqual('abc', 'abd')).toBe(false);
    expect(timingSafeEqual('abc', 'ab')).toBe(false);
    expect(timingSafeEqual('ab', 'abc')).toBe(false);
    expect(timingSafeEqual('é', 'e\u0301')).toBe(false);
    expect(timingSafeEqual('\u0000', '')).toBe(false);
  });

  // In-memory stores (tests, local tools) find a record by its hash like the SQL stores do; a
  // lookup by a hash of a high-entropy key is not a secret comparison, so they are not scanned.
  it('every secret comparison in auth code goes through it (no === on tokens, hashes or MACs)', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const path = await import('node:path');
    const root = path.join(import.meta.dirname, '..', '..', 'src', 'core');
    const files = ['tenancy', 'staff', 'admin'].flatMap((d) => readdirSync(path.join(root, d), { recursive: true }).map(String).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !/memory-(key-)?store\.ts$/.test(f)).map((f) => path.join(root, d, f)));
    const offenders: string[] = [];
    for (const f of files) {
      readFileSync(f, 'utf8').split('\n').forEach((line, i) => {
        if (/\b(\w*(hash|token|mac|secret|csrf|signature)\w*)\s*[!=]==\s*(?!undefined|null|'|")\w/i.test(line) && !/\.length|typeof|kind|type\b/.test(line)) {
          offenders.push(`${path.relative(root, f)}:${i + 1}: ${line.trim()}`);
        }
      });
    }
    expect(offenders).toEqual([]);
  });
});
