import { describe, expect, it } from 'vitest';
import { createMemoryReviewStore } from './memory-store.ts';
import { sampleReview } from './store.contract.ts';
import { withReviewWebhook } from './webhook.ts';

describe('review webhook', () => {
  it('announces id, tenant, rule and tool only, never the arguments', async () => {
    const calls: { url: string; body: unknown }[] = [];
    const fetchStub = (async (url: string, init: RequestInit) => {
      calls.push({ url, body: JSON.parse(String(init.body)) });
      return new Response('ok');
    }) as unknown as typeof fetch;
    const store = withReviewWebhook(createMemoryReviewStore(), { url: 'https://hooks.example/x', fetch: fetchStub });
    const item = sampleReview(1);
    await store.create(item);
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toEqual([{ url: 'https://hooks.example/x', body: { id: item.id, tenant: item.tenant, rule: item.rule, tool: item.tool } }]);
    expect(await store.get(item.id)).toEqual(item);
  });

  it('a failing webhook does not fail the create', async () => {
    const errors: unknown[] = [];
    const failing = (async () => {
      throw new TypeError('connection refused');
    }) as unknown as typeof fetch;
    const store = withReviewWebhook(createMemoryReviewStore(), { url: 'http://127.0.0.1:9/', fetch: failing, onError: (e) => errors.push(e) });
    await expect(store.create(sampleReview(2))).resolves.toBeUndefined();
    await new Promise((r) => setTimeout(r, 0));
    expect(errors).toEqual([{ error: 'TypeError' }]);
    expect((await store.list()).items).toHaveLength(1);
  });
});
