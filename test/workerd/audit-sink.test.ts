import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../src/core/audit/event.ts';
import { createMemoryAuditStore } from '../../src/core/audit/memory-store.ts';
import { sampleEvent } from '../../src/core/audit/test-events.ts';
import { createWaitUntilAuditWriter } from '../../src/runtime/worker/audit-sink.ts';

describe('waitUntil audit writer', () => {
  it('hands every append to waitUntil, so the response never waits for it', async () => {
    const store = createMemoryAuditStore();
    const handed: Promise<unknown>[] = [];
    const writer = createWaitUntilAuditWriter(store, { waitUntil: (p) => void handed.push(p) });
    writer.record(sampleEvent(1));
    writer.record(sampleEvent(2));
    expect(handed).toHaveLength(2);
    await Promise.all(handed);
    expect((await store.head())?.seq).toBe(2);
  });

  it('keeps a batch that failed every retry, turns unhealthy, and writes it with the next event', async () => {
    const store = createMemoryAuditStore();
    let down = true;
    const flaky = { ...store, append: (events: readonly AuditEvent[]) => (down ? Promise.reject(new Error('down')) : store.append(events)) };
    const writer = createWaitUntilAuditWriter(flaky, { waitUntil: () => {}, attempts: 2, baseDelayMs: 1 });
    writer.record(sampleEvent(1));
    await writer.settled();
    expect(writer.healthy!()).toBe(false);
    expect(writer.backlog).toBe(1);
    down = false;
    writer.record(sampleEvent(2));
    await writer.settled();
    expect(writer.healthy!()).toBe(true);
    expect((await store.list()).records.map((r) => r.event.id)).toEqual([sampleEvent(1).id, sampleEvent(2).id]);
  });

  it('rejects an event outside the allowlist without losing the kept ones', async () => {
    const store = createMemoryAuditStore();
    const writer = createWaitUntilAuditWriter(store, { waitUntil: () => {} });
    expect(() => writer.record({ ...sampleEvent(1), prompt: 'x' } as AuditEvent)).toThrow();
    writer.record(sampleEvent(2));
    await writer.settled();
    expect((await store.list()).records).toHaveLength(1);
  });
});
