import { canonicalJson } from '../../../core/audit/canonical.ts';
import { buildAuditWhere } from '../../../core/audit/sql-filter.ts';
import { hasRedactions, sealEvents, type AuditRecord, type ChainHead } from '../../../core/audit/chain.ts';
import { editedFilterColumns, type FilterColumns } from '../../../core/audit/filter-columns.ts';
import type { AuditEvent } from '../../../core/audit/event.ts';
import { purgeEvent } from '../../../core/audit/purge-event.ts';
import { encodeCursor, pageLimit, retentionCutoff } from '../../../core/audit/store.ts';
import type { AuditCheckpoint, AuditPage, AuditQuery, AuditStore, RawAuditRecord, SubjectKeyStore } from '../../../core/audit/store.ts';
import { all, first, run, type Row, type SqlDatabase } from './sql.ts';

/**
 * AuditStore over a Durable Object's SQLite (same tables as node:sqlite, migrations/0001).
 * Only the one PledgeStore instance writes, so a promise tail is enough to keep appends serial:
 * hashing awaits Web Crypto, and a Durable Object's input gate does not cover that await.
 */
export function createSqlAuditStore(db: SqlDatabase): AuditStore & Required<Pick<AuditStore, 'columnMismatches'>> {
  let tail: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = tail.then(task, task);
    tail = next.catch(() => undefined);
    return next;
  };
  const readCheckpoint = (): AuditCheckpoint | undefined => {
    const row = first(db, 'SELECT seq, hash, created_at FROM audit_checkpoints ORDER BY seq DESC LIMIT 1');
    return row && { seq: Number(row.seq), hash: String(row.hash), created_at: String(row.created_at) };
  };
  const readHead = (): ChainHead | undefined => {
    const row = first(db, 'SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1');
    if (row) return { seq: Number(row.seq), hash: String(row.hash) };
    const cp = readCheckpoint();
    return cp && { seq: cp.seq, hash: cp.hash };
  };
  const insert = (records: readonly AuditRecord[]) => {
    for (const { seq, event: e, prev_hash, hash } of records) {
      db.sql.exec(
        `INSERT INTO audit_events (seq, ts, kind, tenant, provider, user_pseudonym, redacted, event, prev_hash, hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        seq, e.ts, e.kind, e.tenant, e.provider ?? null, e.user ?? null, hasRedactions(e) ? 1 : 0, canonicalJson(e), prev_hash, hash,
      );
    }
  };

  /** The chain's last records when they are exactly `events` (same ids, same order); else undefined. */
  const recordsAtTail = (events: readonly AuditEvent[]): AuditRecord[] | undefined => {
    const rows = all(db, 'SELECT seq, event, prev_hash, hash FROM audit_events ORDER BY seq DESC LIMIT ?', events.length).reverse();
    if (rows.length < events.length) return undefined;
    const records = rows.map((r) => ({ seq: Number(r.seq), event: JSON.parse(String(r.event)) as AuditEvent, prev_hash: String(r.prev_hash), hash: String(r.hash) }));
    return records.every((r, i) => r.event.id === events[i]!.id) ? records : undefined;
  };

  return {
    subjectKeys: createSqlSubjectKeyStore(db),
    append: (events) =>
      serial(async () => {
        if (events.length === 0) return [];
        // A retry of a batch already committed (its reply was lost on the way back from this
        // object): the records as stored, not the events a second time.
        const already = recordsAtTail(events);
        if (already !== undefined) return already;
        const records = await sealEvents(readHead(), events);
        db.transactionSync(() => insert(records));
        return records;
      }),
    async list(query: AuditQuery = {}): Promise<AuditPage> {
      const limit = pageLimit(query.limit);
      const { where, params } = buildAuditWhere(query);
      const rows = all(db, `SELECT seq, event, prev_hash, hash FROM audit_events ${where} ORDER BY seq ${query.order === 'desc' ? 'DESC' : 'ASC'} LIMIT ?`, ...params, limit + 1);
      const records = rows.slice(0, limit).map((r) => ({ seq: Number(r.seq), event: JSON.parse(String(r.event)) as AuditEvent, prev_hash: String(r.prev_hash), hash: String(r.hash) }));
      return rows.length > limit ? { records, next_cursor: encodeCursor(records.at(-1)!.seq) } : { records };
    },
    async *scan(pageSize = 500): AsyncGenerator<RawAuditRecord> {
      let after = 0;
      for (;;) {
        const rows = scanPage(db, after, pageSize);
        yield* rows;
        if (rows.length < pageSize) return;
        after = rows.at(-1)!.seq;
      }
    },
    async columnMismatches(max = 10) {
      const out: { seq: number; columns: string[] }[] = [];
      let after = 0;
      for (;;) {
        const rows = all(db, 'SELECT seq, ts, kind, tenant, provider, user_pseudonym, redacted, event FROM audit_events WHERE seq > ? ORDER BY seq LIMIT 1000', after);
        for (const r of rows) {
          const columns = editedFilterColumns(r as unknown as FilterColumns, String(r.event)) ?? [];
          if (columns.length > 0 && out.push({ seq: Number(r.seq), columns }) >= max) return out;
        }
        if (rows.length < 1000) return out;
        after = Number(rows.at(-1)!.seq);
      }
    },
    head: async () => readHead(),
    latestCheckpoint: async () => readCheckpoint(),
    purgeOlderThan: (days, now = new Date()) =>
      serial(async () => {
        const cutoff = retentionCutoff(days, now);
        // Only a prefix may go: everything before the first record still in retention.
        const keep = first(db, 'SELECT MIN(seq) AS seq FROM audit_events WHERE ts >= ?', cutoff);
        const bound = keep?.seq == null ? Number.MAX_SAFE_INTEGER : Number(keep.seq);
        const last = first(db, 'SELECT seq, hash FROM audit_events WHERE seq < ? ORDER BY seq DESC LIMIT 1', bound);
        if (!last) return { purged: 0 };
        const checkpoint: AuditCheckpoint = { seq: Number(last.seq), hash: String(last.hash), created_at: now.toISOString() };
        const records = await sealEvents(readHead(), [purgeEvent(checkpoint)]);
        const purged = db.transactionSync(() => {
          insert(records);
          run(db, 'INSERT INTO audit_checkpoints (seq, hash, created_at) VALUES (?, ?, ?)', checkpoint.seq, checkpoint.hash, checkpoint.created_at);
          return run(db, 'DELETE FROM audit_events WHERE seq <= ?', checkpoint.seq);
        });
        return { purged, checkpoint };
      }),
    async close() {
      await tail;
    },
  };
}

/** One page of the chain as stored (unparsed), for `verifyChain` and the store client's scan. */
export function scanPage(db: SqlDatabase, after: number, pageSize: number): RawAuditRecord[] {
  return all(db, 'SELECT seq, event, prev_hash, hash FROM audit_events WHERE seq > ? ORDER BY seq LIMIT ?', after, pageSize).map((r) => ({
    seq: Number(r.seq), event_json: String(r.event), prev_hash: String(r.prev_hash), hash: String(r.hash),
  }));
}

export function createSqlSubjectKeyStore(db: SqlDatabase): SubjectKeyStore {
  const get = (id: string) => {
    const row = first(db, 'SELECT key FROM subject_keys WHERE id = ?', id);
    return row ? String(row.key) : undefined;
  };
  return {
    get: async (id) => get(id),
    async getOrCreate(id, key) {
      db.sql.exec('INSERT OR IGNORE INTO subject_keys (id, key, created_at) VALUES (?, ?, ?)', id, key, new Date().toISOString());
      return get(id) ?? key;
    },
    delete: async (id) => run(db, 'DELETE FROM subject_keys WHERE id = ?', id) > 0,
  };
}


export type { Row };
