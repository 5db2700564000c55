import type { DatabaseSync } from 'node:sqlite';
import type { AuditEvent } from '../../../core/audit/event.ts';

/**
 * True when the chain already ends with exactly this batch (same event ids, same order).
 *
 * A batch is committed atomically, but its acknowledgement can be lost: the append thread may die
 * after COMMIT and before it replies. The writer then retries the batch on a new thread, which
 * checks this first, so the retry does not append the events a second time.
 */
export function batchAlreadyAtTail(db: DatabaseSync, events: readonly AuditEvent[]): boolean {
  if (events.length === 0) return false;
  const rows = db.prepare('SELECT event FROM audit_events ORDER BY seq DESC LIMIT ?').all(events.length) as { event: string }[];
  if (rows.length < events.length) return false;
  for (let i = 0; i < events.length; i++) {
    const stored = JSON.parse(rows[events.length - 1 - i]!.event) as { id?: unknown };
    if (stored.id !== events[i]!.id) return false;
  }
  return true;
}
