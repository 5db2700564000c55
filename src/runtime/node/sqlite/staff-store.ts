import type { DatabaseSync } from 'node:sqlite';
import { staffFromRow } from '../../../core/staff/sql-row.ts';
import type { StaffStore } from '../../../core/staff/types.ts';

type Row = Record<string, unknown>;

/** StaffStore over the staff table (migrations/0021_staff.sql; openDatabase applies it). */
export function createSqliteStaffStore(db: DatabaseSync): StaffStore {
  const byHash = db.prepare('SELECT * FROM staff WHERE token_hash = ?');
  const byId = db.prepare('SELECT * FROM staff WHERE id = ?');
  const insert = db.prepare(
    'INSERT INTO staff (id, token_hash, name, role, tenants, hint, created_at, created_by, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const all = db.prepare('SELECT * FROM staff ORDER BY created_at, id');
  const revoke = db.prepare('UPDATE staff SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL');
  return {
    async findByHash(hash) {
      const row = byHash.get(hash) as Row | undefined;
      return row ? { ...staffFromRow(row), hash: String(row.token_hash) } : null;
    },
    async get(id) {
      const row = byId.get(id) as Row | undefined;
      return row ? staffFromRow(row) : null;
    },
    async insert(r) {
      insert.run(r.id, r.hash, r.name, r.role, JSON.stringify(r.tenants), r.hint, r.created_at, r.created_by, r.expires_at);
    },
    async list() {
      return (all.all() as Row[]).map(staffFromRow);
    },
    async revoke(id, at) {
      return Number(revoke.run(at, id).changes) > 0;
    },
  };
}
