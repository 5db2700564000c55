import { serve, type ServerType } from '@hono/node-server';
import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Hono } from 'hono';
import { CoalescingServerResponse } from './coalescing-response.ts';

export interface RunningServer {
  url: string;
  server: ServerType;
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
 * a long streamed response. Node checks them every `checkIntervalMs`.
 */
export interface ServeTimeouts {
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
  checkIntervalMs?: number;
}

export const DEFAULT_TIMEOUTS = { headersTimeoutMs: 10_000, requestTimeoutMs: 60_000, checkIntervalMs: 1_000 } as const;

/** Serve a Hono app on Node. Port 0 picks a free port (tests). Rejects when it cannot listen. */
export function serveApp(app: Hono, opts: { host: string; port: number; timeouts?: ServeTimeouts }): Promise<RunningServer> {
  const t = { ...DEFAULT_TIMEOUTS, ...opts.timeouts };
  return new Promise((resolve, reject) => {
    const server = serve(
      {
        fetch: app.fetch, hostname: opts.host, port: opts.port,
        serverOptions: {
          // Streamed responses send their headers with the first event (coalescing-response.ts).
          ServerResponse: CoalescingServerResponse as typeof ServerResponse,
          headersTimeout: t.headersTimeoutMs,
          requestTimeout: Math.max(t.requestTimeoutMs, t.headersTimeoutMs),
          connectionsCheckingInterval: t.checkIntervalMs,
        },
      },
      (info: AddressInfo) => {
        server.off('error', reject);
        resolve({
          url: `http://${opts.host}:${info.port}`,
          server,
          close: (graceMs = 0) =>
            new Promise<void>((done) => {
              const cutAll = () => {
                if ('closeAllConnections' in server) server.closeAllConnections();
              };
              let timer: ReturnType<typeof setTimeout> | undefined;
              server.close(() => {
                clearTimeout(timer);
                done();
              });
              if ('closeIdleConnections' in server) server.closeIdleConnections();
              if (graceMs > 0) timer = setTimeout(cutAll, graceMs);
              else cutAll();
            }),
        });
      },
    );
    // A port in use (EADDRINUSE) or a bad address rejects, so the caller can say why it cannot start.
    server.once('error', reject);
  });
}
