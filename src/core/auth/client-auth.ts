import type { ClientAuth } from '../deps.ts';
import type { PolicyRegistry } from '../policy/registry.ts';
import { authenticateTenant } from '../tenancy/authenticate.ts';
import { credentialRefFor, type KeyStore } from '../tenancy/keys.ts';

/**
 * Client key → tenant → policy, for the pipeline. `readSecret` resolves a credential reference
 * (an environment variable on Node, a secret binding on Workers); a tenant key without one
 * passes the client's `x-pledge-upstream-key` through instead.
 */
export function createClientAuth(deps: {
  keys: KeyStore;
  policies: PolicyRegistry;
  readSecret: (name: string) => string | undefined;
}): ClientAuth {
  return {
    async resolve(presented) {
      const r = await authenticateTenant(deps, presented);
      if (!r.ok) return { ok: false, reason: r.reason, message: r.message };
      const ctx = r.ctx;
      if (ctx.mode === 'open') return { ok: true, tenant: { id: 'local', policy: ctx.policy.policy.name, passthrough: true } };
      const key = ctx.key;
      return {
        ok: true,
        tenant: {
          id: ctx.tenant,
          policy: ctx.policy.policy.name,
          passthrough: false,
          upstreamCredential: (provider) => {
            const ref = credentialRefFor(key, provider);
            return ref === undefined ? undefined : deps.readSecret(ref);
          },
        },
      };
    },
  };
}
