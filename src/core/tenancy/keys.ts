/**
 * Client keys: what a client puts where its SDK expects a provider API key. A key binds one
 * tenant to one policy and (optionally) one provider credential held by Pledge. Only the SHA-256
 * of a key is stored; the key itself is shown once, at creation.
 */
export interface KeyRecord {
  id: string;
  tenant: string;
  /** Policy name (policies/<name>.yaml). The tenant can use no other. */
  policy: string;
  /**
   * Name of the secret holding the tenant's provider credential (an environment variable on
   * Node, a secret binding on Workers), never the credential itself. Either one name, used for
   * every provider, or `provider=NAME` pairs separated by commas (see credentialRefFor).
   * Absent: the client's own provider credential is passed through.
   */
  credentialRef?: string | undefined;
  createdAt: string;
  revokedAt?: string | undefined;
  /** A few characters to recognise the key by in listings: `pk_live_…a1b2`. Not a secret. */
  hint: string;
}

export interface NewKey {
  tenant: string;
  policy: string;
  credentialRef?: string | undefined;
}

export interface KeyStore {
  /** The record whose key hashes to `hash` (hex SHA-256), revoked or not. */
  findByHash(hash: string): Promise<(KeyRecord & { hash: string }) | null>;
  insert(record: KeyRecord & { hash: string }): Promise<void>;
  list(): Promise<KeyRecord[]>;
  /** Marks the key revoked; false when no such id, or it was already revoked. */
  revoke(id: string, at: string): Promise<boolean>;
  /**
   * Count of keys ever created, revoked ones included. Zero means local open mode (DESIGN.md):
   * once an operator has created a key, revoking every key refuses all requests, it never
   * reopens the proxy.
   */
  countKeys(): Promise<number>;
}

export const KEY_PREFIX = 'pk_live_';
/** 32 random bytes, base64url: 43 characters, 256 bits of entropy. */
const KEY_RE = /^pk_live_[A-Za-z0-9_-]{43}$/;
/**
 * A tenant name: lowercase letters, digits, - and _, at most 64. Names starting with `t_` look like
 * stored tenant pseudonyms, and `system` and `unknown` are ids the audit trail uses itself, so they
 * are reserved: a tenant with one of them would be scoped wrongly in the admin.
 */
export const TENANT_RE = /^(?!t_|system$|unknown$)[a-z0-9][a-z0-9_-]{0,63}$/;
export const TENANT_RULE = "lowercase letters, digits, - and _ (at most 64), not starting with t_ and not 'system' or 'unknown'";
const SECRET_NAME_RE = /^[A-Z][A-Z0-9_]{0,127}$/;
const CREDENTIAL_REF_RE = /^(?:[A-Z][A-Z0-9_]{0,127}|[a-z][a-z0-9:_-]*=[A-Z][A-Z0-9_]{0,127}(?:,[a-z][a-z0-9:_-]*=[A-Z][A-Z0-9_]{0,127})*)$/;

const base64url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

export function generateClientKey(): string {
  return KEY_PREFIX + base64url(crypto.getRandomValues(new Uint8Array(32)));
}

export function looksLikeClientKey(raw: string): boolean {
  return KEY_RE.test(raw);
}

export async function hashClientKey(raw: string): Promise<string> {
  return hex(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(raw))));
}

/**
 * SHA-256 (hex) of a raw client key. Web Crypto by default; a runtime may pass a synchronous one
 * with the same output (Node: `sha256HexSync`), which spares every request a thread-pool hop.
 */
export type KeyHasher = (raw: string) => string | Promise<string>;

/** Compares two strings in time that depends only on their lengths. */
export function timingSafeEqual(a: string, b: string): boolean {
  const x = new TextEncoder().encode(a);
  const y = new TextEncoder().encode(b);
  let diff = x.length ^ y.length;
  for (let i = 0; i < Math.max(x.length, y.length); i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}

export function validateCredentialRef(ref: string): string | null {
  if (!CREDENTIAL_REF_RE.test(ref)) {
    return `credential ref ${JSON.stringify(ref.slice(0, 40))} must be a secret name like OPENAI_KEY_ACME, or provider=NAME pairs like openai=OPENAI_KEY_ACME,anthropic=ANTHROPIC_KEY_ACME`;
  }
  if (ref.split(',').some((pair) => isPledgeSecretName(pair.slice(pair.indexOf('=') + 1)))) {
    return 'credential ref names a PLEDGE_ setting; Pledge\'s own secrets (admin token, pseudonym key …) are never sent upstream';
  }
  return null;
}

/**
 * Pledge's own configuration and secrets (`PLEDGE_ADMIN_TOKEN`, `PLEDGE_SECRET` …): never a provider
 * credential, whatever a key record says, or a key's requests would carry them to the provider.
 */
export function isPledgeSecretName(name: string): boolean {
  return name.startsWith('PLEDGE_');
}

/** Creates a key, stores its hash, and returns the raw key: the only time it exists outside the client. */
export async function createClientKey(store: KeyStore, input: NewKey, now = new Date()): Promise<{ key: string; record: KeyRecord }> {
  if (!TENANT_RE.test(input.tenant)) throw new Error(`tenant must be ${TENANT_RULE}`);
  if (input.credentialRef !== undefined) {
    const problem = validateCredentialRef(input.credentialRef);
    if (problem) throw new Error(problem);
  }
  const key = generateClientKey();
  const record: KeyRecord = {
    id: `key_${hex(crypto.getRandomValues(new Uint8Array(8)))}`,
    tenant: input.tenant,
    policy: input.policy,
    credentialRef: input.credentialRef,
    createdAt: now.toISOString(),
    hint: `${KEY_PREFIX}…${key.slice(-4)}`,
  };
  await store.insert({ ...record, hash: await hashClientKey(key) });
  return { key, record };
}

export type KeyCheck = { ok: true; key: KeyRecord } | { ok: false; reason: 'unknown_key' | 'revoked_key' };

/**
 * Authenticates a raw client key. The lookup is by hash, so response time does not depend on how
 * much of a guessed key is right; the final comparison is constant-time as well.
 */
export async function checkClientKey(store: KeyStore, rawKey: string, hashKey: KeyHasher = hashClientKey): Promise<KeyCheck> {
  if (!looksLikeClientKey(rawKey)) return { ok: false, reason: 'unknown_key' };
  const hash = await hashKey(rawKey);
  const found = await store.findByHash(hash);
  if (!found || !timingSafeEqual(found.hash, hash)) return { ok: false, reason: 'unknown_key' };
  if (found.revokedAt) return { ok: false, reason: 'revoked_key' };
  const { hash: _hash, ...key } = found;
  return { ok: true, key };
}

/** The key record for a raw client key, or null when it is malformed, unknown or revoked. */
export async function resolveClientKey(store: KeyStore, rawKey: string): Promise<KeyRecord | null> {
  const r = await checkClientKey(store, rawKey);
  return r.ok ? r.key : null;
}

/**
 * The secret name holding this key's credential for `provider`, or undefined (pass the client's
 * credential through). `openai=A,anthropic=B` maps per provider; a bare name applies to all.
 */
export function credentialRefFor(key: KeyRecord, provider: string): string | undefined {
  const ref = key.credentialRef;
  if (!ref) return undefined;
  if (!ref.includes('=')) return SECRET_NAME_RE.test(ref) ? ref : undefined;
  for (const pair of ref.split(',')) {
    const [p, name] = pair.split('=');
    if (p === provider && name && SECRET_NAME_RE.test(name)) return name;
  }
  return undefined;
}

export type ProviderCredential =
  | { kind: 'held'; name: string; value: string }
  /** No credential ref for this provider: the client's own credential is passed through. */
  | { kind: 'passthrough' }
  /** The key names a secret that is not set: refuse (never fall back to the client's credential). */
  | { kind: 'missing'; name: string };

/**
 * The provider credential for a request made with `key`. `readSecret` is the runtime's secret
 * lookup (process.env on Node, the env binding on Workers); the value never reaches a log.
 */
export function resolveProviderCredential(key: KeyRecord, provider: string, readSecret: (name: string) => string | undefined): ProviderCredential {
  const name = credentialRefFor(key, provider);
  if (!name) return { kind: 'passthrough' };
  // A record written before this rule (or into the store by hand) still never reads Pledge's own secrets.
  const value = isPledgeSecretName(name) ? undefined : readSecret(name);
  return value ? { kind: 'held', name, value } : { kind: 'missing', name };
}
