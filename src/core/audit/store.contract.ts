/**
 * The behaviour every AuditStore adapter must have. Each adapter's test file calls
 * `auditStoreContract(name, open)`; `open` returns a fresh store plus a raw rewrite hook used to
 * simulate tampering with what is at rest.
 */
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, hashRecord } from './chain.ts';
import type { AuditEvent } from './event.ts';
import type { AuditStore, RawAuditRecord } from './store.ts';
import { iterateRecords } from './store.ts';
import { sampleEvent } from './test-events.ts';
import { verifyChain } from './verify.ts';
import { expectRejection } from '../../../test/support/rejection.ts';

export interface ContractSubject {
  store: AuditStore;
  /** Replaces every stored record with `fn(current)`, bypassing the store's rules. */
  rewrite(fn: (rows: RawAuditRecord[]) => RawAuditRecord[]): Promise<void>;
}

const events = (from: number, to: number, patch: Partial<AuditEvent> = {}) =>
  Array.from({ length: to - from + 1 }, (_, i) => sampleEvent(from + i, patch));

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

async function verifyStore(store: AuditStore) {
  return verifyChain(store.scan(7), await store.latestCheckpoint());
}

export function auditStoreContract(name: string, open: () => Promise<ContractSubject>): void {
  describe(`AuditStore contract: ${name}`, () => {
    it('appends in serial order from seq 1, each record linking to the previous hash', async () => {
      const { store } = await open();
      const first = await store.append(events(1, 3));
      const second = await store.append(events(4, 5));
      expect([...first, ...second].map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
      expect(first[0]!.prev_hash).toBe(GENESIS_HASH);
      expect(second[0]!.prev_hash).toBe(first[2]!.hash);
      expect(first[1]!.hash).toBe(await hashRecord(first[1]!.prev_hash, 2, first[1]!.event));
      expect(await store.head()).toEqual({ seq: 5, hash: second[1]!.hash });
      expect(await verifyStore(store)).toMatchObject({ ok: true, count: 5, last: { seq: 5 } });
    });

    it('appends a batch all or nothing: one disallowed field rejects the whole batch', async () => {
      const { store } = await open();
      await store.append(events(1, 2));
      const bad = { ...sampleEvent(4), prompt: 'hello' } as AuditEvent;
      await expectRejection(store.append([sampleEvent(3), bad]));
      expect((await store.head())?.seq).toBe(2);
      expect((await store.list()).records).toHaveLength(2);
    });

    it('keeps one serial chain under concurrent appends', async () => {
      const { store } = await open();
      await Promise.all(Array.from({ length: 20 }, (_, i) => store.append(events(i * 5 + 1, i * 5 + 5))));
      const result = await verifyStore(store);
      expect(result).toMatchObject({ ok: true, count: 100 });
    });

    it('filters by tenant, provider, user, kind, time range and redactions', async () => {
      const { store } = await open();
      await store.append([...events(1, 12), sampleEvent(13, { user: 'p_abc', kind: 'staff' })]);
      const seqs = async (q: Parameters<AuditStore['list']>[0]) => (await store.list(q)).records.map((r) => r.seq);
      expect(await seqs({ tenant: 't_even' })).toEqual([2, 4, 6, 8, 10, 12]);
      expect(await seqs({ provider: 'anthropic' })).toEqual([3, 6, 9, 12]);
      expect(await seqs({ user: 'p_abc' })).toEqual([13]);
      expect(await seqs({ kind: 'staff' })).toEqual([13]);
      expect(await seqs({ has_redactions: true })).toEqual([4, 8, 12]);
      expect(await seqs({ from: sampleEvent(3).ts, to: sampleEvent(6).ts })).toEqual([3, 4, 5]);
      expect(await seqs({ tenant: 't_even', has_redactions: false, from: sampleEvent(5).ts })).toEqual([6, 10]);
    });

    it('pages with a cursor in both directions without gaps or repeats', async () => {
      const { store } = await open();
      await store.append(events(1, 23));
      for (const order of ['asc', 'desc'] as const) {
        const seen: number[] = [];
        let cursor: string | undefined;
        let pages = 0;
        do {
          const page = await store.list({ order, cursor, limit: 5 });
          seen.push(...page.records.map((r) => r.seq));
          cursor = page.next_cursor;
          pages += 1;
        } while (cursor);
        const all = Array.from({ length: 23 }, (_, i) => i + 1);
        expect(seen).toEqual(order === 'asc' ? all : all.reverse());
        expect(pages).toBe(5);
      }
      const exact = await store.list({ limit: 23 });
      expect(exact.next_cursor).toBeUndefined();
      expect((await collect(iterateRecords(store, { tenant: 't_odd' }, 4))).length).toBe(12);
    });

    it('purges only the expired prefix, records a checkpoint, and still verifies', async () => {
      const { store } = await open();
      await store.append(events(1, 10));
      // sampleEvent n is at 2025-01-01 + n minutes; this cutoff is between minute 4 and 5.
      const now = new Date(Date.UTC(2025, 0, 2, 0, 4, 30));
      const result = await store.purgeOlderThan(1, now);
      expect(result.purged).toBe(4);
      expect(result.checkpoint).toMatchObject({ seq: 4 });
      expect(await store.latestCheckpoint()).toEqual(result.checkpoint);
      const remaining = (await store.list({ limit: 100 })).records;
      expect(remaining[0]!.seq).toBe(5);
      const purgeEvent = remaining.at(-1)!.event;
      expect(purgeEvent).toMatchObject({ kind: 'staff', action: 'audit.purge', target: `4:${result.checkpoint!.hash}` });
      expect(await verifyStore(store)).toMatchObject({ ok: true, first: 5, last: { seq: 11 } });
      expect(await verifyChain(store.scan())).toMatchObject({ ok: false, fault: 'deleted', seq: 1 });
      await store.append(events(20, 21));
      expect(await verifyStore(store)).toMatchObject({ ok: true, count: 9 });
      expect(await store.purgeOlderThan(1, now)).toEqual({ purged: 0 });
    });

    it('stops a purge at the first record still in retention even if later ones are older', async () => {
      const { store } = await open();
      await store.append([sampleEvent(1), sampleEvent(50), sampleEvent(2), sampleEvent(3)]);
      const result = await store.purgeOlderThan(0, new Date(sampleEvent(10).ts));
      expect(result.purged).toBe(1);
      expect(await verifyStore(store)).toMatchObject({ ok: true });
    });

    it('purges everything when all records are expired, and the chain continues from the checkpoint', async () => {
      const { store } = await open();
      await store.append(events(1, 3));
      const result = await store.purgeOlderThan(0, new Date(sampleEvent(100).ts));
      expect(result.purged).toBe(3);
      await store.append(events(101, 101));
      expect(await verifyStore(store)).toMatchObject({ ok: true, first: 4, count: 2 });
    });

    it('stores subject keys once and forgets them on delete', async () => {
      const { store } = await open();
      expect(await store.subjectKeys.get('s1')).toBeUndefined();
      expect(await store.subjectKeys.getOrCreate('s1', 'k1')).toBe('k1');
      expect(await store.subjectKeys.getOrCreate('s1', 'k2')).toBe('k1');
      expect(await store.subjectKeys.get('s1')).toBe('k1');
      expect(await store.subjectKeys.delete('s1')).toBe(true);
      expect(await store.subjectKeys.delete('s1')).toBe(false);
      expect(await store.subjectKeys.get('s1')).toBeUndefined();
    });

    describe('verification names the first tampered record', () => {
      const tampered = async (fn: (rows: RawAuditRecord[]) => Promise<RawAuditRecord[]> | RawAuditRecord[]) => {
        const subject = await open();
        await subject.store.append(events(1, 6));
        const rows = await collect(subject.store.scan());
        const next = await fn(rows.map((r) => ({ ...r })));
        await subject.rewrite(() => next);
        return verifyStore(subject.store);
      };
      const at = (rows: RawAuditRecord[], seq: number) => rows.find((r) => r.seq === seq)!;
      const editJson = (r: RawAuditRecord) => ({ ...r, event_json: r.event_json.replace('"status":200', '"status":500') });

      it('edited event', async () => {
        expect(await tampered((rows) => rows.map((r) => (r.seq === 3 ? editJson(r) : r)))).toMatchObject({ ok: false, seq: 3, fault: 'edited' });
      });
      it('edited event with its own hash recomputed', async () => {
        const result = await tampered(async (rows) => {
          const r = editJson(at(rows, 3));
          r.hash = await hashRecord(r.prev_hash, 3, JSON.parse(r.event_json));
          return rows.map((x) => (x.seq === 3 ? r : x));
        });
        expect(result).toMatchObject({ ok: false, seq: 3, fault: 'edited' });
      });
      it('deleted event', async () => {
        expect(await tampered((rows) => rows.filter((r) => r.seq !== 3))).toMatchObject({ ok: false, seq: 3, fault: 'deleted' });
      });
      it('deleted event with later seqs renumbered', async () => {
        const result = await tampered((rows) => rows.filter((r) => r.seq !== 3).map((r) => (r.seq > 3 ? { ...r, seq: r.seq - 1 } : r)));
        expect(result).toMatchObject({ ok: false, seq: 3, fault: 'deleted' });
      });
      it('inserted event, correctly chained, with later seqs renumbered', async () => {
        const result = await tampered(async (rows) => {
          const forgedEvent = sampleEvent(99);
          const prev = at(rows, 2).hash;
          const forged = { seq: 3, prev_hash: prev, event_json: JSON.stringify(forgedEvent), hash: await hashRecord(prev, 3, forgedEvent) };
          return [...rows.filter((r) => r.seq < 3), forged, ...rows.filter((r) => r.seq >= 3).map((r) => ({ ...r, seq: r.seq + 1 }))];
        });
        expect(result).toMatchObject({ ok: false, seq: 3, fault: 'inserted' });
      });
      it('reordered events', async () => {
        const result = await tampered((rows) => {
          const three = at(rows, 3);
          const four = at(rows, 4);
          return rows.map((r) => (r.seq === 3 ? { ...four, seq: 3 } : r.seq === 4 ? { ...three, seq: 4 } : r));
        });
        expect(result).toMatchObject({ ok: false, seq: 3, fault: 'reordered' });
      });
      it('event that is not JSON', async () => {
        expect(await tampered((rows) => rows.map((r) => (r.seq === 5 ? { ...r, event_json: '{"id":' } : r)))).toMatchObject({ ok: false, seq: 5, fault: 'malformed' });
      });
      it('first record removed', async () => {
        expect(await tampered((rows) => rows.slice(1))).toMatchObject({ ok: false, seq: 1, fault: 'deleted' });
      });
    });
  });
}
