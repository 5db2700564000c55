import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createTcpServer, type AddressInfo, type Server as TcpServer, type Socket } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import type { ByteSource } from '../../../core/pipeline/byte-source.ts';
import type { UpstreamInit } from '../../../core/pipeline/forward.ts';
import { ResponseTooLarge } from '../../../core/pipeline/whole-answer.ts';
import { createUpstreamClient } from './upstream-client.ts';
import { expectRejection } from '../../../../test/support/rejection.ts';
import { seededRandom } from '../../../../test/support/seeded-random.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
let servers: (Server | TcpServer)[] = [];
let clients: { close(): void }[] = [];
const rawSockets = new Set<Socket>();
afterEach(async () => {
  for (const s of rawSockets) s.destroy();
  rawSockets.clear();
  for (const c of clients) c.close();
  clients = [];
  await Promise.all(servers.map((s) => new Promise<void>((done) => {
    (s as Server).closeAllConnections?.();
    s.close(() => done());
  })));
  servers = [];
});

function client(opts: Parameters<typeof createUpstreamClient>[0] = {}) {
  const c = createUpstreamClient(opts);
  clients.push(c);
  return c;
}

function listen(server: Server | TcpServer, scheme = 'http'): Promise<string> {
  servers.push(server);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`${scheme}://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

function serve(handler: (res: ServerResponse, body: string, req: IncomingMessage) => void): Promise<string> {
  return listen(createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => (body += d));
    req.on('end', () => handler(res, body, req));
  }));
}

/** A server that writes raw bytes: for answers node:http would not send. */
function serveRaw(onRequest: (socket: Socket, head: string) => void): Promise<string> {
  return listen(createTcpServer((socket) => {
    rawSockets.add(socket);
    let seen = '';
    socket.on('data', (d) => {
      seen += d.toString('latin1');
      const end = seen.indexOf('\r\n\r\n');
      if (end === -1) return;
      const head = seen.slice(0, end);
      seen = '';
      onRequest(socket, head);
    });
    socket.on('error', () => {});
  }));
}

const init = (body?: string, extra: Partial<UpstreamInit> = {}): UpstreamInit => ({
  method: body ? 'POST' : 'GET', headers: { 'content-type': 'application/json', authorization: 'Bearer k' }, body, signal: new AbortController().signal, redirect: 'manual', ...extra,
});

async function readAll(source: ByteSource): Promise<string> {
  const parts: Uint8Array[] = [];
  for (;;) {
    const r = await source.read();
    if (r.done) break;
    parts.push(r.value);
  }
  return Buffer.concat(parts).toString('utf8');
}

/** The promise's value, or a rejection naming the hang. */
function within<T>(ms: number, p: Promise<T>): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms))]);
}

describe('the Node upstream client', () => {
  it('sends method, path, headers and body, and returns status, headers and text', async () => {
    let seen: Record<string, unknown> = {};
    const url = await serve((res, body, req) => {
      seen = { method: req.method, url: req.url, auth: req.headers.authorization, host: req.headers.host, length: req.headers['content-length'], body, encoding: req.headers['accept-encoding'] };
      res.writeHead(201, { 'Content-Type': 'application/json', 'X-Request-Id': 'r1', 'set-cookie': ['a=1', 'b=2'] }).end('{"ok":true}');
    });
    const res = await client()(`${url}/v1/chat?x=1`, init('{"q":"é"}'));
    expect(seen).toEqual({ method: 'POST', url: '/v1/chat?x=1', auth: 'Bearer k', host: url.slice(7), length: '10', body: '{"q":"é"}', encoding: undefined });
    expect([res.status, res.ok, res.headers.get('x-request-id'), res.headers.get('X-Request-Id'), res.headers.get('set-cookie'), res.body]).toEqual([201, true, 'r1', 'r1', 'a=1, b=2', null]);
    const names: string[] = [];
    res.headers.forEach((v, name) => names.push(`${name}=${v}`));
    expect(names).toEqual(expect.arrayContaining(['content-type=application/json', 'x-request-id=r1']));
    expect(await res.text()).toBe('{"ok":true}');
  });

  it('sends a header value with Latin-1 characters as Latin-1 bytes, beside a UTF-8 body', async () => {
    let seen: unknown[] = [];
    const url = await serve((res, body, req) => {
      seen = [req.headers['x-name'], body];
      res.writeHead(200).end('{}');
    });
    await (await client()(url, init('{"q":"é✓"}', { headers: { 'x-name': 'café' } }))).text();
    expect(seen).toEqual(['café', '{"q":"é✓"}']);
  });

  it('reuses one keep-alive connection for requests in turn, and opens another for requests at once', async () => {
    const ports = new Set<number>();
    const url = await serve((res, _body, req) => {
      ports.add(req.socket.remotePort!);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
    const c = client();
    for (let i = 0; i < 5; i++) expect(await (await c(url, init('{}'))).text()).toBe('{}');
    expect(ports.size).toBe(1);
    await Promise.all([1, 2, 3].map(async () => (await c(url, init('{}'))).text()));
    expect(ports.size).toBeGreaterThan(1);
  });

  it('textWithin: refuses a whole answer that grows past its limit, and drops that connection', async () => {
    const ports: number[] = [];
    let written = 0;
    const url = await serve((res, _body, req) => {
      ports.push(req.socket.remotePort!);
      if (req.url === '/small') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"small":true}');
      // Chunked (no declared length): 64 chunks of 16 KB, written as the socket takes them.
      res.writeHead(200, { 'content-type': 'application/json' });
      const more = () => {
        while (written < 64) {
          written++;
          if (!res.write('x'.repeat(16 * 1024))) return void res.once('drain', more);
        }
        res.end();
      };
      more();
    });
    const c = client();
    const big = await c(`${url}/big`, init('{}'));
    await expect(big.textWithin!(100_000)).rejects.toBeInstanceOf(ResponseTooLarge);
    expect(await (await c(`${url}/small`, init('{}'))).textWithin!(100_000)).toBe('{"small":true}');
    // The refused answer's connection was closed, not handed back to the pool half read.
    expect(ports[1]).not.toBe(ports[0]);
  });

  it('does not reuse a connection the server closes, and recovers when an idle one is closed', async () => {
    let n = 0;
    const url = await serve((res) => {
      n++;
      res.writeHead(200, { 'content-type': 'application/json', connection: 'close' }).end(`{"n":${n}}`);
    });
    const c = client();
    expect(await (await c(url, init('{}'))).text()).toBe('{"n":1}');
    expect(await (await c(url, init('{}'))).text()).toBe('{"n":2}');
    // An idle connection closed by the server (its keep-alive ran out) leaves the pool.
    const url2 = await serve((res, _b, req) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      setTimeout(() => req.socket.destroy(), 10);
    });
    expect(await (await c(url2, init('{}'))).text()).toBe('{}');
    await new Promise((r) => setTimeout(r, 60));
    expect(await (await c(url2, init('{}'))).text()).toBe('{}');
  });

  it('closes idle connections after the keep-alive time', async () => {
    let closed = 0;
    const url = await serve((res, _b, req) => {
      req.socket.once('close', () => closed++);
      res.writeHead(200).end('{}');
    });
    await (await client({ keepAliveMs: 30 })(url, init('{}'))).text();
    await new Promise((r) => setTimeout(r, 150));
    expect(closed).toBe(1);
  });

  it('does not pool a connection whose server keeps idle ones a second or less (Keep-Alive: timeout=1)', async () => {
    const ports: number[] = [];
    let timeout = '1';
    const url = await serve((res, _b, req) => {
      ports.push(req.socket.remotePort!);
      res.writeHead(200, { 'content-type': 'application/json', 'keep-alive': `timeout=${timeout}` }).end('{}');
    });
    const c = client();
    for (let i = 0; i < 2; i++) await (await c(url, init('{}'))).text();
    expect(ports[1]).not.toBe(ports[0]);
    // Control: a longer hint is pooled and reused at once.
    timeout = '5';
    for (let i = 0; i < 2; i++) await (await c(url, init('{}'))).text();
    expect(ports[3]).toBe(ports[2]);
  });

  it('decodes gzip, deflate and brotli answers (no Accept-Encoding is sent, but some servers compress anyway)', async () => {
    const encoders = { gzip: gzipSync, deflate: deflateSync, br: brotliCompressSync };
    for (const [coding, encode] of Object.entries(encoders)) {
      const url = await serve((res) => res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': coding }).end(encode('{"answer":"héllo"}')));
      const res = await client()(url, init());
      expect(res.headers.get('content-encoding')).toBeNull();
      expect(await res.text()).toBe('{"answer":"héllo"}');
    }
  });

  it('streams an event stream as it arrives, and a cancel closes the upstream connection', async () => {
    let upstreamClosed!: () => void;
    const closed = new Promise<void>((r) => (upstreamClosed = r));
    const url = await serve((res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('data: 1\n\n');
      res.on('close', upstreamClosed); // never ends on its own
    });
    const res = await client()(url, init());
    const reader = res.body as ByteSource;
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('data: 1\n\n');
    await reader.cancel();
    await closed;
  });

  it('reads a chunked event stream to its end, then reuses the connection', async () => {
    const ports = new Set<number>();
    const url = await serve((res, _b, req) => {
      ports.add(req.socket.remotePort!);
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      let i = 0;
      const tick = setInterval(() => {
        if (i === 3) {
          clearInterval(tick);
          res.end('data: [DONE]\n\n');
          return;
        }
        res.write(`data: ${i++}\n\n`);
      }, 2);
    });
    const c = client();
    for (let k = 0; k < 2; k++) {
      const res = await c(url, init('{}'));
      expect(await readAll(res.body as ByteSource)).toBe('data: 0\n\ndata: 1\n\ndata: 2\n\ndata: [DONE]\n\n');
    }
    expect(ports.size).toBe(1);
  });

  it('reuses a connection whose stream ended while its reader was behind (the socket is not left paused)', async () => {
    // The stream's last bytes arrive with more than the buffer's high-water mark unread: the socket
    // is paused by that push, and the response ends in the same read. The next request on that
    // connection must still get its answer.
    const events = Array.from({ length: 40 }, (_, i) => `data: ${String(i).padStart(2, '0')}${'y'.repeat(4096)}\n\n`).join('');
    const stream = `HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ncontent-length: ${Buffer.byteLength(events)}\r\n\r\n${events}`;
    let requests = 0;
    const url = await serveRaw((socket) => {
      requests++;
      socket.write(requests === 1 ? stream : 'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 11\r\n\r\n{"next":1}\n');
    });
    const c = client();
    const reader = (await c(url, init('{}'))).body as ByteSource;
    // The reader takes the first event, then waits until every byte of the stream has arrived.
    await reader.read();
    await new Promise((r) => setTimeout(r, 100));
    expect((await readAll(reader)).endsWith(`data: 39${'y'.repeat(4096)}\n\n`)).toBe(true);
    const next = await Promise.race([
      c(url, init('{}')).then((res) => res.text()),
      new Promise<string>((r) => setTimeout(() => r('no answer within 2 s'), 2000)),
    ]);
    expect(next).toBe('{"next":1}\n');
    expect(requests).toBe(2);
  });

  it('one connection carries any sequence of streamed and whole answers, however late their reader starts', async () => {
    // Each answer is written at once, whole; the reader waits a random while before reading it, so
    // anything from none to all of it is buffered, paused or still in the socket when it ends.
    const rnd = seededRandom(20261128);
    const sizes: number[] = [];
    let next = 0;
    const url = await serveRaw((socket) => {
      const size = sizes[next++]!;
      const stream = size % 2 === 0;
      const body = stream ? `data: ${'s'.repeat(size)}\n\n` : 'w'.repeat(size);
      socket.write(`HTTP/1.1 200 OK\r\ncontent-type: ${stream ? 'text/event-stream' : 'application/json'}\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    });
    const c = client();
    for (let k = 0; k < 40; k++) {
      const size = rnd(300_000) + 1;
      sizes.push(size);
      const res = await within(2000, c(url, init('{}')));
      await new Promise((r) => setTimeout(r, rnd(30)));
      const text = await within(2000, res.body ? readAll(res.body as ByteSource) : res.text());
      expect(text.length).toBe(size % 2 === 0 ? size + 8 : size);
    }
    expect(next).toBe(40);
    expect(rawSockets.size).toBe(1);
  });

  it('hands on the first event of a burst that arrives in one read before framing the rest', async () => {
    const events = ['data: 1\n\n', 'data: 2\n\n', 'data: 3\n\n'];
    const body = events.map((e) => `${e.length.toString(16)}\r\n${e}\r\n`).join('') + '0\r\n\r\n';
    const url = await serveRaw((socket) => socket.write(`HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n${body}`));
    const reader = (await client()(url, init('{}'))).body as ByteSource;
    expect(Buffer.from((await reader.read()).value!).toString()).toBe('data: 1\n\n');
    expect(await readAll(reader)).toBe('data: 2\n\ndata: 3\n\n');
  });

  it('holds back a fast upstream while the reader is slow (bounded buffering)', async () => {
    const chunk = 'x'.repeat(16 * 1024);
    let written = 0;
    let done!: () => void;
    const finished = new Promise<void>((r) => (done = r));
    const url = await serve((res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      const pump = () => {
        while (written < 64 * 1024 * 1024) {
          written += chunk.length;
          if (!res.write(`data: ${chunk}\n\n`)) return void res.once('drain', pump);
        }
        res.end();
        done();
      };
      pump();
    });
    const reader = (await client()(url, init())).body as ByteSource;
    await reader.read();
    await new Promise((r) => setTimeout(r, 200));
    // Without backpressure the server would have written all 64 MB by now.
    expect(written).toBeLessThan(8 * 1024 * 1024);
    let read = 0;
    for (;;) {
      const r = await reader.read();
      if (r.done) break;
      read += r.value.byteLength;
    }
    await finished;
    expect(read).toBeGreaterThan(60 * 1024 * 1024);
  });

  it('rejects before headers when the upstream is unreachable or the signal aborts, and leaves no connection behind', async () => {
    const upstream = client();
    await expectRejection(upstream('http://127.0.0.1:9/', init()));
    let open = 0;
    const url = await serve((_res, _b, req) => {
      open++;
      req.socket.once('close', () => open--);
    }); // never answers
    const controller = new AbortController();
    const pending = upstream(url, init('{}', { signal: controller.signal }));
    setTimeout(() => controller.abort(), 20);
    await expectRejection(pending, /aborted/);
    await new Promise((r) => setTimeout(r, 50));
    expect(open).toBe(0);
    const aborted = new AbortController();
    aborted.abort();
    await expectRejection(upstream(url, init('{}', { signal: aborted.signal })), /aborted/);
  });

  it('an abort after the headers fails the body, and drops the connection', async () => {
    const url = await serve((res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('data: 1\n\n');
    });
    const controller = new AbortController();
    const res = await client()(url, init(undefined, { signal: controller.signal }));
    const reader = res.body as ByteSource;
    await reader.read();
    controller.abort();
    await expectRejection(reader.read(), /aborted/);
  });

  it('a reset after the headers fails the body, not the call', async () => {
    const url = await serve((res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"partial":');
      setTimeout(() => res.socket?.destroy(), 10);
    });
    const res = await client()(url, init());
    expect(res.status).toBe(200);
    await expectRejection(res.text());
  });

  it('fails a body that goes silent for longer than the body timeout', async () => {
    const url = await serve((res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('data: 1\n\n'); // then nothing, ever
    });
    const reader = (await client({ bodyTimeoutMs: 50 })(url, init())).body as ByteSource;
    await reader.read();
    await expectRejection(reader.read(), /nothing for too long/);
  });

  it('fails the call on a malformed answer, and does not reuse that connection', async () => {
    const url = await serveRaw((socket) => socket.write('HTTP/1.1 200 OK\r\ncontent-length: 2\r\ncontent-length: 3\r\n\r\nok'));
    await expectRejection(client()(url, init('{}')), /content-length/);
    const url2 = await serveRaw((socket) => socket.write('HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n'));
    const res = await client()(url2, init('{}'));
    await expectRejection(res.text(), /chunk size/);
  });

  it('refuses header names and values that could split the request, before anything is sent', async () => {
    let requests = 0;
    const url = await serveRaw(() => requests++);
    const c = client();
    await expectRejection(c(url, init('{}', { headers: { 'x-a': 'v\r\nx-injected: 1' } })), /header value/);
    await expectRejection(c(url, init('{}', { headers: { 'x a': 'v' } })), /header name/);
    await expectRejection(c(url, init('{}', { headers: { 'transfer-encoding': 'chunked' } })), /header name/);
    await expectRejection(c(url, init('{}', { method: 'PO ST' })), /method/);
    await expectRejection(c('ftp://127.0.0.1/', init('{}')), /http or https/);
    expect(requests).toBe(0);
  });

  it('speaks HTTPS, verifying the certificate', async () => {
    const tls = { key: fixture('localhost-test-only.key'), cert: fixture('localhost-test-only.crt') };
    const url = await listen(createHttpsServer(tls, (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"secure":true}')), 'https');
    // Untrusted (self-signed) without the CA: refused before headers.
    await expectRejection(client()(url, init()));
    const trusting = client({ tls: { ca: tls.cert } });
    expect(await (await trusting(url, init())).text()).toBe('{"secure":true}');
    expect(await (await trusting(url.replace('127.0.0.1', 'localhost'), init())).text()).toBe('{"secure":true}');
  });
});
