import type { KeyRecord, KeyStore } from './keys.ts';

/** In-memory KeyStore for tests and for Workers without a database. */
export function createMemoryKeyStore(): KeyStore & { records: Map<string, KeyRecord & { hash: string }> } {
  const records = new Map<string, KeyRecord & { hash: string }>();
  return {
    records,
    async findByHash(hash) {
      for (const r of records.values()) if (r.hash === hash) return { ...r };
      return null;
    },
    async insert(record) {
      if (records.has(record.id)) throw new Error(`key ${record.id} exists`);
      records.set(record.id, { ...record });
    },
    async list() {
      return [...records.values()].map(({ hash: _hash, ...r }) => r).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    },
    async revoke(id, at) {
      const r = records.get(id);
      if (!r || r.revokedAt) return false;
      r.revokedAt = at;
      return true;
    },
    async countKeys() {
      return records.size;
    },
  };
}
