import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPolicyRegistry, resolvePolicyRef } from './policy-loader.ts';
import { expectRejection } from '../../../test/support/rejection.ts';

const repoPolicies = path.resolve(import.meta.dirname, '../../../policies');
let cwd: string;

beforeEach(() => {
  cwd = mkdtempSync(path.join(tmpdir(), 'pledge-policies-'));
  cpSync(repoPolicies, path.join(cwd, 'policies'), { recursive: true });
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

const write = (name: string, text: string) => writeFileSync(path.join(cwd, 'policies', name), text);

describe('resolvePolicyRef', () => {
  const opts = { policiesDir: '/srv/policies', cwd: '/srv' };

  it('maps a name to a file under policies/', () => {
    expect(resolvePolicyRef('allentics', opts)).toEqual({ ok: true, path: '/srv/policies/allentics.yaml' });
    expect(resolvePolicyRef(undefined, opts)).toEqual({ ok: true, path: '/srv/policies/default.yaml' });
  });

  it('accepts a path to a yaml file', () => {
    expect(resolvePolicyRef('conf/acme.yaml', opts)).toEqual({ ok: true, path: '/srv/conf/acme.yaml' });
    expect(resolvePolicyRef('/etc/pledge/acme.yml', opts)).toEqual({ ok: true, path: '/etc/pledge/acme.yml' });
  });

  it.each(['../../etc/passwd', 'policies/../../etc/passwd.yaml', '..\\..\\secret.yaml', '/etc/passwd', 'a\0.yaml', 'Default'])(
    'refuses %j with a clear error',
    (value) => {
      const r = resolvePolicyRef(value, opts);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error).toMatch(/^PLEDGE_POLICY: .* is refused: .*; use a policy name such as default/);
    },
  );

  it('says why ../../etc/passwd is refused', () => {
    const r = resolvePolicyRef('../../etc/passwd', opts);
    expect(!r.ok && r.error).toContain("'..' is not allowed in a policy path");
  });
});

describe('createPolicyRegistry', () => {
  it('loads every shipped policy and picks the default', async () => {
    const reg = await createPolicyRegistry({ cwd });
    expect(reg.names()).toEqual(['allclients', 'allentics', 'asrsbot', 'default']);
    expect(reg.getDefault().policy.name).toBe('default');
    expect(reg.get('allentics')?.file).toBe(path.join('policies', 'allentics.yaml'));
    expect(reg.get('nope')).toBeUndefined();
  });

  it('uses PLEDGE_POLICY as the default, by name or by path', async () => {
    expect((await createPolicyRegistry({ cwd, policy: 'asrsbot' })).getDefault().policy.name).toBe('asrsbot');
    writeFileSync(path.join(cwd, 'acme.yaml'), 'name: acme\nproviders: { openai: {} }\n');
    const reg = await createPolicyRegistry({ cwd, policy: './acme.yaml' });
    expect(reg.getDefault().policy.name).toBe('acme');
    expect(reg.names()).toContain('allentics');
  });

  it('refuses to start on path traversal or a broken policy', async () => {
    await expectRejection(createPolicyRegistry({ cwd, policy: '../../etc/passwd' }), /'\.\.' is not allowed/);
    await expectRejection(createPolicyRegistry({ cwd, policy: 'missing' }), /does not exist/);
    write('broken.yaml', 'name: broken\nproviders: { openai: { modles: [] } }\n');
    await expectRejection(createPolicyRegistry({ cwd }), /policies\/broken\.yaml: providers\.openai\.modles: unknown key/);
  });

  it('reloads a changed policy, and keeps the whole old set when any file is invalid', async () => {
    const reg = await createPolicyRegistry({ cwd });
    const before = reg.get('allentics');
    write('acme.yaml', 'name: acme\nproviders: { openai: {} }\n');
    expect(await reg.reload()).toMatchObject({ ok: true, names: ['acme', 'allclients', 'allentics', 'asrsbot', 'default'] });

    write('acme.yaml', 'name: acme\nproviders: { openai: { allow: maybe } }\n');
    write('default.yaml', 'name: default\nproviders: { anthropic: {} }\n');
    const failed = await reg.reload();
    expect(failed.ok).toBe(false);
    expect(!failed.ok && failed.errors[0]).toMatch(/^policies\/acme\.yaml: providers\.openai\.allow: expected boolean/);
    // Never half-loaded: default.yaml's valid change did not apply either.
    expect(reg.getDefault().policy.providers.openai).toBeDefined();
    expect(reg.get('acme')).toBeDefined();
    // A request that already holds a policy keeps using it.
    expect(before?.policy.name).toBe('allentics');
  });

  it('reloads on SIGHUP', async () => {
    const reg = await createPolicyRegistry({ cwd });
    const done = new Promise((resolve) => {
      const stop = reg.watch({ files: false, onReload: (r) => (stop(), resolve(r)) });
    });
    write('acme.yaml', 'name: acme\nproviders: { openai: {} }\n');
    process.emit('SIGHUP', 'SIGHUP');
    expect(await done).toMatchObject({ ok: true });
    expect(reg.get('acme')).toBeDefined();
  });
});
