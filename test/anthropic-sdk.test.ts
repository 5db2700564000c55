import Anthropic, { APIError } from '@anthropic-ai/sdk';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anthropicRoutes } from '../mock/anthropic.ts';
import { geminiRoutes } from '../mock/gemini.ts';
import { builtinAdapters } from '../src/core/providers/registry.ts';
import { eventually, startHarness, type Harness } from './support/harness.ts';

const EMAIL = 'sneha.rao+crm@example.co.in';
const PROMPT = `Please follow up with ${EMAIL} about the renewal; cc ${EMAIL}.`;
const KEY = 'sk-ant-test-client';
const MODEL = 'claude-mock-1';

let h: Harness;
let viaPledge: Anthropic;
let direct: Anthropic;

const harness = (upstream?: string, upstreamTimeoutMs?: number) =>
  startHarness({
    ...(upstreamTimeoutMs !== undefined && { deps: { upstreamTimeoutMs } }),
    adapters: [...builtinAdapters],
    mockHandlers: [anthropicRoutes(), geminiRoutes()],
    upstreams: (u) => ({ openai: `${u}/v1`, anthropic: upstream ?? u, gemini: u }),
  });

beforeAll(async () => {
  h = await harness();
  viaPledge = new Anthropic({ apiKey: KEY, baseURL: `${h.pledge.url}/anthropic`, maxRetries: 0 });
  direct = new Anthropic({ apiKey: KEY, baseURL: h.mock.url, maxRetries: 0 });
});
afterAll(() => h.close());

/** Only what came through Pledge (it adds Content-Usage); direct calls are the baseline. */
const viaPledgeSeen = () => h.mock.received.filter((r) => r.headers['content-usage'] !== undefined);
const sawPersonalData = () => viaPledgeSeen().some((r) => r.raw.includes(EMAIL));
const lastReceived = () => h.mock.received.at(-1)!;

async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address() as { port: number };
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

describe('@anthropic-ai/sdk through Pledge', () => {
  it('messages.create: exactly the direct answer; the provider saw placeholders only; request id present', async () => {
    const params = {
      model: MODEL, max_tokens: 256,
      system: [{ type: 'text' as const, text: `You work for ${EMAIL}'s team.` }],
      messages: [
        { role: 'user' as const, content: `Earlier note about ${EMAIL}` },
        { role: 'assistant' as const, content: [{ type: 'text' as const, text: `Noted for ${EMAIL}.` }] },
        { role: 'user' as const, content: PROMPT },
      ],
    };
    const before = h.mock.received.length;
    const { data: got, response } = await viaPledge.messages.create(params).withResponse();
    const seen = h.mock.received.slice(before);
    expect(seen.some((r) => r.raw.includes(EMAIL))).toBe(false);
    expect(seen[0]!.raw).toContain('[EMAIL_ADDRESS_1]');
    expect(response.headers.get('x-pledge-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const want = await direct.messages.create(params);
    expect(got).toEqual(want);
    expect(got.content[0]).toEqual({ type: 'text', text: `Echo: ${PROMPT}` });
  });

  it('sends the key as x-api-key, passes anthropic-version/-beta, pseudonymizes metadata.user_id', async () => {
    await viaPledge.messages.create(
      { model: MODEL, max_tokens: 16, metadata: { user_id: 'lead-owner-42' }, messages: [{ role: 'user', content: 'hello' }] },
      { headers: { 'anthropic-beta': 'prompt-caching-2024-07-31', 'x-forwarded-for': '203.0.113.9', cookie: 'a=b' } },
    );
    const r = lastReceived();
    expect(r.headers['x-api-key']).toBe(KEY);
    expect(r.headers.authorization).toBeUndefined();
    expect(r.headers['anthropic-version']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(r.headers['anthropic-beta']).toBe('prompt-caching-2024-07-31');
    expect(r.headers['x-forwarded-for']).toBeUndefined();
    expect(r.headers.cookie).toBeUndefined();
    expect(r.headers['content-usage']).toBe('train-ai=n');
    const user = ((r.body as { metadata: { user_id: string } }).metadata).user_id;
    expect(user).toMatch(/^[0-9a-f]{64}$/);
  });

  it('messages.stream: finalMessage and text deltas equal the direct stream, placeholders split across events', async () => {
    const params = { model: MODEL, max_tokens: 256, messages: [{ role: 'user' as const, content: PROMPT }] };
    const run = async (client: Anthropic) => {
      const stream = client.messages.stream(params);
      let text = '';
      stream.on('text', (t) => (text += t));
      const final = await stream.finalMessage();
      return { text, final, requestId: (await stream.withResponse()).response.headers.get('x-pledge-request-id') };
    };
    const got = await run(viaPledge);
    const want = await run(direct);
    expect(got.final).toEqual(want.final);
    expect(got.text).toBe(`Echo: ${PROMPT}`);
    expect(got.requestId).toBeTruthy();
    expect(sawPersonalData()).toBe(false);
  });

  it('tool use: input restored (JSON-escaped in the stream), tool_use/tool_result history redacted', async () => {
    const tools = [{ name: 'send_followup', description: 'Send a follow-up', input_schema: { type: 'object' as const, properties: {} } }];
    const ask = `Say "hi" to ${EMAIL}`;
    const params = { model: MODEL, max_tokens: 256, tools, messages: [{ role: 'user' as const, content: ask }] };
    const got = await viaPledge.messages.create(params);
    expect(got).toEqual(await direct.messages.create(params));
    expect(got.content[1]).toMatchObject({ type: 'tool_use', name: 'send_followup', input: { note: ask } });

    const streamed = await viaPledge.messages.stream(params).finalMessage();
    expect(streamed).toEqual(await direct.messages.stream(params).finalMessage());
    expect(streamed.content[1]).toMatchObject({ type: 'tool_use', input: { note: ask } });

    const history = {
      model: MODEL, max_tokens: 256, tools,
      messages: [
        { role: 'user' as const, content: ask },
        { role: 'assistant' as const, content: [{ type: 'tool_use' as const, id: 'toolu_1', name: 'send_followup', input: { to: EMAIL } }] },
        { role: 'user' as const, content: [{ type: 'tool_result' as const, tool_use_id: 'toolu_1', content: [{ type: 'text' as const, text: `sent to ${EMAIL}` }] }] },
      ],
    };
    const answer = await viaPledge.messages.create(history);
    expect(answer).toEqual(await direct.messages.create(history));
    expect(answer.content).toEqual([{ type: 'text', text: `Echo: sent to ${EMAIL}` }]);
    expect(sawPersonalData()).toBe(false);
  });

  it('count_tokens is redacted and passes through', async () => {
    const got = await viaPledge.messages.countTokens({ model: MODEL, messages: [{ role: 'user', content: PROMPT }] });
    expect(got).toEqual({ input_tokens: 17 });
    expect(lastReceived().raw).not.toContain(EMAIL);
  });

  it('images are refused by default with a clear, typed error', async () => {
    const err = await viaPledge.messages.create({
      model: MODEL, max_tokens: 16,
      messages: [{ role: 'user', content: [{ type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgo=' } }, { type: 'text', text: 'what is this?' }] }],
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.PermissionDeniedError);
    expect((err as APIError).message).toMatch(/not scanned for personal data/);
    expect((err as APIError).errorCode).toBe('pledge_non_text_part');
  });

  it('upstream errors pass through in the envelope, as the SDK types them', async () => {
    const params = { model: 'mock-error-429', max_tokens: 16, messages: [{ role: 'user' as const, content: PROMPT }] };
    const got = await viaPledge.messages.create(params).catch((e: unknown) => e);
    const want = await direct.messages.create(params).catch((e: unknown) => e);
    expect(got).toBeInstanceOf(Anthropic.RateLimitError);
    expect((got as APIError).error).toEqual((want as APIError).error);
    expect((got as APIError).headers?.get('retry-after')).toBe('7');
    const server = await viaPledge.messages.create({ ...params, model: 'mock-error-500' }).catch((e: unknown) => e);
    expect(server).toBeInstanceOf(Anthropic.InternalServerError);
  });

  it('malformed JSON and unknown routes get Anthropic envelopes', async () => {
    const bad = await fetch(`${h.pledge.url}/anthropic/v1/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': KEY }, body: '{"model":' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } });
    expect(bad.headers.get('x-pledge-request-id')).toBeTruthy();
    const unknown = await viaPledge.post('/v1/nope', { body: {} }).catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(Anthropic.NotFoundError);
    expect((unknown as APIError).type).toBe('not_found_error');
  });

  it('mid-stream failures end the stream with event: error, which the SDK raises', async () => {
    for (const model of ['mock-reset-mid', 'mock-malformed', 'mock-truncated', 'mock-overloaded-mid']) {
      const stream = viaPledge.messages.stream({ model, max_tokens: 16, messages: [{ role: 'user', content: PROMPT }] });
      const err = await stream.finalMessage().catch((e: unknown) => e);
      expect(err, model).toBeInstanceOf(Anthropic.APIError);
    }
    const raw = await fetch(`${h.pledge.url}/anthropic/v1/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': KEY, 'anthropic-version': '2023-06-01' },
      body: JSON.stringify({ model: 'mock-truncated', max_tokens: 16, stream: true, messages: [{ role: 'user', content: PROMPT }] }),
    });
    const text = await raw.text();
    expect(text.trimEnd()).toMatch(/event: error\ndata: \{"type":"error","error":\{"type":"api_error"/);
    expect(text).not.toContain('[EMAIL_ADDRESS_1]');
    expect(sawPersonalData()).toBe(false);
  });

  it('upstream unreachable becomes a typed 502 in the Anthropic envelope', async () => {
    const dead = await harness(`http://127.0.0.1:${await closedPort()}`);
    try {
      const client = new Anthropic({ apiKey: KEY, baseURL: `${dead.pledge.url}/anthropic`, maxRetries: 0 });
      const err = await client.messages.create({ model: MODEL, max_tokens: 16, messages: [{ role: 'user', content: 'hi' }] }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(Anthropic.InternalServerError);
      expect((err as APIError).status).toBe(502);
      expect((err as APIError).type).toBe('api_error');
    } finally {
      await dead.close();
    }
  });

  it('an upstream that does not answer in time becomes a typed 504', async () => {
    const slow = await harness(undefined, 150);
    try {
      const client = new Anthropic({ apiKey: KEY, baseURL: `${slow.pledge.url}/anthropic`, maxRetries: 0 });
      const err = await client.messages.create({ model: 'mock-slow-1000', max_tokens: 16, messages: [{ role: 'user', content: 'hi' }] }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(Anthropic.InternalServerError);
      expect((err as APIError).status).toBe(504);
    } finally {
      await slow.close();
    }
  });

  it('decision tools are queued for review from a stream, and the SDK ignores the comment tag', async () => {
    const before = h.reviews.length;
    const tools = [{ name: 'schedule_meeting', input_schema: { type: 'object' as const, properties: {} } }];
    const final = await viaPledge.messages.stream({ model: MODEL, max_tokens: 64, tools, messages: [{ role: 'user', content: `meet ${EMAIL}` }] }).finalMessage();
    expect(final.content[1]).toMatchObject({ type: 'tool_use', name: 'schedule_meeting', input: { note: `meet ${EMAIL}` } });
    await eventually(() => expect(h.reviews.length).toBe(before + 1));
    expect(h.reviews.at(-1)).toMatchObject({ provider: 'anthropic', tool: 'schedule_meeting', args: '{"note":"meet [EMAIL_ADDRESS_1]"}' });
  });

  it('one audit event with the no-switch note and usage; nothing personal in logs or audit', async () => {
    const { response } = await viaPledge.messages.create({ model: MODEL, max_tokens: 16, metadata: { user_id: EMAIL }, messages: [{ role: 'user', content: PROMPT }] }).withResponse();
    const requestId = response.headers.get('x-pledge-request-id');
    const mine = () => h.audit.filter((e) => e.request_id === requestId);
    await eventually(() => expect(mine()).toHaveLength(1));
    expect(mine()[0]).toMatchObject({ request_id: requestId, provider: 'anthropic', endpoint: 'messages', status: 200, redactions: { EMAIL_ADDRESS: 2 }, tokens: { input: 17, output: 9 } });
    expect(mine()[0]!.no_training).toEqual(expect.arrayContaining(['anthropic_no_switch', 'user_id_pseudonymized', 'content_usage_header']));
    const everything = JSON.stringify([h.logs, h.audit, h.reviews]);
    expect(everything).not.toContain(EMAIL);
    expect(everything).not.toContain(KEY);
  });
});
