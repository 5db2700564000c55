import { decodeReviewCursor, encodeReviewCursor, reviewPageLimit } from '../../../core/review/store.ts';
import { buildReviewWhere } from '../../../core/review/sql-filter.ts';
import type { ReviewStore } from '../../../core/review/store.ts';
import { REVIEW_COLUMNS, reviewFromRow } from '../../../core/review/sql-row.ts';
import { all, first, type SqlDatabase } from './sql.ts';

export function createSqlReviewStore(db: SqlDatabase): ReviewStore {
  const byId = (id: string) => first(db, 'SELECT * FROM review_items WHERE id = ?', id);
  return {
    async create(item) {
      db.sql.exec(`INSERT INTO review_items (${REVIEW_COLUMNS.join(', ')}) VALUES (${REVIEW_COLUMNS.map(() => '?').join(', ')})`, ...REVIEW_COLUMNS.map((c) => item[c] ?? null));
    },
    async get(id) {
      const row = byId(id);
      return row ? reviewFromRow(row) : undefined;
    },
    async list(query = {}) {
      const limit = reviewPageLimit(query.limit);
      const { where, params } = buildReviewWhere(query, decodeReviewCursor(query.cursor));
      const rows = all(db, `SELECT * FROM review_items ${where} ORDER BY created_at DESC, id DESC LIMIT ?`, ...params, limit + 1);
      const items = rows.slice(0, limit).map(reviewFromRow);
      const last = items.at(-1);
      return rows.length > limit && last ? { items, next_cursor: encodeReviewCursor(last) } : { items };
    },
    async decide(id, input) {
      const status = input.decision === 'approve' ? 'approved' : 'rejected';
      const row = first(db, "UPDATE review_items SET status = ?, decided_by = ?, decided_at = ?, note = ? WHERE id = ? AND status = 'pending' RETURNING *", status, input.reviewer, input.at, input.note ? input.note : null, id);
      if (row) return { ok: true, item: reviewFromRow(row) };
      return byId(id) ? { ok: false, reason: 'already_decided' } : { ok: false, reason: 'not_found' };
    },
    async count(filter = {}) {
      const { where, params } = buildReviewWhere(filter);
      const counts = { pending: 0, approved: 0, rejected: 0 };
      for (const r of all(db, `SELECT status, COUNT(*) AS n FROM review_items ${where} GROUP BY status`, ...params)) counts[String(r.status) as keyof typeof counts] = Number(r.n);
      return counts;
    },
  };
}
