import type { IncomingHttpHeaders, ServerResponse } from 'node:http';

/** One request as the mock provider received it: what "the provider saw". */
export interface Received {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: unknown;
  raw: string;
}

export interface MockRequest extends Received {
  url: URL;
}

/** A provider's routes in the mock: return true when handled. */
export type MockHandler = (req: MockRequest, res: ServerResponse) => boolean | Promise<boolean>;

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export function startSse(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
}

/** Split text into small pieces so placeholders straddle events, like real token streams. */
export function pieces(text: string, size = 4): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out.length > 0 ? out : [''];
}

/** A reply's text deltas: 4 characters each, or the whole reply in one event for `mock-one-event…` (an event as large as the reply). */
export function replyPieces(text: string, model: string): string[] {
  return model.startsWith('mock-one-event') ? [text] : pieces(text, 4);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * `MOCK_FIRST_EVENT_GAP_MS`: pause after a stream's first event, as a model does between its first
 * token and the rest. Benchmarks set it so time to first token measures the first event on its own,
 * not the first event of an answer written all at once.
 */
export const firstEventGapMs = (): number => Number(process.env.MOCK_FIRST_EVENT_GAP_MS ?? 0);

/**
 * The mock's answer: the last user text, echoed, so restore is testable end to end. Benchmarks
 * set MOCK_ECHO_LIMIT so a 32 KB prompt does not become an 8,000-event stream (real answers do
 * not grow with the prompt); the echo then keeps the prompt's first characters.
 */
export function echo(prompt: string): string {
  const limit = Number(process.env.MOCK_ECHO_LIMIT ?? Infinity);
  return `Echo: ${prompt.length > limit ? prompt.slice(0, limit) : prompt}`;
}
