import { describe, expect, it } from 'vitest';
import type { UpstreamResponse } from './forward.ts';
import { readWholeAnswer, ResponseTooLarge } from './whole-answer.ts';

/** A web `Response` whose body comes in `chunks`, recording whether it was cancelled and how much was pulled. */
function response(chunks: string[], headers: Record<string, string> = {}) {
  const state = { cancelled: false, pulled: 0 };
  const enc = new TextEncoder();
  let i = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(c) {
      if (i === chunks.length) return c.close();
      state.pulled++;
      c.enqueue(enc.encode(chunks[i++]!));
    },
    cancel() {
      state.cancelled = true;
    },
  }, { highWaterMark: 0 });
  return { res: new Response(body, { headers }) as unknown as UpstreamResponse, state };
}

describe('readWholeAnswer', () => {
  it('reads an answer within the limit as Response.text() does (BOM dropped, invalid bytes replaced)', async () => {
    const { res } = response(['\ufeff{"a":', '"é"}']);
    expect(await readWholeAnswer(res, 100)).toBe('{"a":"é"}');
    const bad = new Response(new Uint8Array([0x7b, 0xff, 0x7d])) as unknown as UpstreamResponse;
    expect(await readWholeAnswer(bad, 100)).toBe('{\ufffd}');
  });

  it('refuses a declared length over the limit without reading the body', async () => {
    const { res, state } = response(['x'.repeat(50)], { 'content-length': '5000' });
    await expect(readWholeAnswer(res, 1000)).rejects.toBeInstanceOf(ResponseTooLarge);
    expect(state.pulled).toBe(0);
    expect(state.cancelled).toBe(true);
  });

  it('stops reading and cancels the body once it grows past the limit', async () => {
    const { res, state } = response(Array.from({ length: 100 }, () => 'y'.repeat(100)));
    const error = await readWholeAnswer(res, 1000).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLarge);
    expect((error as Error).message).toBe('The upstream answer exceeds 1000 bytes.');
    expect(state.pulled).toBe(11);
    expect(state.cancelled).toBe(true);
  });

  it('takes exactly the limit', async () => {
    const { res } = response(['z'.repeat(600), 'z'.repeat(400)]);
    expect(await readWholeAnswer(res, 1000)).toHaveLength(1000);
  });

  it('uses the runtime client’s own counting reader when there is one', async () => {
    let asked = -1;
    const res = { status: 200, ok: true, headers: new Headers(), body: null, text: async () => 'unbounded', textWithin: async (max: number) => ((asked = max), 'bounded') } satisfies UpstreamResponse;
    expect(await readWholeAnswer(res, 77)).toBe('bounded');
    expect(asked).toBe(77);
  });
});
