import { describe, expect, it } from 'vitest';
import { createMemoryAuditStore } from '../../core/audit/memory-store.ts';
import { sampleEvent } from '../../core/audit/test-events.ts';
import { verifyChain } from '../../core/audit/verify.ts';
import { startRetentionTimer } from './retention.ts';

describe('startRetentionTimer', () => {
  it('purges on start with the current retention and the chain still verifies', async () => {
    const store = createMemoryAuditStore();
    await store.append([sampleEvent(1), sampleEvent(2)]);
    const purged: number[] = [];
    let firstRun!: () => void;
    const ran = new Promise<void>((resolve) => (firstRun = resolve));
    const timer = startRetentionTimer({ store, days: () => 30, onPurge: (r) => (purged.push(r.purged), firstRun()) });
    await ran;
    timer.stop();
    expect(purged).toEqual([2]);
    expect(await verifyChain(store.scan(), await store.latestCheckpoint())).toMatchObject({ ok: true, count: 1 });
  });

  it('reports a failing purge instead of throwing', async () => {
    const store = { ...createMemoryAuditStore(), purgeOlderThan: async () => Promise.reject(new Error('disk full')) };
    const errors: unknown[] = [];
    const timer = startRetentionTimer({ store, days: 1, intervalMs: 60_000, onError: (e) => errors.push(e) });
    expect(await timer.runNow()).toBeUndefined();
    timer.stop();
    expect(errors.length).toBeGreaterThanOrEqual(1);
  });
});
