import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryAuditStore } from '../src/core/audit/memory-store.ts';
import { createAuditWriter, type AuditWriter } from '../src/core/audit/writer.ts';
import { startHarness, type Harness } from './support/harness.ts';

/** DESIGN: "If … the audit append throws, the request is refused". End to end, with a store that goes down. */
describe('audit store down', () => {
  const inner = createMemoryAuditStore();
  const control = { down: false };
  let writer: AuditWriter;
  let h: Harness;
  const chat = () =>
    fetch(`${h.pledge.url}/openai/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer sk-test' },
      body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Email priya.sharma@acmecorp.in' }] }),
    });

  beforeAll(async () => {
    writer = createAuditWriter(
      { append: async (events) => (control.down ? Promise.reject(new Error('disk I/O error')) : inner.append(events)) },
      { flushIntervalMs: 1, retryMaxMs: 10, failClosedAfterMs: 100 },
    );
    h = await startHarness({ deps: { audit: writer } });
  });
  afterAll(async () => h.close());

  it('refuses new requests in the provider envelope once appends have failed for failClosedAfterMs, then recovers', async () => {
    control.down = true;
    const first = await chat();
    expect(first.status).toBe(200);
    await first.arrayBuffer();
    const upstreamBefore = h.mock.received.length;
    await new Promise((r) => setTimeout(r, 250));
    const refused = await chat();
    expect(refused.status).toBe(503);
    const body = (await refused.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('pledge_audit_unavailable');
    expect(JSON.stringify(body)).not.toContain('priya');
    // Nothing went upstream for the refused request.
    expect(h.mock.received.length).toBe(upstreamBefore);
    control.down = false;
    await writer.drain();
    const again = await chat();
    expect(again.status).toBe(200);
    await again.arrayBuffer();
    await writer.drain();
    // Every answered request is in the audit trail, the refused one too; none lost while the store was down.
    const events = (await inner.list({ limit: 100 })).records.map((r) => r.event);
    expect(events.filter((e) => e.outcome === 'ok')).toHaveLength(2);
    expect(events.filter((e) => e.refusal === 'audit_unavailable')).toHaveLength(1);
  });
});
