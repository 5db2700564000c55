import { GENESIS_HASH, hashRecord } from './chain.ts';
import type { HashText } from './chain.ts';
import type { AuditCheckpoint, RawAuditRecord } from './store.ts';

export type ChainFault = 'edited' | 'deleted' | 'inserted' | 'reordered' | 'malformed';

export type VerifyResult =
  | { ok: true; count: number; first?: number; last?: { seq: number; hash: string }; checkpoint?: AuditCheckpoint }
  | { ok: false; seq: number; fault: ChainFault; detail: string; count: number };

type Source = AsyncIterable<RawAuditRecord> | Iterable<RawAuditRecord>;

/**
 * Walks the chain in seq order and names the first record that was edited, deleted, inserted or
 * reordered. Starts from GENESIS (seq 1), or from `checkpoint` after a purge. The fault kind is a
 * best guess from the local shape of the break; the seq is the first place the chain stops
 * holding. Appending a correctly chained record at the very end, or truncating the tail, cannot be
 * seen by any unkeyed hash chain: compare the reported head against one kept elsewhere.
 */
export async function verifyChain(records: Source, checkpoint?: AuditCheckpoint, opts: { hash?: HashText } = {}): Promise<VerifyResult> {
  let expectedSeq = checkpoint ? checkpoint.seq + 1 : 1;
  let prevHash = checkpoint ? checkpoint.hash : GENESIS_HASH;
  let prevPrevHash: string | undefined;
  let count = 0;
  let first: number | undefined;
  // A purge appends `audit.purge` with target "seq:hash" beside its checkpoint; a checkpoint the
  // chain does not mention was written by something other than a purge.
  const attestation = checkpoint ? `${checkpoint.seq}:${checkpoint.hash}` : undefined;
  let attested = false;
  const iterator = toAsyncIterator(records);
  let pending = await iterator.next();
  const fail = (seq: number, fault: ChainFault, detail: string): VerifyResult => ({ ok: false, seq, fault, detail, count });

  while (!pending.done) {
    const record = pending.value;
    pending = await iterator.next();
    if (record.seq > expectedSeq) return fail(expectedSeq, 'deleted', `seq ${expectedSeq} is missing (next present is ${record.seq})`);
    if (record.seq < expectedSeq) return fail(record.seq, 'reordered', `seq ${record.seq} appears after seq ${expectedSeq - 1}`);
    let event: unknown;
    try {
      event = JSON.parse(record.event_json);
    } catch {
      return fail(record.seq, 'malformed', 'event is not valid JSON');
    }
    const selfOk = (await hashRecord(record.prev_hash, record.seq, event, opts.hash)) === record.hash;
    const linkOk = record.prev_hash === prevHash;
    if (!selfOk && linkOk) return fail(record.seq, 'edited', 'hash does not match the stored event');
    if (selfOk && !linkOk) {
      if (count === 0) return fail(record.seq, 'deleted', 'first record does not link to genesis or the checkpoint');
      return fail(record.seq - 1, 'edited', `seq ${record.seq} commits to a different version of seq ${record.seq - 1}`);
    }
    if (!selfOk && !linkOk) {
      if (prevPrevHash !== undefined && record.prev_hash === prevPrevHash) {
        return fail(record.seq - 1, 'inserted', `seq ${record.seq - 1} is not the record seq ${record.seq} committed to`);
      }
      const next = pending.done ? undefined : pending.value;
      if (next && next.prev_hash === prevHash) return fail(record.seq, 'reordered', `seq ${record.seq} and ${next.seq} are out of order`);
      return fail(record.seq, 'deleted', `seq ${record.seq} links to a record that is no longer in the chain`);
    }
    if (attestation !== undefined && isPurgeOf(event, attestation)) attested = true;
    prevPrevHash = prevHash;
    prevHash = record.hash;
    first ??= record.seq;
    expectedSeq += 1;
    count += 1;
  }
  if (checkpoint && count > 0 && !attested) {
    return fail(checkpoint.seq, 'deleted', `records up to seq ${checkpoint.seq} are gone, but no audit.purge event in the chain records that checkpoint`);
  }
  const last = count > 0 ? { seq: expectedSeq - 1, hash: prevHash } : undefined;
  return { ok: true, count, first, last, checkpoint };
}

function isPurgeOf(event: unknown, target: string): boolean {
  if (typeof event !== 'object' || event === null) return false;
  const e = event as Record<string, unknown>;
  return e.kind === 'staff' && e.action === 'audit.purge' && e.target === target;
}

function toAsyncIterator(source: Source): AsyncIterator<RawAuditRecord> {
  if (Symbol.asyncIterator in source) return source[Symbol.asyncIterator]();
  const it = source[Symbol.iterator]();
  return { next: async () => it.next() };
}
