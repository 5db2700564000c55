import type { AuditStore, RawAuditRecord } from '../../../core/audit/store.ts';
import type { ReviewSink } from '../../../core/review/types.ts';
import type { KeyStore } from '../../../core/tenancy/keys.ts';
import type { PledgeStore } from './pledge-store.ts';

export type PledgeStoreStub = DurableObjectStub<PledgeStore>;
/** A fresh stub per call (see boot.ts): stubs are I/O objects bound to the request that made them. */
export type GetStub = () => PledgeStoreStub;

/** AuditStore over RPC to the PledgeStore Durable Object; `scan` pages so memory stays constant. */
export function createDurableAuditStore(stub: GetStub): AuditStore {
  return {
    append: async (events) => stub().append([...events]),
    list: async (query = {}) => stub().list(query),
    async *scan(pageSize = 500): AsyncGenerator<RawAuditRecord> {
      let after = 0;
      for (;;) {
        const rows: RawAuditRecord[] = await stub().scanPage(after, pageSize);
        yield* rows;
        if (rows.length < pageSize) return;
        after = rows.at(-1)!.seq;
      }
    },
    head: async () => stub().head(),
    latestCheckpoint: async () => stub().latestCheckpoint(),
    purgeOlderThan: async (days, now = new Date()) => stub().purgeOlderThan(days, now.toISOString()),
    subjectKeys: {
      get: async (id) => stub().subjectKeyGet(id),
      getOrCreate: async (id, key) => stub().subjectKeyGetOrCreate(id, key),
      delete: async (id) => stub().subjectKeyDelete(id),
    },
    close: async () => {},
  };
}

export function createDurableKeyStore(stub: GetStub): KeyStore {
  return {
    findByHash: async (hash) => stub().keyFindByHash(hash),
    insert: async (record) => stub().keyInsert(record),
    list: async () => stub().keyList(),
    revoke: async (id, at) => stub().keyRevoke(id, at),
    countActive: async () => stub().keyCountActive(),
  };
}

export function createDurableReviewSink(stub: GetStub): ReviewSink {
  return { create: async (item) => stub().reviewCreate(item) };
}
