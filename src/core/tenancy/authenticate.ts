import type { PolicyRegistry } from '../policy/registry.ts';
import type { LoadedPolicy } from '../policy/schema.ts';
import { checkClientKey, type KeyHasher, type KeyRecord, type KeyStore } from './keys.ts';

/** Who is calling, and under which policy. Everything downstream takes the policy from here only. */
export type TenantContext =
  | { mode: 'key'; tenant: string; key: KeyRecord; policy: LoadedPolicy }
  /** Local open mode: no client keys exist, the client's own provider key passes through. */
  | { mode: 'open'; tenant: 'local'; policy: LoadedPolicy };

export type AuthRefusal = {
  ok: false;
  reason: 'missing_key' | 'unknown_key' | 'revoked_key' | 'policy_unavailable';
  /** Safe for the client and the log: never contains the key. */
  message: string;
};

const MESSAGES: Record<AuthRefusal['reason'], string> = {
  missing_key: 'a Pledge client key is required; put it where your SDK expects its API key',
  unknown_key: 'the client key is not valid',
  revoked_key: 'the client key has been revoked',
  policy_unavailable: "the client key's policy is not loaded; ask the operator to check `pledge policy check`",
};

const refuse = (reason: AuthRefusal['reason']): AuthRefusal => ({ ok: false, reason, message: MESSAGES[reason] });

/**
 * Key → tenant → policy. A key's policy is the only policy its tenant can use: when it is not
 * loaded the request is refused, never served under the default policy.
 */
export async function authenticateTenant(
  deps: { keys: KeyStore; policies: PolicyRegistry; hashKey?: KeyHasher },
  rawKey: string | undefined,
): Promise<{ ok: true; ctx: TenantContext } | AuthRefusal> {
  if ((await deps.keys.countKeys()) === 0) {
    return { ok: true, ctx: { mode: 'open', tenant: 'local', policy: deps.policies.getDefault() } };
  }
  if (!rawKey) return refuse('missing_key');
  const checked = await checkClientKey(deps.keys, rawKey, deps.hashKey);
  if (!checked.ok) return refuse(checked.reason);
  const policy = deps.policies.get(checked.key.policy);
  if (!policy) return refuse('policy_unavailable');
  return { ok: true, ctx: { mode: 'key', tenant: checked.key.tenant, key: checked.key, policy } };
}
