/**
 * Node side of the workerd suite: the mock provider (Node code) on loopback, plus a small
 * inspector so tests running inside workerd can read what the provider received.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { allMockHandlers } from '../../../mock/handlers.ts';
import { startMockProvider } from '../../../mock/server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    mockUrl: string;
    inspectUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const mock = await startMockProvider({ handlers: allMockHandlers() });
  const inspector: Server = createServer((req, res) => {
    if (req.method === 'DELETE') mock.received.length = 0;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ received: mock.received, aborted: mock.aborted }));
  });
  await new Promise<void>((r) => inspector.listen(0, '127.0.0.1', r));
  project.provide('mockUrl', mock.url);
  project.provide('inspectUrl', `http://127.0.0.1:${(inspector.address() as AddressInfo).port}`);
  return async () => {
    inspector.closeAllConnections();
    await new Promise<void>((r) => inspector.close(() => r()));
    await mock.close();
  };
}
