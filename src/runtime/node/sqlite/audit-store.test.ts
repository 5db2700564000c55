import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditStoreContract } from '../../../core/audit/store.contract.ts';
import { sampleEvent } from '../../../core/audit/test-events.ts';
import type { RawAuditRecord } from '../../../core/audit/store.ts';
import { openSqliteAuditStore } from './audit-store.ts';

const tempDb = () => path.join(mkdtempSync(path.join(tmpdir(), 'pledge-audit-')), 'pledge.db');

auditStoreContract('node:sqlite', async () => {
  const store = await openSqliteAuditStore(tempDb());
  const rewrite = async (fn: (rows: RawAuditRecord[]) => RawAuditRecord[]) => {
    const rows: RawAuditRecord[] = [];
    for await (const r of store.scan()) rows.push(r);
    const next = fn(rows);
    store.db.exec('DELETE FROM audit_events');
    const insert = store.db.prepare('INSERT INTO audit_events (seq, ts, kind, tenant, event, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (const r of next) insert.run(r.seq, '2025-01-01T00:00:00.000Z', 'request', 't', r.event_json, r.prev_hash, r.hash);
  };
  return { store, rewrite };
});

describe('node:sqlite audit store', () => {
  it('keeps events across reopen and refuses in-place updates', async () => {
    const file = tempDb();
    const first = await openSqliteAuditStore(file);
    await first.append([sampleEvent(1), sampleEvent(2)]);
    expect(() => first.db.exec("UPDATE audit_events SET tenant = 'x' WHERE seq = 1")).toThrow(/append-only/);
    await first.close();
    const second = await openSqliteAuditStore(file);
    expect(await second.head()).toMatchObject({ seq: 2 });
    expect(second.db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    await second.close();
  });

  it('two connections on one file append to one chain', async () => {
    const file = tempDb();
    const a = await openSqliteAuditStore(file);
    const b = await openSqliteAuditStore(file);
    await Promise.all([a.append([sampleEvent(1), sampleEvent(2)]), b.append([sampleEvent(3)]), a.append([sampleEvent(4)]), b.append([sampleEvent(5)])]);
    const { verifyChain } = await import('../../../core/audit/verify.ts');
    expect(await verifyChain(a.scan())).toMatchObject({ ok: true, count: 5 });
    await a.close();
    await b.close();
  });
});
