import { getRequestListener } from '@hono/node-server';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Hono } from 'hono';
import type { ProxyRouter } from '../../core/proxy-router.ts';
import { CoalescingServerResponse } from './coalescing-response.ts';
import { proxyListener, WRITE_STALL_MS } from './proxy-listener.ts';

export interface RunningServer {
  url: string;
  server: Server;
  /**
   * Stop accepting connections and close idle ones. In-flight requests (streams included) get
   * `graceMs` to finish before their connections are cut; the default 0 cuts them at once (tests).
   */
  close(graceMs?: number): Promise<void>;
}

/**
 * Read timeouts against slow clients (slowloris): the headers must arrive within
 * `headersTimeoutMs` and the whole request (headers and body) within `requestTimeoutMs`,
 * else Node answers 408 and closes the connection. They bound reading the request only, never
 * a long streamed response. Node checks them every `checkIntervalMs`. On the write side, a client
 * that accepts none of a streamed answer's bytes for `writeStallMs` is cut (proxy-listener.ts).
 */
export interface ServeTimeouts {
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
  checkIntervalMs?: number;
  writeStallMs?: number;
}

export const DEFAULT_TIMEOUTS = { headersTimeoutMs: 10_000, requestTimeoutMs: 60_000, checkIntervalMs: 1_000, writeStallMs: WRITE_STALL_MS } as const;

/**
 * Serve a Hono app on Node. Port 0 picks a free port (tests). Rejects when it cannot listen.
 * With `proxy` (the app's provider mounts), proxied requests skip the Hono app and its Web
 * objects and go straight to the pipeline (proxy-listener.ts); everything else is the app's.
 */
export function serveApp(app: Hono, opts: { host: string; port: number; timeouts?: ServeTimeouts; proxy?: ProxyRouter }): Promise<RunningServer> {
  const t = { ...DEFAULT_TIMEOUTS, ...opts.timeouts };
  const appListener = getRequestListener(app.fetch, { hostname: opts.host });
  const server = createServer(
    {
      // Streamed responses send their headers with the first event (coalescing-response.ts).
      ServerResponse: CoalescingServerResponse as typeof ServerResponse,
      headersTimeout: t.headersTimeoutMs,
      requestTimeout: Math.max(t.requestTimeoutMs, t.headersTimeoutMs),
      connectionsCheckingInterval: t.checkIntervalMs,
    },
    opts.proxy ? proxyListener(opts.proxy, appListener, { writeStallMs: t.writeStallMs }) : appListener,
  );
  return new Promise((resolve, reject) => {
    // A port in use (EADDRINUSE) or a bad address rejects, so the caller can say why it cannot start.
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      resolve({
        // An IPv6 address goes in brackets (http://[::1]:8787).
        url: `http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${port}`,
        server,
        close: (graceMs = 0) =>
          new Promise<void>((done) => {
            let timer: ReturnType<typeof setTimeout> | undefined;
            server.close(() => {
              clearTimeout(timer);
              done();
            });
            server.closeIdleConnections();
            if (graceMs > 0) timer = setTimeout(() => server.closeAllConnections(), graceMs);
            else server.closeAllConnections();
          }),
      });
    });
  });
}
