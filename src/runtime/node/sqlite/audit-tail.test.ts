import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../core/audit/event.ts';
import { openSqliteAuditStore } from './audit-store.ts';
import { batchAlreadyAtTail } from './audit-tail.ts';

const event = (id: string): AuditEvent => ({ id, ts: '2026-11-26T12:00:00.000Z', kind: 'staff', tenant: 'system', actor: 'system', action: 'policy.reload' });

describe('a retried audit batch', () => {
  it('is recognised when the chain already ends with it, and only then', async () => {
    const store = await openSqliteAuditStore(':memory:');
    const batch = [event('a'), event('b'), event('c')];
    expect(batchAlreadyAtTail(store.db, batch)).toBe(false); // empty chain
    await store.append(batch);
    expect(batchAlreadyAtTail(store.db, batch)).toBe(true); // committed, acknowledgement lost
    expect(batchAlreadyAtTail(store.db, [event('b'), event('c')])).toBe(true); // a tail of the same ids
    expect(batchAlreadyAtTail(store.db, [event('c'), event('d')])).toBe(false); // new events
    expect(batchAlreadyAtTail(store.db, [event('a'), event('c'), event('b')])).toBe(false); // other order
    await store.append([event('d')]);
    expect(batchAlreadyAtTail(store.db, batch)).toBe(false); // no longer the tail: not a retry
    await store.close();
  });
});
