import type { DatabaseSync } from 'node:sqlite';
import type { SignOutStore } from '../../../core/staff/sign-outs.ts';

/** SignOutStore over signed_out_sessions (migrations/0022_signed_out_sessions.sql). */
export function createSqliteSignOutStore(db: DatabaseSync): SignOutStore {
  const insert = db.prepare('INSERT OR REPLACE INTO signed_out_sessions (hash, until) VALUES (?, ?)');
  const purge = db.prepare('DELETE FROM signed_out_sessions WHERE until <= ?');
  const find = db.prepare('SELECT 1 AS found FROM signed_out_sessions WHERE hash = ? AND until > ?');
  return {
    async add(hash, until, now) {
      purge.run(Math.floor(now));
      insert.run(hash, Math.floor(until));
    },
    async has(hash, now) {
      return find.get(hash, Math.floor(now)) !== undefined;
    },
  };
}
