import { describe, expect, it } from 'vitest';
import { createMemoryAuditStore } from './memory-store.ts';
import { sampleEvent } from './test-events.ts';
import { verifyChain } from './verify.ts';

describe('verifyChain with a checkpoint', () => {
  it('fails when records were cut off and a checkpoint forged without a purge event', async () => {
    const store = createMemoryAuditStore();
    const records = await store.append([1, 2, 3, 4, 5].map((n) => sampleEvent(n)));
    store.state.records.splice(0, 2);
    const forged = { seq: 2, hash: records[1]!.hash, created_at: new Date().toISOString() };
    expect(await verifyChain(store.scan(), forged)).toMatchObject({ ok: false, seq: 2, fault: 'deleted' });
  });

  it('passes for a real purge, whose checkpoint the chain records', async () => {
    const store = createMemoryAuditStore();
    await store.append([1, 2, 3, 4, 5].map((n) => sampleEvent(n)));
    await store.purgeOlderThan(0, new Date(sampleEvent(3).ts));
    expect(await verifyChain(store.scan(), await store.latestCheckpoint())).toMatchObject({ ok: true, first: 3, count: 4 });
  });

  it('verifies an empty chain', async () => {
    expect(await verifyChain([])).toEqual({ ok: true, count: 0, first: undefined, last: undefined, checkpoint: undefined });
  });
});
