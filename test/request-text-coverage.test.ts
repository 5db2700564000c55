/**
 * Request text that the walkers once passed over: developer maps whose keys look structural
 * (`metadata.user`, a stored prompt's `variables`), structural keys holding objects, JSON text with
 * `\u` escapes in tool results, media parts in Gemini's snake_case or OpenAI's screenshot shape,
 * JSON nested too deep inside tool-call arguments, and requests that name no model (or a non-string
 * one) under a model allowlist. Each case checks what reached the mock provider.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anthropicRoutes } from '../mock/anthropic.ts';
import { geminiRoutes } from '../mock/gemini.ts';
import { parsePolicy } from '../src/core/policy/parse.ts';
import { anthropicAdapter } from '../src/core/providers/anthropic/index.ts';
import { geminiAdapter } from '../src/core/providers/gemini/index.ts';
import { openaiAdapter } from '../src/core/providers/openai/index.ts';
import { createEngineCache } from '../src/core/redact/policy-engine.ts';
import { loadPolicyFile, startHarness, type Harness } from './support/harness.ts';

const EMAIL = 'jane.doe@example.com';
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB';
/** What Python's json.dumps writes by default (ensure_ascii): every non-ASCII character as \uXXXX. */
const pyDumps = (o: unknown) => JSON.stringify(o).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const oai = { authorization: 'Bearer sk-x' };
const gem = { 'x-goog-api-key': 'k' };
const ant = { 'x-api-key': 'k', 'anthropic-version': '2023-06-01' };

async function start(policyYaml?: string): Promise<Harness> {
  const parsed = policyYaml === undefined ? undefined : await parsePolicy(policyYaml, 'strict.yaml');
  if (parsed && !parsed.ok) throw new Error(parsed.errors.join('\n'));
  const policy = parsed?.value ?? (await loadPolicyFile('default'));
  // The policy's own engine (the harness default finds no names).
  return startHarness({
    policy,
    engine: createEngineCache()(policy),
    adapters: [openaiAdapter, anthropicAdapter, geminiAdapter],
    mockHandlers: [anthropicRoutes(), geminiRoutes()],
    upstreams: (u) => ({ openai: `${u}/v1`, anthropic: u, gemini: u }),
  });
}

async function post(h: Harness, path: string, headers: Record<string, string>, body: unknown) {
  const before = h.mock.received.length;
  const res = await fetch(h.pledge.url + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const json = (await res.json()) as Record<string, unknown>;
  const sent = h.mock.received.slice(before).map((r) => r.raw).join('\n');
  return { status: res.status, json, sent, reachedUpstream: h.mock.received.length > before };
}

describe('text in developer maps and odd shapes (default policy)', () => {
  let h: Harness;
  beforeAll(async () => (h = await start()));
  afterAll(async () => h.close());

  it('scans Responses metadata: an e-mail under the key "user" does not reach upstream', async () => {
    const r = await post(h, '/openai/v1/responses', oai, { model: 'gpt-4o-mini', input: 'hi', metadata: { user: EMAIL, order: 'A-1001' } });
    expect(r.status).toBe(200);
    expect(r.sent).not.toContain(EMAIL);
    expect(r.sent).toContain('A-1001');
  });

  it('scans a stored prompt\'s variables, whatever their names ("user", "id"), with the key as a hint', async () => {
    const r = await post(h, '/openai/v1/responses', oai, { model: 'gpt-4o-mini', prompt: { id: 'pmpt_1', variables: { user: EMAIL, id: EMAIL, customer_name: 'Oskar Wiśniewski' } } });
    expect(r.status).toBe(200);
    expect(r.sent).not.toContain(EMAIL);
    expect(r.sent).not.toContain('Wiśniewski');
    expect(r.sent).toContain('pmpt_1');
  });

  it('refuses an image passed as a stored prompt variable, as any input image', async () => {
    const r = await post(h, '/openai/v1/responses', oai, { model: 'gpt-4o-mini', prompt: { id: 'pmpt_1', variables: { photo: { type: 'input_image', image_url: `data:image/png;base64,${PNG}` } } } });
    expect(r.reachedUpstream).toBe(false);
    expect(r.status).toBe(403);
  });

  it('scans an object where a structural key ("user") should hold a string', async () => {
    const r = await post(h, '/openai/v1/chat/completions', oai, { model: 'gpt-4o-mini', user: { email: EMAIL }, messages: [{ role: 'user', content: 'hi' }] });
    expect(r.sent).not.toContain(EMAIL);
  });

  it.each([
    ['OpenAI tool message', '/openai/v1/chat/completions', oai, (c: string) => ({ model: 'gpt-4o-mini', messages: [
      { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'lookup', arguments: '{"q":"x"}' } }] },
      { role: 'tool', tool_call_id: 'c1', content: c },
    ] })],
    ['Anthropic tool_result', '/anthropic/v1/messages', ant, (c: string) => ({ model: 'claude-sonnet-4-5', max_tokens: 16, messages: [
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: c }] },
    ] })],
  ])('finds the values of a %s written as JSON with \\u escapes (Python json.dumps)', async (_label, path, headers, body) => {
    const record = { customer_name: 'José Ñúñez', phone: '+34 612 345 678', note: 'called' };
    const r = await post(h, path, headers, body(pyDumps(record)));
    expect(r.status).toBe(200);
    expect(r.sent).not.toMatch(/Jos\\\\u00e9|José|Ñúñez|612 345 678/);
    expect(r.sent).toContain('called');
  });

  it('leaves JSON text with \\u escapes byte for byte when nothing in it is personal', async () => {
    const content = pyDumps({ status: 'entregado', city: 'Málaga' });
    const r = await post(h, '/openai/v1/chat/completions', oai, { model: 'gpt-4o-mini', messages: [{ role: 'user', content }] });
    expect(r.status).toBe(200);
    expect(r.sent).toContain(JSON.stringify(content).slice(1, -1));
  });

  it('refuses Gemini media parts written in snake_case (inline_data, file_data), as in camelCase', async () => {
    for (const part of [{ inline_data: { mime_type: 'image/png', data: PNG } }, { file_data: { mime_type: 'application/pdf', file_uri: 'https://generativelanguage.googleapis.com/v1beta/files/abc' } }]) {
      const r = await post(h, '/gemini/v1beta/models/gemini-2.5-flash:generateContent', gem, { contents: [{ role: 'user', parts: [part, { text: 'what is this?' }] }] });
      expect(r.reachedUpstream).toBe(false);
      expect(r.status).toBe(403);
      expect(r.json).toMatchObject({ error: { status: 'PERMISSION_DENIED' } });
    }
  });

  it('refuses an OpenAI Responses computer screenshot, an image', async () => {
    const r = await post(h, '/openai/v1/responses', oai, { model: 'gpt-4o-mini', input: [
      { type: 'computer_call_output', call_id: 'c1', output: { type: 'computer_screenshot', image_url: `data:image/png;base64,${PNG}` } },
    ] });
    expect(r.reachedUpstream).toBe(false);
    expect(r.status).toBe(403);
  });

  it('answers 400 in the OpenAI envelope for tool-call arguments nested 20,000 levels deep', async () => {
    const args = `${'['.repeat(20000)}"x"${']'.repeat(20000)}`;
    const r = await post(h, '/openai/v1/chat/completions', oai, { model: 'gpt-4o-mini', messages: [
      { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'f', arguments: args } }] },
      { role: 'tool', tool_call_id: 'c1', content: 'ok' },
    ] });
    expect(r.status).toBe(400);
    expect(r.json).toMatchObject({ error: { code: 'pledge_json_too_deep' } });
    expect(r.reachedUpstream).toBe(false);
  });
});

describe('no-training and stored conversations', () => {
  let h: Harness;
  beforeAll(async () => (h = await start()));
  afterAll(async () => h.close());

  it('refuses a Responses request that names a conversation (its items stay stored upstream whatever store says)', async () => {
    const r = await post(h, '/openai/v1/responses', oai, { model: 'gpt-4o-mini', input: 'hello', conversation: 'conv_123' });
    expect(r.status).toBe(403);
    expect(r.json).toMatchObject({ error: { code: 'pledge_stateful_conversation' } });
    expect(r.reachedUpstream).toBe(false);
    const stateless = await post(h, '/openai/v1/responses', oai, { model: 'gpt-4o-mini', input: 'hello' });
    expect(stateless.status).toBe(200);
    expect(stateless.sent).toContain('"store":false');
  });
});

describe('the model allowlist', () => {
  let h: Harness;
  beforeAll(async () => (h = await start(`name: strict
providers:
  openai: { models: ['gpt-4o-mini'], endpoints: ['*'] }
redaction: { entities: all, default_mode: pseudonymize, non_text_parts: refuse }
no_training: { enforce: true, refuse_training_endpoints: true, content_usage_header: true }
logging: { retention_days: 30, pseudonymize: [user, tenant, ip] }
limits: { max_body_bytes: 1048576, upstream_timeout_ms: 10000, max_response_bytes: 1048576 }
`)));
  afterAll(async () => h.close());

  it('refuses a request that names no model (a stored prompt would choose it) when only some models are allowed', async () => {
    const r = await post(h, '/openai/v1/responses', oai, { prompt: { id: 'pmpt_abc' }, input: 'hi' });
    expect(r.status).toBe(403);
    expect(r.json).toMatchObject({ error: { code: 'pledge_model_not_named' } });
    expect(r.reachedUpstream).toBe(false);
  });

  it('answers 400 for a model that is not a string', async () => {
    const r = await post(h, '/openai/v1/chat/completions', oai, { model: ['o3'], messages: [{ role: 'user', content: 'hi' }] });
    expect(r.status).toBe(400);
    expect(r.json).toMatchObject({ error: { code: 'pledge_invalid_model' } });
    expect(r.reachedUpstream).toBe(false);
  });

  it('still lets an allowed model through', async () => {
    const r = await post(h, '/openai/v1/responses', oai, { model: 'gpt-4o-mini', input: 'hi' });
    expect(r.status).toBe(200);
  });
});
