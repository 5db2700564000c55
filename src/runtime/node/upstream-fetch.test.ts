import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import type { ByteSource } from '../../core/pipeline/byte-source.ts';
import { createUpstreamFetch } from './upstream-fetch.ts';

let server: Server | undefined;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

function serve(handler: (res: ServerResponse, body: string) => void): Promise<string> {
  return new Promise((resolve) => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => handler(res, body));
    }).listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server!.address() as AddressInfo).port}`));
  });
}

const init = (body?: string) => ({ method: body ? 'POST' : 'GET', headers: { 'content-type': 'application/json', authorization: 'Bearer k' }, body, signal: new AbortController().signal, redirect: 'manual' as const });

describe('the Node upstream client', () => {
  it('sends method, headers and body, and returns status, headers and text', async () => {
    let seen: { auth?: string; body?: string } = {};
    const url = await serve((res, body) => {
      seen = { auth: res.req.headers.authorization, body };
      res.writeHead(201, { 'Content-Type': 'application/json', 'X-Request-Id': 'r1', 'set-cookie': ['a=1', 'b=2'] }).end('{"ok":true}');
    });
    const res = await createUpstreamFetch()(url, init('{"q":1}'));
    expect(seen).toEqual({ auth: 'Bearer k', body: '{"q":1}' });
    expect([res.status, res.ok, res.headers.get('x-request-id'), res.headers.get('X-Request-Id'), res.headers.get('set-cookie'), res.body]).toEqual([201, true, 'r1', 'r1', 'a=1, b=2', null]);
    const seenHeaders: string[] = [];
    res.headers.forEach((v, name) => seenHeaders.push(`${name}=${v}`));
    expect(seenHeaders).toEqual(expect.arrayContaining(['content-type=application/json', 'x-request-id=r1']));
    expect(await res.text()).toBe('{"ok":true}');
  });

  it('decodes a gzip answer (no Accept-Encoding is sent, but some servers compress anyway)', async () => {
    let acceptEncoding: string | undefined = 'unset';
    const url = await serve((res) => {
      acceptEncoding = res.req.headers['accept-encoding'];
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(gzipSync('{"answer":"héllo"}'));
    });
    const res = await createUpstreamFetch()(url, init());
    expect(acceptEncoding).toBeUndefined();
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(await res.text()).toBe('{"answer":"héllo"}');
  });

  it('streams an event stream as it arrives, and a cancel closes the upstream connection', async () => {
    let upstreamClosed!: () => void;
    const closed = new Promise<void>((r) => (upstreamClosed = r));
    const url = await serve((res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('data: 1\n\n');
      res.on('close', upstreamClosed); // never ends on its own
    });
    const res = await createUpstreamFetch()(url, init());
    const reader = res.body as ByteSource; // the Node client hands the socket on as a byte source
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('data: 1\n\n');
    await reader.cancel();
    await closed;
  });

  it('rejects before headers when the upstream is unreachable or the signal aborts', async () => {
    const upstream = createUpstreamFetch();
    await expect(upstream('http://127.0.0.1:9/', init())).rejects.toThrow();
    const url = await serve(() => {}); // never answers
    const controller = new AbortController();
    const pending = upstream(url, { ...init(), signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toThrow();
  });

  it('a reset after the headers fails the body, not the call', async () => {
    const url = await serve((res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"partial":');
      setTimeout(() => res.socket?.destroy(), 10);
    });
    const res = await createUpstreamFetch()(url, init());
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
  });
});
