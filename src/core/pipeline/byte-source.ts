/**
 * A pull-based byte stream: the part of a web stream's reader the pipeline uses. Node hands its
 * upstream socket to the stream restorer, and the restorer's output to the client socket, as these,
 * without building a `ReadableStream` on either side (each costs ~10 µs to make and a few promise
 * hops per chunk, docs/PROFILE.md). Web runtimes adapt with `sourceOf` and `toWebStream`.
 *
 * Reads are made one at a time (the next after the last has settled).
 */
export type ByteRead = { done: false; value: Uint8Array } | { done: true; value?: undefined };

export interface ByteSource {
  read(): Promise<ByteRead>;
  /** The consumer has gone: stop, and release what is upstream. */
  cancel(reason?: unknown): Promise<void>;
}

/** The chunks as one array (the only chunk as it is); `total` is their length when the caller has it. */
export function concatBytes(chunks: readonly Uint8Array[], total = chunks.reduce((n, c) => n + c.byteLength, 0)): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const all = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    all.set(c, offset);
    offset += c.byteLength;
  }
  return all;
}

/**
 * Every byte of `source`, or `tooMuch()` thrown as soon as they pass `limit` (the source is
 * cancelled then, and nothing more is buffered).
 */
export async function readAllWithin(source: ByteSource, limit: number, tooMuch: () => Error): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const r = await source.read();
    if (r.done) break;
    total += r.value.byteLength;
    if (total > limit) {
      await source.cancel().catch(() => {});
      throw tooMuch();
    }
    chunks.push(r.value);
  }
  return concatBytes(chunks, total);
}

/** A web stream read as a byte source; a byte source as it is. */
export function sourceOf(stream: ReadableStream<Uint8Array> | ByteSource): ByteSource {
  if (!('getReader' in stream)) return stream;
  const reader = stream.getReader();
  return {
    read: () => reader.read() as Promise<ByteRead>,
    cancel: (reason) => reader.cancel(reason),
  };
}

/**
 * A byte source as a web stream (a Web `Response` body). It reads one chunk ahead of its consumer:
 * the first chunk is being produced while the response is on its way, and no more than one chunk
 * is ever buffered here.
 */
export function toWebStream(source: ByteSource): ReadableStream<Uint8Array> {
  // After a cancel, a read still in flight does not touch the controller (enqueue or close on a
  // cancelled stream is an error in the Streams spec's terms; runtimes differ in how they report it).
  let cancelled = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const r = await source.read();
        if (cancelled) return;
        if (r.done) controller.close();
        else controller.enqueue(r.value);
      },
      cancel: (reason) => {
        cancelled = true;
        return source.cancel(reason);
      },
    },
    { highWaterMark: 1 },
  );
}
