import { describe, expect, it } from 'vitest';
import { POLICY_SOURCES } from '../../generated/policies.ts';
import { loadBundledPolicyRegistry } from '../policy/registry.ts';
import { createKeyClientAuth } from './client-auth.ts';
import { createClientKey } from './keys.ts';
import { createMemoryKeyStore } from './memory-key-store.ts';


describe('createKeyClientAuth', () => {
  it("gives each tenant its own policy and credential, and never another tenant's", async () => {
    const keys = createMemoryKeyStore();
    const policies = await loadBundledPolicyRegistry(POLICY_SOURCES);
    const secrets: Record<string, string> = { OPENAI_KEY_ACME: 'sk-acme', OPENAI_KEY_GLOBEX: 'sk-globex' };
    const auth = createKeyClientAuth({ keys, policies, readSecret: (n) => secrets[n] });

    const open = await auth.resolve('sk-client');
    expect(open).toMatchObject({ ok: true, tenant: { policy: 'default', passthrough: true } });

    const a = await createClientKey(keys, { tenant: 'acme', policy: 'allentics', credentialRef: 'openai=OPENAI_KEY_ACME' });
    const g = await createClientKey(keys, { tenant: 'globex', policy: 'asrsbot', credentialRef: 'openai=OPENAI_KEY_GLOBEX,azure=AZURE_KEY_GLOBEX' });
    const ra = await auth.resolve(a.key);
    const rg = await auth.resolve(g.key);
    if (!ra.ok || !rg.ok) throw new Error('expected both keys to resolve');
    expect([ra.tenant.policy, rg.tenant.policy]).toEqual(['allentics', 'asrsbot']);
    expect(ra.tenant.id).not.toBe(rg.tenant.id);
    expect(ra.tenant.id).toBe('acme');
    expect(ra.tenant.upstreamCredential?.('openai')).toBe('sk-acme');
    expect(rg.tenant.upstreamCredential?.('openai')).toBe('sk-globex');
    expect(ra.tenant.upstreamCredential?.('anthropic')).toBeUndefined();
    expect(() => rg.tenant.upstreamCredential?.('azure')).toThrow('the credential secret AZURE_KEY_GLOBEX for azure is not configured');

    expect(await auth.resolve('sk-client')).toMatchObject({ ok: false, reason: 'unknown_key' });
  });
});
