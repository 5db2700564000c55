import type { ByteRead, ByteSource } from '../../../core/pipeline/byte-source.ts';
import { ResponseTooLarge } from '../../../core/pipeline/whole-answer.ts';

const DONE: ByteRead = { done: true };

/**
 * A response body between the socket and its one reader: a byte source (read as the consumer
 * asks, for event streams) or one string (`text()`, for whole answers).
 *
 * Backpressure: while more than `highWaterMark` bytes wait unread, `pause` is called (the socket
 * stops reading, so TCP slows the upstream); `resume` once the reader has caught up. A reader of
 * the whole text takes everything as it comes.
 */
export class BodyQueue implements ByteSource {
  #chunks: Buffer[] = [];
  #bytes = 0;
  #ended = false;
  #error: Error | undefined;
  #paused = false;
  #wholeText = false;
  /** What `text(maxBytes)` allows to be buffered. */
  #maxText = Infinity;
  #waiting: { resolve: (r: ByteRead) => void; reject: (e: Error) => void } | undefined;
  #textDone: { resolve: (s: string) => void; reject: (e: Error) => void } | undefined;
  readonly #flow: { pause(): void; resume(): void; cancel(): void };
  readonly #highWaterMark: number;

  constructor(flow: { pause(): void; resume(): void; cancel(): void }, highWaterMark = 64 * 1024) {
    this.#flow = flow;
    this.#highWaterMark = highWaterMark;
  }

  push(chunk: Buffer): void {
    if (this.#ended || this.#error || chunk.length === 0) return;
    const waiting = this.#waiting;
    if (waiting) {
      this.#waiting = undefined;
      waiting.resolve({ done: false, value: chunk });
      return;
    }
    this.#chunks.push(chunk);
    this.#bytes += chunk.length;
    if (this.#bytes > this.#maxText) {
      this.#tooLarge();
      return;
    }
    if (!this.#wholeText && !this.#paused && this.#bytes > this.#highWaterMark) {
      this.#paused = true;
      this.#flow.pause();
    }
  }

  end(): void {
    if (this.#ended || this.#error) return;
    this.#ended = true;
    if (this.#waiting && this.#chunks.length === 0) {
      const waiting = this.#waiting;
      this.#waiting = undefined;
      waiting.resolve(DONE);
    }
    if (this.#textDone) this.#settleText();
  }

  fail(error: Error): void {
    if (this.#ended || this.#error) return;
    this.#error = error;
    this.#chunks = [];
    this.#bytes = 0;
    const waiting = this.#waiting;
    this.#waiting = undefined;
    waiting?.reject(error);
    const text = this.#textDone;
    this.#textDone = undefined;
    text?.reject(error);
  }

  /** What has arrived since the last read, as one chunk (as a Node stream's `read()` gives it). */
  read(): Promise<ByteRead> {
    if (this.#chunks.length > 0) {
      const chunk = this.#chunks.length === 1 ? this.#chunks[0]! : Buffer.concat(this.#chunks, this.#bytes);
      this.#chunks = [];
      this.#bytes = 0;
      if (this.#paused) {
        this.#paused = false;
        this.#flow.resume();
      }
      return Promise.resolve({ done: false, value: chunk });
    }
    if (this.#error) return Promise.reject(this.#error);
    if (this.#ended) return Promise.resolve(DONE);
    return new Promise((resolve, reject) => (this.#waiting = { resolve, reject }));
  }

  async cancel(): Promise<void> {
    this.fail(new Error('the response body was cancelled'));
    this.#flow.cancel();
  }

  /**
   * The whole body as UTF-8 text, once it has all arrived. Past `maxBytes` it rejects with
   * ResponseTooLarge, drops what it holds and cancels the flow (the connection is not reused).
   */
  text(maxBytes = Infinity): Promise<string> {
    if (this.#error) return Promise.reject(this.#error);
    this.#wholeText = true;
    this.#maxText = maxBytes;
    // (Bytes may all have come before this call: a small body ends with its headers.)
    if (this.#bytes > maxBytes) return Promise.reject(this.#tooLarge());
    if (this.#paused) {
      this.#paused = false;
      this.#flow.resume();
    }
    return new Promise((resolve, reject) => {
      this.#textDone = { resolve, reject };
      if (this.#ended) this.#settleText();
    });
  }

  /** Drops what is buffered, releases the connection, and fails the body (if it had not ended yet). */
  #tooLarge(): ResponseTooLarge {
    const error = new ResponseTooLarge(this.#maxText);
    this.fail(error);
    this.#chunks = [];
    this.#bytes = 0;
    this.#flow.cancel();
    return error;
  }

  #settleText(): void {
    const done = this.#textDone!;
    this.#textDone = undefined;
    const chunks = this.#chunks;
    this.#chunks = [];
    this.#bytes = 0;
    done.resolve((chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString('utf8'));
  }
}
