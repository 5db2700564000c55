import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { serveApp, type RunningServer } from './serve.ts';

describe('serveApp', () => {
  const running: RunningServer[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((s) => s.close()));
  });

  it('rejects with the reason when the port is taken, instead of crashing the process', async () => {
    const app = new Hono().get('/', (c) => c.text('ok'));
    const first = await serveApp(app, { host: '127.0.0.1', port: 0 });
    running.push(first);
    const port = Number(new URL(first.url).port);
    await expect(serveApp(app, { host: '127.0.0.1', port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    // The first server is unaffected.
    expect(await (await fetch(first.url)).text()).toBe('ok');
  });

  it('gives a URL that works for an IPv6 host (in brackets)', async () => {
    const app = new Hono().get('/', (c) => c.text('ok'));
    const server = await serveApp(app, { host: '::1', port: 0 }).catch(() => undefined);
    if (!server) return; // no IPv6 loopback on this machine
    running.push(server);
    expect(server.url).toMatch(/^http:\/\/\[::1\]:\d+$/);
    expect(await (await fetch(server.url)).text()).toBe('ok');
  });
});
