import { Worker } from 'node:worker_threads';
import type { AuditEvent } from '../../../core/audit/event.ts';

export interface AuditAppendThread {
  /** Seals and commits the batch in the worker; resolves once it is durable (synchronous=FULL). */
  append(events: readonly AuditEvent[]): Promise<void>;
  /** The same, with each event already as its JSON text (what the audit writer queues). */
  appendJson(texts: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

type Reply = { ready: true } | { id: number; ok: true } | { id: number; ok: false; error: string };

/**
 * Audit appends on a worker thread with its own connection to the database file.
 *
 * `node:sqlite` is synchronous: on the main thread, every batch's COMMIT (an fsync, because the
 * chain must survive power loss) and the chain hashing stalled all requests in flight; it was
 * the largest single cost in the hot-path profile (docs/PROFILE.md). The worker is just another
 * writer on the file, like the CLI: the store already serialises appends across connections
 * (BEGIN IMMEDIATE, head re-read, retry). Queries stay on the main connection (WAL readers).
 *
 * If the worker dies, pending appends reject (the audit writer keeps them queued and retries)
 * and the next append starts a new worker.
 */
/**
 * The thread's script: beside this module when run from source (tsx, tests), or beside the bundle
 * that `npm start` builds (scripts/build-node.mjs writes dist/node/audit-append-worker.js).
 */
const WORKER_SCRIPT = new URL(import.meta.url.endsWith('.ts') ? './audit-append-worker.ts' : './audit-append-worker.js', import.meta.url);

export async function startAuditAppendThread(file: string): Promise<AuditAppendThread> {
  let nextId = 1;
  const pending = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();
  let current: Promise<Worker> | undefined;
  let closing = false;

  const spawn = (): Promise<Worker> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(WORKER_SCRIPT, { workerData: { file } });
      let ready = false;
      worker.on('message', (m: Reply) => {
        if ('ready' in m) {
          ready = true;
          resolve(worker);
          return;
        }
        const p = pending.get(m.id);
        if (!p) return;
        pending.delete(m.id);
        if (m.ok) p.resolve();
        else p.reject(new Error(`audit append failed: ${m.error}`));
      });
      const fail = (why: string) => {
        if (!ready) reject(new Error(`audit append thread: ${why}`));
        for (const p of pending.values()) p.reject(new Error(`audit append thread: ${why}`));
        pending.clear();
        current = undefined;
      };
      worker.on('error', (e) => fail(e.name));
      worker.on('exit', (code) => fail(`exited (${code})`));
    });

  const worker = () => (current ??= spawn());
  await worker();
  const send = async (texts: readonly string[]) => {
    if (closing) throw new Error('audit append thread is closed');
    const w = await worker();
    const id = nextId++;
    await new Promise<void>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      // An array of one JSON string per event: far cheaper to pass than a structured clone of the
      // events' objects, and than one joined string, which past ~100 KB (a batch of ~150
      // events) cost ~3 ms per postMessage on Node 24 (15 µs per event instead of 0.5).
      w.postMessage({ id, texts });
    });
  };
  return {
    async append(events) {
      if (closing) throw new Error('audit append thread is closed');
      if (events.length === 0) return;
      await send(events.map((e) => JSON.stringify(e)));
    },
    async appendJson(texts) {
      if (closing) throw new Error('audit append thread is closed');
      if (texts.length === 0) return;
      await send(texts);
    },
    async close() {
      closing = true;
      const w = await current?.catch(() => undefined);
      if (!w) return;
      await new Promise<void>((resolve) => {
        w.once('exit', () => resolve());
        w.postMessage({ close: true });
      });
    },
  };
}
