import { ServerResponse } from 'node:http';

/**
 * How long a streamed response's status line and headers may wait for its first body bytes.
 * Upstreams usually send their first event with their headers; the client then gets both in one
 * write. When the first event is slow (a model thinking), the headers go out on their own after this.
 */
export const HEADER_COALESCE_MS = 25;

/**
 * A `ServerResponse` whose `flushHeaders()` waits briefly for the first body write.
 *
 * `@hono/node-server` flushes the headers of every streamed response before it reads the body,
 * which costs one extra socket write (and, on the client, one extra wake-up) ahead of the first
 * event. Node sends pending headers together with the first write anyway, so deferring the flush
 * puts headers and the first event in one packet, and time to first token drops by that write.
 */
export class CoalescingServerResponse extends ServerResponse {
  #flushTimer: ReturnType<typeof setTimeout> | undefined;
  /** Whether a body write (which carries any pending headers with it) has happened. */
  #written = false;

  override flushHeaders(): void {
    if (this.#written || this.#flushTimer !== undefined) return;
    this.#flushTimer = setTimeout(() => {
      if (!this.#written && !this.destroyed && !this.writableEnded) super.flushHeaders();
    }, HEADER_COALESCE_MS);
  }

  // `headersSent` turns true at writeHead(), before anything is on the wire, so writes are tracked here.
  override write(...args: unknown[]): boolean {
    this.#written = true;
    return (super.write as (...a: unknown[]) => boolean).apply(this, args);
  }

  override end(...args: unknown[]): this {
    this.#written = true;
    return (super.end as (...a: unknown[]) => this).apply(this, args);
  }
}
