import type { Deps } from '../deps.ts';
import { PledgeError } from '../errors.ts';
import type { Policy } from '../policy/schema.ts';
import type { ProviderAdapter } from '../providers/types.ts';

/**
 * Upstream URLs come only from configuration (or the policy's region pin), never from the
 * client: the client contributes a matched relative path and non-secret query parameters.
 */
export function upstreamUrl(deps: Deps, adapter: ProviderAdapter, policy: Policy, relPath: string, incoming: URL): string {
  const pinned = policy.providers[adapter.id]?.upstream;
  const base = pinned !== undefined ? (adapter.upstreamBase?.(pinned) ?? pinned) : deps.upstreams[adapter.id];
  if (!base) throw new PledgeError('internal', `No upstream is configured for provider "${adapter.id}".`, 'no_upstream');
  const path = adapter.upstreamPath ? adapter.upstreamPath(relPath, incoming) : relPath;
  const target = new URL(base.replace(/\/+$/, '') + path);
  for (const [k, v] of incoming.searchParams) {
    if (!adapter.secretQueryParams.includes(k)) target.searchParams.append(k, v);
  }
  return target.toString();
}
