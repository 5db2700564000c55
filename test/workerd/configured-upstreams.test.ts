import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { bootWorker } from '../../src/runtime/worker/boot.ts';
import { createWorkerLogger } from '../../src/runtime/worker/logger.ts';
import { received } from './support.ts';

const pending: Promise<unknown>[] = [];
const boot = (extra: Record<string, string>) =>
  bootWorker({ ...env, ...extra } as typeof env, { waitUntil: (p) => void pending.push(p), logger: createWorkerLogger('info', () => {}) });

describe('configuration on Workers, as on Node', () => {
  it('mounts /azure when PLEDGE_AZURE_UPSTREAM is set, and one route per PLEDGE_COMPAT_UPSTREAMS entry', async () => {
    const booted = await boot({
      PLEDGE_AZURE_UPSTREAM: 'https://acme.openai.azure.com',
      PLEDGE_COMPAT_UPSTREAMS: JSON.stringify([{ name: 'vllm', baseUrl: 'https://vllm.internal.example/v1' }]),
    });
    expect(booted.ok).toBe(true);
    if (!booted.ok) return;
    expect(booted.pledge.deps.adapters.map((a) => a.id)).toEqual(expect.arrayContaining(['openai', 'anthropic', 'gemini', 'azure', 'compat:vllm']));
    expect(booted.pledge.deps.upstreams).toMatchObject({ azure: 'https://acme.openai.azure.com', 'compat:vllm': 'https://vllm.internal.example/v1' });
    // The route exists: it is refused by policy (the bundled default does not list Azure) or, when
    // another test has created client keys in this Durable Object, for the missing key; never unknown.
    const res = await booted.pledge.app.fetch(
      new Request('https://pledge.test/azure/openai/deployments/gpt-4o/chat/completions?api-version=2025-04-01-preview', {
        method: 'POST', headers: { 'content-type': 'application/json', 'api-key': 'k' }, body: JSON.stringify({ messages: [{ role: 'user', content: 'hi' }] }),
      }),
    );
    expect([401, 403]).toContain(res.status);
    const body = JSON.stringify(await res.json());
    expect(body).toMatch(/pledge_(provider_not_allowed|missing_key)/);
    expect(body).not.toContain('unknown_route');
  });

  it('refuses to serve with a bad PLEDGE_COMPAT_UPSTREAMS, naming the problem', async () => {
    const booted = await boot({ PLEDGE_COMPAT_UPSTREAMS: '[{"name":"Bad Name!"}]' });
    expect(booted.ok).toBe(false);
    expect(!booted.ok && booted.problems.join(' ')).toMatch(/PLEDGE_COMPAT_UPSTREAMS/);
  });

  it('announces new review items to PLEDGE_REVIEW_WEBHOOK_URL with ids only, never the arguments', async () => {
    const booted = await boot({ PLEDGE_REVIEW_WEBHOOK_URL: `${env.MOCK_URL}/review-webhook` });
    expect(booted.ok).toBe(true);
    if (!booted.ok) return;
    await booted.pledge.deps.reviews.create({
      id: 'rv_webhook_1', tenant: 't_acme', request_id: 'req-1', rule: 'route_lead', provider: 'openai', tool: 'route_lead',
      args: '{"email":"sneha.rao@example.co.in"}', created_at: new Date().toISOString(), status: 'pending',
    });
    await Promise.all(pending);
    const hook = (await received()).find((r) => r.path === '/review-webhook');
    expect(hook?.method).toBe('POST');
    expect(hook?.body).toEqual({ id: 'rv_webhook_1', tenant: 't_acme', rule: 'route_lead', tool: 'route_lead' });
    expect(hook?.raw).not.toContain('sneha');
  });
});
