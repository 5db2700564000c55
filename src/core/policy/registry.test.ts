import { describe, expect, it } from 'vitest';
import { POLICY_SOURCES } from '../../generated/policies.ts';
import { loadBundledPolicyRegistry, loadPolicies } from './registry.ts';
import { expectRejection } from '../../../test/support/rejection.ts';

describe('bundled policies (Workers)', () => {
  it('load from the generated sources with the same validation as on Node', async () => {
    const reg = await loadBundledPolicyRegistry(POLICY_SOURCES);
    expect(reg.names()).toEqual(['allclients', 'allentics', 'asrsbot', 'default']);
    expect(reg.getDefault().policy.name).toBe('default');
    expect(reg.get('asrsbot')?.file).toBe('policies/asrsbot.yaml');
  });

  it('refuse to load at all when one policy is invalid', async () => {
    await expectRejection(loadBundledPolicyRegistry({ ...POLICY_SOURCES, bad: 'name: bad\nproviders: 3\n' }), /policies\/bad\.yaml: providers/);
  });

  it('refuse two files with the same policy name', async () => {
    const r = await loadPolicies([
      { file: 'a.yaml', text: 'name: x\nproviders: {}\n' },
      { file: 'b.yaml', text: 'name: x\nproviders: {}\n' },
    ]);
    expect(r).toEqual({ ok: false, errors: ['b.yaml: name: "x" is already used by a.yaml'] });
  });
});
