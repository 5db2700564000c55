import { DurableObject } from 'cloudflare:workers';
import type { RawAuditRecord } from '../../../core/audit/store.ts';
import { MIGRATIONS } from '../../../generated/migrations.ts';
import { isRpcMethod, type StoreSet } from './rpc-table.ts';
import { migrateSql } from './sql.ts';
import { createSqlAuditStore, scanPage } from './sql-audit-store.ts';
import { createSqlKeyStore } from './sql-key-store.ts';
import { createSqlReviewStore } from './sql-review-store.ts';
import { createSqlSignOutStore } from './sql-sign-out-store.ts';
import { createSqlStaffStore } from './sql-staff-store.ts';

export type RpcResult = { ok: true; value: unknown } | { ok: false; name: string; message: string };

/** The one instance every isolate talks to (see docs/WORKERS-STORAGE.md for why one). */
export const STORE_NAME = 'pledge-v1';

/**
 * Pledge's storage on Workers: the audit hash chain, subject keys, client keys, the review queue
 * staff tokens and signed-out sessions, in one SQLite-backed Durable Object with the same numbered migrations as
 * Node. Cloudflare runs at most one instance of a named object worldwide, so it is the single
 * writer that keeps the chain serial. Isolates reach it through store-client.ts.
 */
export class PledgeStore extends DurableObject<Env> {
  readonly #stores: StoreSet;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    const audit = createSqlAuditStore(ctx.storage);
    this.#stores = {
      audit,
      subjectKeys: audit.subjectKeys,
      keys: createSqlKeyStore(ctx.storage),
      reviews: createSqlReviewStore(ctx.storage),
      staff: createSqlStaffStore(ctx.storage),
      signOuts: createSqlSignOutStore(ctx.storage),
    };
    // No call runs until the schema is current.
    void ctx.blockConcurrencyWhile(async () => void (await migrateSql(ctx.storage, MIGRATIONS)));
  }

  /**
   * One RPC entry for every store method in RPC_METHODS; anything else is refused. Failures come
   * back as values (name and message only) and are re-thrown by the caller (store-client.ts):
   * an exception thrown across RPC is also reported by workerd as an uncaught rejection here.
   */
  async call(store: string, method: string, args: unknown[]): Promise<RpcResult> {
    try {
      if (!isRpcMethod(store, method)) throw new Error(`PledgeStore: no method ${store}.${method}`);
      const target = this.#stores[store] as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
      return { ok: true, value: await target[method]!(...args) };
    } catch (err) {
      return { ok: false, name: err instanceof Error ? err.name : 'Error', message: err instanceof Error ? err.message : String(err) };
    }
  }

  /** The chain as stored, one page at a time (async iterables do not cross RPC). */
  scanPage(after: number, pageSize: number): RawAuditRecord[] {
    return scanPage(this.ctx.storage, after, pageSize);
  }
}
