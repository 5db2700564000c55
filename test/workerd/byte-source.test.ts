/**
 * `toWebStream` is the Workers response body of a streamed answer: a read that finishes after the
 * client left is dropped (the controller is not touched after a cancel), and the source is
 * cancelled once.
 */
import { describe, it } from 'vitest';
import type { ByteRead } from '../../src/core/pipeline/byte-source.ts';
import { lateReadAfterCancel } from '../support/late-read.ts';

describe('toWebStream in workerd', () => {
  it.each([
    ['a chunk', { done: false, value: new TextEncoder().encode('late') } as ByteRead],
    ['the end', { done: true } as ByteRead],
    ['a failure', new Error('Stream was cancelled.')],
  ])('a read that finishes with %s after a cancel is dropped, and the source is cancelled once', (_, late) => lateReadAfterCancel(late));
});
