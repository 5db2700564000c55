import { hasRedactions, sealEventsWithText } from './chain.ts';
import type { AuditEvent } from './event.ts';
import { purgeEvent } from './purge-event.ts';
import { decodeCursor, encodeCursor, pageLimit, retentionCutoff } from './store.ts';
import type { AuditCheckpoint, AuditFilter, AuditQuery, AuditRecord, AuditStore, RawAuditRecord, SubjectKeyStore } from './store.ts';

/** Mutable internals, exposed so tests can tamper with the chain. */
export interface MemoryAuditState {
  records: RawAuditRecord[];
  checkpoints: AuditCheckpoint[];
  subjectKeys: Map<string, string>;
}

export function matchesFilter(record: AuditRecord, filter: AuditFilter): boolean {
  const e = record.event;
  if (typeof filter.tenant === 'string' && e.tenant !== filter.tenant) return false;
  if (Array.isArray(filter.tenant) && !filter.tenant.includes(e.tenant)) return false;
  if (filter.provider !== undefined && e.provider !== filter.provider) return false;
  if (filter.user !== undefined && e.user !== filter.user) return false;
  if (filter.kind !== undefined && e.kind !== filter.kind) return false;
  if (filter.from !== undefined && e.ts < filter.from) return false;
  if (filter.to !== undefined && e.ts >= filter.to) return false;
  if (filter.has_redactions !== undefined && hasRedactions(e) !== filter.has_redactions) return false;
  return true;
}

function parseRecord(raw: RawAuditRecord): AuditRecord {
  return { seq: raw.seq, prev_hash: raw.prev_hash, hash: raw.hash, event: JSON.parse(raw.event_json) as AuditEvent };
}

export function createMemoryAuditStore(state: MemoryAuditState = { records: [], checkpoints: [], subjectKeys: new Map() }): AuditStore & { state: MemoryAuditState } {
  // Appends hash asynchronously; the tail promise keeps them strictly serial.
  let tail: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
  const head = () => {
    const last = state.records.at(-1);
    if (last) return { seq: last.seq, hash: last.hash };
    const cp = state.checkpoints.at(-1);
    return cp ? { seq: cp.seq, hash: cp.hash } : undefined;
  };
  const appendNow = async (events: readonly AuditEvent[]) => {
    const { records, texts } = await sealEventsWithText(head(), events);
    records.forEach((r, i) => state.records.push({ seq: r.seq, event_json: texts[i]!, prev_hash: r.prev_hash, hash: r.hash }));
    return records;
  };

  const subjectKeys: SubjectKeyStore = {
    get: async (id) => state.subjectKeys.get(id),
    getOrCreate: async (id, key) => {
      const existing = state.subjectKeys.get(id);
      if (existing !== undefined) return existing;
      state.subjectKeys.set(id, key);
      return key;
    },
    delete: async (id) => state.subjectKeys.delete(id),
  };

  return {
    state,
    subjectKeys,
    append: (events) => serial(() => appendNow(events)),
    async list(query: AuditQuery = {}) {
      const limit = pageLimit(query.limit);
      const after = decodeCursor(query.cursor);
      const desc = query.order === 'desc';
      const ordered = desc ? [...state.records].reverse() : state.records;
      const records: AuditRecord[] = [];
      for (const raw of ordered) {
        if (after !== undefined && (desc ? raw.seq >= after : raw.seq <= after)) continue;
        const record = parseRecord(raw);
        if (!matchesFilter(record, query)) continue;
        if (records.length === limit) return { records, next_cursor: encodeCursor(records[records.length - 1]!.seq) };
        records.push(record);
      }
      return { records };
    },
    async *scan(pageSize = 500) {
      let index = 0;
      while (index < state.records.length) {
        const page = state.records.slice(index, index + pageSize);
        index += page.length;
        yield* page.map((r) => ({ ...r }));
      }
    },
    head: async () => head(),
    latestCheckpoint: async () => state.checkpoints.at(-1),
    purgeOlderThan: (days, now = new Date()) =>
      serial(async () => {
        const cutoff = retentionCutoff(days, now);
        let count = 0;
        while (count < state.records.length && parseRecord(state.records[count]!).event.ts < cutoff) count += 1;
        if (count === 0) return { purged: 0 };
        const last = state.records[count - 1]!;
        const checkpoint: AuditCheckpoint = { seq: last.seq, hash: last.hash, created_at: now.toISOString() };
        await appendNow([purgeEvent(checkpoint)]);
        state.records.splice(0, count);
        state.checkpoints.push(checkpoint);
        return { purged: count, checkpoint };
      }),
    close: async () => undefined,
  };
}
