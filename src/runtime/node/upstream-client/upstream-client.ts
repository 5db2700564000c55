import type { Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { UpstreamFetch, UpstreamHeaders, UpstreamInit, UpstreamResponse } from '../../../core/pipeline/forward.ts';
import { BodyQueue } from './body-queue.ts';
import { type Connection, type ConnectionOwner, ConnectionPool, type Origin, type PoolOptions } from './connection-pool.ts';
import { type ResponseHead, ResponseParser, TOKEN } from './response-parser.ts';

/**
 * The Node runtime's upstream client: HTTP/1.1 over keep-alive sockets (node:net, node:tls).
 *
 * It does what the proxy needs of an HTTP client and no more: one request with a string body,
 * then a whole answer as one string or an event stream read as it arrives. Against undici's
 * `request`, the proxy's hot path spent ~15–25% less CPU per request (docs/PROFILE.md): no
 * Readable, dispatcher, handler or abort plumbing per request, one write per request, and the
 * answer framed by a small strict parser (response-parser.ts).
 *
 * - Certificates are verified (node:tls defaults); redirects are never followed.
 * - No `Accept-Encoding` is sent; a compressed answer is still decoded, as `fetch` would.
 * - Failures keep `fetch`'s shape: a rejected promise before headers, a failing body after.
 * - The caller's `AbortSignal` aborts the request (timeout, client gone) and drops the socket.
 * - `bodyTimeoutMs` bounds a silent upstream between body bytes (not while the reader is slow).
 */
export interface UpstreamClientOptions extends PoolOptions {
  bodyTimeoutMs?: number;
}

export function createUpstreamClient(opts: UpstreamClientOptions = {}): UpstreamFetch & { close(): void } {
  const pool = new ConnectionPool(opts);
  const bodyTimeoutMs = opts.bodyTimeoutMs ?? 300_000;
  const origins = new Map<string, Origin>();
  const fetch = (url: string, init: UpstreamInit): Promise<UpstreamResponse> => {
    let target: { origin: Origin; head: string };
    try {
      target = requestTarget(url, init, origins);
    } catch (e) {
      return Promise.reject(e);
    }
    if (init.signal.aborted) return Promise.reject(abortError());
    return new Exchange(pool, pool.acquire(target.origin), init, bodyTimeoutMs).start(target.head, init.body);
  };
  return Object.assign(fetch, { close: () => pool.close() });
}

/** Visible ASCII, space, tab and obs-text: no CR, LF or NUL can split a header. */
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
const ASCII = /^[\x00-\x7f]*$/;
const EMPTY = Buffer.alloc(0);
/** Set by the client itself, or hop-by-hop: never taken from the caller. */
const RESERVED = new Set(['host', 'content-length', 'transfer-encoding', 'connection', 'keep-alive', 'upgrade', 'expect', 'te', 'trailer', 'proxy-connection']);

function requestTarget(url: string, init: UpstreamInit, origins: Map<string, Origin>): { origin: Origin; head: string } {
  const u = new URL(url);
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new TypeError('upstream URL must be http or https');
  if (!TOKEN.test(init.method)) throw new TypeError('invalid method');
  const secure = u.protocol === 'https:';
  const port = u.port === '' ? (secure ? 443 : 80) : Number(u.port);
  const key = `${u.protocol}${u.host}`;
  let origin = origins.get(key);
  if (!origin) {
    const hostname = u.hostname.startsWith('[') ? u.hostname.slice(1, -1) : u.hostname;
    origin = { key, secure, hostname, port };
    if (origins.size < 1024) origins.set(key, origin);
  }
  let head = `${init.method} ${u.pathname}${u.search} HTTP/1.1\r\nhost: ${u.host}\r\n`;
  for (const name in init.headers) {
    const value = init.headers[name]!;
    if (!TOKEN.test(name) || RESERVED.has(name.toLowerCase())) throw new TypeError('invalid upstream header name');
    if (!FIELD_VALUE.test(value)) throw new TypeError('invalid upstream header value');
    head += `${name}: ${value}\r\n`;
  }
  if (init.body !== undefined) head += `content-length: ${Buffer.byteLength(init.body)}\r\n`;
  else if (init.method === 'POST' || init.method === 'PUT' || init.method === 'PATCH') head += 'content-length: 0\r\n';
  return { origin, head: `${head}\r\n` };
}

function abortError(): Error {
  return new DOMException('The upstream request was aborted.', 'AbortError');
}

/** One request and its response on one connection. */
class Exchange implements ConnectionOwner {
  #connection: Connection | undefined;
  readonly #pool: ConnectionPool;
  readonly #signal: AbortSignal;
  readonly #bodyTimeoutMs: number;
  readonly #parser: ResponseParser;
  #resolve!: (r: UpstreamResponse) => void;
  #reject!: (e: Error) => void;
  #body: BodyQueue | undefined;
  #pieces: Buffer[] = [];
  #decoder: Transform | undefined;
  #keepAliveHintMs: number | undefined;
  #onAbort = () => this.#fail(abortError());

  constructor(pool: ConnectionPool, connection: Connection, init: UpstreamInit, bodyTimeoutMs: number) {
    this.#pool = pool;
    this.#connection = connection;
    this.#signal = init.signal;
    this.#bodyTimeoutMs = bodyTimeoutMs;
    this.#parser = new ResponseParser({ onHead: (h) => this.#onHead(h), onBody: (c) => this.#onBody(c), onEnd: (r) => this.#onEnd(r) }, { headRequest: init.method === 'HEAD' });
    connection.owner = this;
  }

  start(head: string, body: string | undefined): Promise<UpstreamResponse> {
    const promise = new Promise<UpstreamResponse>((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
    this.#signal.addEventListener('abort', this.#onAbort, { once: true });
    const socket = this.#connection!.socket;
    // One write: an ASCII head (the usual) goes with the body as one UTF-8 string.
    if (body === undefined || body.length === 0) socket.write(head, 'latin1');
    else if (ASCII.test(head)) socket.write(head + body, 'utf8');
    else {
      socket.cork();
      socket.write(head, 'latin1');
      socket.write(body, 'utf8');
      socket.uncork();
    }
    return promise;
  }

  onData(data: Buffer): void {
    let held: boolean;
    try {
      held = this.#parser.execute(data);
    } catch (e) {
      this.#fail(e instanceof Error ? e : new Error('malformed upstream response'));
      return;
    }
    this.#flushPieces();
    // The rest of a burst is framed after the first event has had its turn (holdAfterFirstBody).
    if (held) setImmediate(() => this.onData(EMPTY));
  }

  /** The body pieces of one socket read (often several chunks of chunked coding) go on as one. */
  #flushPieces(): void {
    const pieces = this.#pieces;
    if (pieces.length === 0) return;
    this.#pieces = [];
    const chunk = pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces);
    if (this.#decoder) this.#decoder.write(chunk);
    else this.#body!.push(chunk);
  }

  onClose(error: Error | undefined): void {
    this.#connection = undefined;
    try {
      this.#parser.close();
    } catch {
      this.#fail(error ?? new Error('the upstream connection closed'));
    }
  }

  onTimeout(): void {
    this.#fail(new Error('the upstream sent nothing for too long'));
  }

  #onHead(head: ResponseHead): void {
    const socket = this.#connection!.socket;
    // Only while this exchange owns the socket (a released one may already carry the next request).
    const body = new BodyQueue({
      pause: () => {
        if (!this.#connection) return;
        socket.pause();
        socket.setTimeout(0); // a slow reader is not a silent upstream
      },
      resume: () => {
        if (!this.#connection) return;
        socket.resume();
        socket.setTimeout(this.#bodyTimeoutMs);
      },
      cancel: () => this.#fail(new Error('the response body was cancelled')),
    });
    this.#body = body;
    socket.setTimeout(this.#bodyTimeoutMs);
    const headers = head.headers;
    this.#keepAliveHintMs = keepAliveHint(headers.get('keep-alive'));
    const decoder = decoderFor(headers.get('content-encoding'));
    if (decoder) {
      headers.delete('content-encoding');
      decoder.on('data', (d: Buffer) => body.push(d));
      decoder.on('end', () => body.end());
      decoder.on('error', () => body.fail(new Error('the upstream answer could not be decoded')));
      this.#decoder = decoder;
    }
    headers.delete('content-length');
    const stream = (headers.get('content-type') ?? '').includes('text/event-stream');
    if (stream) this.#parser.holdAfterFirstBody();
    this.#resolve({
      status: head.status,
      ok: head.status >= 200 && head.status < 300,
      headers: new MapHeaders(headers),
      body: stream ? body : null,
      text: () => body.text(),
      textWithin: (maxBytes) => body.text(maxBytes),
    });
  }

  #onBody(chunk: Buffer): void {
    this.#pieces.push(chunk);
  }

  #onEnd(reusable: boolean): void {
    this.#flushPieces();
    this.#signal.removeEventListener('abort', this.#onAbort);
    const connection = this.#connection;
    this.#connection = undefined;
    if (connection) {
      if (reusable) this.#pool.release(connection, this.#keepAliveHintMs);
      else {
        connection.owner = undefined;
        connection.socket.destroy();
      }
    }
    if (this.#decoder) this.#decoder.end();
    else this.#body?.end();
  }

  /** Before headers the call rejects; after them the body fails. The socket is dropped. */
  #fail(error: Error): void {
    this.#signal.removeEventListener('abort', this.#onAbort);
    const connection = this.#connection;
    this.#connection = undefined;
    if (connection) {
      connection.owner = undefined;
      connection.socket.destroy();
    }
    this.#decoder?.destroy();
    if (this.#body) this.#body.fail(error);
    else this.#reject(error);
  }
}

function decoderFor(encoding: string | undefined): Transform | undefined {
  const coding = encoding?.trim().toLowerCase();
  if (coding === 'gzip' || coding === 'x-gzip') return createGunzip();
  if (coding === 'br') return createBrotliDecompress();
  if (coding === 'deflate') return createInflate();
  return undefined;
}

/** `Keep-Alive: timeout=5`: reuse for a second less than the server keeps the connection. */
function keepAliveHint(value: string | undefined): number | undefined {
  const m = value === undefined ? null : /(?:^|[,\s])timeout=(\d+)/i.exec(value);
  return m ? Math.max(0, Number(m[1]) * 1000 - 1000) : undefined;
}

/** The parsed headers read as the pipeline reads them (lower-case names, repeats joined). */
class MapHeaders implements UpstreamHeaders {
  readonly #map: Map<string, string>;
  constructor(map: Map<string, string>) {
    this.#map = map;
  }
  get(name: string): string | null {
    return this.#map.get(name.toLowerCase()) ?? null;
  }
  forEach(fn: (value: string, name: string) => void): void {
    this.#map.forEach(fn);
  }
}
