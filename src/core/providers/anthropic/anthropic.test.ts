import { describe, expect, it } from 'vitest';
import { basicEngine } from '../../../../test/support/basic-engine.ts';
import { redactRequestBody } from '../../pipeline/redact-request.ts';
import { restoreJsonValue } from '../../pipeline/restore-json.ts';
import { restoreSseBody, type StreamEnd } from '../../pipeline/sse-restore.ts';
import { createVault, type Vault } from '../../redact/vault.ts';
import type { JsonObject, ToolCallSnapshot } from '../types.ts';
import { anthropicAdapter, readAnthropicKey } from './index.ts';

const EMAIL = 'ana.lima@example.com';
const SIG = 'EqQBCkYIARgCKkD+opaque/signature==';

/** A multi-turn request as @anthropic-ai/sdk sends it: system blocks, tool use and results, an image, thinking. */
const request = (): JsonObject => ({
  model: 'claude-sonnet-4-5',
  max_tokens: 1024,
  metadata: { user_id: EMAIL },
  system: [{ type: 'text', text: `You help ${EMAIL}.`, cache_control: { type: 'ephemeral' } }],
  tools: [{ name: 'send_followup', description: 'Send mail', input_schema: { type: 'object', properties: { to: { type: 'string' } } } }],
  messages: [
    { role: 'user', content: `Write to ${EMAIL}` },
    {
      role: 'assistant',
      content: [
        { type: 'thinking', thinking: 'plan the mail', signature: SIG },
        { type: 'text', text: 'Sending.' },
        { type: 'tool_use', id: 'toolu_01', name: 'send_followup', input: { to: EMAIL, cc: [EMAIL] } },
      ],
    },
    {
      role: 'user',
      content: [
        { type: 'tool_result', tool_use_id: 'toolu_01', content: `delivered to ${EMAIL}` },
        { type: 'tool_result', tool_use_id: 'toolu_02', content: [{ type: 'text', text: `bounced: ${EMAIL}` }] },
        { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'aGVsbG8@example.com' } },
        { type: 'text', text: 'And this one?' },
      ],
    },
  ],
});

describe('anthropic text walker', () => {
  it('redacts system, messages, tool_use.input and tool_result content; skips images, signatures, user_id', () => {
    const body = request();
    const vault = createVault();
    const { nonTextParts } = redactRequestBody(body, anthropicAdapter, basicEngine, vault);
    expect(nonTextParts).toBe(1);
    const text = JSON.stringify(body);
    expect(text.replace('aGVsbG8@example.com', '').replace(`"user_id":"${EMAIL}"`, '')).not.toContain(EMAIL);
    expect(vault.counts).toEqual({ EMAIL_ADDRESS: 6 });
    const msgs = body.messages as JsonObject[];
    expect((msgs[1]!.content as JsonObject[])[2]).toMatchObject({ input: { to: '[EMAIL_ADDRESS_1]', cc: ['[EMAIL_ADDRESS_1]'] }, name: 'send_followup' });
    expect((msgs[1]!.content as JsonObject[])[0]).toMatchObject({ signature: SIG });
    expect(((msgs[2]!.content as JsonObject[])[2]!.source as JsonObject).data).toBe('aGVsbG8@example.com');
    expect((body.metadata as JsonObject).user_id).toBe(EMAIL); // pseudonymized by noTraining instead
  });

  it('restores a whole response, including tool_use.input', () => {
    const vault = createVault();
    const body = { messages: [{ role: 'user', content: `mail ${EMAIL}` }] };
    redactRequestBody(body, anthropicAdapter, basicEngine, vault);
    const response = {
      id: 'msg_1', type: 'message', role: 'assistant', model: 'claude-sonnet-4-5', stop_reason: 'tool_use', stop_sequence: null,
      content: [{ type: 'text', text: 'To [EMAIL_ADDRESS_1].' }, { type: 'tool_use', id: 'toolu_1', name: 'send', input: { to: '[EMAIL_ADDRESS_1]', note: 'say "[EMAIL_ADDRESS_1]"' } }],
      usage: { input_tokens: 10, output_tokens: 5 },
    };
    expect(restoreJsonValue(response, anthropicAdapter, vault)).toMatchObject({
      content: [{ text: `To ${EMAIL}.` }, { input: { to: EMAIL, note: `say "${EMAIL}"` } }],
    });
  });
});

const ev = (type: string, data: JsonObject = {}) => `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;
const textDelta = (text: string, index = 0) => ev('content_block_delta', { index, delta: { type: 'text_delta', text } });
const jsonDelta = (partial_json: string, index = 1) => ev('content_block_delta', { index, delta: { type: 'input_json_delta', partial_json } });

async function pipe(vault: Vault, chunks: string[]): Promise<{ out: string; end: StreamEnd | undefined; events: { name: string; data: JsonObject }[] }> {
  let end: StreamEnd | undefined;
  const enc = new TextEncoder();
  const src = new ReadableStream<Uint8Array>({ start(c) { for (const x of chunks) c.enqueue(enc.encode(x)); c.close(); } });
  const out = await new Response(restoreSseBody(src, anthropicAdapter, vault, { onEvent: () => {}, upstreamFailed: () => false, takeReviewIds: () => [], onEnd: (e) => (end = e) }, { error: () => {}, cancel: () => {} })).text();
  const events = out.split('\n\n').filter((b) => b.includes('data: ')).map((b) => {
    const name = /^event: (.*)$/m.exec(b)?.[1] ?? '';
    return { name, data: JSON.parse(/^data: (.*)$/m.exec(b)![1]!) as JsonObject };
  });
  return { out, end, events };
}

function vaultWithEmail(): Vault {
  const vault = createVault();
  redactRequestBody({ messages: [{ role: 'user', content: `x ${EMAIL}` }] }, anthropicAdapter, basicEngine, vault);
  return vault;
}

const textOf = (events: { data: JsonObject }[], index = 0) =>
  events.filter((e) => e.data.type === 'content_block_delta' && e.data.index === index).map((e) => ((e.data.delta as JsonObject).text ?? (e.data.delta as JsonObject).partial_json) as string).join('');

describe('anthropic stream restore', () => {
  const start = [ev('message_start', { message: { id: 'msg_1', type: 'message', role: 'assistant', content: [], model: 'm', usage: { input_tokens: 3, output_tokens: 1 } } }), ev('content_block_start', { index: 0, content_block: { type: 'text', text: '' } })];
  const end = [ev('message_delta', { delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 4 } }), ev('message_stop')];

  it('restores text_delta across events and pings, holding back only a placeholder prefix', async () => {
    const { events, end: how } = await pipe(vaultWithEmail(), [...start, textDelta('Hi [EMAIL_'), ev('ping'), textDelta('ADDRESS_1] ok'), ev('content_block_stop', { index: 0 }), ...end]);
    expect(how).toBe('complete');
    expect(textOf(events)).toBe(`Hi ${EMAIL} ok`);
    expect(events.find((e) => e.data.type === 'content_block_delta')!.data).toEqual({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'Hi ' } });
    expect(events.map((e) => e.name)).toContain('ping');
  });

  it('emits held text as a small content_block_delta before content_block_stop', async () => {
    const { events } = await pipe(vaultWithEmail(), [...start, textDelta('price [3'), ev('content_block_stop', { index: 0 }), ...end]);
    const names = events.map((e) => e.name);
    expect(textOf(events)).toBe('price [3');
    expect(names.indexOf('content_block_stop')).toBeGreaterThan(names.lastIndexOf('content_block_delta'));
  });

  it('restores input_json_delta with JSON escaping; partial JSON may split a placeholder', async () => {
    const vault = createVault();
    redactRequestBody({ messages: [{ role: 'user', content: 'x "quoted"@example.com' }] }, anthropicAdapter, { ...basicEngine, detect: (t) => { const i = t.indexOf('"quoted"@example.com'); return i < 0 ? [] : [{ type: 'EMAIL_ADDRESS', start: i, end: i + 20 }]; } }, vault);
    const block = ev('content_block_start', { index: 1, content_block: { type: 'tool_use', id: 'toolu_1', name: 'send', input: {} } });
    const { events } = await pipe(vault, [...start, block, jsonDelta('{"to": "[EMAIL_ADD'), jsonDelta('RESS_1]"}'), ev('content_block_stop', { index: 1 }), ...end]);
    expect(JSON.parse(textOf(events, 1))).toEqual({ to: '"quoted"@example.com' });
  });

  it('a stream without message_stop ends with event: error; malformed data too', async () => {
    const truncated = await pipe(vaultWithEmail(), [...start, textDelta('Hi [EMAIL_ADD')]);
    expect(truncated.end).toBe('truncated');
    expect(truncated.events.at(-1)).toMatchObject({ name: 'error', data: { type: 'error', error: { type: 'api_error' } } });
    expect(textOf(truncated.events)).toBe('Hi [EMAIL_ADD'); // a prefix that never completed is not a value
    const malformed = await pipe(vaultWithEmail(), [...start, 'event: content_block_delta\ndata: {"type":\n\n', ...end]);
    expect(malformed.end).toBe('malformed');
    expect(malformed.events.at(-1)!.name).toBe('error');
  });

  it('an upstream event: error ends the stream as it is (no second error appended)', async () => {
    const upstreamError = ev('error', { error: { type: 'overloaded_error', message: 'Overloaded' } });
    const { events, end: how } = await pipe(vaultWithEmail(), [...start, textDelta('Hi'), upstreamError]);
    expect(how).toBe('complete');
    expect(events.filter((e) => e.name === 'error')).toHaveLength(1);
    expect(events.at(-1)!.data).toMatchObject({ error: { type: 'overloaded_error' } });
  });
});

describe('anthropic adapter data', () => {
  it('reads x-api-key or a bearer token; sends x-api-key upstream with version and beta headers only', () => {
    expect(readAnthropicKey(new Headers({ 'x-api-key': 'k1' }))).toBe('k1');
    expect(readAnthropicKey(new Headers({ authorization: 'Bearer k2' }))).toBe('k2');
    const h = anthropicAdapter.upstreamHeaders(new Headers({ 'anthropic-version': '2023-06-01', 'anthropic-beta': 'b1', cookie: 'c', authorization: 'Bearer k2' }), 'k2');
    expect(h).toEqual({ 'anthropic-version': '2023-06-01', 'anthropic-beta': 'b1', 'x-api-key': 'k2' });
    // OAuth access tokens are accepted upstream only as a bearer token.
    expect(anthropicAdapter.upstreamHeaders(new Headers(), 'sk-ant-oat01-x')).toEqual({ authorization: 'Bearer sk-ant-oat01-x' });
  });

  it('finds tool calls in responses and streams, and usage', () => {
    const body = { content: [{ type: 'text', text: 'x' }, { type: 'tool_use', id: 't', name: 'route_lead', input: { owner: '[PERSON_1]' } }], usage: { input_tokens: 7, output_tokens: 3 } };
    expect(anthropicAdapter.toolCalls.fromResponse(body)).toEqual([{ key: 'b1', name: 'route_lead', args: '{"owner":"[PERSON_1]"}', nameComplete: true }]);
    expect(anthropicAdapter.usage(body)).toEqual({ input: 7, output: 3 });
    const acc = new Map<string, ToolCallSnapshot>();
    for (const e of [
      { type: 'content_block_start', index: 1, content_block: { type: 'tool_use', id: 't', name: 'route_lead', input: {} } },
      { type: 'content_block_delta', index: 1, delta: { type: 'input_json_delta', partial_json: '{"a":' } },
      { type: 'content_block_delta', index: 1, delta: { type: 'input_json_delta', partial_json: '1}' } },
    ]) anthropicAdapter.toolCalls.fromStreamEvent(e, acc);
    expect([...acc.values()]).toEqual([{ key: 'b1', name: 'route_lead', args: '{"a":1}', nameComplete: true }]);
    expect(anthropicAdapter.usage({ type: 'message_start', message: { usage: { input_tokens: 9, output_tokens: 1 } } })).toEqual({ input: 9, output: 1 });
  });

  it('no-training pseudonymizes metadata.user_id and notes that there is no per-request switch', async () => {
    const body: JsonObject = { metadata: { user_id: 'u-1' } };
    const r = await anthropicAdapter.noTraining(body, anthropicAdapter.routes[0]!, { pseudonymize: async (s) => `p(${s})`, options: {} });
    expect(r).toEqual({ actions: ['anthropic_no_switch', 'user_id_pseudonymized'], user: 'p(u-1)' });
    expect(body.metadata).toEqual({ user_id: 'p(u-1)' });
  });

  it('errors use the Anthropic envelope and types', () => {
    expect(anthropicAdapter.error(429, 'slow down', 'pledge_x')).toEqual({ status: 429, body: { type: 'error', error: { type: 'rate_limit_error', message: 'slow down', details: { error_code: 'pledge_x' } } } });
    expect((anthropicAdapter.error(502, 'm', 'c').body as { error: { type: string } }).error.type).toBe('api_error');
    expect((anthropicAdapter.error(403, 'm', 'c').body as { error: { type: string } }).error.type).toBe('permission_error');
  });
});
