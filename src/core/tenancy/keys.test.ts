import { describe, expect, it } from 'vitest';
import { POLICY_SOURCES } from '../../generated/policies.ts';
import { loadBundledPolicyRegistry } from '../policy/registry.ts';
import { authenticateTenant } from './authenticate.ts';
import { checkClientKey, createClientKey, credentialRefFor, hashClientKey, resolveClientKey, timingSafeEqual } from './keys.ts';
import { createMemoryKeyStore } from './memory-key-store.ts';
import { expectRejection } from '../../../test/support/rejection.ts';

describe('client keys', () => {
  it('creates a high-entropy key and stores only its hash', async () => {
    const store = createMemoryKeyStore();
    const { key, record } = await createClientKey(store, { tenant: 'acme', policy: 'allentics' });
    expect(key).toMatch(/^pk_live_[A-Za-z0-9_-]{43}$/);
    const stored = store.records.get(record.id);
    expect(stored?.hash).toBe(await hashClientKey(key));
    expect(JSON.stringify([...store.records.values()])).not.toContain(key.slice(8));
    expect(record.hint).toBe(`pk_live_…${key.slice(-4)}`);
  });

  it('resolves a valid key, and refuses unknown, malformed and revoked keys', async () => {
    const store = createMemoryKeyStore();
    const { key, record } = await createClientKey(store, { tenant: 'acme', policy: 'allentics', credentialRef: 'OPENAI_KEY_ACME' });
    expect(await resolveClientKey(store, key)).toMatchObject({ id: record.id, tenant: 'acme', policy: 'allentics', credentialRef: 'OPENAI_KEY_ACME' });
    expect(await resolveClientKey(store, `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`)).toBeNull();
    expect(await resolveClientKey(store, 'sk-proj-abc')).toBeNull();
    expect(await store.revoke(record.id, new Date().toISOString())).toBe(true);
    expect(await checkClientKey(store, key)).toEqual({ ok: false, reason: 'revoked_key' });
    expect(await store.revoke(record.id, new Date().toISOString())).toBe(false);
  });

  it('refuses bad tenant names and credential refs that could be credentials', async () => {
    const store = createMemoryKeyStore();
    await expectRejection(createClientKey(store, { tenant: '../x', policy: 'default' }), /tenant/);
    // Reserved: names shaped like stored pseudonyms, and the audit trail's own ids.
    for (const reserved of ['t_sales', 'system', 'unknown']) {
      await expectRejection(createClientKey(store, { tenant: reserved, policy: 'default' }), /not starting with t_/);
    }
    await expect(createClientKey(store, { tenant: 'systems', policy: 'default' })).resolves.toBeDefined();
    await expectRejection(createClientKey(store, { tenant: 'acme', policy: 'default', credentialRef: 'sk-proj-123' }), /secret name/);
  });

  it('maps credential refs per provider', () => {
    const base = { id: 'k', tenant: 't', policy: 'p', createdAt: '', hint: '' };
    expect(credentialRefFor({ ...base, credentialRef: 'OPENAI_KEY_ACME' }, 'openai')).toBe('OPENAI_KEY_ACME');
    const pairs = { ...base, credentialRef: 'openai=OPENAI_KEY_ACME,anthropic=ANTHROPIC_KEY_ACME' };
    expect(credentialRefFor(pairs, 'anthropic')).toBe('ANTHROPIC_KEY_ACME');
    expect(credentialRefFor(pairs, 'gemini')).toBeUndefined();
    expect(credentialRefFor(base, 'openai')).toBeUndefined();
  });

  it('compares in constant time, including different lengths', () => {
    expect(timingSafeEqual('abc', 'abc')).toBe(true);
    expect(timingSafeEqual('abc', 'abd')).toBe(false);
    expect(timingSafeEqual('abc', 'abcd')).toBe(false);
  });
});

describe('tenant isolation', () => {
  const setup = async () => {
    const keys = createMemoryKeyStore();
    const policies = await loadBundledPolicyRegistry(POLICY_SOURCES);
    return { keys, policies };
  };

  it('uses local open mode with the default policy while no keys exist', async () => {
    const deps = await setup();
    const r = await authenticateTenant(deps, undefined);
    expect(r.ok && r.ctx).toMatchObject({ mode: 'open', tenant: 'local' });
    expect(r.ok && r.ctx.policy.policy.name).toBe('default');
  });

  it("binds each key to its own tenant, policy and credential, never another tenant's", async () => {
    const deps = await setup();
    const a = await createClientKey(deps.keys, { tenant: 'acme', policy: 'allentics', credentialRef: 'OPENAI_KEY_ACME' });
    const b = await createClientKey(deps.keys, { tenant: 'globex', policy: 'asrsbot' });
    const ra = await authenticateTenant(deps, a.key);
    const rb = await authenticateTenant(deps, b.key);
    expect(ra.ok && ra.ctx.mode === 'key' && [ra.ctx.tenant, ra.ctx.policy.policy.name, ra.ctx.key.credentialRef]).toEqual(['acme', 'allentics', 'OPENAI_KEY_ACME']);
    expect(rb.ok && rb.ctx.mode === 'key' && [rb.ctx.tenant, rb.ctx.policy.policy.name, rb.ctx.key.credentialRef]).toEqual(['globex', 'asrsbot', undefined]);
  });

  it('ends open mode once a key exists, and refuses missing, unknown and revoked keys without echoing them', async () => {
    const deps = await setup();
    const a = await createClientKey(deps.keys, { tenant: 'acme', policy: 'allentics' });
    expect(await authenticateTenant(deps, undefined)).toMatchObject({ ok: false, reason: 'missing_key' });
    const stranger = await authenticateTenant(deps, 'sk-proj-someone-elses-openai-key');
    expect(stranger).toMatchObject({ ok: false, reason: 'unknown_key' });
    expect(!stranger.ok && stranger.message).not.toContain('sk-proj');
    await deps.keys.revoke(a.record.id, new Date().toISOString());
    await createClientKey(deps.keys, { tenant: 'other', policy: 'default' });
    expect(await authenticateTenant(deps, a.key)).toMatchObject({ ok: false, reason: 'revoked_key' });
  });

  it('never returns to open mode when the last key is revoked: keyless and revoked keys are refused', async () => {
    const deps = await setup();
    const only = await createClientKey(deps.keys, { tenant: 'acme', policy: 'default' });
    await deps.keys.revoke(only.record.id, new Date().toISOString());
    expect(await authenticateTenant(deps, undefined)).toMatchObject({ ok: false, reason: 'missing_key' });
    expect(await authenticateTenant(deps, only.key)).toMatchObject({ ok: false, reason: 'revoked_key' });
    expect(await authenticateTenant(deps, 'sk-proj-a-provider-key-passing-through')).toMatchObject({ ok: false, reason: 'unknown_key' });
  });

  it('refuses a key whose policy is not loaded instead of falling back to the default', async () => {
    const deps = await setup();
    const k = await createClientKey(deps.keys, { tenant: 'acme', policy: 'deleted-policy' });
    expect(await authenticateTenant(deps, k.key)).toMatchObject({ ok: false, reason: 'policy_unavailable' });
  });
});

describe('resolveProviderCredential', () => {
  const key = { id: 'k', tenant: 'acme', policy: 'allentics', createdAt: '', hint: '', credentialRef: 'openai=OPENAI_KEY_ACME' };
  const secrets: Record<string, string> = { OPENAI_KEY_ACME: 'sk-held', OPENAI_KEY_GLOBEX: 'sk-other' };
  it("uses the tenant's own secret, passes through where none is named, and refuses a missing secret", async () => {
    const { resolveProviderCredential } = await import('./keys.ts');
    expect(resolveProviderCredential(key, 'openai', (n) => secrets[n])).toEqual({ kind: 'held', name: 'OPENAI_KEY_ACME', value: 'sk-held' });
    expect(resolveProviderCredential(key, 'anthropic', (n) => secrets[n])).toEqual({ kind: 'passthrough' });
    expect(resolveProviderCredential(key, 'openai', () => undefined)).toEqual({ kind: 'missing', name: 'OPENAI_KEY_ACME' });
  });

  it("never reads one of Pledge's own settings, even from a record that names one", async () => {
    const { resolveProviderCredential, validateCredentialRef } = await import('./keys.ts');
    const stale = { ...key, credentialRef: 'openai=PLEDGE_ADMIN_TOKEN' };
    expect(resolveProviderCredential(stale, 'openai', () => 'bootstrap-admin-token')).toEqual({ kind: 'missing', name: 'PLEDGE_ADMIN_TOKEN' });
    expect(validateCredentialRef('PLEDGE_SECRET')).toMatch(/PLEDGE_/);
    expect(validateCredentialRef('openai=OPENAI_KEY_ACME,gemini=PLEDGE_SECRET')).toMatch(/PLEDGE_/);
    expect(validateCredentialRef('openai=OPENAI_KEY_ACME,gemini=GEMINI_KEY_ACME')).toBeNull();
  });
});
