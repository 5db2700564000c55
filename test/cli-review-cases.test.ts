/**
 * CLI and retention cases a review found: an erased subject key stayed readable in the database
 * file; "tenant:<name>" could be erased as a subject (unlinking a whole tenant); key changes after
 * a secret rotation re-keyed the tenant (no PLEDGE_SECRET_PREVIOUS); a retention run that failed at
 * once stopped every later run; an empty PLEDGE_DB made `keys` open another database.
 */
import { existsSync, readFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it, vi } from 'vitest';
import { createPseudonymizer } from '../src/core/audit/pseudonym.ts';
import { sampleEvent } from '../src/core/audit/test-events.ts';
import { tenantPseudonym } from '../src/core/staff/tenant-pseudonym.ts';
import { openSqliteAuditStore } from '../src/runtime/node/sqlite/audit-store.ts';
import { createSqliteSubjectKeyStore } from '../src/runtime/node/sqlite/subject-key-store.ts';
import { memoryIo, tempDbPath } from '../src/cli/commands/cli-test-support.ts';
import { run as subject } from '../src/cli/commands/subject.ts';
import { run as keys } from '../src/cli/commands/keys.ts';
import { startRetentionTimer } from '../src/runtime/node/retention.ts';

const SECRET = 'cli-test-secret-0123456789';
const NEW_SECRET = 'cli-test-secret-NEW-0123456789';

describe('subject erase', () => {
  it('leaves no copy of the erased subject key in the database files', async () => {
    const file = tempDbPath();
    const store = await openSqliteAuditStore(file);
    const ps = createPseudonymizer(SECRET, { subjectKeys: store.subjectKeys });
    const alice = await ps.pseudonymize('alice@example.com');
    await store.append([sampleEvent(1, { user: alice })]);
    await store.close();
    const raw = new DatabaseSync(file);
    const rows = raw.prepare('SELECT key FROM subject_keys').all() as { key: string }[];
    raw.close();
    expect(rows.length).toBe(1);
    const keyHex = rows[0]!.key;
    const m = memoryIo({ PLEDGE_DB: file, PLEDGE_SECRET: SECRET });
    expect(await subject(['erase', 'alice@example.com'], m.io)).toBe(0);
    expect(m.stdout()).toContain('erased: 1 events');
    const bytes = Buffer.concat([readFileSync(file), existsSync(`${file}-wal`) ? readFileSync(`${file}-wal`) : Buffer.alloc(0)]);
    // The key is still recoverable from the file: HMAC(key, 'alice@example.com') re-links the events.
    const recovered = bytes.includes(Buffer.from(keyHex));
    if (recovered) {
      // Re-derive alice's pseudonym from the recovered key alone.
      const k = await crypto.subtle.importKey('raw', Buffer.from(keyHex, 'hex'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
      const mac = Buffer.from(await crypto.subtle.sign('HMAC', k, new TextEncoder().encode('alice@example.com'))).toString('hex');
      expect(`p_${mac.slice(0, 32)}`).toBe(alice);
    }
    expect(recovered).toBe(false);
  });

  it('erasing the id "tenant:acme" must not unlink tenant acme', async () => {
    const file = tempDbPath();
    const store = await openSqliteAuditStore(file);
    const ps = createPseudonymizer(SECRET, { subjectKeys: store.subjectKeys });
    const t = await tenantPseudonym((r) => ps.pseudonymize(r), 'acme');
    await store.append([sampleEvent(1, { tenant: t, user: await ps.pseudonymize('bob') })]);
    await store.close();
    const m = memoryIo({ PLEDGE_DB: file, PLEDGE_SECRET: SECRET });
    expect(await subject(['erase', 'tenant:acme'], m.io)).toBe(2);
    expect(m.stderr()).toContain('names a tenant');
    const db = new DatabaseSync(file);
    const ps2 = createPseudonymizer(SECRET, { subjectKeys: createSqliteSubjectKeyStore(db) });
    const after = await ps2.lookup('tenant:acme');
    db.close();
    expect(after === undefined ? undefined : `t_${after.slice(0, 16)}`).toBe(t);
  });
});

describe('keys create after a secret rotation', () => {
  it('keeps the tenant pseudonym (uses PLEDGE_SECRET_PREVIOUS)', async () => {
    const file = tempDbPath();
    const store = await openSqliteAuditStore(file);
    const old = createPseudonymizer(SECRET, { subjectKeys: store.subjectKeys });
    const t = await tenantPseudonym((r) => old.pseudonymize(r), 'acme');
    await store.append([sampleEvent(1, { tenant: t })]);
    await store.close();
    const env = { PLEDGE_DB: file, PLEDGE_SECRET: NEW_SECRET, PLEDGE_SECRET_PREVIOUS: SECRET };
    const m = memoryIo(env);
    expect(await keys(['create', '--tenant', 'acme', '--policy', 'default'], m.io)).toBe(0);
    const db = new DatabaseSync(file);
    const lastTenant = (db.prepare('SELECT tenant FROM audit_events ORDER BY seq DESC LIMIT 1').get() as { tenant: string }).tenant;
    // What the server (which passes previousSecrets) now derives for acme:
    const server = createPseudonymizer(NEW_SECRET, { subjectKeys: createSqliteSubjectKeyStore(db), previousSecrets: [SECRET] });
    const now = await tenantPseudonym((r) => server.pseudonymize(r), 'acme');
    db.close();
    expect(lastTenant).toBe(t);
    expect(now).toBe(t);
  });
});

describe('retention timer', () => {
  it('keeps running after a run that failed synchronously', async () => {
    let calls = 0;
    let fail = true;
    const store = { purgeOlderThan: vi.fn(async () => { calls++; return { purged: 0 }; }) } as never;
    const timer = startRetentionTimer({ store, days: () => { if (fail) throw new Error('no policy'); return 30; }, intervalMs: 1_000_000 });
    await timer.runNow();
    fail = false;
    await timer.runNow();
    timer.stop();
    expect(calls).toBe(1);
  });
});

describe('PLEDGE_DB empty', () => {
  it('keys uses the same database as audit/subject (default when empty)', async () => {
    const m = memoryIo({ PLEDGE_DB: '' });
    m.io.cwd = tempDbPath().replace(/pledge\.db$/, '');
    let code: number | string;
    try { code = await keys(['list'], m.io); } catch (e) { code = `threw: ${(e as Error).message}`; }
    expect(code).toBe(0);
  });
});
