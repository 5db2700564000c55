import type { ReviewItem, ReviewSink } from './types.ts';

export type ReviewStatus = ReviewItem['status'];
export type ReviewDecision = 'approve' | 'reject';

/** Filters for the queue. `from` inclusive, `to` exclusive (ISO 8601 UTC, on `created_at`). */
export interface ReviewFilter {
  /** Stored tenant ids (pseudonyms) the caller may see; undefined means every tenant. */
  tenants?: readonly string[];
  status?: ReviewStatus;
  tool?: string;
  from?: string;
  to?: string;
}

export interface ReviewQuery extends ReviewFilter {
  /** Opaque cursor from a previous page's `next_cursor`. */
  cursor?: string;
  /** Page size, 1..200 (default 50). */
  limit?: number;
}

/** Newest first. */
export interface ReviewPage {
  items: ReviewItem[];
  next_cursor?: string;
}

export interface DecideInput {
  decision: ReviewDecision;
  reviewer: string;
  note?: string;
  at: string;
}

export type DecideResult = { ok: true; item: ReviewItem } | { ok: false; reason: 'not_found' | 'already_decided' };

export interface ReviewCounts {
  pending: number;
  approved: number;
  rejected: number;
}

/** The review queue. Every adapter passes `reviewStoreContract` (store.contract.ts). */
export interface ReviewStore extends ReviewSink {
  get(id: string): Promise<ReviewItem | undefined>;
  list(query?: ReviewQuery): Promise<ReviewPage>;
  /** Atomically moves a pending item to approved/rejected; a decided item stays as it is. */
  decide(id: string, input: DecideInput): Promise<DecideResult>;
  count(filter?: ReviewFilter): Promise<ReviewCounts>;
}

export const REVIEW_PAGE_DEFAULT = 50;
export const REVIEW_PAGE_MAX = 200;
export const NOTE_MAX = 2000;

export function reviewPageLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return REVIEW_PAGE_DEFAULT;
  return Math.max(1, Math.min(REVIEW_PAGE_MAX, Math.trunc(limit)));
}

/** Keyset position: the last item of a page, ordered by (created_at, id) descending. */
export interface ReviewCursor {
  created_at: string;
  id: string;
}

export function encodeReviewCursor(item: ReviewCursor): string {
  return btoa(`${item.created_at}|${item.id}`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeReviewCursor(cursor: string | undefined): ReviewCursor | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  let text: string;
  try {
    text = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    throw new RangeError('invalid cursor');
  }
  const bar = text.indexOf('|');
  if (bar < 1 || bar > 40 || text.length > 200) throw new RangeError('invalid cursor');
  return { created_at: text.slice(0, bar), id: text.slice(bar + 1) };
}

/** True when `a` sorts after `b` in the queue order (newer first). */
export function isBefore(item: ReviewCursor, cursor: ReviewCursor): boolean {
  return item.created_at < cursor.created_at || (item.created_at === cursor.created_at && item.id < cursor.id);
}
