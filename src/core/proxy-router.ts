import type { Deps } from './deps.ts';
import { PledgeError } from './errors.ts';
import { errorOutput, proxyRequest } from './pipeline/proxy.ts';
import type { ProxyInput, ProxyOutput } from './pipeline/proxy-io.ts';
import type { ProviderAdapter } from './providers/types.ts';

/** Longest prefix first, so `/openai/v1` and a hypothetical `/openai` never shadow each other. */
export const byLongestPrefix = (adapters: readonly ProviderAdapter[]): ProviderAdapter[] =>
  [...adapters].sort((a, b) => b.prefix.length - a.prefix.length);

export interface ProxyRouter {
  /** The adapter mounted at this path (`prefix` itself or below it), longest prefix first. */
  adapterFor(pathname: string): ProviderAdapter | undefined;
  /** Run the pipeline. Never rejects: any failure is an answer in the provider's envelope. */
  handle(adapter: ProviderAdapter, req: ProxyInput, requestId: string): Promise<ProxyOutput>;
}

/**
 * The provider mounts: which adapter owns a path, and the pipeline for it. The Hono app mounts
 * these (every runtime); the Node server also calls them directly for proxied requests, without
 * Web `Request`/`Response` objects (src/runtime/node/proxy-listener.ts).
 */
export function createProxyRouter(deps: Deps): ProxyRouter {
  const adapters = byLongestPrefix(deps.adapters);
  return {
    adapterFor: (path) => adapters.find((a) => path === a.prefix || path.startsWith(`${a.prefix}/`)),
    async handle(adapter, req, requestId) {
      try {
        return await proxyRequest(deps, adapter, req, req.url.pathname.slice(adapter.prefix.length) || '/', requestId);
      } catch {
        deps.logger.error({ msg: 'unhandled_error' });
        return errorOutput(adapter, new PledgeError('internal', 'Internal error.', 'internal'), requestId);
      }
    },
  };
}
