import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { Agent, request } from 'undici';
import type { ByteRead, ByteSource } from '../../core/pipeline/byte-source.ts';
import type { UpstreamFetch, UpstreamHeaders } from '../../core/pipeline/forward.ts';

/**
 * The Node runtime's upstream client, built on undici's `request` instead of the global `fetch`.
 *
 * `fetch` builds WHATWG `Request`/`Response` objects, header lists and web streams for every
 * call; on the proxy's hot path that was the largest single cost (docs/PROFILE.md). Here:
 * - one keep-alive `Agent` for all upstreams; redirects are never followed;
 * - a whole response is read into one string, which is all the pipeline does with it;
 * - an event stream becomes a pull-based web stream over the socket, so backpressure reaches
 *   upstream, and a cancel (client gone) destroys the upstream socket;
 * - the caller's `AbortSignal` aborts the request (timeout, client gone).
 *
 * Failures keep `fetch`'s shape: a rejected promise before headers, a failing body after.
 */
export function createUpstreamFetch(opts: { bodyTimeoutMs?: number } = {}): UpstreamFetch {
  // The headers timeout is the pipeline's own (per policy); the body timeout bounds a silent upstream.
  const dispatcher = new Agent({ headersTimeout: 0, bodyTimeout: opts.bodyTimeoutMs ?? 300_000 });
  return async (url, init) => {
    const res = await request(url, {
      method: init.method as 'POST',
      headers: init.headers,
      body: init.body,
      signal: init.signal,
      dispatcher,
    });
    const status = res.statusCode;
    const raw = res.headers;
    // Pledge asks for no encoding (no Accept-Encoding is sent), but a compressed answer is still
    // decoded, as `fetch` would: the pipeline reads text.
    const body = decoded(res.body, headerValue(raw['content-encoding']));
    if (body !== res.body) delete raw['content-encoding'];
    const headers = new RawHeaders(raw);
    if ((headers.get('content-type') ?? '').includes('text/event-stream')) {
      return { status, ok: isOk(status), headers, body: socketSource(body), text: () => readText(body) };
    }
    let text: Promise<string> | undefined;
    return {
      status, ok: isOk(status), headers, body: null,
      // Read once, when asked; a reset after the headers rejects here, as `fetch`'s body would.
      text: () => (text ??= body === res.body ? res.body.text() : readText(body)),
    };
  };
}

const isOk = (status: number) => status >= 200 && status < 300;

function decoded(body: Readable, encoding: string | null): Readable {
  const coding = encoding?.trim().toLowerCase();
  const decoder = coding === 'gzip' || coding === 'x-gzip' ? createGunzip() : coding === 'br' ? createBrotliDecompress() : coding === 'deflate' ? createInflate() : undefined;
  if (!decoder) return body;
  body.on('error', (e) => decoder.destroy(e));
  decoder.on('close', () => body.destroy());
  return body.pipe(decoder);
}

async function readText(body: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const headerValue = (v: string | string[] | undefined): string | null => (v === undefined ? null : typeof v === 'string' ? v : v.join(', '));

/**
 * undici's header record (lower-case names) read as the pipeline reads headers, without copying
 * it into a `Headers` first. Repeated headers read as one comma-joined value, as `Headers` does.
 */
class RawHeaders implements UpstreamHeaders {
  readonly #raw: Record<string, string | string[] | undefined>;
  constructor(raw: Record<string, string | string[] | undefined>) {
    this.#raw = raw;
  }
  get(name: string): string | null {
    return headerValue(this.#raw[name.toLowerCase()]);
  }
  forEach(fn: (value: string, name: string) => void): void {
    for (const name in this.#raw) {
      const v = headerValue(this.#raw[name]);
      if (v !== null) fn(v, name);
    }
  }
}

/**
 * The socket as a byte source, read as the consumer asks (the restorer, then the client socket):
 * Node's stream buffers at most its high-water mark, so backpressure reaches upstream. A cancel
 * (client gone) destroys the upstream socket; a reset after the headers rejects the read.
 */
function socketSource(body: Readable): ByteSource {
  const chunks = body[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const DONE: ByteRead = { done: true };
  return {
    async read() {
      const { done, value } = await chunks.next();
      return done ? DONE : { done: false, value: new Uint8Array(value.buffer, value.byteOffset, value.byteLength) };
    },
    async cancel() {
      body.destroy();
    },
  };
}
