import { createServer, ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { openaiAdapter } from '../../core/providers/openai/index.ts';
import type { ProxyRouter } from '../../core/proxy-router.ts';
import { proxyListener } from './proxy-listener.ts';

let server: Server | undefined;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

const order: string[] = [];
/** Notes when an answer is ended, to check what runs after it. */
class NotingResponse extends ServerResponse {
  override end(...args: unknown[]): this {
    order.push('end');
    return (super.end as (...a: unknown[]) => this).apply(this, args);
  }
}

function serve(router: ProxyRouter): Promise<string> {
  const fallback = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('app'));
  server = createServer({ ServerResponse: NotingResponse as typeof ServerResponse }, proxyListener(router, (req, res) => fallback.emit('request', req, res)));
  return new Promise((resolve) => server!.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server!.address() as AddressInfo).port}`)));
}

const routerAnswering = (out: Awaited<ReturnType<ProxyRouter['handle']>>): ProxyRouter => ({
  adapterFor: (path) => (path.startsWith('/openai/v1/') ? openaiAdapter : undefined),
  handle: async () => out,
});

describe('the Node front door', () => {
  it('an answer Node cannot write (a header value with a line break) becomes a 502 in the provider envelope, not a crash', async () => {
    const url = await serve(routerAnswering({ status: 200, headers: { 'x-request-id': 'a\r\nset-cookie: x=1' }, body: '{}' }));
    const res = await fetch(`${url}/openai/v1/chat/completions`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(502);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(res.headers.get('x-pledge-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await res.json()).toMatchObject({ error: { code: 'pledge_upstream_invalid_answer', type: 'server_error' } });
  });

  it("runs the answer's bookkeeping right after writing it", async () => {
    order.length = 0;
    const url = await serve(routerAnswering({ status: 200, headers: { 'content-type': 'application/json' }, body: '{"ok":true}', afterWrite: () => order.push('afterWrite') }));
    const res = await fetch(`${url}/openai/v1/chat/completions`, { method: 'POST', body: '{}' });
    expect(await res.json()).toEqual({ ok: true });
    expect(order).toEqual(['end', 'afterWrite']);
  });

  it('runs the bookkeeping also when the client has gone before the answer (no audit event is lost)', async () => {
    let afterWrite = 0;
    let clientGone!: () => void;
    const gone = new Promise<void>((r) => (clientGone = r));
    const url = await serve({
      adapterFor: () => openaiAdapter,
      handle: async (_adapter, req) => {
        req.signal.addEventListener('abort', () => clientGone());
        await gone;
        return { status: 200, headers: {}, body: '{}', afterWrite: () => afterWrite++ };
      },
    });
    const ctl = new AbortController();
    const pending = fetch(`${url}/openai/v1/chat/completions`, { method: 'POST', body: '{}', signal: ctl.signal }).catch(() => undefined);
    setTimeout(() => ctl.abort(), 50);
    await pending;
    await gone;
    await new Promise((r) => setTimeout(r, 20));
    expect(afterWrite).toBe(1);
  });

  it('paths outside the mounts, and targets that are not origin-form, go to the app', async () => {
    const url = await serve(routerAnswering({ status: 200, headers: {}, body: 'proxied' }));
    expect(await (await fetch(`${url}/healthz`)).text()).toBe('app');
    expect(await (await fetch(`${url}/openai/v1/models`)).text()).toBe('proxied');
  });
});
