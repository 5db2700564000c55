import type { DatabaseSync } from 'node:sqlite';
import type { KeyStore } from '../../../core/tenancy/keys.ts';
import { keyFromRow } from '../../../core/tenancy/sql-row.ts';

type Row = Record<string, unknown>;

/**
 * How long the count of keys (asked on every request, to decide local open mode) is
 * reused. Writes through this store reset it at once; a key created by the CLI in another
 * process ends open mode within this time. Key lookups and revocations are never cached.
 */
export const KEY_COUNT_TTL_MS = 1_000;

/** KeyStore over the client_keys table (migrations/0010_keys.sql; openDatabase applies it). */
export function createSqliteKeyStore(db: DatabaseSync, now: () => number = Date.now): KeyStore {
  const byHash = db.prepare('SELECT * FROM client_keys WHERE key_hash = ?');
  const insert = db.prepare(
    'INSERT INTO client_keys (id, key_hash, tenant, policy, credential_ref, hint, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const all = db.prepare('SELECT * FROM client_keys ORDER BY created_at, id');
  const revoke = db.prepare('UPDATE client_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL');
  const count = db.prepare('SELECT COUNT(*) AS n FROM client_keys');
  let counted: { n: number; at: number } | undefined;
  return {
    async findByHash(hash) {
      const row = byHash.get(hash) as Row | undefined;
      return row ? { ...keyFromRow(row), hash: String(row.key_hash) } : null;
    },
    async insert(r) {
      insert.run(r.id, r.hash, r.tenant, r.policy, r.credentialRef ?? null, r.hint, r.createdAt);
      counted = undefined;
    },
    async list() {
      return (all.all() as Row[]).map(keyFromRow);
    },
    async revoke(id, at) {
      counted = undefined;
      return Number(revoke.run(at, id).changes) > 0;
    },
    async countKeys() {
      const t = now();
      if (counted && t - counted.at < KEY_COUNT_TTL_MS) return counted.n;
      const n = Number((count.get() as Row | undefined)?.n ?? 0);
      counted = { n, at: t };
      return n;
    },
  };
}
