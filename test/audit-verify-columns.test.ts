/**
 * A filter column (tenant …) edited beside its hashed event hides the event from tenant views,
 * exports and purges while the hash chain still holds. `pledge audit verify` and the admin chain
 * check both report it, also when a duplicate key is put in the stored event text so that SQLite's
 * json_extract (first key) agrees with the edited column while JSON.parse (last key, the hash) does not.
 */
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createAdmin } from '../src/core/admin/index.ts';
import { adminSigner } from '../src/core/admin/options.ts';
import { sampleEvent } from '../src/core/audit/test-events.ts';
import { createAuditWriter } from '../src/core/audit/writer.ts';
import { createMemoryReviewStore } from '../src/core/review/memory-store.ts';
import { createMemoryStaffStore } from '../src/core/staff/memory-store.ts';
import { createHmacHex } from '../src/core/util/hmac.ts';
import { openSqliteAuditStore } from '../src/runtime/node/sqlite/audit-store.ts';
import { run } from '../src/cli/commands/audit.ts';
import { memoryIo, tempDbPath } from '../src/cli/commands/cli-test-support.ts';

const ADMIN = 'bootstrap-admin-token-for-tests-0001';

async function tampered(sql: string) {
  const file = tempDbPath();
  const store = await openSqliteAuditStore(file);
  await store.append(Array.from({ length: 5 }, (_, i) => sampleEvent(i + 1)));
  const tenant = (store.db.prepare('SELECT tenant FROM audit_events WHERE seq = 3').get() as { tenant: string }).tenant;
  store.db.exec('DROP TRIGGER audit_events_append_only');
  store.db.exec(sql);
  return { file, store, tenant };
}

async function verifyBoth(file: string, store: Awaited<ReturnType<typeof openSqliteAuditStore>>) {
  const app = new Hono();
  createAdmin({
    audit: store, auditSink: createAuditWriter(store), reviews: createMemoryReviewStore(), staff: createMemoryStaffStore(),
    policies: { get: () => undefined, getDefault: () => undefined, names: () => [] } as never, pseudonymize: createHmacHex('x'.repeat(20)), sign: adminSigner('x'.repeat(20), ADMIN), adminToken: ADMIN, now: Date.now,
  })(app);
  const admin = (await (await app.request('http://localhost/admin/api/audit/verify', { headers: { authorization: `Bearer ${ADMIN}` } })).json()) as { ok: boolean; fault?: string };
  const m = memoryIo({ PLEDGE_DB: file });
  const code = await run(['verify'], m.io);
  return { admin, code, stdout: m.stdout() };
}

describe('audit verify and edited filter columns', () => {
  it('the CLI and the admin check both call an edited tenant column broken', async () => {
    const { file, store } = await tampered(`UPDATE audit_events SET tenant = 't_hidden' WHERE seq = 3`);
    try {
      const r = await verifyBoth(file, store);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/BROKEN: filter columns edited.*seq 3 \(tenant\)/);
      expect(r.admin).toMatchObject({ ok: false, fault: 'edited', seq: 3 });
    } finally {
      await store.close();
    }
  });

  it('a duplicate key put first in the event text does not hide the edit', async () => {
    const { file, store, tenant } = await tampered(`UPDATE audit_events SET tenant = 't_hidden', event = '{"tenant":"t_hidden",' || substr(event, 2) WHERE seq = 3`);
    try {
      expect((await store.list({ tenant })).records.map((r) => r.seq)).not.toContain(3); // the edit hides it
      const r = await verifyBoth(file, store);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/seq 3 \(tenant\)/);
      expect(r.admin.ok).toBe(false);
    } finally {
      await store.close();
    }
  });

  it('an untouched chain still verifies in both', async () => {
    const { file, store } = await tampered('SELECT 1');
    try {
      const r = await verifyBoth(file, store);
      expect(r.code).toBe(0);
      expect(r.admin.ok).toBe(true);
    } finally {
      await store.close();
    }
  });
});
