import type { StaffRecord, StaffStore } from './types.ts';

export function createMemoryStaffStore(): StaffStore & { records: Map<string, StaffRecord & { hash: string }> } {
  const records = new Map<string, StaffRecord & { hash: string }>();
  const strip = ({ hash: _h, ...r }: StaffRecord & { hash: string }): StaffRecord => ({ ...r, tenants: [...r.tenants] });
  return {
    records,
    async findByHash(hash) {
      for (const r of records.values()) if (r.hash === hash) return { ...r };
      return null;
    },
    async get(id) {
      const r = records.get(id);
      return r ? strip(r) : null;
    },
    async insert(record) {
      if (records.has(record.id)) throw new Error('staff id exists');
      records.set(record.id, { ...record });
    },
    async list() {
      return [...records.values()].map(strip);
    },
    async revoke(id, at) {
      const r = records.get(id);
      if (!r || r.revoked_at) return false;
      r.revoked_at = at;
      return true;
    },
  };
}
