import type { DatabaseSync } from 'node:sqlite';
import { buildAuditWhere } from '../../../core/audit/sql-filter.ts';
import { hasRedactions, sealEventsWithText } from '../../../core/audit/chain.ts';
import { editedFilterColumns, type FilterColumns } from '../../../core/audit/filter-columns.ts';
import type { AuditRecord, ChainHead, HashText } from '../../../core/audit/chain.ts';
import type { AuditEvent } from '../../../core/audit/event.ts';
import { purgeEvent } from '../../../core/audit/purge-event.ts';
import { encodeCursor, pageLimit, retentionCutoff } from '../../../core/audit/store.ts';
import type { AuditCheckpoint, AuditQuery, AuditStore, RawAuditRecord } from '../../../core/audit/store.ts';
import { sha256HexSync } from '../hash.ts';
import { inTransaction, openDatabase } from './db.ts';
import type { OpenDatabaseOptions } from './db.ts';
import { createSqliteSubjectKeyStore } from './subject-key-store.ts';

const MAX_APPEND_ATTEMPTS = 20;

/** Opens the database at `file` (WAL, migrations applied) and returns the audit store on it. */
export async function openSqliteAuditStore(file: string, opts: OpenDatabaseOptions = {}): Promise<AuditStore & { db: DatabaseSync }> {
  const db = await openDatabase(file, opts);
  return createSqliteAuditStore(db, { closeDb: true });
}

export interface SqliteAuditStoreOptions {
  /** Close the database in `close()` (true when the store opened it). */
  closeDb?: boolean;
  /** Defaults to node:crypto's synchronous SHA-256 (identical output to Web Crypto). */
  hash?: HashText;
}

export function createSqliteAuditStore(db: DatabaseSync, opts: SqliteAuditStoreOptions = {}): AuditStore & { db: DatabaseSync } {
  const hash = opts.hash ?? sha256HexSync;
  const insert = db.prepare(
    `INSERT INTO audit_events (seq, ts, kind, tenant, provider, user_pseudonym, redacted, event, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const lastRecord = db.prepare('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1');
  const lastCheckpoint = db.prepare('SELECT seq, hash, created_at FROM audit_checkpoints ORDER BY seq DESC LIMIT 1');
  const scanPage = db.prepare('SELECT seq, event, prev_hash, hash FROM audit_events WHERE seq > ? ORDER BY seq LIMIT ?');

  const readCheckpoint = (): AuditCheckpoint | undefined => {
    const row = lastCheckpoint.get();
    return row ? { seq: Number(row.seq), hash: String(row.hash), created_at: String(row.created_at) } : undefined;
  };
  const readHead = (): ChainHead | undefined => {
    const row = lastRecord.get();
    if (row) return { seq: Number(row.seq), hash: String(row.hash) };
    const cp = readCheckpoint();
    return cp ? { seq: cp.seq, hash: cp.hash } : undefined;
  };
  /** `texts[i]` is records[i]'s canonical JSON (computed once, with its hash). */
  const insertRecords = (records: AuditRecord[], texts: readonly string[]) => {
    for (let i = 0; i < records.length; i++) {
      const r = records[i]!;
      const e = r.event;
      insert.run(r.seq, e.ts, e.kind, e.tenant, e.provider ?? null, e.user ?? null, hasRedactions(e) ? 1 : 0, texts[i]!, r.prev_hash, r.hash);
    }
  };

  // In-process appends are serialised by this promise tail. Across processes (CLI + server),
  // hashes are computed outside the write lock and the insert retries if the head moved.
  let tail: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
  const appendAfterHead = async <T>(events: () => AuditEvent[], write: (records: AuditRecord[]) => T): Promise<{ records: AuditRecord[]; result: T }> => {
    for (let attempt = 0; attempt < MAX_APPEND_ATTEMPTS; attempt += 1) {
      const head = readHead();
      const { records, texts } = await sealEventsWithText(head, events(), hash);
      const written = inTransaction(db, () => {
        const now = readHead();
        if (now?.seq !== head?.seq || now?.hash !== head?.hash) return undefined;
        insertRecords(records, texts);
        return { value: write(records) };
      });
      if (written) return { records, result: written.value };
    }
    throw new Error('audit append: chain head kept moving (too much cross-process contention)');
  };

  return {
    db,
    subjectKeys: createSqliteSubjectKeyStore(db),
    append: (events) => serial(async () => (events.length === 0 ? [] : (await appendAfterHead(() => [...events], () => undefined)).records)),
    async list(query: AuditQuery = {}) {
      const limit = pageLimit(query.limit);
      const { where, params } = buildAuditWhere(query);
      const dir = query.order === 'desc' ? 'DESC' : 'ASC';
      const rows = db
        .prepare(`SELECT seq, event, prev_hash, hash FROM audit_events ${where} ORDER BY seq ${dir} LIMIT ?`)
        .all(...params, limit + 1);
      const records = rows.slice(0, limit).map((row) => ({
        seq: Number(row.seq),
        event: parseStoredEvent(Number(row.seq), String(row.event)),
        prev_hash: String(row.prev_hash),
        hash: String(row.hash),
      }));
      return rows.length > limit ? { records, next_cursor: encodeCursor(records[records.length - 1]!.seq) } : { records };
    },
    async *scan(pageSize = 500): AsyncGenerator<RawAuditRecord> {
      let after = 0;
      for (;;) {
        const rows = scanPage.all(after, pageSize);
        for (const row of rows) {
          yield { seq: Number(row.seq), event_json: String(row.event), prev_hash: String(row.prev_hash), hash: String(row.hash) };
        }
        if (rows.length < pageSize) return;
        after = Number(rows[rows.length - 1]!.seq);
      }
    },
    head: async () => readHead(),
    latestCheckpoint: async () => readCheckpoint(),
    columnMismatches: async (max) => columnMismatches(db, max),
    purgeOlderThan: (days, now = new Date()) =>
      serial(async () => {
        const cutoff = retentionCutoff(days, now);
        // Only a prefix may go: everything before the first record still in retention.
        const keep = db.prepare('SELECT MIN(seq) AS seq FROM audit_events WHERE ts >= ?').get(cutoff);
        const bound = keep?.seq == null ? Number.MAX_SAFE_INTEGER : Number(keep.seq);
        const last = db.prepare('SELECT seq, hash FROM audit_events WHERE seq < ? ORDER BY seq DESC LIMIT 1').get(bound);
        if (!last) return { purged: 0 };
        const checkpoint: AuditCheckpoint = { seq: Number(last.seq), hash: String(last.hash), created_at: now.toISOString() };
        const event = purgeEvent(checkpoint);
        const { result } = await appendAfterHead(
          () => [event],
          () => {
            db.prepare('INSERT INTO audit_checkpoints (seq, hash, created_at) VALUES (?, ?, ?)').run(checkpoint.seq, checkpoint.hash, checkpoint.created_at);
            return Number(db.prepare('DELETE FROM audit_events WHERE seq <= ?').run(checkpoint.seq).changes);
          },
        );
        return { purged: result, checkpoint };
      }),
    async close() {
      await tail;
      if (opts.closeDb && db.isOpen) db.close();
    },
  };
}


/**
 * Rows whose filter columns (ts, kind, tenant, provider, user, redacted) differ from the event they
 * copy. The chain hashes only the event, but exports, subject lookups, tenant views and purges
 * select by these columns, so an edited column could hide an event from them: verify reports it.
 *
 * The columns are compared with the event as `JSON.parse` reads it, which is what the hash covers:
 * SQLite's json_extract takes the first of two equal keys and JSON.parse the last, so a duplicate
 * key added to the stored text could make an edited column match it while the hash still held.
 */
export function columnMismatches(db: DatabaseSync, max = 10): { seq: number; columns: string[] }[] {
  const out: { seq: number; columns: string[] }[] = [];
  const page = db.prepare('SELECT seq, ts, kind, tenant, provider, user_pseudonym, redacted, event FROM audit_events WHERE seq > ? ORDER BY seq LIMIT 1000');
  let after = 0;
  for (;;) {
    const rows = page.all(after) as Record<string, string | number | null>[];
    for (const r of rows) {
      // A damaged event (not JSON) is left to verifyChain.
      const columns = editedFilterColumns(r as unknown as FilterColumns, String(r.event)) ?? [];
      if (columns.length > 0) {
        out.push({ seq: Number(r.seq), columns });
        if (out.length >= max) return out;
      }
    }
    if (rows.length < 1000) return out;
    after = Number(rows[rows.length - 1]!.seq);
  }
}

/** A stored event; a damaged row is named by its seq (never its content), pointing to `pledge audit verify`. */
function parseStoredEvent(seq: number, text: string): AuditEvent {
  try {
    return JSON.parse(text) as AuditEvent;
  } catch {
    throw new Error(`the audit event at seq ${seq} is damaged (not valid JSON); run \`pledge audit verify\``);
  }
}
