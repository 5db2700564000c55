import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Hono } from 'hono';

export interface RunningServer {
  url: string;
  server: ServerType;
  close(): Promise<void>;
}

/** Serve a Hono app on Node. Port 0 picks a free port (tests). */
export function serveApp(app: Hono, opts: { host: string; port: number }): Promise<RunningServer> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: opts.host, port: opts.port }, (info: AddressInfo) => {
      resolve({
        url: `http://${opts.host}:${info.port}`,
        server,
        close: () =>
          new Promise<void>((done) => {
            if ('closeAllConnections' in server) server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
