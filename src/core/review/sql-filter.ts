import type { SqlValue } from '../audit/sql-filter.ts';
import type { ReviewFilter } from './store.ts';

/**
 * The WHERE clause for a review-queue page over `review_items` (migrations/0020_reviews.sql):
 * filters plus the keyset cursor (created_at, id) for newest-first paging. Shared by every SQL
 * adapter, since they run the same schema.
 */
export function buildReviewWhere(f: ReviewFilter, cursor?: { created_at: string; id: string }): { where: string; params: SqlValue[] } {
  const clauses: string[] = [];
  const params: SqlValue[] = [];
  if (f.tenants !== undefined) {
    clauses.push(f.tenants.length === 0 ? '0' : `tenant IN (${f.tenants.map(() => '?').join(', ')})`);
    params.push(...f.tenants);
  }
  if (f.status !== undefined) clauses.push('status = ?'), params.push(f.status);
  if (f.tool !== undefined) clauses.push('tool = ?'), params.push(f.tool);
  if (f.from !== undefined) clauses.push('created_at >= ?'), params.push(f.from);
  if (f.to !== undefined) clauses.push('created_at < ?'), params.push(f.to);
  if (cursor) {
    clauses.push('(created_at < ? OR (created_at = ? AND id < ?))');
    params.push(cursor.created_at, cursor.created_at, cursor.id);
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}
