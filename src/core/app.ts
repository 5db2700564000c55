import { Hono, type Context, type Next } from 'hono';
import type { Deps } from './deps.ts';
import { PledgeError } from './errors.ts';
import { errorResponse, proxyRequest } from './pipeline/proxy.ts';
import type { ProviderAdapter } from './providers/types.ts';

export interface AppOptions {
  /** Extra routes mounted before the proxy routes (admin API and UI, metrics). */
  extend?: (app: Hono) => void;
}

declare module 'hono' {
  interface ContextVariableMap {
    requestId: string;
  }
}

const proxyRoute = (deps: Deps, adapter: ProviderAdapter) =>
  async function proxyRoute(req: Request, pathname: string, requestId: string): Promise<Response> {
    return proxyRequest(deps, adapter, req, pathname.slice(adapter.prefix.length) || '/', requestId);
  };

/** Every response carries `x-pledge-request-id`, including health checks and 404s. */
const requestId = () =>
  async function requestId(c: Context, next: Next): Promise<void> {
    c.set('requestId', crypto.randomUUID());
    await next();
    if (!c.res.headers.has('x-pledge-request-id')) c.res.headers.set('x-pledge-request-id', c.get('requestId'));
  };

/** The whole HTTP surface. Runtime entries build `deps` and call this once. */
export function createApp(deps: Deps, opts: AppOptions = {}): Hono {
  const app = new Hono();
  app.use('*', requestId());
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  opts.extend?.(app);
  // Longest prefix first, so `/openai/v1` and a hypothetical `/openai` never shadow each other.
  const adapters = [...deps.adapters].sort((a, b) => b.prefix.length - a.prefix.length);
  for (const adapter of adapters) {
    const handle = proxyRoute(deps, adapter);
    app.all(`${adapter.prefix}/*`, (c) => handle(c.req.raw, new URL(c.req.url).pathname, c.get('requestId')));
  }
  app.notFound((c) => {
    const requestId = c.get('requestId');
    const path = new URL(c.req.url).pathname;
    const adapter = adapters.find((a) => path === a.prefix || path.startsWith(`${a.prefix}/`));
    if (adapter) return errorResponse(adapter, new PledgeError('not_found', `Unknown route: ${c.req.method} ${path}`, 'unknown_route'), requestId);
    return c.json({ error: { message: `Unknown route: ${c.req.method} ${path}`, type: 'not_found', code: 'pledge_unknown_route' } }, 404);
  });
  app.onError((_err, c) => {
    deps.logger.error({ msg: 'unhandled_error' });
    // Under a provider's mount, its own envelope, so the SDK raises its usual typed error.
    const path = new URL(c.req.url).pathname;
    const adapter = adapters.find((a) => path === a.prefix || path.startsWith(`${a.prefix}/`));
    if (adapter) return errorResponse(adapter, new PledgeError('internal', 'Internal error.', 'internal'), c.get('requestId'));
    return c.json({ error: { message: 'Internal error.', type: 'server_error', code: 'pledge_internal' } }, 500);
  });
  return app;
}
