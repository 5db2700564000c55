import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrCreateSecret, previousSecrets, secretPathFor } from './secret.ts';

const dir = () => mkdtempSync(path.join(tmpdir(), 'pledge-secret-'));

describe('loadOrCreateSecret', () => {
  it('generates a secret once, stores it with mode 0600, and logs without the value', () => {
    const file = path.join(dir(), 'data', 'pledge.secret');
    const logs: string[] = [];
    const secret = loadOrCreateSecret(file, { env: {}, log: (m) => logs.push(m) });
    expect(secret.length).toBeGreaterThanOrEqual(43);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toBe(secret);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toContain('generated');
    expect(logs[0]).not.toContain(secret);
    expect(loadOrCreateSecret(file, { env: {}, log: (m) => logs.push(m) })).toBe(secret);
    expect(logs).toHaveLength(1);
  });

  it('prefers PLEDGE_SECRET from the environment and writes nothing', () => {
    const file = path.join(dir(), 'pledge.secret');
    expect(loadOrCreateSecret(file, { env: { PLEDGE_SECRET: 'from-env-0123456789' } })).toBe('from-env-0123456789');
    expect(() => statSync(file)).toThrow();
  });

  it('warns about a secret file others can read, and refuses to create when asked not to', () => {
    const d = dir();
    const file = path.join(d, 'pledge.secret');
    writeFileSync(file, 'an-existing-secret-value\n', { mode: 0o644 });
    const logs: string[] = [];
    expect(loadOrCreateSecret(file, { env: {}, log: (m) => logs.push(m) })).toBe('an-existing-secret-value');
    expect(logs[0]).toMatch(/chmod 600/);
    expect(() => loadOrCreateSecret(path.join(d, 'missing'), { env: {}, create: false })).toThrow(/no PLEDGE_SECRET/);
  });

  it('puts the secret next to the database and reads previous secrets', () => {
    expect(secretPathFor('/var/lib/pledge/pledge.db')).toBe('/var/lib/pledge/pledge.secret');
    expect(previousSecrets({ PLEDGE_SECRET_PREVIOUS: 'a-old-secret-xxxxxxx, b-old-secret-yyyyyyy' })).toEqual(['a-old-secret-xxxxxxx', 'b-old-secret-yyyyyyy']);
  });
});
