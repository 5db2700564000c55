import { parseAuditEvent } from './event.ts';
import type { AuditEvent, AuditSink } from './event.ts';

/** Thrown by `record()` when the writer cannot accept an event; the request must be refused. */
export class AuditUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuditUnavailableError';
  }
}

export interface AuditWriterOptions {
  /** Longest an event waits before its batch is written (default 25 ms). */
  flushIntervalMs?: number;
  /** Events per store append (default 200). A full batch is written at once. */
  maxBatch?: number;
  /** At this backlog `healthy()` turns false and the pipeline must refuse new requests (default 5000). */
  maxBacklog?: number;
  /** At this backlog `record()` throws (default 2 × maxBacklog): headroom for requests already in flight. */
  hardLimit?: number;
  /** Retry back-off cap while the store fails (default 2000 ms). */
  retryMaxMs?: number;
  /**
   * Once appends have failed without a success for this long, `healthy()` turns false whatever the
   * backlog (default 2000 ms): a store that is down refuses traffic within seconds, also when traffic
   * is too light to fill the queue. Shorter failures (a busy lock) are retried without refusing.
   */
  failClosedAfterMs?: number;
  now?: () => number;
  /** Store failures (the error comes from the store, never from event content). */
  onError?: (err: unknown) => void;
}

export interface AuditWriterStatus {
  backlog: number;
  healthy: boolean;
  failing: boolean;
  written: number;
}

export interface AuditWriter extends AuditSink {
  /** Events accepted but not yet committed (queued plus the batch being written). */
  readonly backlog: number;
  /** False once the backlog reaches `maxBacklog`, or the store has failed for `failClosedAfterMs`: refuse new requests. */
  healthy(): boolean;
  status(): AuditWriterStatus;
  /** Writes everything queued now; resolves when committed, rejects after `timeoutMs`. */
  drain(timeoutMs?: number): Promise<void>;
  /** Drain, then refuse further events (graceful shutdown). */
  close(timeoutMs?: number): Promise<void>;
}

const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms) as unknown as { unref?: () => void };
    t.unref?.();
  });

/**
 * Where the writer appends. `appendJson`, when the target has it, takes the batch as each event's
 * JSON text (the Node append thread passes that on as one string); otherwise `append` gets the
 * events parsed back from that text.
 */
export interface AuditAppendTarget {
  append(events: readonly AuditEvent[]): Promise<unknown>;
  appendJson?(texts: readonly string[]): Promise<unknown>;
}

/**
 * The write path: `record()` validates and enqueues synchronously (never awaits disk), one loop
 * writes batches in arrival order, so seq order = record order even under concurrency. A failed
 * batch stays at the head of the queue and is retried with back-off; nothing is dropped.
 */
export function createAuditWriter(store: AuditAppendTarget, opts: AuditWriterOptions = {}): AuditWriter {
  const flushIntervalMs = opts.flushIntervalMs ?? 25;
  const maxBatch = opts.maxBatch ?? 200;
  const maxBacklog = opts.maxBacklog ?? 5000;
  const hardLimit = opts.hardLimit ?? maxBacklog * 2;
  const retryMaxMs = opts.retryMaxMs ?? 2000;
  const failClosedAfterMs = opts.failClosedAfterMs ?? 2000;
  const now = opts.now ?? Date.now;
  /** When the current run of failed appends began; undefined while appends succeed. */
  let failingSince: number | undefined;
  /**
   * Each event as its JSON text, taken when it was recorded: a snapshot (the caller's objects may
   * change later) that costs the one serialisation the batch needed anyway, and one string per
   * event held until the flush instead of its objects.
   */
  const queue: string[] = [];
  const append = store.appendJson
    ? (batch: string[]) => store.appendJson!(batch)
    : (batch: string[]) => store.append(batch.map((text) => JSON.parse(text) as AuditEvent));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let loop: Promise<void> | undefined;
  let failing = false;
  let closed = false;
  let written = 0;

  const writeLoop = async () => {
    let delay = Math.max(1, flushIntervalMs);
    while (queue.length > 0) {
      const batch = queue.slice(0, maxBatch);
      try {
        await append(batch);
        queue.splice(0, batch.length);
        written += batch.length;
        failing = false;
        failingSince = undefined;
        delay = Math.max(1, flushIntervalMs);
        // What came in meanwhile waits for the next flush (or fills a batch): under load, one
        // transaction and one fsync per interval instead of one per store round trip.
        if (queue.length < maxBatch) break;
      } catch (err) {
        failing = true;
        failingSince ??= now();
        opts.onError?.(err);
        await sleep(delay);
        delay = Math.min(delay * 2, retryMaxMs);
      }
    }
  };
  const startLoop = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    loop ??= writeLoop().finally(() => {
      loop = undefined;
      if (queue.length > 0) schedule();
    });
    return loop;
  };
  const schedule = () => {
    if (loop) return; // the running loop picks up new events
    if (queue.length >= maxBatch) void startLoop();
    else if (timer === undefined) {
      timer = setTimeout(startLoop, flushIntervalMs);
      (timer as unknown as { unref?: () => void }).unref?.();
    }
  };

  const writer: AuditWriter = {
    get backlog() {
      return queue.length;
    },
    healthy: () => !closed && queue.length < maxBacklog && (failingSince === undefined || now() - failingSince < failClosedAfterMs),
    status: () => ({ backlog: queue.length, healthy: writer.healthy(), failing, written }),
    record(event) {
      if (closed) throw new AuditUnavailableError('audit writer is closed');
      if (queue.length >= hardLimit) throw new AuditUnavailableError('audit queue is full');
      // One check against the allowlist (no copy), then the snapshot.
      queue.push(JSON.stringify(parseAuditEvent(event)));
      schedule();
    },
    async drain(timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (queue.length > 0) {
        const remaining = deadline - Date.now();
        if (remaining <= 0) throw new AuditUnavailableError(`audit drain timed out with ${queue.length} events unwritten`);
        await Promise.race([startLoop(), sleep(remaining)]);
      }
    },
    async close(timeoutMs) {
      closed = true;
      await writer.drain(timeoutMs);
    },
  };
  return writer;
}
