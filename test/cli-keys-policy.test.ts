import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const tmp = mkdtempSync(path.join(tmpdir(), 'pledge-cli-'));
const db = path.join(tmp, 'pledge.db');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function pledge(...args: string[]) {
  return pledgeWith({}, ...args);
}

function pledgeWith(env: Record<string, string>, ...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, 'bin/pledge.mjs'), ...args], {
    cwd: root,
    env: { ...process.env, PLEDGE_DB: db, ...env },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('pledge keys', () => {
  it('creates, lists and revokes keys, storing only the hash', () => {
    const created = pledge('keys', 'create', '--tenant', 'acme', '--policy', 'allentics', '--credential-ref', 'OPENAI_KEY_ACME');
    expect(created.code).toBe(0);
    const key = created.stdout.trim();
    expect(key).toMatch(/^pk_live_[A-Za-z0-9_-]{43}$/);
    expect(created.stderr).toMatch(/created key_[0-9a-f]{16} for tenant acme \(policy allentics, credential OPENAI_KEY_ACME\)/);

    const listed = pledge('keys', 'list', '--json');
    expect(listed.code).toBe(0);
    expect(listed.stdout).not.toContain(key.slice(8, 30));
    const [row] = listed.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; tenant: string; policy: string; credentialRef: string });
    expect(row).toMatchObject({ tenant: 'acme', policy: 'allentics', credentialRef: 'OPENAI_KEY_ACME' });

    const conn = new DatabaseSync(db, { readOnly: true });
    const dump = JSON.stringify(conn.prepare('SELECT * FROM client_keys').all());
    conn.close();
    expect(dump).not.toContain(key.slice(8));
    expect(dump).toMatch(/"key_hash":"[0-9a-f]{64}"/);

    expect(pledge('keys', 'revoke', row!.id)).toMatchObject({ code: 0, stdout: `revoked ${row!.id}\n` });
    expect(pledge('keys', 'revoke', row!.id).code).toBe(1);
    expect(pledge('keys', 'list').stdout).toMatch(/acme\tallentics\tOPENAI_KEY_ACME\tpk_live_…\S{4}\t\S+\trevoked /);

    // Key changes are staff actions in the audit chain: who (cli), what, which key; no key material.
    const audit = new DatabaseSync(db, { readOnly: true });
    const events = audit.prepare('SELECT event FROM audit_events ORDER BY seq').all().map((r) => JSON.parse(String(r.event)) as Record<string, unknown>);
    audit.close();
    expect(events.map((e) => [e.kind, e.actor, e.action, e.target])).toEqual([
      ['staff', 'cli', 'key.create', row!.id],
      ['staff', 'cli', 'key.revoke', row!.id],
    ]);
    expect(events[0]!.tenant).toMatch(/^t_/);
    expect(JSON.stringify(events)).not.toContain(key.slice(8));
    expect(pledge('audit', 'verify').code).toBe(0);
  }, 120_000);

  it('refuses a key for a policy that does not exist', () => {
    const r = pledge('keys', 'create', '--tenant', 'acme', '--policy', '../etc');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--policy must be a policy name');
  });

  it('refuses a policy name the server would not load, naming the ones it would', () => {
    const r = pledge('keys', 'create', '--tenant', 'acme', '--policy', 'no-such-policy');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no policy named no-such-policy: the server loads .*allentics.*default/);
  });

  it('accepts the policy PLEDGE_POLICY names by path outside policies/, as the server loads it', () => {
    const file = path.join(tmp, 'wide.yaml');
    writeFileSync(file, 'name: wide\nproviders:\n  openai: {}\n');
    const r = pledgeWith({ PLEDGE_POLICY: file }, 'keys', 'create', '--tenant', 'wide-co', '--policy', 'wide');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^pk_live_/);
  });
});

describe('pledge policy check', () => {
  it('passes the shipped policies, printing warnings', () => {
    const r = pledge('policy', 'check');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ok   policies/allentics.yaml');
    expect(r.stderr).toContain('warning: policies/default.yaml: providers.gemini: gemini is allowed without attesting paid terms');
  });

  it('exits non-zero with file, path and fix on an error', () => {
    const bad = path.join(tmp, 'acme.yaml');
    writeFileSync(bad, 'name: acme\nproviders:\n  openai: {}\nredaction:\n  entities: [PERSON, PHONE_NUMBER, IBAN_CODE, EMAIL]\n');
    const r = pledge('policy', 'check', bad, 'policies/default.yaml');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`error: ${bad}: redaction.entities[3]: unknown entity "EMAIL"; did you mean EMAIL_ADDRESS?`);
  });
});
