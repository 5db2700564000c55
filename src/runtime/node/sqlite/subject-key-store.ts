import type { DatabaseSync } from 'node:sqlite';
import type { SubjectKeyStore } from '../../../core/audit/store.ts';

export function createSqliteSubjectKeyStore(db: DatabaseSync): SubjectKeyStore {
  const select = db.prepare('SELECT key FROM subject_keys WHERE id = ?');
  const insert = db.prepare('INSERT OR IGNORE INTO subject_keys (id, key, created_at) VALUES (?, ?, ?)');
  const remove = db.prepare('DELETE FROM subject_keys WHERE id = ?');
  const get = (id: string) => {
    const row = select.get(id);
    return row ? String(row.key) : undefined;
  };
  return {
    get: async (id) => get(id),
    getOrCreate: async (id, key) => {
      // INSERT OR IGNORE then read back: two processes racing agree on the first key written.
      insert.run(id, key, new Date().toISOString());
      return get(id) ?? key;
    },
    delete: async (id) => Number(remove.run(id).changes) > 0,
  };
}
