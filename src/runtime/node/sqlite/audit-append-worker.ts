/**
 * Worker-thread entry: owns one database connection and appends audit batches to the chain.
 * Messages: `{ id, texts }` (the batch, one JSON text per event) → `{ id, ok: true }` or `{ id, ok: false, error }` (the error's name
 * and SQLite's message: never event content); `{ close: true }` closes the database and exits.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { AuditEvent } from '../../../core/audit/event.ts';
import { openSqliteAuditStore } from './audit-store.ts';
import { batchAlreadyAtTail } from './audit-tail.ts';

type Message = { id: number; texts: string[] } | { close: true };

const port = parentPort!;
const store = await openSqliteAuditStore((workerData as { file: string }).file, { migrate: false });
// The first batch a new thread gets may be a retry of one its predecessor committed but never
// acknowledged (it died in between): then it is already at the chain's tail.
let first = true;
port.on('message', (m: Message) => {
  if ('close' in m) {
    void store.close().then(() => process.exit(0));
    return;
  }
  const events = m.texts.map((text) => JSON.parse(text) as AuditEvent);
  if (first) {
    first = false;
    if (batchAlreadyAtTail(store.db, events)) {
      port.postMessage({ id: m.id, ok: true });
      return;
    }
  }
  store.append(events).then(
    () => port.postMessage({ id: m.id, ok: true }),
    (err: unknown) => port.postMessage({ id: m.id, ok: false, error: err instanceof Error ? `${err.name}: ${err.message}` : 'unknown' }),
  );
});
port.postMessage({ ready: true });
