import { runInDurableObject } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
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
