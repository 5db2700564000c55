import { describe, expect, it } from 'vitest';
import { sourceOf, toWebStream, type ByteRead, type ByteSource } from './byte-source.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('byte sources and web streams', () => {
  it('a web stream read as a source and back gives the same chunks, in order', async () => {
    const chunks = ['a', 'bc', 'def'];
    const web = new ReadableStream<Uint8Array>({ start(c) { for (const x of chunks) c.enqueue(bytes(x)); c.close(); } });
    const text = await new Response(toWebStream(sourceOf(web))).text();
    expect(text).toBe('abcdef');
  });

  it('a cancel while a read is in flight reaches the source, and the late read touches nothing', async () => {
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
    finish({ done: false, value: bytes('late') }); // must not enqueue into the cancelled stream
    await new Promise((r) => setTimeout(r, 5));
    expect(cancelled).toBe(1);
    expect(await pending).toEqual({ done: true, value: undefined });
  });
});
