import OpenAI, { AzureOpenAI } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { azureRoutes } from '../mock/azure.ts';
import { buildComplianceReport } from '../src/core/policy/compliance-report.ts';
import { emptyEvidence, foldAuditEvent } from '../src/core/policy/evidence.ts';
import { parsePolicy } from '../src/core/policy/parse.ts';
import { azureAdapter } from '../src/core/providers/azure/index.ts';
import { eventually, startHarness, type Harness, settled } from './support/harness.ts';

const EMAIL = 'sneha.rao+crm@example.co.in';
const PROMPT = `Please follow up with ${EMAIL} about the renewal; cc ${EMAIL}.`;
const KEY = 'azure-test-key';
const VERSION = '2024-10-21';

const POLICY = `
name: azure-test
providers:
  azure:
    models: ['gpt-*', 'text-embedding-*']
    terms: { dpa: true, modified_abuse_monitoring: false }
decisions:
  - { id: route_lead, tools: [route_lead] }
`;

let h: Harness;
let viaPledge: AzureOpenAI;
let direct: AzureOpenAI;

beforeAll(async () => {
  const parsed = await parsePolicy(POLICY, 'azure-test.yaml');
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  h = await startHarness({ adapters: [azureAdapter], mockHandlers: [azureRoutes({ apiKey: KEY })], policy: parsed.value, upstreams: (url) => ({ azure: url }) });
  viaPledge = new AzureOpenAI({ endpoint: `${h.pledge.url}/azure`, apiKey: KEY, apiVersion: VERSION, maxRetries: 0 });
  direct = new AzureOpenAI({ endpoint: h.mock.url, apiKey: KEY, apiVersion: VERSION, maxRetries: 0 });
});
afterAll(() => h.close());

/** Only what came through Pledge (it adds Content-Usage); direct calls are the baseline. */
const viaPledgeSeen = () => h.mock.received.filter((r) => r.headers['content-usage'] !== undefined);
const sawPersonalData = () => viaPledgeSeen().some((r) => r.raw.includes(EMAIL));
const lastReceived = () => h.mock.received.at(-1)!;

describe('AzureOpenAI SDK through Pledge', () => {
  it('chat: deployment path, api-version and api-key forwarded; restore exact; store:false sent', async () => {
    const messages = [{ role: 'user' as const, content: PROMPT }];
    const got = await viaPledge.chat.completions.create({ model: 'gpt-4o-mini', messages });
    const seen = lastReceived();
    expect(seen.path).toBe('/openai/deployments/gpt-4o-mini/chat/completions');
    expect(seen.query['api-version']).toBe(VERSION);
    expect(seen.headers['api-key']).toBe(KEY);
    expect((seen.body as Record<string, unknown>).store).toBe(false);
    expect(seen.raw).toContain('[EMAIL_ADDRESS_1]');
    const want = await direct.chat.completions.create({ model: 'gpt-4o-mini', messages });
    expect(got).toEqual(want);
    expect(got.choices[0]!.message.content).toBe(`Echo: ${PROMPT}`);
    expect(sawPersonalData()).toBe(false);
  });

  it('chat stream: placeholders split across events are restored', async () => {
    const messages = [{ role: 'user' as const, content: PROMPT }];
    const collect = async (client: AzureOpenAI) => {
      const stream = await client.chat.completions.create({ model: 'gpt-4o-mini', messages, stream: true });
      let text = '';
      for await (const c of stream) text += c.choices[0]?.delta.content ?? '';
      return text;
    };
    expect(await collect(viaPledge)).toBe(await collect(direct));
    expect(await collect(viaPledge)).toBe(`Echo: ${PROMPT}`);
    expect(sawPersonalData()).toBe(false);
  });

  it('tool calls: arguments restored in JSON and streams; decisions queued for review', async () => {
    const tools = [{ type: 'function' as const, function: { name: 'route_lead', parameters: { type: 'object', properties: {} } } }];
    const messages = [{ role: 'user' as const, content: `Route "${EMAIL}" to sales` }];
    const got = await viaPledge.chat.completions.create({ model: 'gpt-4o-mini', messages, tools }).withResponse();
    const want = await direct.chat.completions.create({ model: 'gpt-4o-mini', messages, tools });
    expect(got.data).toEqual(want);
    expect(got.response.headers.get('x-pledge-review')).toBe('required');
    const call = got.data.choices[0]!.message.tool_calls![0]!;
    expect(call.type === 'function' && JSON.parse(call.function.arguments)).toEqual({ note: `Route "${EMAIL}" to sales` });
    const final = await viaPledge.chat.completions.stream({ model: 'gpt-4o-mini', messages, tools }).finalChatCompletion();
    const streamed = final.choices[0]!.message.tool_calls![0]!;
    expect(streamed.type === 'function' && JSON.parse(streamed.function.arguments)).toEqual({ note: `Route "${EMAIL}" to sales` });
    expect(h.reviews.some((r) => r.provider === 'azure' && r.tool === 'route_lead')).toBe(true);
    expect(sawPersonalData()).toBe(false);
  });

  it('responses: /openai/responses with body model, non-streaming and streaming', async () => {
    const got = await viaPledge.responses.create({ model: 'gpt-4o-mini', input: PROMPT });
    expect(lastReceived().path).toBe('/openai/responses');
    expect((lastReceived().body as Record<string, unknown>).store).toBe(false);
    expect(got).toEqual(await direct.responses.create({ model: 'gpt-4o-mini', input: PROMPT }));
    const stream = viaPledge.responses.stream({ model: 'gpt-4o-mini', input: PROMPT });
    let deltas = '';
    stream.on('response.output_text.delta', (e) => (deltas += e.delta));
    expect((await stream.finalResponse()).output_text).toBe(`Echo: ${PROMPT}`);
    expect(deltas).toBe(`Echo: ${PROMPT}`);
    expect(sawPersonalData()).toBe(false);
  });

  it('embeddings by deployment, and the /openai/v1 form with the plain OpenAI client', async () => {
    const emb = await viaPledge.embeddings.create({ model: 'text-embedding-3-small', input: [PROMPT] });
    expect(emb.data).toHaveLength(1);
    expect(lastReceived().path).toBe('/openai/deployments/text-embedding-3-small/embeddings');
    const v1 = new OpenAI({ apiKey: KEY, baseURL: `${h.pledge.url}/azure/openai/v1`, maxRetries: 0 });
    const got = await v1.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: PROMPT }] });
    expect(got.choices[0]!.message.content).toBe(`Echo: ${PROMPT}`);
    expect(lastReceived().path).toBe('/openai/v1/chat/completions');
    expect(lastReceived().headers.authorization).toBe(`Bearer ${KEY}`);
    expect((await v1.models.list()).data.map((m) => m.id)).toContain('gpt-4o-mini');
    expect(sawPersonalData()).toBe(false);
  });

  it('Entra ID bearer tokens are forwarded as bearer tokens', async () => {
    const entra = new AzureOpenAI({ endpoint: `${h.pledge.url}/azure`, azureADTokenProvider: async () => 'entra-test-token', apiVersion: VERSION, maxRetries: 0 });
    await entra.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] });
    expect(lastReceived().headers.authorization).toBe('Bearer entra-test-token');
    expect(lastReceived().headers['api-key']).toBeUndefined();
  });

  it('audit events record the unattested modified_abuse_monitoring term', async () => {
    await settled();
    const before = h.audit.length;
    await viaPledge.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: PROMPT }] });
    await eventually(() => expect(h.audit.length).toBe(before + 1));
    const event = h.audit.at(-1)!;
    expect(event).toMatchObject({ provider: 'azure', model: 'gpt-4o-mini', endpoint: 'chat.completions', terms: { modified_abuse_monitoring: false } });
    expect(event.no_training).toEqual(expect.arrayContaining(['store_false', 'content_usage_header']));
    expect(JSON.stringify([h.audit, h.logs])).not.toContain(EMAIL);
    expect(JSON.stringify([h.audit, h.logs])).not.toContain(KEY);
    const counters = h.audit.reduce(foldAuditEvent, emptyEvidence());
    expect(counters.unattested).toBe(counters.requests_by_provider?.azure);
    const report = buildComplianceReport(h.deps.policies.get('azure-test')!, counters);
    expect(report.flags.join('\n')).toMatch(/without attested no-training terms \(azure\)/);
  });
});

describe('Azure errors', () => {
  const raw = (path: string, init: RequestInit = {}) =>
    fetch(`${h.pledge.url}/azure${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'api-key': KEY }, body: JSON.stringify({ messages: [{ role: 'user', content: 'hi' }] }), ...init });

  it('missing or wrong api-version → Azure 400 before anything goes upstream; the SDK raises BadRequestError', async () => {
    const before = h.mock.received.length;
    const missing = await raw('/openai/deployments/gpt-4o-mini/chat/completions');
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({ error: { code: 'MissingApiVersionParameter', message: expect.stringContaining('api-version') } });
    for (const bad of ['banana', '2024-13-01', '2024-02-30', '2019-01-01', '2024-10-21&api-version=2024-10-21']) {
      const res = await raw(`/openai/deployments/gpt-4o-mini/chat/completions?api-version=${bad}`);
      expect(res.status, bad).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('UnsupportedApiVersion');
    }
    const wrong = new AzureOpenAI({ endpoint: `${h.pledge.url}/azure`, apiKey: KEY, apiVersion: 'not-a-version', maxRetries: 0 });
    const err = await wrong.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AzureOpenAI.BadRequestError);
    expect((err as InstanceType<typeof AzureOpenAI.BadRequestError>).code).toBe('UnsupportedApiVersion');
    expect(h.mock.received.length).toBe(before);
  });

  it("upstream errors pass through in Azure's envelope: a bad key gives AuthenticationError", async () => {
    const bad = new AzureOpenAI({ endpoint: `${h.pledge.url}/azure`, apiKey: 'wrong-key', apiVersion: VERSION, maxRetries: 0 });
    const err = await bad.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AzureOpenAI.AuthenticationError);
    expect((err as InstanceType<typeof AzureOpenAI.AuthenticationError>).code).toBe('401');
  });

  it("Pledge's own refusals use Azure's envelope: a deployment outside the allowlist is PermissionDeniedError", async () => {
    const err = await viaPledge.chat.completions.create({ model: 'llama-3', messages: [{ role: 'user', content: 'hi' }] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AzureOpenAI.PermissionDeniedError);
    const e = err as InstanceType<typeof AzureOpenAI.PermissionDeniedError>;
    expect(e.code).toBe('pledge_model_not_allowed');
    expect(e.error).toEqual({ code: 'pledge_model_not_allowed', message: expect.any(String) });
  });

  it('deployment names that carry paths or URLs are refused, never forwarded', async () => {
    const before = h.mock.received.length;
    for (const dep of ['..%2F..%2Fadmin', 'http%3A%2F%2Fevil.example', 'gpt-4o%2F..%2F..', '%2e%2e']) {
      const res = await raw(`/openai/deployments/${dep}/chat/completions?api-version=${VERSION}`);
      expect([403, 404], dep).toContain(res.status);
      expect(((await res.json()) as { error: { code: string } }).error.code).toMatch(/^pledge_/);
    }
    expect(h.mock.received.length).toBe(before);
  });

  it('unknown Azure routes give 404 in the Azure envelope', async () => {
    const res = await raw(`/openai/deployments/gpt-4o-mini/images/generations?api-version=${VERSION}`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('pledge_unknown_route');
  });
});
