import { describe, expect, it } from 'vitest';
import { createHmacHex } from '../util/hmac.ts';
import { createMemoryStaffStore } from './memory-store.ts';
import { createFailureLimiter } from './rate-limit.ts';
import { checkCsrf, csrfToken, issueSession, readSession } from './session.ts';
import { tenantPseudonym } from './tenant-pseudonym.ts';
import { authenticateStaff, createStaffToken, sha256Hex } from './tokens.ts';
import { expectRejection } from '../../../test/support/rejection.ts';

const pseudonymize = createHmacHex('staff-test');
const T0 = Date.UTC(2025, 0, 1);

describe('staff tokens', () => {
  it('stores only the hash, resolves scope to tenant pseudonyms, and expires', async () => {
    const store = createMemoryStaffStore();
    const { token, record } = await createStaffToken(store, { name: 'Rita', role: 'reviewer', tenants: ['acme'], expiresInDays: 1 }, 'stf_bootstrap', new Date(T0));
    expect(token).toMatch(/^pst_[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify([...store.records.values()])).not.toContain(token.slice(4));
    expect(store.records.get(record.id)!.hash).toBe(await sha256Hex(token));
    const deps = { store, pseudonymize, now: () => T0 + 1000 };
    const p = await authenticateStaff(deps, token);
    expect(p).toMatchObject({ id: record.id, role: 'reviewer', tenants: ['acme'] });
    expect(p!.scope !== '*' && p!.scope.has(await tenantPseudonym(pseudonymize, 'acme'))).toBe(true);
    expect(await authenticateStaff({ ...deps, now: () => T0 + 86_400_001 }, token)).toBeNull();
    expect(await authenticateStaff(deps, `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`)).toBeNull();
    await store.revoke(record.id, new Date(T0).toISOString());
    expect(await authenticateStaff(deps, token)).toBeNull();
  });

  it('accepts the bootstrap admin token only when configured and long enough', async () => {
    const store = createMemoryStaffStore();
    const base = { store, pseudonymize, now: () => T0 };
    expect(await authenticateStaff({ ...base, adminToken: 'bootstrap-token-0123456789' }, 'bootstrap-token-0123456789')).toMatchObject({ role: 'admin', tenants: '*' });
    expect(await authenticateStaff({ ...base, adminToken: 'bootstrap-token-0123456789' }, 'bootstrap-token-012345678')).toBeNull();
    expect(await authenticateStaff({ ...base, adminToken: 'short' }, 'short')).toBeNull();
    expect(await authenticateStaff(base, '')).toBeNull();
  });

  it('refuses bad input', async () => {
    const store = createMemoryStaffStore();
    await expectRejection(createStaffToken(store, { name: 'x', role: 'root' as 'admin', tenants: ['acme'] }, 'a', new Date()), /role/);
    await expectRejection(createStaffToken(store, { name: 'x', role: 'admin', tenants: ['../etc'] }, 'a', new Date()), /tenant/);
    await expectRejection(createStaffToken(store, { name: 'x', role: 'admin', tenants: ['*', 'acme'] }, 'a', new Date()), /alone/);
  });
});

describe('sessions and CSRF', () => {
  it('signs sessions, rejects tampering and expiry', async () => {
    const s = await issueSession(pseudonymize, 'stf_abc', T0, 1000);
    expect(await readSession(pseudonymize, s.value, T0 + 10)).toBe('stf_abc');
    expect(await readSession(pseudonymize, s.value, T0 + 1001)).toBeUndefined();
    expect(await readSession(pseudonymize, s.value.replace('stf_abc', 'stf_abd'), T0)).toBeUndefined();
    expect(await readSession(createHmacHex('other'), s.value, T0)).toBeUndefined();
  });

  it('binds the form token to the CSRF cookie', async () => {
    const seed = 'a'.repeat(32);
    const token = await csrfToken(pseudonymize, seed);
    expect(await checkCsrf(pseudonymize, seed, token)).toBe(true);
    expect(await checkCsrf(pseudonymize, 'b'.repeat(32), token)).toBe(false);
    expect(await checkCsrf(pseudonymize, seed, undefined)).toBe(false);
    expect(await checkCsrf(pseudonymize, undefined, token)).toBe(false);
  });

  it('limits failures per client within the window', () => {
    const l = createFailureLimiter({ max: 2, windowMs: 1000 });
    l.fail('a', 0);
    l.fail('a', 1);
    expect(l.allowed('a', 2)).toBe(false);
    expect(l.allowed('b', 2)).toBe(true);
    expect(l.allowed('a', 1001)).toBe(true);
  });
});
