/**
 * Worker-thread entry: owns one database connection and appends audit batches to the chain.
 * Messages: `{ id, json }` (the batch as a JSON array) → `{ id, ok: true }` or `{ id, ok: false, error }` (the error's name
 * and SQLite's message: never event content); `{ close: true }` closes the database and exits.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { AuditEvent } from '../../../core/audit/event.ts';
import { openSqliteAuditStore } from './audit-store.ts';

type Message = { id: number; json: string } | { close: true };

const port = parentPort!;
const store = await openSqliteAuditStore((workerData as { file: string }).file, { migrate: false });
port.on('message', (m: Message) => {
  if ('close' in m) {
    void store.close().then(() => process.exit(0));
    return;
  }
  store.append(JSON.parse(m.json) as AuditEvent[]).then(
    () => port.postMessage({ id: m.id, ok: true }),
    (err: unknown) => port.postMessage({ id: m.id, ok: false, error: err instanceof Error ? `${err.name}: ${err.message}` : 'unknown' }),
  );
});
port.postMessage({ ready: true });
