/**
 * The behaviour every ReviewStore adapter must have. Each adapter's test calls
 * `reviewStoreContract(name, open)` with a factory for a fresh, empty store.
 */
import { describe, expect, it } from 'vitest';
import type { ReviewStore } from './store.ts';
import type { ReviewItem } from './types.ts';
import { expectRejection } from '../../../test/support/rejection.ts';

export function sampleReview(i: number, patch: Partial<ReviewItem> = {}): ReviewItem {
  const ts = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
  return {
    id: `rv_${String(i).padStart(6, '0')}`,
    tenant: i % 2 === 0 ? 't_aaaa' : 't_bbbb',
    request_id: `req_${i}`,
    rule: 'route_lead',
    clause: 'seed §5: human control',
    provider: 'openai',
    model: 'gpt-4o-mini',
    tool: i % 3 === 0 ? 'schedule_meeting' : 'route_lead',
    args: '{"lead":"[PERSON_1]"}',
    created_at: ts,
    status: 'pending',
    ...patch,
  };
}

async function fill(store: ReviewStore, n: number): Promise<void> {
  for (let i = 1; i <= n; i++) await store.create(sampleReview(i));
}

export function reviewStoreContract(name: string, open: () => Promise<ReviewStore>): void {
  describe(`ReviewStore contract: ${name}`, () => {
    it('stores an item and gets it back unchanged, placeholders and all', async () => {
      const store = await open();
      const item = sampleReview(1);
      await store.create(item);
      expect(await store.get(item.id)).toEqual(item);
      expect(await store.get('rv_missing')).toBeUndefined();
      await expectRejection(store.create(item));
    });

    it('lists newest first and pages with a cursor without gaps or repeats', async () => {
      const store = await open();
      await fill(store, 23);
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await store.list({ limit: 5, cursor });
        expect(page.items.length).toBeLessThanOrEqual(5);
        seen.push(...page.items.map((i) => i.id));
        cursor = page.next_cursor;
        pages += 1;
      } while (cursor);
      expect(pages).toBe(5);
      expect(seen).toEqual(Array.from({ length: 23 }, (_, i) => sampleReview(23 - i).id));
    });

    it('orders items with the same time by id, and pages through them', async () => {
      const store = await open();
      const at = '2025-02-01T00:00:00.000Z';
      for (const id of ['rv_c', 'rv_a', 'rv_b', 'rv_d']) await store.create(sampleReview(1, { id, created_at: at }));
      const first = await store.list({ limit: 2 });
      const second = await store.list({ limit: 2, cursor: first.next_cursor });
      expect([...first.items, ...second.items].map((i) => i.id)).toEqual(['rv_d', 'rv_c', 'rv_b', 'rv_a']);
      expect(second.next_cursor).toBeUndefined();
    });

    it('filters by tenants, status, tool and date range', async () => {
      const store = await open();
      await fill(store, 12);
      await store.decide(sampleReview(2).id, { decision: 'approve', reviewer: 'stf_1', at: '2025-03-01T00:00:00.000Z' });
      const ids = async (q: Parameters<ReviewStore['list']>[0]) => (await store.list(q)).items.map((i) => i.id);
      expect((await ids({ tenants: ['t_aaaa'] })).length).toBe(6);
      expect(await ids({ tenants: [] })).toEqual([]);
      expect(await ids({ status: 'approved' })).toEqual([sampleReview(2).id]);
      expect((await ids({ tool: 'schedule_meeting' })).length).toBe(4);
      const from = sampleReview(3).created_at;
      const to = sampleReview(6).created_at;
      expect(await ids({ from, to })).toEqual([5, 4, 3].map((i) => sampleReview(i).id));
      expect(await ids({ tenants: ['t_bbbb'], tool: 'schedule_meeting', status: 'pending' })).toEqual([9, 3].map((i) => sampleReview(i).id));
    });

    it('decides once: approve or reject with reviewer, time and note; a second decision is refused', async () => {
      const store = await open();
      await fill(store, 3);
      const at = '2025-03-01T00:00:00.000Z';
      const r = await store.decide(sampleReview(1).id, { decision: 'reject', reviewer: 'stf_9', note: '<b>no</b>', at });
      expect(r).toEqual({ ok: true, item: { ...sampleReview(1), status: 'rejected', decided_by: 'stf_9', decided_at: at, note: '<b>no</b>' } });
      expect(await store.get(sampleReview(1).id)).toMatchObject({ status: 'rejected', note: '<b>no</b>' });
      expect(await store.decide(sampleReview(1).id, { decision: 'approve', reviewer: 'stf_8', at })).toEqual({ ok: false, reason: 'already_decided' });
      expect(await store.decide('rv_nope', { decision: 'approve', reviewer: 'stf_8', at })).toEqual({ ok: false, reason: 'not_found' });
      const ok = await store.decide(sampleReview(2).id, { decision: 'approve', reviewer: 'stf_9', at });
      expect(ok.ok && ok.item.note).toBeUndefined();
    });

    it('counts by status within a filter', async () => {
      const store = await open();
      await fill(store, 6);
      const at = '2025-03-01T00:00:00.000Z';
      await store.decide(sampleReview(2).id, { decision: 'approve', reviewer: 's', at });
      await store.decide(sampleReview(4).id, { decision: 'reject', reviewer: 's', at });
      expect(await store.count()).toEqual({ pending: 4, approved: 1, rejected: 1 });
      expect(await store.count({ tenants: ['t_aaaa'] })).toEqual({ pending: 1, approved: 1, rejected: 1 });
    });

    it('refuses a malformed cursor', async () => {
      const store = await open();
      await expectRejection(store.list({ cursor: '!!!' }), RangeError);
    });
  });
}
