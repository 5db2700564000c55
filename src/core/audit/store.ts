import type { AuditRecord, ChainHead } from './chain.ts';
import type { AuditEvent } from './event.ts';

export type { AuditRecord, ChainHead } from './chain.ts';

/** Filters for the admin API and export. `from` inclusive, `to` exclusive, both ISO 8601 UTC. */
export interface AuditFilter {
  /** The tenant as events store it; a list matches any of them (a name and its pseudonym). */
  tenant?: string | readonly string[];
  provider?: string;
  /** Pseudonymous user (what the event stores), for data-subject access. */
  user?: string;
  kind?: AuditEvent['kind'];
  from?: string;
  to?: string;
  has_redactions?: boolean;
}

export interface AuditQuery extends AuditFilter {
  /** Opaque cursor from a previous page's `next_cursor`. */
  cursor?: string;
  /** Page size, 1..1000 (default 100). */
  limit?: number;
  order?: 'asc' | 'desc';
}

export interface AuditPage {
  records: AuditRecord[];
  next_cursor?: string;
}

/** A stored record as bytes-on-disk, for verification: the event text is not trusted or parsed yet. */
export interface RawAuditRecord {
  seq: number;
  event_json: string;
  prev_hash: string;
  hash: string;
}

/** Written by a purge: the last purged record, which the first remaining record links to. */
export interface AuditCheckpoint {
  seq: number;
  hash: string;
  created_at: string;
}

export interface PurgeResult {
  purged: number;
  checkpoint?: AuditCheckpoint;
}

/**
 * Per-subject random keys for erasable pseudonyms (see docs/AUDIT.md). `id` is
 * HMAC(PLEDGE_SECRET, raw subject id); the key never leaves the store except to the pseudonymizer.
 */
export interface SubjectKeyStore {
  get(id: string): Promise<string | undefined>;
  /** Inserts `key` unless a key exists for `id`; returns the key that is stored. */
  getOrCreate(id: string, key: string): Promise<string>;
  /** Removes the key; returns whether one existed. */
  delete(id: string): Promise<boolean>;
}

export interface AuditStore {
  /** Appends atomically, in order, after the current head. All or nothing. */
  append(events: readonly AuditEvent[]): Promise<AuditRecord[]>;
  list(query?: AuditQuery): Promise<AuditPage>;
  /** Every record in seq order, page by page (constant memory), unparsed, for `verifyChain`. */
  scan(pageSize?: number): AsyncIterable<RawAuditRecord>;
  head(): Promise<ChainHead | undefined>;
  /** The checkpoint the oldest remaining record links to, if anything was purged. */
  latestCheckpoint(): Promise<AuditCheckpoint | undefined>;
  /**
   * Deletes the oldest records whose `ts` is older than `days` before `now`. Only a prefix of the
   * chain is removed (it stops at the first record still in retention) and a checkpoint is
   * written in the same transaction, so `verifyChain` still passes.
   */
  purgeOlderThan(days: number, now?: Date): Promise<PurgeResult>;
  /**
   * Records whose filter columns (tenant, ts …, which the chain does not hash but lists, exports and
   * purges select by) differ from their hashed event. Stores without such columns leave it unset.
   */
  columnMismatches?(max?: number): Promise<{ seq: number; columns: string[] }[]>;
  subjectKeys: SubjectKeyStore;
  close(): Promise<void>;
}

export const DEFAULT_PAGE = 100;
export const MAX_PAGE = 1000;

export function pageLimit(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_PAGE;
  return Math.max(1, Math.min(MAX_PAGE, Math.trunc(limit)));
}

export function encodeCursor(seq: number): string {
  return String(seq);
}

export function decodeCursor(cursor: string | undefined): number | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  if (!/^\d{1,15}$/.test(cursor)) throw new RangeError('invalid cursor');
  return Number(cursor);
}

/** The cutoff instant for a retention of `days`. */
export function retentionCutoff(days: number, now: Date): string {
  if (!Number.isFinite(days) || days < 0) throw new RangeError('retention days must be >= 0');
  return new Date(now.getTime() - days * 86_400_000).toISOString();
}

/** Iterates every record matching `filter`, one page at a time. Constant memory. */
export async function* iterateRecords(store: AuditStore, filter: AuditFilter = {}, pageSize = 500): AsyncGenerator<AuditRecord> {
  let cursor: string | undefined;
  do {
    const page = await store.list({ ...filter, cursor, limit: pageSize, order: 'asc' });
    yield* page.records;
    cursor = page.next_cursor;
  } while (cursor !== undefined);
}
