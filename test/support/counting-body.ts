/**
 * A request body of `chunks` × 64 KiB that counts how many chunks the sender pulled, for tests of
 * oversized bodies (Web streams only: runs in Node and in workerd).
 */
export function countingBody(chunks: number): { stream: ReadableStream<Uint8Array>; state: { pulled: number } } {
  const state = { pulled: 0 };
  const chunk = new TextEncoder().encode(`{"pad":"${'x'.repeat(65_536 - 10)}",`.slice(0, 65_536));
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled >= chunks) return controller.close();
      state.pulled += 1;
      controller.enqueue(chunk);
    },
  }, { highWaterMark: 0 });
  return { stream, state };
}
