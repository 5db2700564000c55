import type { SignOutStore } from '../../../core/staff/sign-outs.ts';
import { first, run, type SqlDatabase } from './sql.ts';

/** SignOutStore over signed_out_sessions (migrations/0022_signed_out_sessions.sql) in the Durable Object's SQLite. */
export function createSqlSignOutStore(db: SqlDatabase): SignOutStore {
  return {
    async add(hash, until, now) {
      run(db, 'DELETE FROM signed_out_sessions WHERE until <= ?', Math.floor(now));
      run(db, 'INSERT OR REPLACE INTO signed_out_sessions (hash, until) VALUES (?, ?)', hash, Math.floor(until));
    },
    has: async (hash, now) => first(db, 'SELECT 1 AS found FROM signed_out_sessions WHERE hash = ? AND until > ?', hash, Math.floor(now)) !== undefined,
  };
}
