import { Hono, type Context, type Next } from 'hono';
import type { Deps } from './deps.ts';
import { PledgeError } from './errors.ts';
import { errorOutput } from './pipeline/proxy.ts';
import { fromRequest, toResponse } from './pipeline/proxy-io.ts';
import { byLongestPrefix, createProxyRouter } from './proxy-router.ts';

export interface AppOptions {
  /** Extra routes mounted before the proxy routes (admin API and UI, metrics). */
  extend?: (app: Hono) => void;
}

declare module 'hono' {
  interface ContextVariableMap {
    requestId: string;
  }
}

/** Every response carries `x-pledge-request-id`, including health checks and 404s. */
const requestId = () =>
  async function requestId(c: Context, next: Next): Promise<void> {
    c.set('requestId', crypto.randomUUID());
    await next();
    if (!c.res.headers.has('x-pledge-request-id')) c.res.headers.set('x-pledge-request-id', c.get('requestId'));
  };

const runNow = (task: () => void) => task();

/** The whole HTTP surface. Runtime entries build `deps` and call this once. */
export function createApp(deps: Deps, opts: AppOptions = {}): Hono {
  const app = new Hono();
  const router = createProxyRouter(deps);
  app.use('*', requestId());
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  opts.extend?.(app);
  for (const adapter of byLongestPrefix(deps.adapters)) {
    app.all(`${adapter.prefix}/*`, async (c) => {
      const out = await router.handle(adapter, fromRequest(c.req.raw), c.get('requestId'));
      const res = toResponse(out);
      if (out.afterWrite) (deps.afterResponse ?? runNow)(out.afterWrite);
      return res;
    });
  }
  app.notFound((c) => {
    const requestId = c.get('requestId');
    const path = new URL(c.req.url).pathname;
    const adapter = router.adapterFor(path);
    if (adapter) return toResponse(errorOutput(adapter, new PledgeError('not_found', `Unknown route: ${c.req.method} ${path}`, 'unknown_route'), requestId));
    return c.json({ error: { message: `Unknown route: ${c.req.method} ${path}`, type: 'not_found', code: 'pledge_unknown_route' } }, 404);
  });
  app.onError((_err, c) => {
    deps.logger.error({ msg: 'unhandled_error' });
    // Under a provider's mount, its own envelope, so the SDK raises its usual typed error.
    const adapter = router.adapterFor(new URL(c.req.url).pathname);
    if (adapter) return toResponse(errorOutput(adapter, new PledgeError('internal', 'Internal error.', 'internal'), c.get('requestId')));
    return c.json({ error: { message: 'Internal error.', type: 'server_error', code: 'pledge_internal' } }, 500);
  });
  return app;
}
