import { describe, expect, it } from 'vitest';
import { lateReadAfterCancel } from '../../../test/support/late-read.ts';
import { sourceOf, toWebStream, type ByteRead } from './byte-source.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('byte sources and web streams', () => {
  it('a web stream read as a source and back gives the same chunks, in order', async () => {
    const chunks = ['a', 'bc', 'def'];
    const web = new ReadableStream<Uint8Array>({ start(c) { for (const x of chunks) c.enqueue(bytes(x)); c.close(); } });
    const text = await new Response(toWebStream(sourceOf(web))).text();
    expect(text).toBe('abcdef');
  });

  it.each([
    ['a chunk', { done: false, value: bytes('late') } as ByteRead],
    ['the end', { done: true } as ByteRead],
    ['a failure', new Error('Stream was cancelled.')],
  ])('a read that finishes with %s after a cancel is dropped, and the source is cancelled once', (_, late) => lateReadAfterCancel(late));
});
