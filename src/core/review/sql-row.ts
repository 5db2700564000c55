import type { ReviewItem } from './types.ts';

/** Columns of review_items (migrations/0020_reviews.sql), in insert order: one list for every SQL store. */
export const REVIEW_COLUMNS = ['id', 'tenant', 'request_id', 'rule', 'clause', 'provider', 'model', 'tool', 'args', 'created_at', 'status', 'decided_by', 'decided_at', 'note'] as const;
const OPTIONAL = new Set<string>(['clause', 'model', 'decided_by', 'decided_at', 'note']);

/** A review_items row (node:sqlite or Durable Object SQLite) as a ReviewItem. */
export function reviewFromRow(row: Readonly<Record<string, unknown>>): ReviewItem {
  const item: Record<string, string> = {};
  for (const c of REVIEW_COLUMNS) {
    const v = row[c];
    if (v === null || v === undefined) {
      if (!OPTIONAL.has(c)) item[c] = '';
    } else item[c] = String(v);
  }
  return item as unknown as ReviewItem;
}
