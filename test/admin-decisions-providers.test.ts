import Anthropic from '@anthropic-ai/sdk';
import { GoogleGenAI, Type } from '@google/genai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anthropicRoutes } from '../mock/anthropic.ts';
import { geminiRoutes } from '../mock/gemini.ts';
import { builtinAdapters } from '../src/core/providers/registry.ts';
import type { ReviewItem } from '../src/core/review/types.ts';
import { startAdminHarness, type AdminHarness } from './support/admin-fixture.ts';

const EMAIL = 'jonas.berg@example.se';
let h: AdminHarness;

beforeAll(async () => {
  h = await startAdminHarness({
    harness: { adapters: [...builtinAdapters], mockHandlers: [anthropicRoutes(), geminiRoutes()], upstreams: (u) => ({ openai: `${u}/v1`, anthropic: u, gemini: u }) },
  });
});
afterAll(() => h.close());

const item = async (id: string | null | undefined): Promise<ReviewItem> => {
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  const found = await h.reviewStore.get(id!);
  expect(found).toBeDefined();
  expect(found!.args).not.toContain(EMAIL);
  return found!;
};
const reviewIdIn = (sse: string) => /^: x-pledge-review: required; x-pledge-review-id: ([0-9a-f-]{36})\r?$/m.exec(sse)?.[1];

async function raw(path: string, body: object, headers: Record<string, string>): Promise<Response> {
  return fetch(`${h.pledge.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

describe('automated decisions: Anthropic tool_use', () => {
  const tools = [{ name: 'route_lead', description: 'Route a lead', input_schema: { type: 'object' as const, properties: {} } }];
  const params = { model: 'claude-mock-1', max_tokens: 100, messages: [{ role: 'user' as const, content: `Route ${EMAIL}` }], tools };

  it('non-streaming: tagged with headers; the item keeps placeholders', async () => {
    const client = new Anthropic({ apiKey: 'acme-ant', baseURL: `${h.pledge.url}/anthropic`, maxRetries: 0 });
    const { data, response } = await client.messages.create(params).withResponse();
    expect(response.headers.get('x-pledge-review')).toBe('required');
    const it = await item(response.headers.get('x-pledge-review-id'));
    expect(it).toMatchObject({ tool: 'route_lead', provider: 'anthropic', tenant: await h.pseudonym('acme') });
    expect(it.args).toContain('[EMAIL_ADDRESS_1]');
    expect(data.content.find((b) => b.type === 'tool_use')).toMatchObject({ name: 'route_lead', input: { note: `Route ${EMAIL}` } });
  });

  it('streaming: an SSE comment carries the tag; the SDK still assembles the tool_use block', async () => {
    const sse = await (await raw('/anthropic/v1/messages', { ...params, stream: true }, { 'x-api-key': 'acme-ant', 'anthropic-version': '2023-06-01' })).text();
    expect((await item(reviewIdIn(sse))).tool).toBe('route_lead');
    const client = new Anthropic({ apiKey: 'acme-ant', baseURL: `${h.pledge.url}/anthropic`, maxRetries: 0 });
    const final = await client.messages.stream(params).finalMessage();
    expect(final.content.find((b) => b.type === 'tool_use')).toMatchObject({ name: 'route_lead', input: { note: `Route ${EMAIL}` } });
  });
});

describe('automated decisions: Gemini functionCall', () => {
  const MODEL = 'gemini-2.5-flash';
  const tools = [{ functionDeclarations: [{ name: 'route_lead', description: 'Route a lead', parameters: { type: Type.OBJECT, properties: {} } }] }];
  const body = { contents: [{ role: 'user', parts: [{ text: `Route ${EMAIL}` }] }], tools };

  it('non-streaming: tagged with headers', async () => {
    const res = await raw(`/gemini/v1beta/models/${MODEL}:generateContent`, body, { 'x-goog-api-key': 'acme-gem' });
    expect(res.headers.get('x-pledge-review')).toBe('required');
    expect((await item(res.headers.get('x-pledge-review-id'))).provider).toBe('gemini');
  });

  it('streaming: the call is queued (no comment line: @google/generative-ai stalls on SSE comments); the SDK still returns it', async () => {
    const res = await raw(`/gemini/v1beta/models/${MODEL}:streamGenerateContent?alt=sse`, body, { 'x-goog-api-key': 'acme-gem' });
    const sse = await res.text();
    expect(reviewIdIn(sse)).toBeUndefined();
    const requestId = res.headers.get('x-pledge-request-id');
    let queued: ReviewItem | undefined;
    for (let i = 0; i < 100 && !queued; i++) {
      queued = (await h.reviewStore.list({ limit: 200 })).items.find((x) => x.request_id === requestId);
      if (!queued) await new Promise((r) => setTimeout(r, 10));
    }
    expect((await item(queued?.id)).tool).toBe('route_lead');
    const ai = new GoogleGenAI({ apiKey: 'acme-gem', httpOptions: { baseUrl: `${h.pledge.url}/gemini` } });
    const calls: string[] = [];
    for await (const chunk of await ai.models.generateContentStream({ model: MODEL, contents: `Route ${EMAIL}`, config: { tools } })) {
      for (const c of chunk.functionCalls ?? []) calls.push(`${c.name}:${JSON.stringify(c.args)}`);
    }
    expect(calls).toEqual([`route_lead:${JSON.stringify({ note: `Route ${EMAIL}` })}`]);
  });
});
