import { describe, expect, it } from 'vitest';
import { authenticateTenant } from '../../../core/tenancy/authenticate.ts';
import { createClientKey, resolveClientKey } from '../../../core/tenancy/keys.ts';
import { POLICY_SOURCES } from '../../../generated/policies.ts';
import { loadBundledPolicyRegistry } from '../../../core/policy/registry.ts';
import { openDatabase } from './db.ts';
import { createSqliteKeyStore } from './key-store.ts';

describe('sqlite key store', () => {
  it('stores keys by hash, resolves them, counts active keys and revokes', async () => {
    const db = await openDatabase(':memory:');
    const store = createSqliteKeyStore(db);
    expect(await store.countActive()).toBe(0);
    const a = await createClientKey(store, { tenant: 'acme', policy: 'allentics', credentialRef: 'openai=OPENAI_KEY_ACME' });
    const b = await createClientKey(store, { tenant: 'globex', policy: 'asrsbot' });
    expect(await store.countActive()).toBe(2);
    expect(await resolveClientKey(store, a.key)).toEqual(a.record);
    expect(await resolveClientKey(store, b.key)).toEqual(b.record);
    expect(await store.revoke(a.record.id, '2026-01-01T00:00:00.000Z')).toBe(true);
    expect(await store.countActive()).toBe(1);
    const policies = await loadBundledPolicyRegistry(POLICY_SOURCES);
    expect(await authenticateTenant({ keys: store, policies }, a.key)).toMatchObject({ ok: false, reason: 'revoked_key' });
    expect((await store.list()).map((k) => k.revokedAt)).toEqual(['2026-01-01T00:00:00.000Z', undefined]);
    db.close();
  });
});
