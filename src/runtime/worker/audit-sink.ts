import { auditEventSchema, type AuditEvent } from '../../core/audit/event.ts';
import type { AuditStore } from '../../core/audit/store.ts';
import type { AuditWriter } from '../../core/deps.ts';

export interface WaitUntilAuditOptions {
  /** `waitUntil` from cloudflare:workers: keeps the isolate alive for the write after the response. */
  waitUntil: (promise: Promise<unknown>) => void;
  /** Attempts per batch within one waitUntil (default 4, back-off from 50 ms). */
  attempts?: number;
  baseDelayMs?: number;
  /** Store failures; the error never carries event content. */
  onError?: (err: unknown) => void;
}

export interface WaitUntilAuditWriter extends AuditWriter {
  /** Resolves when every event recorded so far has been written or given up on for now. */
  settled(): Promise<void>;
  readonly backlog: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The Worker's audit writer. `record()` validates, then appends under `waitUntil`: the write
 * never delays the response and is not cancelled when the response ends. Each request writes in
 * its own context (workerd forbids sharing I/O between requests), so there is no cross-request
 * batching. A write that still fails after its retries is kept and `healthy()` turns false: the
 * pipeline refuses new requests (fail closed), and each refusal's own audit event carries the
 * kept events along, so the backlog drains as soon as the store is back.
 */
export function createWaitUntilAuditWriter(store: AuditStore, opts: WaitUntilAuditOptions): WaitUntilAuditWriter {
  const attempts = opts.attempts ?? 4;
  const baseDelayMs = opts.baseDelayMs ?? 50;
  const kept: AuditEvent[] = [];
  const pending = new Set<Promise<void>>();
  let failing = false;

  const write = async (batch: AuditEvent[]) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await store.append(batch);
        failing = false;
        return;
      } catch (err) {
        opts.onError?.(err);
        if (attempt >= attempts) {
          kept.unshift(...batch);
          failing = true;
          return;
        }
        await sleep(baseDelayMs * 2 ** (attempt - 1));
      }
    }
  };

  return {
    get backlog() {
      return kept.length;
    },
    healthy: () => !failing,
    record(event) {
      const parsed = auditEventSchema.parse(event);
      const batch = [...kept.splice(0, kept.length), parsed];
      const p = write(batch).finally(() => pending.delete(p));
      pending.add(p);
      opts.waitUntil(p);
    },
    settled: async () => void (await Promise.all([...pending])),
  };
}
