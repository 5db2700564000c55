import type { ReviewItem } from './types.ts';
import { decodeReviewCursor, encodeReviewCursor, isBefore, reviewPageLimit } from './store.ts';
import type { ReviewFilter, ReviewStore } from './store.ts';

export function matchesReviewFilter(item: ReviewItem, f: ReviewFilter): boolean {
  if (f.tenants !== undefined && !f.tenants.includes(item.tenant)) return false;
  if (f.status !== undefined && item.status !== f.status) return false;
  if (f.tool !== undefined && item.tool !== f.tool) return false;
  if (f.from !== undefined && item.created_at < f.from) return false;
  if (f.to !== undefined && item.created_at >= f.to) return false;
  return true;
}

const newestFirst = (a: ReviewItem, b: ReviewItem) => (a.created_at === b.created_at ? (a.id < b.id ? 1 : -1) : a.created_at < b.created_at ? 1 : -1);

/** In-memory queue for tests and single-process dev. Items are kept sorted newest first. */
export function createMemoryReviewStore(): ReviewStore & { items: ReviewItem[] } {
  const items: ReviewItem[] = [];
  const byId = new Map<string, ReviewItem>();
  return {
    items,
    async create(item) {
      if (byId.has(item.id)) throw new Error('review item already exists');
      const copy = { ...item };
      byId.set(item.id, copy);
      let lo = 0;
      let hi = items.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (newestFirst(items[mid]!, copy) < 0) lo = mid + 1;
        else hi = mid;
      }
      items.splice(lo, 0, copy);
    },
    async get(id) {
      const found = byId.get(id);
      return found ? { ...found } : undefined;
    },
    async list(query = {}) {
      const limit = reviewPageLimit(query.limit);
      const cursor = decodeReviewCursor(query.cursor);
      const out: ReviewItem[] = [];
      let more = false;
      for (const item of items) {
        if (cursor && !isBefore(item, cursor)) continue;
        if (!matchesReviewFilter(item, query)) continue;
        if (out.length === limit) {
          more = true;
          break;
        }
        out.push({ ...item });
      }
      const last = out.at(-1);
      return more && last ? { items: out, next_cursor: encodeReviewCursor(last) } : { items: out };
    },
    async decide(id, input) {
      const item = byId.get(id);
      if (!item) return { ok: false, reason: 'not_found' };
      if (item.status !== 'pending') return { ok: false, reason: 'already_decided' };
      item.status = input.decision === 'approve' ? 'approved' : 'rejected';
      item.decided_by = input.reviewer;
      item.decided_at = input.at;
      if (input.note !== undefined && input.note !== '') item.note = input.note;
      return { ok: true, item: { ...item } };
    },
    async count(filter = {}) {
      const counts = { pending: 0, approved: 0, rejected: 0 };
      for (const item of items) if (matchesReviewFilter(item, filter)) counts[item.status] += 1;
      return counts;
    },
  };
}
