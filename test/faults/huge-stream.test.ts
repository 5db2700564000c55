/**
 * 100 MB streamed responses through the real Node runtime (child process): the client reads them
 * whole at full speed, every byte restored, and Pledge's resident memory stays flat (bounded
 * growth, measured from /proc, so only Linux runs the memory assertion).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockProvider, type MockProvider } from '../../mock/server.ts';
import { startChildPledge, type ChildPledge } from '../support/child-pledge.ts';

const EMAIL = 'huge.stream@example.org';
let mock: MockProvider;
let pledge: ChildPledge;

beforeAll(async () => {
  mock = await startMockProvider();
  const dir = mkdtempSync(path.join(tmpdir(), 'pledge-huge-'));
  pledge = await startChildPledge({
    PLEDGE_DB: path.join(dir, 'pledge.db'), PLEDGE_SECRET: 'huge-stream-secret-0123456789',
    PLEDGE_OPENAI_UPSTREAM: `${mock.url}/v1`,
  }, { keepOutput: false });
});
afterAll(async () => {
  await pledge?.stop();
  await mock?.close();
});

/** Streams `mock-huge-<mb>` through Pledge and returns the bytes of content received. */
async function stream(mb: number, onChunk?: () => void): Promise<{ bytes: number; tail: string }> {
  const res = await fetch(`${pledge.url}/openai/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk-huge' },
    body: JSON.stringify({ model: `mock-huge-${mb}`, stream: true, messages: [{ role: 'user', content: `to ${EMAIL}` }] }),
  });
  expect(res.status).toBe(200);
  const reader = res.body!.getReader();
  let bytes = 0;
  let tail = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    tail = (tail + Buffer.from(value).toString('latin1')).slice(-200);
    onChunk?.();
  }
  return { bytes, tail };
}

describe('a 100 MB streamed response', () => {
  it('passes through whole, twice, and Pledge’s RSS stays within 160 MB of where it was', { timeout: 120_000 }, async () => {
    await stream(16); // warm-up: JIT, the young generation at its working size, the SQLite writer
    const before = pledge.rss();
    let peakSeen = before?.now ?? 0;
    let n = 0;
    const sample = (): void => {
      if (++n % 16 === 0) peakSeen = Math.max(peakSeen, pledge.rss()?.now ?? 0);
    };
    for (let round = 0; round < 2; round++) {
      const got = await stream(100, sample);
      // 100 × 256 events of 4,096 characters each, in OpenAI's chunk envelope.
      expect(got.bytes).toBeGreaterThan(100 * 1024 * 1024);
      expect(got.tail).toMatch(/data: \[DONE\]\n\n$/);
    }
    if (before) {
      // Flat: two 100 MB streams leave the peak within 160 MB of the start; holding the streamed bytes
      // (a leak: ~200 MB over two streams) would not. The runtime itself grows its heap by one step of
      // 65–85 MB at some point under this allocation rate (in about one run of three, before the
      // measure or during it), which made a single stream against 64 MB flaky. That buffers stay
      // bounded while a client reads is mid-stream.test.ts's backpressure test.
      const growth = peakSeen - before.now;
      console.log(`huge-stream: RSS before ${(before.now / 2 ** 20).toFixed(1)} MB, peak over two streams ${(peakSeen / 2 ** 20).toFixed(1)} MB, growth ${(growth / 2 ** 20).toFixed(1)} MB`);
      expect(growth).toBeLessThan(160 * 1024 * 1024);
    }
  });
});
