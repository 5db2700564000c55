import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import { buildReviewWhere } from '../../../core/review/sql-filter.ts';
import { decodeReviewCursor, encodeReviewCursor, reviewPageLimit } from '../../../core/review/store.ts';
import type { ReviewQuery, ReviewStore } from '../../../core/review/store.ts';
import { REVIEW_COLUMNS, reviewFromRow } from '../../../core/review/sql-row.ts';

type Row = Record<string, unknown>;

/** The SQL one page runs, exposed so tests can check the plan uses an index and a LIMIT. */
export function reviewPageSql(query: ReviewQuery): { sql: string; params: SQLInputValue[] } {
  const { where, params } = buildReviewWhere(query, decodeReviewCursor(query.cursor));
  return { sql: `SELECT * FROM review_items ${where} ORDER BY created_at DESC, id DESC LIMIT ?`, params: [...params, reviewPageLimit(query.limit) + 1] };
}

/** ReviewStore over review_items (migrations/0020_reviews.sql; openDatabase applies it). */
export function createSqliteReviewStore(db: DatabaseSync): ReviewStore {
  const insert = db.prepare(`INSERT INTO review_items (${REVIEW_COLUMNS.join(', ')}) VALUES (${REVIEW_COLUMNS.map(() => '?').join(', ')})`);
  const byId = db.prepare('SELECT * FROM review_items WHERE id = ?');
  const decide = db.prepare(
    "UPDATE review_items SET status = ?, decided_by = ?, decided_at = ?, note = ? WHERE id = ? AND status = 'pending' RETURNING *",
  );
  return {
    async create(item) {
      insert.run(...REVIEW_COLUMNS.map((c) => (item[c] ?? null) as SQLInputValue));
    },
    async get(id) {
      const row = byId.get(id) as Row | undefined;
      return row ? reviewFromRow(row) : undefined;
    },
    async list(query = {}) {
      const limit = reviewPageLimit(query.limit);
      const { sql, params } = reviewPageSql(query);
      const rows = db.prepare(sql).all(...params) as Row[];
      const items = rows.slice(0, limit).map(reviewFromRow);
      const last = items.at(-1);
      return rows.length > limit && last ? { items, next_cursor: encodeReviewCursor(last) } : { items };
    },
    async decide(id, input) {
      const status = input.decision === 'approve' ? 'approved' : 'rejected';
      const row = decide.get(status, input.reviewer, input.at, input.note ? input.note : null, id) as Row | undefined;
      if (row) return { ok: true, item: reviewFromRow(row) };
      return byId.get(id) ? { ok: false, reason: 'already_decided' } : { ok: false, reason: 'not_found' };
    },
    async count(filter = {}) {
      const { where, params } = buildReviewWhere(filter);
      const rows = db.prepare(`SELECT status, COUNT(*) AS n FROM review_items ${where} GROUP BY status`).all(...params) as Row[];
      const counts = { pending: 0, approved: 0, rejected: 0 };
      for (const r of rows) counts[String(r.status) as keyof typeof counts] = Number(r.n);
      return counts;
    },
  };
}
