import { staffFromRow } from '../../../core/staff/sql-row.ts';
import type { StaffStore } from '../../../core/staff/types.ts';
import { all, first, run, type SqlDatabase } from './sql.ts';

/** StaffStore over the staff table (migrations/0021_staff.sql) in the Durable Object's SQLite. */
export function createSqlStaffStore(db: SqlDatabase): StaffStore {
  return {
    async findByHash(hash) {
      const row = first(db, 'SELECT * FROM staff WHERE token_hash = ?', hash);
      return row ? { ...staffFromRow(row), hash: String(row.token_hash) } : null;
    },
    async get(id) {
      const row = first(db, 'SELECT * FROM staff WHERE id = ?', id);
      return row ? staffFromRow(row) : null;
    },
    async insert(r) {
      db.sql.exec(
        'INSERT INTO staff (id, token_hash, name, role, tenants, hint, created_at, created_by, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        r.id, r.hash, r.name, r.role, JSON.stringify(r.tenants), r.hint, r.created_at, r.created_by, r.expires_at,
      );
    },
    list: async () => all(db, 'SELECT * FROM staff ORDER BY created_at, id').map(staffFromRow),
    revoke: async (id, at) => run(db, 'UPDATE staff SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL', at, id) > 0,
  };
}
