import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { PledgeError } from '../../core/errors.ts';
import { errorOutput } from '../../core/pipeline/proxy.ts';
import { concatBytes, type ByteSource } from '../../core/pipeline/byte-source.ts';
import { tooLarge, type ProxyInput, type ProxyOutput } from '../../core/pipeline/proxy-io.ts';
import type { IncomingHeaders, ProviderAdapter } from '../../core/providers/types.ts';
import type { ProxyRouter } from '../../core/proxy-router.ts';
import { createTurnCohort } from './turn-cohort.ts';

/**
 * The Node server's front door. Requests under a provider mount go straight from `node:http` to
 * the pipeline (`ProxyRouter.handle`) and back, with no Web `Request`, `Headers` or `Response`
 * built on the way: on the hot path those conversions cost about as much as a whole bare proxy hop
 * (docs/PROFILE.md). Everything else (health, metrics, the admin API and web UI, and any target
 * that is not a plain `/path?query`) goes to `fallback`, the Hono app.
 *
 * The pipeline is the same one the Hono app mounts, so both ways answer alike; the end-to-end
 * tests run through this listener (test/support/harness.ts uses `serveApp` with the router).
 */
export function proxyListener(router: ProxyRouter, fallback: RequestListener, opts: { writeStallMs?: number } = {}): RequestListener {
  const writeStallMs = opts.writeStallMs ?? WRITE_STALL_MS;
  return (req, res) => {
    const target = req.url ?? '';
    // Origin-form only (`/path?query`); `//host/…` and absolute forms take the general way.
    if (target.charCodeAt(0) !== 0x2f || target.charCodeAt(1) === 0x2f) return fallback(req, res);
    // A backslash in the path is a slash to the URL parser (`/openai\..\anthropic/…`) but not to a
    // proxy or filter in front: the app refuses such a path (400), so it goes there.
    const backslash = target.indexOf('\\');
    if (backslash !== -1) {
      const query = target.indexOf('?');
      if (query === -1 || backslash < query) return fallback(req, res);
    }
    let url: URL;
    try {
      url = new URL(target, 'http://pledge.invalid');
    } catch {
      return fallback(req, res);
    }
    // The parsed (dot-segment-resolved) path decides the owner, as the pipeline's own routing does.
    const adapter = router.adapterFor(url.pathname);
    if (!adapter) return fallback(req, res);
    const requestId = crypto.randomUUID();
    serveProxied(router, adapter, url, req, res, requestId, writeStallMs).catch(() => {
      // Writing the answer failed (e.g. a header value Node refuses): the envelope if nothing was
      // sent yet, else the connection is cut. Never an unhandled rejection.
      if (res.headersSent || res.destroyed) {
        res.destroy();
        return;
      }
      const out = errorOutput(adapter, new PledgeError('upstream_unreachable', 'The upstream answer could not be passed on.', 'upstream_invalid_answer'), requestId);
      res.writeHead(out.status, out.headers).end(out.body);
    });
  };
}

async function serveProxied(router: ProxyRouter, adapter: ProviderAdapter, url: URL, req: IncomingMessage, res: ServerResponse, requestId: string, writeStallMs: number): Promise<void> {
  inFlight++;
  try {
    await serveCounted(router, adapter, url, req, res, requestId, writeStallMs);
  } finally {
    inFlight--;
  }
}

/** Proxied requests being served (streams until their last write): see `releaseBody`. */
let inFlight = 0;

async function serveCounted(router: ProxyRouter, adapter: ProviderAdapter, url: URL, req: IncomingMessage, res: ServerResponse, requestId: string, writeStallMs: number): Promise<void> {
  const gone = new AbortController();
  // The connection closed before the answer was complete: the client went away.
  res.once('close', () => {
    if (!res.writableFinished) gone.abort();
  });
  const headers = new NodeHeaders(req);
  const input: ProxyInput = {
    method: req.method ?? 'GET',
    url,
    headers,
    signal: gone.signal,
    readBody: (limit) => readBody(req, limit, declaredLength(headers.get('content-length'))),
  };
  const out = await router.handle(adapter, input, requestId);
  try {
    writeOut(req, res, out);
  } finally {
    // After the write (or without it, when the client has gone): the audit event is never lost.
    out.afterWrite?.();
  }
  if (typeof out.body !== 'string' && !res.destroyed) await pipeStream(res, out.status, out.headers, out.body, writeStallMs);
}

function writeOut(req: IncomingMessage, res: ServerResponse, out: ProxyOutput): void {
  if (res.destroyed) {
    if (typeof out.body !== 'string') void out.body.cancel().catch(() => {});
    return;
  }
  // A body still arriving (refused before or while it was read) is dropped as it comes, never
  // buffered, so a client still sending gets the answer instead of a reset (a `Connection: close`
  // answer would make Node reset the socket under the client's writes). One that is still sending
  // DISCARD_MS after the answer is out is cut off.
  if (bodyStillComing(req)) {
    req.removeAllListeners('data');
    req.resume();
    res.once('finish', () => cutIfStillSending(req));
  }
  if (typeof out.body === 'string') {
    // With its length, so the answer is not chunked.
    out.headers['content-length'] = String(Buffer.byteLength(out.body));
    res.writeHead(out.status, out.headers).end(out.body);
  }
}

/** A Content-Length node:http accepted (one value, digits only); undefined for chunked bodies. */
function declaredLength(value: string | null): number | undefined {
  return value !== null && /^\d{1,15}$/.test(value) ? Number(value) : undefined;
}

/** How long the rest of a refused body may keep arriving after the answer has been written. */
export const DISCARD_MS = 1000;

function cutIfStillSending(req: IncomingMessage): void {
  if (req.complete) return;
  const timer = setTimeout(() => req.socket.destroy(), DISCARD_MS);
  timer.unref();
  req.once('end', () => clearTimeout(timer));
  req.once('close', () => clearTimeout(timer));
}

/**
 * Whether part of the request body has not arrived yet. `req.complete` alone is not enough: an
 * answer ready within microtasks (a refusal) comes before Node marks even a body that has already
 * arrived (or a request without one) complete, and closing those connections would only cost the
 * client a new one. A body whose declared bytes are all here is discarded by Node after the answer.
 */
function bodyStillComing(req: IncomingMessage): boolean {
  if (req.complete) return false;
  if (req.headers['transfer-encoding'] !== undefined) return true;
  const length = req.headers['content-length'];
  return length !== undefined && Number(length) > req.readableLength;
}

/**
 * How long a client may leave a streamed answer's bytes unread (its socket accepts none) before the
 * stream is cut. Backpressure bounds what Pledge buffers for a client that stops reading; this bounds
 * how long such a client holds an upstream request open. Cutting it ends the stream as a client
 * that left: the upstream is aborted and the audit event says `client_abort`.
 */
export const WRITE_STALL_MS = 60_000;

/** Write a streamed answer as it is read, waiting for the socket to drain; a closed client cancels it. */
async function pipeStream(res: ServerResponse, status: number, headers: ProxyOutput['headers'], body: ByteSource, writeStallMs: number): Promise<void> {
  try {
    res.writeHead(status, headers);
  } catch (err) {
    // Refused by Node (the caller answers 502): the stream is cancelled, so its audit event is
    // written and the upstream released, as when a client leaves.
    void body.cancel().catch(() => {});
    throw err;
  }
  // On a CoalescingServerResponse this waits (briefly) to send the headers with the first event.
  res.flushHeaders();
  const cancel = () => void body.cancel().catch(() => {});
  res.once('close', cancel);
  try {
    for (;;) {
      const { done, value } = await body.read();
      if (done) break;
      if (res.destroyed) return;
      if (!res.write(value)) await drained(res, writeStallMs);
    }
    res.end();
  } catch {
    // The stream failed after the status line was sent: all that can be done is to cut it.
    res.destroy();
  } finally {
    res.off('close', cancel);
  }
}

/** Resolves when the socket has drained or closed; one that stays full for `stallMs` is destroyed (which closes it). */
function drained(res: ServerResponse, stallMs: number): Promise<void> {
  return new Promise((resolve) => {
    const stalled = setTimeout(() => res.destroy(), stallMs);
    const done = () => {
      clearTimeout(stalled);
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/**
 * Bodies completed in one event-loop turn go on through the pipeline together (turn-cohort.ts).
 * A request alone goes on at once: no other body can complete in its turn, and the cohort's
 * `setImmediate` would only add to its time to first token (~45 µs at concurrency 1 here).
 */
const releaseTogether = createTurnCohort();
const releaseBody = (run: () => void): void => (inFlight > 1 ? releaseTogether(run) : run());

/** The request body, refused (413) as soon as more than `limit` bytes have arrived. */
function readBody(req: IncomingMessage, limit: number, declaredLength: number | undefined): Promise<Uint8Array> {
  const cutShort = () => new PledgeError('invalid_json', 'The request body was not received completely.', 'client_abort');
  // The client may have gone while the pipeline was authenticating: a destroyed request emits
  // nothing more (not even the rest of a body that had fully arrived), so waiting would never end.
  if (req.destroyed) return Promise.reject(cutShort());
  // The usual small request: the whole body came with the headers and sits in the stream's
  // buffer (all the declared bytes, or the message is complete). Take it as it is, without
  // switching the stream to flowing and waiting for 'end'.
  if (req.readableFlowing === null && (req.complete || (declaredLength !== undefined && req.readableLength === declaredLength))) {
    const chunks: Buffer[] = [];
    let total = 0;
    for (let chunk: Buffer | null; (chunk = req.read() as Buffer | null) !== null; ) {
      total += chunk.length;
      if (total > limit) {
        req.resume(); // the rest is dropped
        return Promise.reject(tooLarge(limit));
      }
      chunks.push(chunk);
    }
    // Flowing (nothing is left to lose), so the stream still ends and closes as Node expects.
    req.resume();
    return new Promise((resolve) => releaseBody(() => resolve(concatBytes(chunks, total))));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onError);
    };
    const onData = (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) {
        cleanup(); // the rest is dropped as it comes, once the answer is written (writeOut)
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      releaseBody(() => resolve(concatBytes(chunks, total)));
    };
    const onError = () => {
      cleanup();
      reject(cutShort());
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    // Destroyed without an error (or after it was emitted): closed before its end.
    req.on('close', onError);
  });
}

/**
 * `node:http`'s headers read as the pipeline reads them, and as a Web `Headers` reads them: repeated
 * headers joined with `, `. Read from the raw list, which keeps every copy (Node's `headers` keeps
 * only the first of `authorization`, `content-type` …), so two `Authorization` headers are as
 * ambiguous (refused) here as in the app.
 */
class NodeHeaders implements IncomingHeaders {
  readonly #raw: string[];
  #byName: Map<string, string> | undefined;
  constructor(req: IncomingMessage) {
    this.#raw = req.rawHeaders;
  }
  get(name: string): string | null {
    return this.#map().get(name.toLowerCase()) ?? null;
  }
  has(name: string): boolean {
    return this.#map().has(name.toLowerCase());
  }
  /** One pass over the raw name/value list, on first use (Node builds `headers` and `headersDistinct` each on first use too). */
  #map(): Map<string, string> {
    if (this.#byName) return this.#byName;
    const map = new Map<string, string>();
    const raw = this.#raw;
    for (let i = 0; i + 1 < raw.length; i += 2) {
      const name = raw[i]!.toLowerCase();
      const prev = map.get(name);
      map.set(name, prev === undefined ? raw[i + 1]! : `${prev}, ${raw[i + 1]!}`);
    }
    return (this.#byName = map);
  }
}
