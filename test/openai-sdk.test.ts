import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startHarness, type Harness, settled } from './support/harness.ts';

const EMAIL = 'sneha.rao+crm@example.co.in';
const PROMPT = `Please follow up with ${EMAIL} about the renewal; cc ${EMAIL}.`;

let h: Harness;
let viaPledge: OpenAI;
let direct: OpenAI;

beforeAll(async () => {
  h = await startHarness();
  viaPledge = new OpenAI({ apiKey: 'sk-test-client', baseURL: `${h.pledge.url}/openai/v1`, maxRetries: 0 });
  direct = new OpenAI({ apiKey: 'sk-test-client', baseURL: `${h.mock.url}/v1`, maxRetries: 0 });
});
afterAll(() => h.close());

/** Only what came through Pledge (it adds Content-Usage); direct calls are the baseline. */
const sawPersonalData = () => h.mock.received.some((r) => r.headers['content-usage'] !== undefined && r.raw.includes(EMAIL));
const lastReceived = () => h.mock.received.at(-1)!;

describe('openai SDK through Pledge', () => {
  it('chat: the SDK gets exactly what it would directly, and the provider saw only placeholders', async () => {
    const messages = [{ role: 'user' as const, content: PROMPT }];
    const before = h.mock.received.length;
    const got = await viaPledge.chat.completions.create({ model: 'gpt-4o-mini', messages });
    const seen = h.mock.received.slice(before);
    expect(seen.some((r) => r.raw.includes(EMAIL))).toBe(false);
    expect(JSON.stringify(seen[0]!.body)).toContain('[EMAIL_ADDRESS_1]');
    const want = await direct.chat.completions.create({ model: 'gpt-4o-mini', messages });
    expect(got).toEqual(want);
    expect(got.choices[0]!.message.content).toBe(`Echo: ${PROMPT}`);
  });

  it('chat: forces store:false, drops metadata, pseudonymizes user and safety_identifier', async () => {
    await viaPledge.chat.completions.create({
      model: 'gpt-4o-mini', store: true, metadata: { crm: 'lead-42' }, user: 'user-123', safety_identifier: 'sid-9',
      messages: [{ role: 'user', content: 'hello' }],
    });
    const body = lastReceived().body as Record<string, unknown>;
    expect(body.store).toBe(false);
    expect(body.metadata).toBeUndefined();
    expect(typeof body.user).toBe('string');
    expect(body.user).not.toBe('user-123');
    expect(body.safety_identifier).not.toBe('sid-9');
    expect(lastReceived().headers['content-usage']).toBe('train-ai=n');
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
    expect(text(got)).toBe(text(want));
    expect(got.at(-1)!.usage).toEqual(want.at(-1)!.usage);
    expect(sawPersonalData()).toBe(false);
  });

  it('tool calls: arguments are restored, JSON-escaped, in JSON and in streams', async () => {
    const tools = [{ type: 'function' as const, function: { name: 'send_followup', parameters: { type: 'object', properties: {} } } }];
    const messages = [{ role: 'user' as const, content: `Say "hi" to ${EMAIL}` }];
    const got = await viaPledge.chat.completions.create({ model: 'gpt-4o-mini', messages, tools });
    const want = await direct.chat.completions.create({ model: 'gpt-4o-mini', messages, tools });
    expect(got).toEqual(want);
    const call = got.choices[0]!.message.tool_calls![0]!;
    expect(call.type === 'function' && JSON.parse(call.function.arguments)).toEqual({ note: `Say "hi" to ${EMAIL}` });

    const stream = viaPledge.chat.completions.stream({ model: 'gpt-4o-mini', messages, tools });
    const final = await stream.finalChatCompletion();
    const streamed = final.choices[0]!.message.tool_calls![0]!;
    expect(streamed.type === 'function' && JSON.parse(streamed.function.arguments)).toEqual({ note: `Say "hi" to ${EMAIL}` });
    expect(sawPersonalData()).toBe(false);
  });

  it('responses: non-streaming and streaming are restored', async () => {
    const got = await viaPledge.responses.create({ model: 'gpt-4o-mini', input: PROMPT });
    expect(got.output_text).toBe(`Echo: ${PROMPT}`);
    expect((lastReceived().body as Record<string, unknown>).store).toBe(false);
    const stream = viaPledge.responses.stream({ model: 'gpt-4o-mini', input: PROMPT });
    let deltas = '';
    stream.on('response.output_text.delta', (e) => (deltas += e.delta));
    const final = await stream.finalResponse();
    expect(deltas).toBe(`Echo: ${PROMPT}`);
    expect(final.output_text).toBe(`Echo: ${PROMPT}`);
    expect(sawPersonalData()).toBe(false);
  });

  it('responses: streamed function-call arguments are restored', async () => {
    const tools = [{ type: 'function' as const, name: 'send_followup', parameters: { type: 'object', properties: {} }, strict: false }];
    const stream = viaPledge.responses.stream({ model: 'gpt-4o-mini', input: `mail ${EMAIL}`, tools });
    const final = await stream.finalResponse();
    const item = final.output.find((o) => o.type === 'function_call');
    expect(item && item.type === 'function_call' && JSON.parse(item.arguments)).toEqual({ note: `mail ${EMAIL}` });
  });

  it('embeddings and models pass through, embeddings input redacted', async () => {
    const emb = await viaPledge.embeddings.create({ model: 'text-embedding-3-small', input: [PROMPT, 'plain'] });
    expect(emb.data).toHaveLength(2);
    expect(lastReceived().raw).not.toContain(EMAIL);
    const models = await viaPledge.models.list();
    expect(models.data.map((m) => m.id)).toContain('gpt-4o-mini');
    const one = await viaPledge.models.retrieve('gpt-4.1');
    expect(one.id).toBe('gpt-4.1');
  });

  it('writes one anonymized log line and one audit event per request', async () => {
    await settled();
    const before = h.audit.length;
    const res = await viaPledge.chat.completions.create({ model: 'gpt-4o-mini', user: 'alice@example.com', messages: [{ role: 'user', content: PROMPT }] }).withResponse();
    const requestId = res.response.headers.get('x-pledge-request-id');
    expect(requestId).toBeTruthy();
    await eventually(() => expect(h.audit.length).toBe(before + 1));
    const event = h.audit.at(-1)!;
    expect(event).toMatchObject({ request_id: requestId, provider: 'openai', endpoint: 'chat.completions', status: 200, redactions: { EMAIL_ADDRESS: 2 } });
    expect(event.no_training).toEqual(expect.arrayContaining(['store_false', 'user_pseudonymized', 'content_usage_header']));
    const line = h.logs.find((l) => (l as { request_id?: string }).request_id === requestId);
    expect(line).toMatchObject({ msg: 'request', model: 'gpt-4o-mini', stream: false, status: 200 });
    const everything = JSON.stringify([h.logs, h.audit]);
    expect(everything).not.toContain(EMAIL);
    expect(everything).not.toContain('alice@example.com');
    expect(everything).not.toContain('sk-test-client');
  });
});
