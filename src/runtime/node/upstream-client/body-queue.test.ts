import { describe, expect, it } from 'vitest';
import { ResponseTooLarge } from '../../../core/pipeline/whole-answer.ts';
import { BodyQueue } from './body-queue.ts';

function queue() {
  const flow = { paused: 0, resumed: 0, cancelled: 0 };
  const q = new BodyQueue({ pause: () => void flow.paused++, resume: () => void flow.resumed++, cancel: () => void flow.cancelled++ }, 16);
  return { q, flow };
}

describe('BodyQueue.text(maxBytes)', () => {
  it('gives the whole body within the limit', async () => {
    const { q } = queue();
    q.push(Buffer.from('{"a":'));
    const text = q.text(100);
    q.push(Buffer.from('"é"}'));
    q.end();
    expect(await text).toBe('{"a":"é"}');
  });

  it('rejects once the body grows past the limit while it is read, and cancels the flow', async () => {
    const { q, flow } = queue();
    const text = q.text(10);
    q.push(Buffer.from('0123456789'));
    q.push(Buffer.from('x'));
    await expect(text).rejects.toBeInstanceOf(ResponseTooLarge);
    expect(flow.cancelled).toBe(1);
  });

  it('rejects a body over the limit that had all arrived before the call', async () => {
    const { q, flow } = queue();
    q.push(Buffer.from('x'.repeat(20)));
    q.end();
    const error = await q.text(10).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLarge);
    expect((error as Error).message).toContain('exceeds 10 bytes');
    expect(flow.cancelled).toBe(1);
  });
});
