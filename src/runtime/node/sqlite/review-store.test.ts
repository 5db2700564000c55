import { describe, expect, it } from 'vitest';
import { reviewStoreContract, sampleReview } from '../../../core/review/store.contract.ts';
import { openDatabase } from './db.ts';
import { createSqliteReviewStore, reviewPageSql } from './review-store.ts';

reviewStoreContract('node:sqlite', async () => createSqliteReviewStore(await openDatabase(':memory:')));

describe('sqlite review queue at 10,000 items', () => {
  it('pages with LIMIT over an index, never sorting the whole table', async () => {
    const db = await openDatabase(':memory:');
    const store = createSqliteReviewStore(db);
    db.exec('BEGIN');
    for (let i = 1; i <= 10_000; i++) await store.create(sampleReview(i));
    db.exec('COMMIT');
    const first = await store.list({ limit: 50, tenants: ['t_aaaa'], status: 'pending' });
    expect(first.items).toHaveLength(50);
    const second = await store.list({ limit: 50, tenants: ['t_aaaa'], status: 'pending', cursor: first.next_cursor });
    expect(second.items[0]!.created_at < first.items.at(-1)!.created_at).toBe(true);
    for (const q of [{}, { tenants: ['t_aaaa'] }, { status: 'pending' as const }, { tenants: ['t_aaaa'], status: 'pending' as const, cursor: first.next_cursor }]) {
      const { sql, params } = reviewPageSql({ ...q, limit: 50 });
      expect(sql).toMatch(/LIMIT \?$/);
      expect(params.at(-1)).toBe(51);
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('\n');
      expect(plan).toMatch(/USING INDEX/);
      expect(plan).not.toMatch(/TEMP B-TREE/);
    }
  });
});
