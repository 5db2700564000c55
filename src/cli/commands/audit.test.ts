import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPseudonymizer } from '../../core/audit/pseudonym.ts';
import { sampleEvent } from '../../core/audit/test-events.ts';
import { tenantPseudonym } from '../../core/staff/tenant-pseudonym.ts';
import { openSqliteAuditStore } from '../../runtime/node/sqlite/audit-store.ts';
import { run } from './audit.ts';
import { memoryIo, pledge, tempDbPath } from './cli-test-support.ts';

async function populated(n: number): Promise<string> {
  const file = tempDbPath();
  const store = await openSqliteAuditStore(file);
  await store.append(Array.from({ length: n }, (_, i) => sampleEvent(i + 1)));
  await store.close();
  return file;
}

const noCrash = (stderr: string) => {
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(stderr).not.toContain('Uncaught');
};

// Each case spawns the real CLI (tsx start-up), which is slow on a loaded machine.
describe('pledge audit verify', { timeout: 90_000 }, () => {
  it('exits 0 and prints the head for an intact chain', async () => {
    const file = await populated(20);
    const result = pledge(['audit', 'verify'], { PLEDGE_DB: file });
    expect(result.stdout).toMatch(/audit chain ok: 20 events \(seq 1\.\.20\), head [0-9a-f]{64}/);
    expect(result.code).toBe(0);
  });

  it('exits 1 naming the first edited event', async () => {
    const file = await populated(10);
    const store = await openSqliteAuditStore(file);
    store.db.exec('DROP TRIGGER audit_events_append_only');
    store.db.exec(`UPDATE audit_events SET event = replace(event, '"status":200', '"status":201') WHERE seq IN (4, 7)`);
    await store.close();
    const result = pledge(['audit', 'verify'], { PLEDGE_DB: file });
    expect(result.stdout).toContain('BROKEN at seq 4: edited');
    expect(result.code).toBe(1);
  });

  it('exits 1 when a filter column no longer matches its hashed event (an event hidden from exports)', async () => {
    const file = await populated(10);
    const store = await openSqliteAuditStore(file);
    store.db.exec('DROP TRIGGER audit_events_append_only');
    store.db.exec(`UPDATE audit_events SET tenant = 't_hidden', user_pseudonym = 'p_x' WHERE seq = 4`);
    await store.close();
    const result = pledge(['audit', 'verify'], { PLEDGE_DB: file });
    expect(result.stdout).toContain('filter columns edited');
    expect(result.stdout).toContain('seq 4 (tenant, user)');
    expect(result.code).toBe(1);
  });

  it('still passes after a purge, from the recorded checkpoint', async () => {
    const file = await populated(10);
    const purge = pledge(['audit', 'purge', '--days', '0'], { PLEDGE_DB: file });
    expect(purge.stdout).toContain('purged 10 events; checkpoint at seq 10');
    const result = pledge(['audit', 'verify'], { PLEDGE_DB: file });
    expect(result.stdout).toContain('audit chain ok: 1 events (seq 11..11)');
    expect(result.stdout).toContain('checkpoint at seq 10');
    expect(result.code).toBe(0);
  });

  it('reports a database whose pages were overwritten, without crashing or passing', async () => {
    const file = await populated(400);
    const bytes = readFileSync(file);
    bytes.fill(0xa5, 4096 * 2, Math.min(bytes.length, 4096 * 6));
    writeFileSync(file, bytes);
    const result = pledge(['audit', 'verify'], { PLEDGE_DB: file });
    expect(result.code).toBe(1);
    expect(`${result.stdout}${result.stderr}`).toMatch(/FAILED|BROKEN/);
    noCrash(result.stderr);
  });

  it('reports a file that is not a database at all', async () => {
    const file = await populated(5);
    const bytes = readFileSync(file);
    bytes.fill(0x00, 0, 100);
    writeFileSync(file, bytes);
    const result = pledge(['audit', 'verify'], { PLEDGE_DB: file });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/FAILED: cannot open .*not a database/);
    noCrash(result.stderr);
  });

  it('catches a silent byte flip inside a stored event that SQLite itself cannot see', async () => {
    const file = await populated(30);
    const bytes = readFileSync(file);
    const at = bytes.indexOf('"id":"evt_17"');
    expect(at).toBeGreaterThan(0);
    bytes.write('"id":"evt_71"', at);
    writeFileSync(file, bytes);
    const result = pledge(['audit', 'verify'], { PLEDGE_DB: file });
    expect(result.stdout).toContain('BROKEN at seq 17: edited');
    expect(result.code).toBe(1);
  });

  it('reports a missing database', () => {
    const result = pledge(['audit', 'verify'], { PLEDGE_DB: `${tempDbPath()}.missing` });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no database at');
  });
});

describe('pledge audit export', { timeout: 90_000 }, () => {
  it('streams JSON lines within --from/--to and CSV with a header', async () => {
    const file = await populated(10);
    const jsonl = pledge(['audit', 'export', '--from', sampleEvent(3).ts, '--to', sampleEvent(6).ts], { PLEDGE_DB: file });
    expect(jsonl.code).toBe(0);
    expect(jsonl.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { seq: number }).seq)).toEqual([3, 4, 5]);
    const csv = pledge(['audit', 'export', '--format', 'csv', '--tenant', 't_even'], { PLEDGE_DB: file });
    const lines = csv.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^seq,hash,id,ts,/);
    expect(lines).toHaveLength(6);
  });

  it('--tenant takes the tenant name, also when events store its pseudonym (the shipped policies do)', async () => {
    const file = tempDbPath();
    const secret = 'cli-tenant-secret-0123456789';
    const store = await openSqliteAuditStore(file);
    const pseudonymizer = createPseudonymizer(secret, { subjectKeys: store.subjectKeys });
    const acme = await tenantPseudonym((raw) => pseudonymizer.pseudonymize(raw), 'acme');
    const globex = await tenantPseudonym((raw) => pseudonymizer.pseudonymize(raw), 'globex');
    await store.append([1, 2, 3, 4].map((i) => ({ ...sampleEvent(i), tenant: i % 2 ? acme : globex })));
    store.db.close();
    const byName = pledge(['audit', 'export', '--tenant', 'acme'], { PLEDGE_DB: file, PLEDGE_SECRET: secret });
    expect(byName.code).toBe(0);
    expect(byName.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { seq: number }).seq)).toEqual([1, 3]);
    // The stored id still works, and a tenant never seen matches nothing (and files no subject key).
    expect(pledge(['audit', 'export', '--tenant', acme], { PLEDGE_DB: file, PLEDGE_SECRET: secret }).stdout.trimEnd().split('\n')).toHaveLength(2);
    expect(pledge(['audit', 'export', '--tenant', 'initech'], { PLEDGE_DB: file, PLEDGE_SECRET: secret }).stdout).toBe('');
  });

  it('names a damaged row by its seq instead of failing with a parser message', async () => {
    const file = await populated(5);
    const store = await openSqliteAuditStore(file);
    store.db.exec('DROP TRIGGER audit_events_append_only');
    store.db.exec(`UPDATE audit_events SET event = '{"id": broken' WHERE seq = 3`);
    await store.close();
    const result = pledge(['audit', 'export'], { PLEDGE_DB: file });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the audit event at seq 3 is damaged');
  });

  it('a bare --to date includes that whole day, as in the admin API', async () => {
    const file = tempDbPath();
    const store = await openSqliteAuditStore(file);
    await store.append(['2026-12-30T10:00:00.000Z', '2026-12-31T23:59:59.000Z', '2027-01-01T00:00:00.000Z'].map((ts, i) => ({ ...sampleEvent(i + 1), ts })));
    store.db.close();
    const year = pledge(['audit', 'export', '--from', '2026-01-01', '--to', '2026-12-31'], { PLEDGE_DB: file });
    expect(year.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { seq: number }).seq)).toEqual([1, 2]);
  });

  it('rejects a bad format or date with exit 2', async () => {
    const file = await populated(1);
    const bad = memoryIo({ PLEDGE_DB: file });
    expect(await run(['export', '--format', 'xml'], bad.io)).toBe(2);
    expect(await run(['export', '--from', 'yesterday-ish'], bad.io)).toBe(2);
    expect(bad.stderr()).toContain('--from is not a date');
    // An unknown flag is a usage error (exit 2, with the usage), not a crash.
    expect(await run(['export', '--nope'], bad.io)).toBe(2);
    expect(bad.stderr()).toContain('usage:');
    // An empty --days must not mean "purge everything".
    expect(await run(['purge', '--days', ''], bad.io)).toBe(2);
    expect(await run(['purge', '--days', ' '], bad.io)).toBe(2);
  });
});
