import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuditEvent } from './event.ts';
import { createMemoryAuditStore } from './memory-store.ts';
import type { AuditStore } from './store.ts';
import { sampleEvent } from './test-events.ts';
import { verifyChain } from './verify.ts';
import { AuditUnavailableError, createAuditWriter } from './writer.ts';
import { expectRejection } from '../../../test/support/rejection.ts';

/** A memory store whose append can be slowed down or made to fail. */
function controllableStore() {
  const inner = createMemoryAuditStore();
  const batches: number[] = [];
  const control = { failuresLeft: 0, down: false, delayMs: 0 };
  const store: AuditStore = {
    ...inner,
    async append(events) {
      if (control.delayMs) await new Promise((r) => setTimeout(r, control.delayMs));
      if (control.down || control.failuresLeft > 0) {
        control.failuresLeft -= 1;
        throw new Error('disk I/O error');
      }
      batches.push(events.length);
      return inner.append(events);
    },
  };
  const ids = async () => (await inner.list({ limit: 1000 })).records.map((r) => r.event.id);
  return { store, inner, batches, control, ids };
}

/** A store that only takes note of batches, after `delayMs` on the (fake) clock. */
function timedStore(delayMs: number) {
  const batches: number[] = [];
  const ids: string[] = [];
  const store = {
    async append(events: readonly AuditEvent[]) {
      if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
      batches.push(events.length);
      ids.push(...events.map((e) => e.id));
    },
  };
  return { store, batches, ids };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('createAuditWriter', () => {
  it('returns from record() without touching the store, then flushes after the interval', async () => {
    vi.useFakeTimers();
    const { store, batches } = controllableStore();
    const writer = createAuditWriter(store, { flushIntervalMs: 50 });
    writer.record(sampleEvent(1));
    writer.record(sampleEvent(2));
    expect(batches).toEqual([]);
    expect(writer.backlog).toBe(2);
    await vi.advanceTimersByTimeAsync(60);
    expect(batches).toEqual([2]);
    vi.useRealTimers();
    await writer.drain();
    expect(writer.backlog).toBe(0);
    expect(batches).toEqual([2]);
  });

  it('writes a full batch at once and keeps record order under concurrent producers', async () => {
    const { store, batches, control, inner, ids } = controllableStore();
    control.delayMs = 2;
    const writer = createAuditWriter(store, { flushIntervalMs: 1000, maxBatch: 40 });
    const expected: string[] = [];
    await Promise.all(
      Array.from({ length: 10 }, async (_, p) => {
        for (let i = 0; i < 25; i += 1) {
          await new Promise((r) => setTimeout(r, (p * 7 + i) % 3));
          const event = sampleEvent(p * 100 + i);
          expected.push(event.id);
          writer.record(event);
        }
      }),
    );
    await writer.drain();
    expect(await ids()).toEqual(expected);
    expect(Math.max(...batches)).toBeLessThanOrEqual(40);
    expect(await verifyChain(inner.scan())).toMatchObject({ ok: true, count: 250 });
  });

  it('under steady traffic, writes one batch per flush interval, not one per store round trip', async () => {
    vi.useFakeTimers();
    const { store, batches, ids } = timedStore(5); // a commit with its fsync takes 5 ms
    const writer = createAuditWriter(store, { flushIntervalMs: 25, maxBatch: 200 });
    const expected: string[] = [];
    // One event per millisecond for 200 ms.
    for (let i = 0; i < 200; i += 1) {
      const event = sampleEvent(i);
      expected.push(event.id);
      writer.record(event);
      await vi.advanceTimersByTimeAsync(1);
    }
    await vi.advanceTimersByTimeAsync(100);
    expect(writer.backlog).toBe(0);
    // ~200 ms / (25 ms wait + 5 ms commit): about 7 batches of ~30, where a loop that wrote
    // whatever arrived during each commit would make ~40 batches of ~5.
    expect(batches.length).toBeLessThanOrEqual(9);
    expect(Math.min(...batches.slice(0, -1))).toBeGreaterThanOrEqual(20);
    expect(ids).toEqual(expected);
  });

  it('a full batch is written at once, without waiting for the interval', async () => {
    vi.useFakeTimers();
    const { store, batches } = timedStore(0);
    const writer = createAuditWriter(store, { flushIntervalMs: 1000, maxBatch: 10 });
    for (let i = 0; i < 25; i += 1) writer.record(sampleEvent(i));
    await vi.advanceTimersByTimeAsync(0);
    expect(batches).toEqual([10, 10]);
    expect(writer.backlog).toBe(5);
    await vi.advanceTimersByTimeAsync(1000);
    expect(batches).toEqual([10, 10, 5]);
  });

  it('keeps a failed batch and retries it in order, losing nothing', async () => {
    const { store, control, ids } = controllableStore();
    control.failuresLeft = 3;
    const errors: unknown[] = [];
    const writer = createAuditWriter(store, { flushIntervalMs: 1, retryMaxMs: 5, onError: (e) => errors.push(e) });
    for (let i = 1; i <= 5; i += 1) writer.record(sampleEvent(i));
    await writer.drain();
    expect(errors).toHaveLength(3);
    expect(await ids()).toEqual(['evt_1', 'evt_2', 'evt_3', 'evt_4', 'evt_5']);
    expect(writer.status()).toMatchObject({ failing: false, written: 5, healthy: true });
  });

  it('fails closed while the store is down: unhealthy at maxBacklog, record() throws at hardLimit', async () => {
    const { store, control, ids } = controllableStore();
    control.down = true;
    const writer = createAuditWriter(store, { flushIntervalMs: 1, retryMaxMs: 5, maxBacklog: 10, hardLimit: 15 });
    for (let i = 0; i < 9; i += 1) writer.record(sampleEvent(i));
    expect(writer.healthy()).toBe(true);
    writer.record(sampleEvent(9));
    expect(writer.healthy()).toBe(false);
    for (let i = 10; i < 15; i += 1) writer.record(sampleEvent(i));
    expect(() => writer.record(sampleEvent(15))).toThrow(AuditUnavailableError);
    await new Promise((r) => setTimeout(r, 20));
    expect(writer.status()).toMatchObject({ failing: true, backlog: 15, healthy: false });
    await expectRejection(writer.drain(30), /15 events unwritten/);
    control.down = false;
    await writer.drain();
    expect(writer.healthy()).toBe(true);
    expect(await ids()).toHaveLength(15);
  });

  it('fails closed when the store has been failing for failClosedAfterMs, even with a short queue', async () => {
    const { store, control, ids } = controllableStore();
    control.down = true;
    let t = 1_000;
    const writer = createAuditWriter(store, { flushIntervalMs: 1, retryMaxMs: 5, failClosedAfterMs: 2_000, now: () => t });
    writer.record(sampleEvent(1));
    await new Promise((r) => setTimeout(r, 20));
    expect(writer.status()).toMatchObject({ failing: true, backlog: 1, healthy: true });
    t += 1_999;
    expect(writer.healthy()).toBe(true);
    t += 1;
    expect(writer.healthy()).toBe(false);
    control.down = false;
    await writer.drain();
    expect(writer.healthy()).toBe(true);
    expect(await ids()).toEqual(['evt_1']);
  });

  it('rejects an event with a field outside the allowlist before queueing it', () => {
    const { store } = controllableStore();
    const writer = createAuditWriter(store);
    expect(() => writer.record({ ...sampleEvent(1), prompt: 'my email is a@b.c' } as AuditEvent)).toThrow();
    expect(writer.backlog).toBe(0);
  });

  it('rejects content hidden one level down, and an entity code that is not a code', () => {
    const { store } = controllableStore();
    const writer = createAuditWriter(store);
    expect(() => writer.record({ ...sampleEvent(1), tokens: { input: 1, output: 2, text: 'hello' } } as AuditEvent)).toThrow();
    expect(() => writer.record({ ...sampleEvent(1), redactions: { 'alice@example.com': 1 } })).toThrow();
    expect(writer.backlog).toBe(0);
  });

  it('stores the event as it was when recorded, whatever the caller changes afterwards', async () => {
    const { store, inner } = controllableStore();
    const writer = createAuditWriter(store, { flushIntervalMs: 10_000 });
    const event = sampleEvent(1, { redactions: { PERSON: 1 }, no_training: ['store_false'] });
    writer.record(event);
    event.redactions!.PERSON = 99;
    event.no_training!.push('later');
    (event as Record<string, unknown>).prompt = 'added after record';
    await writer.drain();
    const [stored] = (await inner.list()).records;
    expect(stored!.event).toEqual(sampleEvent(1, { redactions: { PERSON: 1 }, no_training: ['store_false'] }));
  });

  it('hands a target with appendJson each event as its JSON text, in record order', async () => {
    const texts: string[][] = [];
    const writer = createAuditWriter({ append: async () => expect.fail('append used'), appendJson: async (t) => void texts.push([...t]) }, { flushIntervalMs: 10_000 });
    writer.record(sampleEvent(1));
    writer.record(sampleEvent(2));
    await writer.drain();
    expect(texts).toEqual([[JSON.stringify(sampleEvent(1)), JSON.stringify(sampleEvent(2))]]);
  });

  it('close() drains everything queued and then refuses new events', async () => {
    const { store, ids } = controllableStore();
    const writer = createAuditWriter(store, { flushIntervalMs: 10_000 });
    for (let i = 0; i < 3; i += 1) writer.record(sampleEvent(i));
    await writer.close();
    expect(await ids()).toHaveLength(3);
    expect(writer.healthy()).toBe(false);
    expect(() => writer.record(sampleEvent(9))).toThrow(AuditUnavailableError);
  });
});
