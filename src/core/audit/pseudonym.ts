import { toHex } from './chain.ts';
import type { SubjectKeyStore } from './store.ts';

export interface PseudonymizerOptions {
  /**
   * Where per-subject keys live. With it, pseudonyms are erasable: p = HMAC(subject key, raw),
   * and deleting the key unlinks every event (docs/AUDIT.md). Without it, p = HMAC(secret, raw).
   */
  subjectKeys?: SubjectKeyStore;
  /** Secrets in use before a rotation: subject keys filed under them are still found, then re-filed. */
  previousSecrets?: readonly string[];
  cacheSize?: number;
  /** How long a pseudonym is reused from memory; bounds how long an erase takes to reach a running server. */
  cacheTtlMs?: number;
  now?: () => number;
}

export interface Pseudonymizer {
  /** The stable pseudonym for a raw identifier, creating its subject key on first use. */
  pseudonymize(raw: string): Promise<string>;
  /** The pseudonym if the subject has one, without creating a key (data-subject access). */
  lookup(raw: string): Promise<string | undefined>;
  /** Deletes the subject key under every known secret. True if one existed. */
  forget(raw: string): Promise<boolean>;
}

const encoder = new TextEncoder();

function hmacKey(secret: string | Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  const bytes = typeof secret === 'string' ? encoder.encode(secret) : secret;
  return crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

async function hmacHex(key: CryptoKey, message: string): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(message))));
}

const fromHex = (hex: string): Uint8Array<ArrayBuffer> => Uint8Array.from(hex.match(/../g) ?? [], (b) => parseInt(b, 16));
const format = (mac: string) => `p_${mac.slice(0, 32)}`;

/** Keyed pseudonyms via Web Crypto HMAC-SHA256. Imported keys and recent pseudonyms are cached. */
/** `PLEDGE_SECRET_PREVIOUS`: comma-separated secrets from before a rotation, still accepted for lookups. */
export const parsePreviousSecrets = (value: string | undefined): string[] => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);

export function createPseudonymizer(secret: string, opts: PseudonymizerOptions = {}): Pseudonymizer {
  if (secret.length < 16) throw new Error('PLEDGE_SECRET must be at least 16 characters');
  const { subjectKeys } = opts;
  const now = opts.now ?? Date.now;
  const ttl = opts.cacheTtlMs ?? 60_000;
  const cacheSize = opts.cacheSize ?? 10_000;
  const secretKeys = [secret, ...(opts.previousSecrets ?? [])].map(hmacKey);
  const subjectKeyCache = new Map<string, Promise<CryptoKey>>();
  const cache = new Map<string, { value: string; expires: number }>();

  const remember = (raw: string, value: string) => {
    cache.delete(raw);
    cache.set(raw, { value, expires: now() + ttl });
    if (cache.size > cacheSize) cache.delete(cache.keys().next().value!);
    return value;
  };
  const subjectIds = (raw: string) => Promise.all(secretKeys.map(async (k) => hmacHex(await k, `pledge:subject:v1:${raw}`)));
  const withSubjectKey = async (keyHex: string, raw: string) => {
    let key = subjectKeyCache.get(keyHex);
    if (!key) {
      key = hmacKey(fromHex(keyHex));
      subjectKeyCache.set(keyHex, key);
      if (subjectKeyCache.size > cacheSize) subjectKeyCache.delete(subjectKeyCache.keys().next().value!);
    }
    return format(await hmacHex(await key, raw));
  };
  const findKey = async (store: SubjectKeyStore, ids: string[]) => {
    for (const [index, id] of ids.entries()) {
      const key = await store.get(id);
      if (key !== undefined) return { key, index };
    }
    return undefined;
  };

  return {
    async pseudonymize(raw) {
      const hit = cache.get(raw);
      if (hit && hit.expires > now()) return hit.value;
      if (!subjectKeys) return remember(raw, format(await hmacHex(await secretKeys[0]!, `pledge:pseudonym:v1:${raw}`)));
      const ids = await subjectIds(raw);
      const found = await findKey(subjectKeys, ids);
      let key: string;
      if (found && found.index === 0) key = found.key;
      else {
        // New subject, or one filed under a previous secret: (re-)file under the current secret.
        const candidate = found?.key ?? toHex(crypto.getRandomValues(new Uint8Array(32)));
        key = await subjectKeys.getOrCreate(ids[0]!, candidate);
        if (found) await subjectKeys.delete(ids[found.index]!);
      }
      return remember(raw, await withSubjectKey(key, raw));
    },
    async lookup(raw) {
      if (!subjectKeys) return format(await hmacHex(await secretKeys[0]!, `pledge:pseudonym:v1:${raw}`));
      const found = await findKey(subjectKeys, await subjectIds(raw));
      return found ? withSubjectKey(found.key, raw) : undefined;
    },
    async forget(raw) {
      cache.delete(raw);
      if (!subjectKeys) return false;
      let existed = false;
      for (const id of await subjectIds(raw)) existed = (await subjectKeys.delete(id)) || existed;
      return existed;
    },
  };
}
