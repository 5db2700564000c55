import { DurableObject } from 'cloudflare:workers';
import type { AuditEvent } from '../../../core/audit/event.ts';
import type { AuditStore, AuditQuery } from '../../../core/audit/store.ts';
import type { ReviewItem } from '../../../core/review/types.ts';
import type { KeyRecord, KeyStore } from '../../../core/tenancy/keys.ts';
import { MIGRATIONS } from '../generated/migrations.ts';
import { migrateSql } from './sql.ts';
import { createSqlAuditStore, scanPage } from './sql-audit-store.ts';
import { createSqlKeyStore } from './sql-key-store.ts';

/** The one instance every isolate talks to (see docs/WORKERS-STORAGE.md for why one). */
export const STORE_NAME = 'pledge-v1';

/**
 * Pledge's storage on Workers: the audit hash chain, subject keys, client keys and the review
 * queue, in one SQLite-backed Durable Object. Cloudflare runs at most one instance of a named
 * object worldwide, so it is the single writer that keeps the chain serial. Methods are RPC:
 * isolates reach them through `createDurableStoreClient` (store-client.ts).
 */
export class PledgeStore extends DurableObject<Env> {
  readonly #audit: AuditStore;
  readonly #keys: KeyStore;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.#audit = createSqlAuditStore(ctx.storage);
    this.#keys = createSqlKeyStore(ctx.storage);
    // No request runs until the schema is current.
    void ctx.blockConcurrencyWhile(async () => void (await migrateSql(ctx.storage, MIGRATIONS)));
  }

  append(events: AuditEvent[]) {
    return this.#audit.append(events);
  }
  list(query: AuditQuery) {
    return this.#audit.list(query);
  }
  scanPage(after: number, pageSize: number) {
    return scanPage(this.ctx.storage, after, pageSize);
  }
  head() {
    return this.#audit.head();
  }
  latestCheckpoint() {
    return this.#audit.latestCheckpoint();
  }
  /** `now` as an ISO string: Dates cross RPC fine, but an explicit instant keeps purges replayable. */
  purgeOlderThan(days: number, now: string) {
    return this.#audit.purgeOlderThan(days, new Date(now));
  }
  subjectKeyGet(id: string) {
    return this.#audit.subjectKeys.get(id);
  }
  subjectKeyGetOrCreate(id: string, key: string) {
    return this.#audit.subjectKeys.getOrCreate(id, key);
  }
  subjectKeyDelete(id: string) {
    return this.#audit.subjectKeys.delete(id);
  }
  keyFindByHash(hash: string) {
    return this.#keys.findByHash(hash);
  }
  keyInsert(record: KeyRecord & { hash: string }) {
    return this.#keys.insert(record);
  }
  keyList() {
    return this.#keys.list();
  }
  keyRevoke(id: string, at: string) {
    return this.#keys.revoke(id, at);
  }
  keyCountActive() {
    return this.#keys.countActive();
  }
  /** Reviews are kept as key-value rows until the reviews migration (0020+) defines their table. */
  async reviewCreate(item: ReviewItem) {
    await this.ctx.storage.put(`review:${item.id}`, item);
  }
  async reviewList(): Promise<ReviewItem[]> {
    return [...(await this.ctx.storage.list<ReviewItem>({ prefix: 'review:' })).values()];
  }
}
