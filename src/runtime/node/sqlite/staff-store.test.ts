import { describe, expect, it } from 'vitest';
import { createStaffToken, sha256Hex } from '../../../core/staff/tokens.ts';
import { openDatabase } from './db.ts';
import { createSqliteStaffStore } from './staff-store.ts';

describe('sqlite staff store', () => {
  it('round-trips a staff member by hash and id, lists and revokes', async () => {
    const store = createSqliteStaffStore(await openDatabase(':memory:'));
    const { token, record } = await createStaffToken(store, { name: 'Ana', role: 'auditor', tenants: ['acme', 'globex'] }, 'stf_bootstrap', new Date());
    expect(await store.findByHash(await sha256Hex(token))).toEqual({ ...record, hash: await sha256Hex(token), revoked_at: undefined });
    expect(await store.get(record.id)).toEqual({ ...record, revoked_at: undefined });
    expect((await store.list()).map((r) => r.id)).toEqual([record.id]);
    expect(await store.revoke(record.id, 'now')).toBe(true);
    expect(await store.revoke(record.id, 'now')).toBe(false);
    expect((await store.get(record.id))?.revoked_at).toBe('now');
  });
});
