import { runInDurableObject } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { sampleEvent } from '../../src/core/audit/test-events.ts';
import { auditStoreContract } from '../../src/core/audit/store.contract.ts';
import { createDurableAuditStore } from '../../src/runtime/worker/store/store-client.ts';
import type { PledgeStore } from '../../src/runtime/worker/store/pledge-store.ts';

/**
 * The shared AuditStore contract against the Durable Object, through RPC exactly as the Worker
 * uses it. Each subject gets its own object (a fresh SQLite), so tests do not share a chain.
 */
auditStoreContract('Durable Object (PledgeStore, over RPC)', async () => {
  const id = env.PLEDGE_STORE.newUniqueId();
  const stub = () => env.PLEDGE_STORE.get(id);
  return {
    store: createDurableAuditStore(stub),
    rewrite: (fn) =>
      runInDurableObject(stub(), async (_instance: PledgeStore, state) => {
        const sql = state.storage.sql;
        const rows = sql.exec<{ seq: number; event: string; prev_hash: string; hash: string }>('SELECT seq, event, prev_hash, hash FROM audit_events ORDER BY seq').toArray();
        const next = fn(rows.map((r) => ({ seq: r.seq, event_json: r.event, prev_hash: r.prev_hash, hash: r.hash })));
        // Tampering bypasses the store's rules, the append-only trigger included.
        sql.exec('DROP TRIGGER IF EXISTS audit_events_append_only');
        sql.exec('DELETE FROM audit_events');
        for (const r of next) {
          sql.exec("INSERT INTO audit_events (seq, ts, kind, tenant, event, prev_hash, hash) VALUES (?, '', 'request', '', ?, ?, ?)", r.seq, r.event_json, r.prev_hash, r.hash);
        }
      }),
  };
});

describe('a retried append', () => {
  it('returns the stored records, not a second copy, when the same batch already ends the chain (its reply was lost)', async () => {
    const id = env.PLEDGE_STORE.newUniqueId();
    const store = createDurableAuditStore(() => env.PLEDGE_STORE.get(id));
    const batch = [sampleEvent(1), sampleEvent(2)];
    const first = await store.append(batch);
    const again = await store.append(batch);
    expect(again).toEqual(first);
    expect((await store.list()).records.map((r) => r.event.id)).toEqual(batch.map((e) => e.id));
    // The chain's last event again is a retry too; a new event is appended.
    await store.append([sampleEvent(2)]);
    expect((await store.list()).records).toHaveLength(2);
    await store.append([sampleEvent(3)]);
    expect((await store.list()).records).toHaveLength(3);
  });
});

describe('edited filter columns', () => {
  it('are reported over RPC, as the SQLite store reports them, for the admin chain check', async () => {
    const id = env.PLEDGE_STORE.newUniqueId();
    const stub = () => env.PLEDGE_STORE.get(id);
    const store = createDurableAuditStore(stub);
    await store.append([sampleEvent(1), sampleEvent(2), sampleEvent(3)]);
    expect(await store.columnMismatches!()).toEqual([]);
    await runInDurableObject(stub(), async (_instance: PledgeStore, state) => {
      state.storage.sql.exec('DROP TRIGGER IF EXISTS audit_events_append_only');
      state.storage.sql.exec(`UPDATE audit_events SET tenant = 't_hidden', event = '{"tenant":"t_hidden",' || substr(event, 2) WHERE seq = 2`);
    });
    expect(await store.columnMismatches!()).toEqual([{ seq: 2, columns: ['tenant'] }]);
  });
});
