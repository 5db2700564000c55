import type { AuditStore, RawAuditRecord } from '../../../core/audit/store.ts';
import type { PledgeStore, RpcResult } from './pledge-store.ts';
import { RPC_METHODS, type StoreName, type StoreSet } from './rpc-table.ts';

export type PledgeStoreStub = DurableObjectStub<PledgeStore>;
/** A fresh stub per call (see boot.ts): stubs are I/O objects bound to the request that made them. */
export type GetStub = () => PledgeStoreStub;

/** A store whose every method is an RPC to the PledgeStore Durable Object. */
export function remoteStore<K extends StoreName>(stub: GetStub, name: K): StoreSet[K] {
  const methods = RPC_METHODS[name] as readonly string[];
  const invoke = async (m: string, args: unknown[]) => {
    const r = (await stub().call(name, m, args)) as RpcResult;
    if (r.ok) return r.value;
    const err = r.name === 'RangeError' ? new RangeError(r.message) : r.name === 'TypeError' ? new TypeError(r.message) : new Error(r.message);
    if (err.name !== r.name) err.name = r.name;
    throw err;
  };
  return Object.fromEntries(methods.map((m) => [m, (...args: unknown[]) => invoke(m, args)])) as unknown as StoreSet[K];
}

/** The full AuditStore over RPC; `scan` pages so memory stays constant. */
export function createDurableAuditStore(stub: GetStub): AuditStore {
  return {
    ...remoteStore(stub, 'audit'),
    async *scan(pageSize = 500): AsyncGenerator<RawAuditRecord> {
      let after = 0;
      for (;;) {
        const rows: RawAuditRecord[] = await stub().scanPage(after, pageSize);
        yield* rows;
        if (rows.length < pageSize) return;
        after = rows.at(-1)!.seq;
      }
    },
    subjectKeys: remoteStore(stub, 'subjectKeys'),
    close: async () => {},
  };
}
