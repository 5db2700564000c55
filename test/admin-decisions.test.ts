import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewItem } from '../src/core/review/types.ts';
import { startAdminHarness, type AdminHarness } from './support/admin-fixture.ts';

const EMAIL = 'lena.fischer@example.de';
const tools = [{ type: 'function' as const, function: { name: 'route_lead', parameters: { type: 'object', properties: {} } } }];
const respTools = [{ type: 'function' as const, name: 'route_lead', parameters: { type: 'object', properties: {} }, strict: false }];
let h: AdminHarness;
let client: OpenAI;

beforeAll(async () => {
  h = await startAdminHarness();
  client = new OpenAI({ apiKey: 'acme-key', baseURL: `${h.pledge.url}/openai/v1`, maxRetries: 0 });
});
afterAll(() => h.close());

const item = async (id: string | null): Promise<ReviewItem> => {
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  const found = await h.reviewStore.get(id!);
  expect(found).toBeDefined();
  return found!;
};

/** The raw SSE text of a streamed call, to see the comment line SDKs skip. */
async function rawStream(path: string, body: object): Promise<string> {
  const res = await fetch(`${h.pledge.url}/openai/v1${path}`, {
    method: 'POST', headers: { authorization: 'Bearer acme-key', 'content-type': 'application/json' }, body: JSON.stringify({ ...body, stream: true }),
  });
  return res.text();
}

const reviewIdIn = (sse: string) => /^: x-pledge-review: required; x-pledge-review-id: ([0-9a-f-]{36})$/m.exec(sse)?.[1] ?? null;

describe('automated decisions: OpenAI chat completions', () => {
  it('non-streaming tool_calls: headers tag the response and the queued item keeps placeholders', async () => {
    const { data, response } = await client.chat.completions
      .create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `Route ${EMAIL}` }], tools })
      .withResponse();
    expect(response.headers.get('x-pledge-review')).toBe('required');
    const it = await item(response.headers.get('x-pledge-review-id'));
    expect(it).toMatchObject({ tool: 'route_lead', rule: 'route_lead', provider: 'openai', model: 'gpt-4o-mini', status: 'pending', tenant: await h.pseudonym('acme') });
    expect(it.args).toContain('[EMAIL_ADDRESS_1]');
    expect(it.args).not.toContain(EMAIL);
    expect(data.choices[0]!.message.tool_calls![0]!.type === 'function' && data.choices[0]!.message.tool_calls![0]!.function.arguments).toContain(EMAIL);
  });

  it('a call the policy does not name is not tagged', async () => {
    const other = [{ type: 'function' as const, function: { name: 'send_followup', parameters: { type: 'object', properties: {} } } }];
    const { response } = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }], tools: other }).withResponse();
    expect(response.headers.get('x-pledge-review')).toBeNull();
  });

  it('streaming: an SSE comment carries the tag, and the SDK still assembles the call', async () => {
    const sse = await rawStream('/chat/completions', { model: 'gpt-4o-mini', messages: [{ role: 'user', content: `Route ${EMAIL}` }], tools });
    const it = await item(reviewIdIn(sse));
    expect(it.args).toContain('[EMAIL_ADDRESS_1]');
    const final = await client.chat.completions.stream({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `Route ${EMAIL}` }], tools }).finalChatCompletion();
    const call = final.choices[0]!.message.tool_calls![0]!;
    expect(call.type === 'function' && [call.function.name, JSON.parse(call.function.arguments)]).toEqual(['route_lead', { note: `Route ${EMAIL}` }]);
  });

  it('streaming: a tool name split across deltas is still identified', async () => {
    const sse = await rawStream('/chat/completions', { model: 'gpt-4o-mini-split-name', messages: [{ role: 'user', content: 'route it' }], tools });
    expect(sse).toContain('"name":"rou"');
    const it = await item(reviewIdIn(sse));
    expect(it.tool).toBe('route_lead');
    // The SDK keeps only the last name fragment (real providers never split names); through Pledge
    // it must behave exactly as it does talking to the provider directly.
    const direct = new OpenAI({ apiKey: 'acme-key', baseURL: `${h.mock.url}/v1`, maxRetries: 0 });
    const params = { model: 'gpt-4o-mini-split-name', messages: [{ role: 'user' as const, content: 'route it' }], tools };
    const via = await client.chat.completions.stream(params).finalChatCompletion();
    const want = await direct.chat.completions.stream(params).finalChatCompletion();
    expect(via.choices[0]!.message.tool_calls).toEqual(want.choices[0]!.message.tool_calls);
  });
});

describe('automated decisions: OpenAI responses', () => {
  it('non-streaming function_call items are tagged', async () => {
    const { response } = await client.responses.create({ model: 'gpt-4o-mini', input: `Route ${EMAIL}`, tools: respTools }).withResponse();
    expect(response.headers.get('x-pledge-review')).toBe('required');
    const it = await item(response.headers.get('x-pledge-review-id'));
    expect(it).toMatchObject({ tool: 'route_lead', provider: 'openai' });
    expect(it.args).not.toContain(EMAIL);
  });

  it('streaming function_call items are tagged with an SSE comment; the SDK is unaffected', async () => {
    const sse = await rawStream('/responses', { model: 'gpt-4o-mini', input: `Route ${EMAIL}`, tools: respTools });
    expect((await item(reviewIdIn(sse))).tool).toBe('route_lead');
    const final = await client.responses.stream({ model: 'gpt-4o-mini', input: `Route ${EMAIL}`, tools: respTools }).finalResponse();
    const fc = final.output.find((o) => o.type === 'function_call');
    expect(fc && fc.type === 'function_call' && fc.name).toBe('route_lead');
  });
});
