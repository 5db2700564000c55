/**
 * `toWebStream` is the Workers response body of a streamed answer: a read that finishes after the
 * client left is dropped (the controller is not touched after a cancel), and the source is
 * cancelled once.
 */
import { describe, expect, it } from 'vitest';
import { toWebStream, type ByteRead, type ByteSource } from '../../src/core/pipeline/byte-source.ts';

describe('toWebStream in workerd', () => {
  it.each([
    ['with a chunk', { done: false, value: new TextEncoder().encode('late') } as ByteRead],
    ['with the end', { done: true } as ByteRead],
  ])('a read that finishes %s after a cancel is dropped, and the source is cancelled once', async (_, late) => {
    let finish!: (r: ByteRead) => void;
    let cancelled = 0;
    const source: ByteSource = {
      read: () => new Promise((r) => (finish = r)),
      cancel: async () => void cancelled++,
    };
    const reader = toWebStream(source).getReader();
    const pending = reader.read();
    await new Promise((r) => setTimeout(r, 5));
    await reader.cancel();
    finish(late);
    await new Promise((r) => setTimeout(r, 5));
    expect(cancelled).toBe(1);
    expect(await pending).toEqual({ done: true, value: undefined });
  });
});
