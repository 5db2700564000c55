import type { KeyStore } from '../../../core/tenancy/keys.ts';

/**
 * Every request asks "are there keys?" and "whose key is this?"; both go to one Durable Object,
 * possibly on another continent. Answers are reused for `ttlMs` per isolate, so a new or revoked
 * key takes effect within that time (default 30 s). Writes go straight through.
 */
export function cacheKeyStore(store: KeyStore, ttlMs = 30_000, now: () => number = Date.now): KeyStore {
  let count: { value: number; until: number } | undefined;
  const byHash = new Map<string, { value: Awaited<ReturnType<KeyStore['findByHash']>>; until: number }>();
  const forget = () => {
    count = undefined;
    byHash.clear();
  };
  return {
    async countKeys() {
      if (count && count.until > now()) return count.value;
      const value = await store.countKeys();
      count = { value, until: now() + ttlMs };
      return value;
    },
    async findByHash(hash) {
      const hit = byHash.get(hash);
      if (hit && hit.until > now()) return hit.value;
      const value = await store.findByHash(hash);
      if (byHash.size > 10_000) byHash.clear();
      byHash.set(hash, { value, until: now() + ttlMs });
      return value;
    },
    list: () => store.list(),
    async insert(record) {
      await store.insert(record);
      forget();
    },
    async revoke(id, at) {
      const done = await store.revoke(id, at);
      forget();
      return done;
    },
  };
}
