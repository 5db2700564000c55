import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPseudonymizer } from '../../core/audit/pseudonym.ts';
import { sampleEvent } from '../../core/audit/test-events.ts';
import { openSqliteAuditStore } from '../../runtime/node/sqlite/audit-store.ts';
import { run as runAudit } from './audit.ts';
import { memoryIo, pledge, tempDbPath } from './cli-test-support.ts';
import { run } from './subject.ts';

const SECRET = 'cli-test-secret-0123456789';

describe('pledge subject', () => {
  it('finds a person’s events, erases the link, and the chain still verifies', async () => {
    const file = tempDbPath();
    const store = await openSqliteAuditStore(file);
    const ps = createPseudonymizer(SECRET, { subjectKeys: store.subjectKeys });
    const alice = await ps.pseudonymize('alice@example.com');
    await store.append([sampleEvent(1, { user: alice }), sampleEvent(2, { user: await ps.pseudonymize('bob') }), sampleEvent(3, { user: alice })]);
    await store.close();
    const env = { PLEDGE_DB: file, PLEDGE_SECRET: SECRET };

    const found = pledge(['subject', 'find', 'alice@example.com'], env);
    expect(found.code).toBe(0);
    expect(found.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { seq: number }).seq)).toEqual([1, 3]);
    expect(found.stdout + found.stderr).not.toContain('alice@example.com');

    const erased = pledge(['subject', 'erase', 'alice@example.com'], env);
    expect(erased.stdout).toContain('erased: 2 events');
    const after = pledge(['subject', 'find', 'alice@example.com'], env);
    expect(after.stdout).toBe('');
    expect(after.stderr).toContain('0 events');
    expect(await runAudit(['verify'], memoryIo(env).io)).toBe(0);
    expect(readFileSync(file).includes('alice@example.com')).toBe(false);
  }, 90_000);

  it('refuses to run without a secret rather than inventing one', async () => {
    const { io, stderr } = memoryIo({ PLEDGE_DB: tempDbPath() });
    expect(await run(['find', 'someone'], io)).toBe(1);
    expect(stderr()).toContain('no PLEDGE_SECRET');
  });
});
