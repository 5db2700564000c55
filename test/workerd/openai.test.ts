import { env } from 'cloudflare:workers';
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { auditFor, BASE, EMAIL, lastReceived, PROMPT, received, throughPledge, viaWorker } from './support.ts';

const viaPledge = new OpenAI({ apiKey: 'sk-test-client', baseURL: `${BASE}/openai/v1`, maxRetries: 0, fetch: viaWorker });
const direct = new OpenAI({ apiKey: 'sk-test-client', baseURL: `${env.MOCK_URL}/v1`, maxRetries: 0 });
const sawPersonalData = async () => throughPledge(await received()).some((r) => r.raw.includes(EMAIL));

describe('openai SDK through the Worker (workerd)', () => {
  it('chat: the SDK gets exactly what it would directly, and the provider saw only placeholders', async () => {
    const messages = [{ role: 'user' as const, content: PROMPT }];
    const got = await viaPledge.chat.completions.create({ model: 'gpt-4o-mini', messages });
    expect(JSON.stringify((await lastReceived()).body)).toContain('[EMAIL_ADDRESS_1]');
    const want = await direct.chat.completions.create({ model: 'gpt-4o-mini', messages });
    expect(got).toEqual(want);
    expect(got.choices[0]!.message.content).toBe(`Echo: ${PROMPT}`);
    expect(await sawPersonalData()).toBe(false);
  });

  it('chat: forces store:false, drops metadata, pseudonymizes user, adds Content-Usage', async () => {
    await viaPledge.chat.completions.create({
      model: 'gpt-4o-mini', store: true, metadata: { crm: 'lead-42' }, user: 'user-123', safety_identifier: 'sid-9',
      messages: [{ role: 'user', content: 'hello' }],
    });
    const last = await lastReceived();
    const body = last.body as Record<string, unknown>;
    expect(body.store).toBe(false);
    expect(body.metadata).toBeUndefined();
    expect(body.user).toMatch(/^p_[0-9a-f]{32}$/);
    expect(body.safety_identifier).not.toBe('sid-9');
    expect(last.headers['content-usage']).toBe('train-ai=n');
  });

  it('chat stream: restores placeholders split across SSE events and reports usage', async () => {
    const messages = [{ role: 'user' as const, content: PROMPT }];
    const collect = async (client: OpenAI) => {
      const stream = await client.chat.completions.create({ model: 'gpt-4o-mini', messages, stream: true, stream_options: { include_usage: true } });
      const chunks = [];
      for await (const c of stream) chunks.push(c);
      return chunks;
    };
    const got = await collect(viaPledge);
    const want = await collect(direct);
    const text = (cs: typeof got) => cs.map((c) => c.choices[0]?.delta.content ?? '').join('');
    expect(text(got)).toBe(`Echo: ${PROMPT}`);
    expect(got.at(-1)!.usage).toEqual(want.at(-1)!.usage);
    expect(await sawPersonalData()).toBe(false);
  });

  it('tool calls: arguments are restored, JSON-escaped, in JSON and in streams', async () => {
    const tools = [{ type: 'function' as const, function: { name: 'send_followup', parameters: { type: 'object', properties: {} } } }];
    const messages = [{ role: 'user' as const, content: `Say "hi" to ${EMAIL}` }];
    const got = await viaPledge.chat.completions.create({ model: 'gpt-4o-mini', messages, tools });
    const call = got.choices[0]!.message.tool_calls![0]!;
    expect(call.type === 'function' && JSON.parse(call.function.arguments)).toEqual({ note: `Say "hi" to ${EMAIL}` });
    const final = await viaPledge.chat.completions.stream({ model: 'gpt-4o-mini', messages, tools }).finalChatCompletion();
    const streamed = final.choices[0]!.message.tool_calls![0]!;
    expect(streamed.type === 'function' && JSON.parse(streamed.function.arguments)).toEqual({ note: `Say "hi" to ${EMAIL}` });
    expect(await sawPersonalData()).toBe(false);
  });

  it('responses: streaming is restored', async () => {
    const final = await viaPledge.responses.stream({ model: 'gpt-4o-mini', input: PROMPT }).finalResponse();
    expect(final.output_text).toBe(`Echo: ${PROMPT}`);
    expect(((await lastReceived()).body as Record<string, unknown>).store).toBe(false);
  });

  it('upstream errors reach the SDK as its own typed error, restored', async () => {
    const err = await viaPledge.chat.completions.create({ model: 'mock-error-429', messages: [{ role: 'user', content: 'x' }] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.RateLimitError);
  });

  it('Pledge refusals use the OpenAI envelope (blocked model, bad JSON)', async () => {
    const res = await viaWorker(`${BASE}/openai/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer sk-x' }, body: '{"model":' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'pledge_invalid_json', type: 'invalid_request_error' } });
  });

  it('writes one audit event per request to the Durable Object, after the response (waitUntil)', async () => {
    const res = await viaPledge.chat.completions.create({ model: 'gpt-4o-mini', user: 'alice@example.com', messages: [{ role: 'user', content: PROMPT }] }).withResponse();
    const record = await auditFor(res.response.headers.get('x-pledge-request-id'));
    expect(record.event).toMatchObject({ provider: 'openai', endpoint: 'chat.completions', status: 200, redactions: { EMAIL_ADDRESS: 2 } });
    expect(record.event.no_training).toEqual(expect.arrayContaining(['store_false', 'user_pseudonymized', 'content_usage_header']));
    const stored = JSON.stringify(record);
    for (const secret of [EMAIL, 'alice@example.com', 'sk-test-client']) expect(stored).not.toContain(secret);
  });

  it('a streamed request is audited once the stream has ended', async () => {
    const { response, data } = await viaPledge.chat.completions.create({ model: 'gpt-4o-mini', stream: true, messages: [{ role: 'user', content: PROMPT }] }).withResponse();
    for await (const _ of data) void _;
    const record = await auditFor(response.headers.get('x-pledge-request-id'));
    expect(record.event).toMatchObject({ stream: true, status: 200, outcome: 'ok' });
  });
});
