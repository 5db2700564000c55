/**
 * OpenAI-compatible and Azure upstreams (found by review): OpenRouter's `models` fallback list
 * must pass the model allowlist entry by entry (OpenRouter tries the next model when one fails); a
 * compat base URL with a query or fragment is refused at startup (the provider path was appended
 * inside it); a policy's Azure `upstream` written with `/openai` gives the same target as
 * PLEDGE_AZURE_UPSTREAM written so.
 */
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openrouterRoutes, type OpenRouterMock } from '../mock/openrouter.ts';
import { parseConfig, upstreamsFromConfig } from '../src/core/config.ts';
import type { Deps } from '../src/core/deps.ts';
import { upstreamUrl } from '../src/core/pipeline/upstream-url.ts';
import { parsePolicy } from '../src/core/policy/parse.ts';
import { azureAdapter } from '../src/core/providers/azure/index.ts';
import { compatWiring, parseCompatUpstreams } from '../src/core/providers/compat/index.ts';
import { startHarness, type Harness } from './support/harness.ts';

const OR_KEY = 'or-test-key';
let h: Harness;
let or: OpenRouterMock;

beforeAll(async () => {
  or = openrouterRoutes({ apiKey: OR_KEY });
  const parsed = await parsePolicy(`
name: compat-review
providers:
  compat:openrouter:
    models: ['openai/*']
    terms: { zdr: true }
`, 'compat-review.yaml');
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const wire = (mockUrl: string) => compatWiring(parseCompatUpstreams(JSON.stringify([{ name: 'openrouter', baseUrl: `${mockUrl}/openrouter/api/v1`, credentialRef: 'OPENROUTER_API_KEY', noTraining: 'openrouter' }]), (n) => (n === 'OPENROUTER_API_KEY' ? OR_KEY : undefined)));
  h = await startHarness({ mockHandlers: [or.handler], policy: parsed.value, adapters: wire('http://mock.invalid').adapters, upstreams: (u) => wire(u).upstreams });
});
afterAll(() => h.close());

describe('OpenRouter fallback models', () => {
  const client = () => new OpenAI({ apiKey: 'k', baseURL: `${h.pledge.url}/compat/openrouter/v1`, maxRetries: 0 });

  it('refuses a fallback list with a model the policy does not allow; nothing reaches OpenRouter', async () => {
    const before = h.mock.received.length;
    const err = await client().chat.completions
      .create({ model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }], // @ts-expect-error OpenRouter's extension
        models: ['openai/gpt-4o', 'deepseek/deepseek-chat'] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.PermissionDeniedError);
    expect(h.mock.received.length).toBe(before);
  });

  it('passes a fallback list of allowed models on', async () => {
    const res = await client().chat.completions.create({ model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }], // @ts-expect-error OpenRouter's extension
      models: ['openai/gpt-4o'] });
    expect(res.choices.length).toBeGreaterThan(0);
    expect((h.mock.received.at(-1)!.body as { models?: unknown }).models).toEqual(['openai/gpt-4o']);
  });
});

describe('upstream base URLs', () => {
  it('refuses a compat base URL with a query or fragment', () => {
    for (const baseUrl of ['https://host/api/v1#x', 'https://host/api/v1?team=a']) {
      expect(() => parseCompatUpstreams(JSON.stringify([{ name: 'x', baseUrl }]), () => undefined)).toThrow(/no query/);
    }
  });

  it('gives the same Azure target for a policy upstream written with /openai as for the env variable', async () => {
    const env = upstreamsFromConfig(parseConfig({ PLEDGE_AZURE_UPSTREAM: 'https://res.openai.azure.com/openai' }));
    const pinned = await parsePolicy("name: az\nproviders:\n  azure: { upstream: 'https://res-eu.openai.azure.com/openai' }\n", 'az.yaml');
    const plain = await parsePolicy('name: x\nproviders:\n  azure: {}\n', 'x.yaml');
    if (!pinned.ok || !plain.ok) throw new Error('policy did not parse');
    const deps = { upstreams: env } as unknown as Deps;
    const rel = '/openai/deployments/gpt-4o/chat/completions';
    const url = new URL(`http://p/azure${rel}?api-version=2024-10-21`);
    expect(new URL(upstreamUrl(deps, azureAdapter, plain.value.policy, rel, url)).pathname).toBe(rel);
    expect(upstreamUrl(deps, azureAdapter, pinned.value.policy, rel, url)).toBe(`https://res-eu.openai.azure.com${rel}?api-version=2024-10-21`);
  });
});
