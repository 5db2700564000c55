import { describe, expect, it } from 'vitest';
import { authenticateTenant } from '../../../core/tenancy/authenticate.ts';
import { createClientKey, hashClientKey, resolveClientKey } from '../../../core/tenancy/keys.ts';
import { POLICY_SOURCES } from '../../../generated/policies.ts';
import { loadBundledPolicyRegistry } from '../../../core/policy/registry.ts';
import { openDatabase } from './db.ts';
import { KEY_COUNT_TTL_MS, createSqliteKeyStore } from './key-store.ts';

describe('sqlite key store', () => {
  it('stores keys by hash, resolves them, counts keys (revoked included) and revokes', async () => {
    const db = await openDatabase(':memory:');
    const store = createSqliteKeyStore(db);
    expect(await store.countKeys()).toBe(0);
    const a = await createClientKey(store, { tenant: 'acme', policy: 'allentics', credentialRef: 'openai=OPENAI_KEY_ACME' });
    const b = await createClientKey(store, { tenant: 'globex', policy: 'asrsbot' });
    expect(await store.countKeys()).toBe(2);
    expect(await resolveClientKey(store, a.key)).toEqual(a.record);
    expect(await resolveClientKey(store, b.key)).toEqual(b.record);
    expect(await store.revoke(a.record.id, '2026-01-01T00:00:00.000Z')).toBe(true);
    expect(await store.countKeys()).toBe(2);
    await store.revoke(b.record.id, '2026-01-01T00:00:00.000Z');
    // Every key revoked: still 2, so open mode does not come back.
    expect(await store.countKeys()).toBe(2);
    const policies = await loadBundledPolicyRegistry(POLICY_SOURCES);
    expect(await authenticateTenant({ keys: store, policies }, a.key)).toMatchObject({ ok: false, reason: 'revoked_key' });
    expect(await authenticateTenant({ keys: store, policies }, undefined)).toMatchObject({ ok: false, reason: 'missing_key' });
    expect((await store.list()).map((k) => k.revokedAt)).toEqual(['2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z']);
    db.close();
  });

  it('sees a key created by another process (the CLI) once the key count is stale', async () => {
    const db = await openDatabase(':memory:');
    let t = 1_000_000;
    const server = createSqliteKeyStore(db, () => t);
    const cli = createSqliteKeyStore(db); // another writer on the same database
    expect(await server.countKeys()).toBe(0);
    const k = await createClientKey(cli, { tenant: 'acme', policy: 'allentics' });
    t += KEY_COUNT_TTL_MS - 1;
    expect(await server.countKeys()).toBe(0); // still the cached count: open mode for at most the TTL
    t += 1;
    expect(await server.countKeys()).toBe(1);
    // Lookups are never cached: a revocation by the CLI takes effect on the next request.
    await cli.revoke(k.record.id, '2026-01-01T00:00:00.000Z');
    expect((await server.findByHash(await hashClientKey(k.key)))?.revokedAt).toBe('2026-01-01T00:00:00.000Z');
    db.close();
  });
});
