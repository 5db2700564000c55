import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openaiRoutes } from './openai.ts';
import { createReplayCache, replayEnabled, replayKeyOf } from './replay.ts';
import { sendJson, type MockHandler, type MockRequest, type Received } from './types.ts';

export interface MockProvider {
  url: string;
  received: Received[];
  /** Requests aborted by the client before the mock finished answering. */
  aborted: number;
  /** Answers sent again from recorded bytes (`MOCK_REPLAY=1`, mock/replay.ts). */
  replayed: number;
  close(): Promise<void>;
}

async function readAll(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Our own mock of the providers' wire formats, on loopback. It records every request (unless
 * `record: false`) so tests can assert what the provider saw. Extra handlers (Anthropic, Gemini, Azure …) plug in as rows.
 */
export async function startMockProvider(opts: { port?: number; handlers?: MockHandler[]; record?: boolean } = {}): Promise<MockProvider> {
  // A long-running mock (benchmarks, soak) must not keep every request: it would run out of memory.
  const record = opts.record ?? true;
  const handlers: MockHandler[] = [openaiRoutes('/v1'), ...(opts.handlers ?? [])];
  const received: Received[] = [];
  const state = { aborted: 0, replayed: 0 };
  const replays = replayEnabled() ? createReplayCache() : undefined;
  const server: Server = createServer(async (req, res) => {
    res.on('close', () => {
      if (!res.writableFinished) state.aborted++;
    });
    const url = new URL(req.url ?? '/', 'http://mock');
    const raw = await readAll(req);
    let body: unknown = undefined;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = undefined;
    }
    const entry: MockRequest = {
      method: req.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams),
      headers: req.headers, body, raw, url,
    };
    if (record) received.push({ method: entry.method, path: entry.path, query: entry.query, headers: entry.headers, body, raw });
    const replayKey = replays ? replayKeyOf(entry) : '';
    if (replays?.replay(replayKey, res)) {
      state.replayed++;
      return;
    }
    replays?.record(replayKey, res);
    try {
      for (const h of handlers) if (await h(entry, res)) return;
      sendJson(res, 404, { error: { message: `mock: no route ${entry.method} ${entry.path}`, type: 'invalid_request_error' } });
    } catch (err) {
      if (!res.headersSent) sendJson(res, 500, { error: { message: `mock failure: ${String(err)}` } });
      else res.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    get aborted() {
      return state.aborted;
    },
    get replayed() {
      return state.replayed;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
