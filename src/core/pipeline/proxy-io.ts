import { PledgeError } from '../errors.ts';
import type { IncomingHeaders } from '../providers/types.ts';
import { readAllWithin, sourceOf, toWebStream, type ByteSource } from './byte-source.ts';

/**
 * The request as the pipeline reads it. Runtimes adapt their own request objects to this: a Web
 * `Request` through `fromRequest` (Workers, the Hono app), a `node:http` request directly on Node
 * (src/runtime/node/proxy-listener.ts), which skips building Web objects on the hot path.
 */
export interface ProxyInput {
  readonly method: string;
  readonly url: URL;
  readonly headers: IncomingHeaders;
  /** Aborted when the client goes away. */
  readonly signal: AbortSignal;
  /**
   * The body's bytes. Rejects with a `body_too_large` PledgeError as soon as more than `limit`
   * bytes have arrived, so an oversized body is never buffered whole.
   */
  readBody(limit: number): Promise<Uint8Array>;
}

/** The pipeline's answer; runtimes write it out (`toResponse` for Web runtimes). */
export interface ProxyOutput {
  readonly status: number;
  /** Lower-case names. */
  readonly headers: Record<string, string>;
  /** A whole answer, or a stream (Node writes it from the source; Web runtimes through `toWebStream`). */
  readonly body: string | ByteSource;
  /**
   * Bookkeeping (the audit event, log line and metrics of a whole answer) to run once the answer
   * has been handed to the client. It never changes the answer and must always run, also when the
   * client has gone. Web runtimes defer it with `deps.afterResponse`; Node runs it right after the
   * write, so it never waits in the event loop ahead of the next request.
   */
  readonly afterWrite?: () => void;
}

export const tooLarge = (limit: number) => new PledgeError('body_too_large', `Request body exceeds the ${limit}-byte limit.`);

/** A Web `Request` as pipeline input. */
export function fromRequest(req: Request, url: URL = new URL(req.url)): ProxyInput {
  return {
    method: req.method,
    url,
    headers: req.headers,
    get signal() {
      return req.signal;
    },
    // A declared length bounds the body (HTTP servers refuse more), so it is read in one call; a
    // chunked body is counted as it streams.
    readBody: async (limit) => (req.headers.has('content-length') ? new Uint8Array(await req.arrayBuffer()) : readLimited(req.body, limit)),
  };
}

export function toResponse(out: ProxyOutput): Response {
  return new Response(typeof out.body === 'string' ? out.body : toWebStream(out.body), { status: out.status, headers: out.headers });
}

function readLimited(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array> {
  return body ? readAllWithin(sourceOf(body), limit, () => tooLarge(limit)) : Promise.resolve(new Uint8Array(0));
}
