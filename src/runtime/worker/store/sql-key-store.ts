import type { KeyStore } from '../../../core/tenancy/keys.ts';
import { keyFromRow } from '../../../core/tenancy/sql-row.ts';
import { all, first, run, type SqlDatabase } from './sql.ts';

/** KeyStore over client_keys (migrations/0010_keys.sql) in the Durable Object's SQLite. */
export function createSqlKeyStore(db: SqlDatabase): KeyStore {
  return {
    async findByHash(hash) {
      const row = first(db, 'SELECT * FROM client_keys WHERE key_hash = ?', hash);
      return row ? { ...keyFromRow(row), hash: String(row.key_hash) } : null;
    },
    async insert(r) {
      db.sql.exec(
        'INSERT INTO client_keys (id, key_hash, tenant, policy, credential_ref, hint, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        r.id, r.hash, r.tenant, r.policy, r.credentialRef ?? null, r.hint, r.createdAt,
      );
    },
    list: async () => all(db, 'SELECT * FROM client_keys ORDER BY created_at, id').map(keyFromRow),
    revoke: async (id, at) => run(db, 'UPDATE client_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL', at, id) > 0,
    countKeys: async () => Number(first(db, 'SELECT COUNT(*) AS n FROM client_keys')?.n ?? 0),
  };
}
