import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { MockRequest } from './types.ts';

/**
 * `MOCK_REPLAY=1` (benchmarks): an answer the mock has already built for the same request is sent
 * again from its bytes, in one socket write, instead of being built event by event.
 *
 * Why: the mock stands in for a remote provider, whose CPU is not on the benchmark machine. Built
 * afresh, a 262-event stream cost the mock ~650 µs of CPU (one JSON.stringify and one `res.write`
 * per event, ~790 iovecs in one writev), as much as the proxy under test, on the same two cores.
 *
 * What the client sees does not change: the mock's answers are deterministic (fixed ids, times and
 * obfuscation), the status and headers are the same, and a streamed answer keeps its framing, one
 * HTTP chunk per event as `res.write` made them (`replay.test.ts` compares the bytes). Only a
 * complete answer is kept; fault models (`mock-…`) and answers over MAX_BYTES are never replayed.
 */

interface Recorded {
  status: number;
  headers: OutgoingHttpHeaders;
  /** The body as it goes on the wire: chunked framing included when `chunked`. */
  body: Buffer;
  chunked: boolean;
}

const MAX_ENTRIES = 64;
const MAX_BYTES = 4 * 1024 * 1024;
const CRLF = Buffer.from('\r\n');
const LAST_CHUNK = Buffer.from('0\r\n\r\n');

/** What an answer depends on: method, target, body, and the credential headers the handlers read. */
export function replayKeyOf(req: Pick<MockRequest, 'method' | 'url' | 'raw' | 'headers'>): string {
  const h = req.headers;
  return JSON.stringify([req.method, req.url.pathname + req.url.search, req.raw, h.authorization, h['x-api-key'], h['x-goog-api-key'], h['api-key']]);
}

export function replayEnabled(): boolean {
  return process.env.MOCK_REPLAY === '1';
}

export function createReplayCache() {
  const answers = new Map<string, Recorded>();

  return {
    /** Sends the recorded answer for `key`; false when there is none. */
    replay(key: string, res: ServerResponse): boolean {
      const hit = answers.get(key);
      if (!hit) return false;
      if (!hit.chunked) {
        res.writeHead(hit.status, hit.headers);
        res.end(hit.body);
        return true;
      }
      // Node adds `Transfer-Encoding: chunked` here, as it did when the answer was built; the
      // recorded bytes carry their own chunk framing and last chunk, so it must not frame them again.
      res.writeHead(hit.status, hit.headers);
      res.chunkedEncoding = false;
      res.end(hit.body);
      return true;
    },
    /** Watches the handler's answer on `res` and keeps it for `key` if it completes normally. */
    record(key: string, res: ServerResponse): void {
      if (key.includes('mock-') || answers.size >= MAX_ENTRIES) return;
      let status = 0;
      let headers: OutgoingHttpHeaders = {};
      const pieces: Buffer[] = [];
      let size = 0;
      let tooBig = false;
      const keep = (chunk: unknown) => {
        if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
        const b = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
        if (b.length === 0) return;
        size += b.length;
        if (size > MAX_BYTES) tooBig = true;
        else pieces.push(b);
      };
      const { writeHead, write, end } = res;
      res.writeHead = function (this: ServerResponse, code: number, ...rest: unknown[]) {
        status = code;
        const h = rest.find((r) => typeof r === 'object' && r !== null);
        if (h) headers = { ...(h as OutgoingHttpHeaders) };
        return (writeHead as (...a: unknown[]) => ServerResponse).call(this, code, ...rest);
      } as typeof res.writeHead;
      res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
        keep(chunk);
        return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
      } as typeof res.write;
      res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
        keep(chunk);
        const out = (end as (...a: unknown[]) => ServerResponse).call(this, chunk, ...rest);
        if (!tooBig && status !== 0 && !res.destroyed) {
          const chunked = res.chunkedEncoding;
          answers.set(key, { status, headers, chunked, body: chunked ? frame(pieces) : Buffer.concat(pieces) });
        }
        return out;
      } as typeof res.end;
    },
  };
}

/** The pieces as Node's chunked encoding writes them: one chunk per write, then the last chunk. */
function frame(pieces: readonly Buffer[]): Buffer {
  const parts: Buffer[] = [];
  for (const p of pieces) parts.push(Buffer.from(`${p.length.toString(16)}\r\n`), p, CRLF);
  parts.push(LAST_CHUNK);
  return Buffer.concat(parts);
}
