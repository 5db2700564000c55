import type { Role, StaffRecord, StaffStore } from '../../../core/staff/types.ts';
import { all, first, run, type Row, type SqlDatabase } from './sql.ts';

function toRecord(row: Row): StaffRecord {
  const tenants: unknown = JSON.parse(String(row.tenants));
  return {
    id: String(row.id), name: String(row.name), role: String(row.role) as Role, tenants: Array.isArray(tenants) ? tenants.map(String) : [],
    hint: String(row.hint), created_at: String(row.created_at), created_by: String(row.created_by), expires_at: String(row.expires_at),
    revoked_at: typeof row.revoked_at === 'string' ? row.revoked_at : undefined,
  };
}

/** StaffStore over the staff table (migrations/0021_staff.sql) in the Durable Object's SQLite. */
export function createSqlStaffStore(db: SqlDatabase): StaffStore {
  return {
    async findByHash(hash) {
      const row = first(db, 'SELECT * FROM staff WHERE token_hash = ?', hash);
      return row ? { ...toRecord(row), hash: String(row.token_hash) } : null;
    },
    async get(id) {
      const row = first(db, 'SELECT * FROM staff WHERE id = ?', id);
      return row ? toRecord(row) : null;
    },
    async insert(r) {
      db.sql.exec(
        'INSERT INTO staff (id, token_hash, name, role, tenants, hint, created_at, created_by, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        r.id, r.hash, r.name, r.role, JSON.stringify(r.tenants), r.hint, r.created_at, r.created_by, r.expires_at,
      );
    },
    list: async () => all(db, 'SELECT * FROM staff ORDER BY created_at, id').map(toRecord),
    revoke: async (id, at) => run(db, 'UPDATE staff SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL', at, id) > 0,
  };
}
