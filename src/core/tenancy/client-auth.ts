import type { ClientAuth } from '../deps.ts';
import type { PolicyRegistry } from '../policy/registry.ts';
import { authenticateTenant } from './authenticate.ts';
import { resolveProviderCredential, type KeyHasher, type KeyStore } from './keys.ts';

export interface KeyClientAuthOptions {
  keys: KeyStore;
  policies: PolicyRegistry;
  /** Runtime secret lookup: process.env on Node, env bindings on Workers. */
  readSecret: (name: string) => string | undefined;
  /** The runtime's SHA-256 of a raw key when it has a faster one than Web Crypto (same output). */
  hashKey?: KeyHasher;
}

/**
 * The pipeline's ClientAuth over client keys: key → tenant → policy → credential. In local open
 * mode (no active keys) the presented key is the provider key and the default policy applies.
 * Tenant ids are returned as named; the pipeline pseudonymizes them (tenantPseudonym) per policy.
 */
export function createKeyClientAuth(opts: KeyClientAuthOptions): ClientAuth {
  return {
    async resolve(presented) {
      const r = await authenticateTenant({ keys: opts.keys, policies: opts.policies, hashKey: opts.hashKey }, presented);
      if (!r.ok) return { ok: false, reason: r.reason, message: r.message };
      const { ctx } = r;
      if (ctx.mode === 'open') {
        return { ok: true, tenant: { id: 'local', policy: ctx.policy.policy.name, passthrough: true } };
      }
      const key = ctx.key;
      return {
        ok: true,
        tenant: {
          id: key.tenant,
          policy: key.policy,
          passthrough: false,
          upstreamCredential(provider) {
            const c = resolveProviderCredential(key, provider, opts.readSecret);
            // A named secret that is not set must not silently fall back to anything else.
            if (c.kind === 'missing') throw new Error(`the credential secret ${c.name} for ${provider} is not configured`);
            return c.kind === 'held' ? c.value : undefined;
          },
        },
      };
    },
  };
}
