import { PledgeError } from '../errors.ts';
import type { ByteSource } from './byte-source.ts';

/** An upstream response's headers as the pipeline reads them; a `Headers` is one. */
export interface UpstreamHeaders {
  get(name: string): string | null;
  forEach(fn: (value: string, name: string) => void): void;
}

/** What the pipeline reads of an upstream response; the global `Response` is one. */
export interface UpstreamResponse {
  readonly status: number;
  readonly ok: boolean;
  readonly headers: UpstreamHeaders;
  /** A stream's body: a web stream (`fetch`), or a byte source (the Node client, without building one). */
  readonly body: ReadableStream<Uint8Array> | ByteSource | null;
  text(): Promise<string>;
  /**
   * `text()` that rejects with ResponseTooLarge (whole-answer.ts) once more than `maxBytes` have
   * arrived, dropping the rest. Optional: `readWholeAnswer` counts the body's chunks without it.
   */
  textWithin?(maxBytes: number): Promise<string>;
}

export interface UpstreamInit {
  method: string;
  headers: Record<string, string>;
  body?: string;
  signal: AbortSignal;
  redirect: 'manual';
}

/**
 * How Pledge calls upstream. The global `fetch` fits; the Node runtime passes a leaner client
 * (src/runtime/node/upstream-client/). It rejects when no response headers arrive.
 */
export type UpstreamFetch = (url: string, init: UpstreamInit) => Promise<UpstreamResponse>;

export interface Forwarded {
  response: UpstreamResponse;
  /** Aborts the upstream request (client went away, or the stream failed). */
  abort: () => void;
  /** Milliseconds until response headers arrived. */
  headersMs: number;
}

/**
 * Send the rewritten request upstream. Times out (504) if headers do not arrive in time,
 * maps network failures to 502, and aborts upstream when the client's request is aborted.
 * Upstream error bodies are never read here: they go to the client, never to a log.
 */
export async function forwardUpstream(
  fetchFn: UpstreamFetch,
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string },
  opts: { timeoutMs: number; clientSignal?: AbortSignal; now: () => number },
): Promise<Forwarded> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, opts.timeoutMs);
  const onClientAbort = () => controller.abort();
  opts.clientSignal?.addEventListener('abort', onClientAbort, { once: true });
  const started = opts.now();
  try {
    const response = await fetchFn(url, { ...init, signal: controller.signal, redirect: 'manual' });
    return { response, abort, headersMs: opts.now() - started };
  } catch {
    if (timedOut) throw new PledgeError('upstream_timeout', 'The upstream provider did not respond in time.', 'upstream_timeout');
    // The client went away first (its abort aborted the upstream): audited as client_abort.
    if (opts.clientSignal?.aborted) throw new PledgeError('upstream_unreachable', 'The client closed the connection before the upstream answered.', 'client_abort');
    throw new PledgeError('upstream_unreachable', 'The upstream provider could not be reached.', 'upstream_unreachable');
  } finally {
    clearTimeout(timer);
    // Once headers are in, the response path watches the client itself (respondStream).
    opts.clientSignal?.removeEventListener('abort', onClientAbort);
  }
}
