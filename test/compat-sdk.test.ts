import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openrouterRoutes, type OpenRouterMock } from '../mock/openrouter.ts';
import { parsePolicy } from '../src/core/policy/parse.ts';
import { compatWiring, parseCompatUpstreams } from '../src/core/providers/compat/index.ts';
import { eventually, startHarness, type Harness, settled } from './support/harness.ts';

const EMAIL = 'sneha.rao+crm@example.co.in';
const PROMPT = `Please follow up with ${EMAIL} about the renewal; cc ${EMAIL}.`;
const OR_KEY = 'or-test-key';

const POLICY = `
name: compat-test
providers:
  compat:openrouter:
    models: ['openai/*', 'anthropic/*']
    terms: { zdr: true }
  compat:vllm:
    models: ['*']
decisions:
  - { id: route_lead, tools: [route_lead] }
`;

let h: Harness;
let or: OpenRouterMock;
let viaPledge: OpenAI;
let direct: OpenAI;

beforeAll(async () => {
  or = openrouterRoutes({ apiKey: OR_KEY });
  const parsed = await parsePolicy(POLICY, 'compat-test.yaml');
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const secrets: Record<string, string> = { OPENROUTER_API_KEY: OR_KEY };
  const declared = (mockUrl: string) => [
    { name: 'openrouter', baseUrl: `${mockUrl}/openrouter/api/v1`, credentialRef: 'OPENROUTER_API_KEY', noTraining: 'openrouter' },
    { name: 'vllm', baseUrl: `${mockUrl}/v1` },
  ];
  const wire = (mockUrl: string) => compatWiring(parseCompatUpstreams(JSON.stringify(declared(mockUrl)), (n) => secrets[n]));
  h = await startHarness({
    mockHandlers: [or.handler],
    policy: parsed.value,
    // Adapters do not depend on the base URL; the mock's URL is known only once it listens.
    adapters: wire('http://mock.invalid').adapters,
    upstreams: (mockUrl) => wire(mockUrl).upstreams,
  });
  viaPledge = new OpenAI({ apiKey: 'client-key-not-forwarded', baseURL: `${h.pledge.url}/compat/openrouter/v1`, maxRetries: 0 });
  direct = new OpenAI({ apiKey: OR_KEY, baseURL: `${h.mock.url}/openrouter/api/v1`, maxRetries: 0 });
});
afterAll(() => h.close());

const viaPledgeSeen = () => h.mock.received.filter((r) => r.headers['content-usage'] !== undefined);
const sawPersonalData = () => viaPledgeSeen().some((r) => r.raw.includes(EMAIL));
const lastReceived = () => h.mock.received.at(-1)!;

describe('OpenAI SDK through a compat upstream (OpenRouter-like)', () => {
  it('chat: restore exact, declared key used upstream, data_collection deny and zdr sent', async () => {
    const messages = [{ role: 'user' as const, content: PROMPT }];
    const got = await viaPledge.chat.completions.create({ model: 'openai/gpt-4o-mini', messages });
    const seen = lastReceived();
    expect(seen.path).toBe('/openrouter/api/v1/chat/completions');
    expect(seen.headers.authorization).toBe(`Bearer ${OR_KEY}`);
    expect((seen.body as Record<string, unknown>).provider).toEqual({ data_collection: 'deny', zdr: true });
    expect(or.providers.at(-1)).toEqual({ data_collection: 'deny', zdr: true });
    expect(seen.raw).toContain('[EMAIL_ADDRESS_1]');
    const want = await direct.chat.completions.create({ model: 'openai/gpt-4o-mini', messages });
    expect(got).toEqual(want);
    expect(got.choices[0]!.message.content).toBe(`Echo: ${PROMPT}`);
    expect(sawPersonalData()).toBe(false);
  });

  it('a client asking for data_collection allow is overridden, and the override is in the audit event', async () => {
    await settled();
    const before = h.audit.length;
    const body = { model: 'openai/gpt-4o-mini', messages: [{ role: 'user' as const, content: 'hi' }], provider: { data_collection: 'allow', order: ['azure'] } };
    await viaPledge.chat.completions.create(body as OpenAI.ChatCompletionCreateParamsNonStreaming);
    expect(or.providers.at(-1)).toEqual({ data_collection: 'deny', order: ['azure'], zdr: true });
    await eventually(() => expect(h.audit.length).toBe(before + 1));
    const event = h.audit.at(-1)!;
    expect(event).toMatchObject({ provider: 'compat:openrouter', model: 'openai/gpt-4o-mini', terms: { zdr: true } });
    expect(event.no_training).toEqual(expect.arrayContaining(['data_collection_overridden', 'zdr_set', 'content_usage_header']));
  });

  it('stream and tool calls are restored; decisions are queued', async () => {
    const messages = [{ role: 'user' as const, content: PROMPT }];
    let text = '';
    for await (const c of await viaPledge.chat.completions.create({ model: 'openai/gpt-4o-mini', messages, stream: true })) text += c.choices[0]?.delta.content ?? '';
    expect(text).toBe(`Echo: ${PROMPT}`);
    const tools = [{ type: 'function' as const, function: { name: 'route_lead', parameters: { type: 'object', properties: {} } } }];
    const final = await viaPledge.chat.completions.stream({ model: 'openai/gpt-4o-mini', messages, tools }).finalChatCompletion();
    const call = final.choices[0]!.message.tool_calls![0]!;
    expect(call.type === 'function' && JSON.parse(call.function.arguments)).toEqual({ note: PROMPT });
    await eventually(() => expect(h.reviews.some((r) => r.provider === 'compat:openrouter' && r.tool === 'route_lead')).toBe(true));
    const got = await viaPledge.responses.create({ model: 'openai/gpt-4o-mini', input: PROMPT });
    expect(got.output_text).toBe(`Echo: ${PROMPT}`);
    expect(or.providers.at(-1)).toEqual({ data_collection: 'deny', zdr: true });
    expect(sawPersonalData()).toBe(false);
  });

  it('a compat upstream without a declared credential passes the client key and gets no OpenRouter rewrites', async () => {
    const vllm = new OpenAI({ apiKey: 'vllm-client-key', baseURL: `${h.pledge.url}/compat/vllm/v1`, maxRetries: 0 });
    const got = await vllm.chat.completions.create({ model: 'meta-llama/Llama-3.1-8B-Instruct', messages: [{ role: 'user', content: PROMPT }] });
    expect(got.choices[0]!.message.content).toBe(`Echo: ${PROMPT}`);
    expect(lastReceived().path).toBe('/v1/chat/completions');
    expect(lastReceived().headers.authorization).toBe('Bearer vllm-client-key');
    expect((lastReceived().body as Record<string, unknown>).provider).toBeUndefined();
    expect(sawPersonalData()).toBe(false);
  });
});

describe('compat bad input', () => {
  it('an unknown compat upstream name is a 404 the SDK raises as NotFoundError', async () => {
    const before = h.mock.received.length;
    const nope = new OpenAI({ apiKey: 'k', baseURL: `${h.pledge.url}/compat/nope/v1`, maxRetries: 0 });
    const err = await nope.chat.completions.create({ model: 'openai/gpt-4o', messages: [{ role: 'user', content: 'hi' }] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.NotFoundError);
    expect(h.mock.received.length).toBe(before);
  });

  it('model names carrying URLs or paths are refused before anything goes upstream', async () => {
    const before = h.mock.received.length;
    for (const model of ['../../admin', 'openai/../../x', 'http://evil.example/v1', 'https://evil.example', 'openai/gpt-4o\n']) {
      const err = await viaPledge.chat.completions.create({ model, messages: [{ role: 'user', content: 'hi' }] }).catch((e: unknown) => e);
      expect(err, model).toBeInstanceOf(OpenAI.PermissionDeniedError);
      expect((err as InstanceType<typeof OpenAI.PermissionDeniedError>).code).toMatch(/^pledge_(invalid_model|model_not_allowed)$/);
    }
    expect(h.mock.received.length).toBe(before);
  });

  it('models outside the compat allowlist are refused with the policy reason', async () => {
    const err = await viaPledge.chat.completions.create({ model: 'google/gemini-pro', messages: [{ role: 'user', content: 'hi' }] }).catch((e: unknown) => e);
    expect((err as InstanceType<typeof OpenAI.PermissionDeniedError>).code).toBe('pledge_model_not_allowed');
  });
});
