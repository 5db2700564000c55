import { expect } from 'vitest';
import { toWebStream, type ByteRead, type ByteSource } from '../../src/core/pipeline/byte-source.ts';

/**
 * `toWebStream` over a source whose read is still in flight when the client cancels, then
 * finishes with `late`: the late read is dropped, the source cancelled once, and the pending read
 * ends. Shared by the Node and workerd suites.
 */
export async function lateReadAfterCancel(late: ByteRead | Error): Promise<void> {
  let finish!: (r: ByteRead) => void;
  let fail!: (e: Error) => void;
  let cancelled = 0;
  const source: ByteSource = {
    read: () => new Promise((resolve, reject) => {
      finish = resolve;
      fail = reject;
    }),
    cancel: async () => void cancelled++,
  };
  const reader = toWebStream(source).getReader();
  const pending = reader.read();
  await new Promise((r) => setTimeout(r, 5));
  await reader.cancel();
  // A read that fails once the client has left (the upstream body cancelled under it) is dropped
  // too: it must not surface as an unhandled rejection.
  if (late instanceof Error) fail(late);
  else finish(late);
  await new Promise((r) => setTimeout(r, 5));
  expect(cancelled).toBe(1);
  expect(await pending).toEqual({ done: true, value: undefined });
}
