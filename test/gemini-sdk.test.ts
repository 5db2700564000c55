import { ApiError, GoogleGenAI, Type } from '@google/genai';
import { GoogleGenerativeAI, GoogleGenerativeAIError, GoogleGenerativeAIFetchError, SchemaType } from '@google/generative-ai';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anthropicRoutes } from '../mock/anthropic.ts';
import { geminiRoutes } from '../mock/gemini.ts';
import { builtinAdapters } from '../src/core/providers/registry.ts';
import { eventually, startHarness, type Harness, settled } from './support/harness.ts';

const EMAIL = 'sneha.rao+crm@example.co.in';
const PROMPT = `Please follow up with ${EMAIL} about the renewal; cc ${EMAIL}.`;
const KEY = 'AIza-test-client-key';
const MODEL = 'gemini-2.5-flash';

let h: Harness;
const harness = (upstream?: string, upstreamTimeoutMs?: number) =>
  startHarness({
    ...(upstreamTimeoutMs !== undefined && { deps: { upstreamTimeoutMs } }),
    adapters: [...builtinAdapters],
    mockHandlers: [anthropicRoutes(), geminiRoutes()],
    upstreams: (u) => ({ openai: `${u}/v1`, anthropic: u, gemini: upstream ?? u }),
  });
beforeAll(async () => {
  h = await harness();
});
afterAll(() => h.close());

const sawPersonalData = () => h.mock.received.some((r) => r.headers['content-usage'] !== undefined && r.raw.includes(EMAIL));
const lastReceived = () => h.mock.received.at(-1)!;
/** Drops SDK helper functions and the transport envelope, keeping what the API returned. */
const plain = (v: unknown) => JSON.parse(JSON.stringify(v, (k, x) => (k === 'sdkHttpResponse' ? undefined : x))) as unknown;
const caught = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e);

async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address() as { port: number };
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

const legacy = (base: string, model = MODEL) => new GoogleGenerativeAI(KEY).getGenerativeModel({ model }, { baseUrl: base });
const genai = (base: string) => new GoogleGenAI({ apiKey: KEY, httpOptions: { baseUrl: base } });
const tools = [{ functionDeclarations: [{ name: 'send_followup', description: 'Send a follow-up', parameters: { type: SchemaType.OBJECT, properties: {} } }] }];

describe('@google/generative-ai through Pledge (/v1beta)', () => {
  it('generateContent: exactly the direct answer; system prompt and history redacted', async () => {
    const request = {
      systemInstruction: { role: 'system', parts: [{ text: `You assist ${EMAIL}.` }] },
      contents: [
        { role: 'user', parts: [{ text: `Earlier: ${EMAIL}` }] },
        { role: 'model', parts: [{ text: `Noted for ${EMAIL}.` }] },
        { role: 'user', parts: [{ text: PROMPT }] },
      ],
    };
    const before = h.mock.received.length;
    const got = await legacy(`${h.pledge.url}/gemini`).generateContent(request);
    const seen = h.mock.received.slice(before);
    expect(seen[0]!.path).toBe(`/v1beta/models/${MODEL}:generateContent`);
    expect(seen[0]!.raw).toContain('[EMAIL_ADDRESS_1]');
    expect(sawPersonalData()).toBe(false);
    const want = await legacy(h.mock.url).generateContent(request);
    expect(plain(got.response)).toEqual(plain(want.response));
    expect(got.response.text()).toBe(`Echo: ${PROMPT}`);
  });

  it('generateContentStream: text and aggregate metadata equal the direct stream, placeholders split across chunks', async () => {
    // Chunk boundaries differ by design (the provider streamed placeholders, not values), so
    // the stream is compared as the SDK's user sees it: the text and the final metadata.
    const run = async (base: string) => {
      const r = await legacy(base).generateContentStream(PROMPT);
      let text = '';
      for await (const c of r.stream) text += c.text();
      const { candidates, ...rest } = (await r.response) as { candidates?: { finishReason?: string; index?: number }[] };
      return { text, rest: plain(rest), finish: candidates?.map((c) => [c.index, c.finishReason]) };
    };
    const got = await run(`${h.pledge.url}/gemini`);
    const want = await run(h.mock.url);
    expect(got).toEqual(want);
    expect(got.text).toBe(`Echo: ${PROMPT}`);
    expect(lastReceived().query).toEqual({ alt: 'sse' });
    expect(sawPersonalData()).toBe(false);
  });

  it('function calls: args restored; functionCall/functionResponse history redacted', async () => {
    const ask = `Say "hi" to ${EMAIL}`;
    const got = await legacy(`${h.pledge.url}/gemini`).generateContent({ contents: [{ role: 'user', parts: [{ text: ask }] }], tools });
    expect(got.response.functionCalls()).toEqual([{ name: 'send_followup', args: { note: ask } }]);
    const streamed = await legacy(`${h.pledge.url}/gemini`).generateContentStream({ contents: [{ role: 'user', parts: [{ text: ask }] }], tools });
    expect((await streamed.response).functionCalls()).toEqual([{ name: 'send_followup', args: { note: ask } }]);

    const history = {
      tools,
      contents: [
        { role: 'user', parts: [{ text: ask }] },
        { role: 'model', parts: [{ functionCall: { name: 'send_followup', args: { to: EMAIL } } }] },
        { role: 'user', parts: [{ functionResponse: { name: 'send_followup', response: { sent_to: EMAIL } } }] },
      ],
    };
    const answer = await legacy(`${h.pledge.url}/gemini`).generateContent(history);
    expect(plain(answer.response)).toEqual(plain((await legacy(h.mock.url).generateContent(history)).response));
    expect(answer.response.text()).toBe(`Echo: {"sent_to":"${EMAIL}"}`);
    expect(sawPersonalData()).toBe(false);
  });

  it('countTokens and embedContent are redacted and pass through', async () => {
    const m = legacy(`${h.pledge.url}/gemini`, 'text-embedding-004');
    expect(await m.countTokens(PROMPT)).toEqual({ totalTokens: 17 });
    expect((await m.embedContent(PROMPT)).embedding.values).toHaveLength(3);
    expect(lastReceived().raw).not.toContain(EMAIL);
  });

  it('errors are typed: upstream 429 passes through; mid-stream failures raise', async () => {
    const err = await caught(legacy(`${h.pledge.url}/gemini`, 'mock-error-429').generateContent('hi'));
    const want = await caught(legacy(h.mock.url, 'mock-error-429').generateContent('hi'));
    expect(err).toBeInstanceOf(GoogleGenerativeAIFetchError);
    expect((err as GoogleGenerativeAIFetchError).status).toBe(429);
    expect((err as GoogleGenerativeAIFetchError).errorDetails).toEqual((want as GoogleGenerativeAIFetchError).errorDetails);
    expect((err as Error).message).toContain('mock 429 for mock-error-429');
    const run = async (base: string, model: string) => {
      const r = await legacy(base, model).generateContentStream(PROMPT);
      // The SDK rejects both the stream and `response` on failure; observe both so neither is unhandled.
      r.response.catch(() => {});
      for await (const c of r.stream) c.text();
      return plain(await r.response);
    };
    // Failures Pledge detects end the stream with an error chunk and an unfinished line, which this SDK raises.
    for (const model of ['mock-reset-mid', 'mock-malformed', 'mock-truncated']) {
      expect(await caught(run(`${h.pledge.url}/gemini`, model)), model).toBeInstanceOf(GoogleGenerativeAIError);
    }
    // Gemini's own error chunk passes through untouched: this SDK treats it as it does without Pledge.
    expect(await run(`${h.pledge.url}/gemini`, 'mock-error-mid')).toEqual(await run(h.mock.url, 'mock-error-mid'));
  });

  it('decision function calls are queued for review from a stream without breaking the SDK', async () => {
    await settled();
    const before = h.reviews.length;
    const decisionTools = [{ functionDeclarations: [{ name: 'schedule_meeting', parameters: { type: SchemaType.OBJECT, properties: {} } }] }];
    const r = await legacy(`${h.pledge.url}/gemini`).generateContentStream({ contents: [{ role: 'user', parts: [{ text: `meet ${EMAIL}` }] }], tools: decisionTools });
    const tags: unknown[] = [];
    for await (const c of r.stream) if ('pledgeReview' in c) tags.push(c.pledgeReview);
    expect((await r.response).functionCalls()).toEqual([{ name: 'schedule_meeting', args: { note: `meet ${EMAIL}` } }]);
    await eventually(() => expect(h.reviews.length).toBe(before + 1));
    expect(h.reviews.at(-1)).toMatchObject({ provider: 'gemini', tool: 'schedule_meeting', args: '{"note":"meet [EMAIL_ADDRESS_1]"}' });
    // The stream's review tag (a JSON field, since this SDK cannot skip SSE comments) names the queued item.
    expect(tags).toEqual([{ review: 'required', ids: [h.reviews.at(-1)!.id] }]);
  });
});

describe('@google/genai through Pledge (/v1)', () => {
  it('models.generateContent: exactly the direct answer; request id header present', async () => {
    const params = { model: MODEL, contents: PROMPT, config: { systemInstruction: `You assist ${EMAIL}.` } };
    const got = await genai(`${h.pledge.url}/gemini`).models.generateContent(params);
    expect(lastReceived().path).toBe(`/v1/models/${MODEL}:generateContent`);
    expect(sawPersonalData()).toBe(false);
    const want = await genai(h.mock.url).models.generateContent(params);
    expect(plain(got)).toEqual(plain(want));
    expect(got.text).toBe(`Echo: ${PROMPT}`);
    expect(got.sdkHttpResponse?.headers?.['x-pledge-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('generateContentStream: chunks equal the direct stream', async () => {
    const run = async (base: string) => {
      const chunks = [];
      for await (const c of await genai(base).models.generateContentStream({ model: MODEL, contents: PROMPT })) chunks.push(c);
      return chunks;
    };
    const got = await run(`${h.pledge.url}/gemini`);
    const want = await run(h.mock.url);
    const text = (cs: typeof got) => cs.map((c) => c.text ?? '').join('');
    expect(text(got)).toBe(`Echo: ${PROMPT}`);
    expect(text(got)).toBe(text(want));
    expect(plain(got.at(-1))).toEqual(plain(want.at(-1)));
    expect(sawPersonalData()).toBe(false);
  });

  it('function calls, streamed and not, with restored args', async () => {
    const ask = `Say "hi" to ${EMAIL}`;
    const config = { tools: [{ functionDeclarations: [{ name: 'send_followup', parameters: { type: Type.OBJECT, properties: {} } }] }] };
    const got = await genai(`${h.pledge.url}/gemini`).models.generateContent({ model: MODEL, contents: ask, config });
    expect(got.functionCalls).toEqual([{ name: 'send_followup', args: { note: ask } }]);
    const calls = [];
    for await (const c of await genai(`${h.pledge.url}/gemini`).models.generateContentStream({ model: MODEL, contents: ask, config })) calls.push(...(c.functionCalls ?? []));
    expect(calls).toEqual([{ name: 'send_followup', args: { note: ask } }]);
    expect(sawPersonalData()).toBe(false);
  });

  it('countTokens and embedContent (batchEmbedContents) pass through', async () => {
    const ai = genai(`${h.pledge.url}/gemini`);
    expect((await ai.models.countTokens({ model: MODEL, contents: PROMPT })).totalTokens).toBe(17);
    const emb = await ai.models.embedContent({ model: 'text-embedding-004', contents: [PROMPT] });
    expect(emb.embeddings?.[0]?.values).toHaveLength(3);
    expect(lastReceived().raw).not.toContain(EMAIL);
  });

  it('errors are ApiError with the status: upstream 429, images refused, mid-stream failures', async () => {
    const ai = genai(`${h.pledge.url}/gemini`);
    const e429 = await caught(ai.models.generateContent({ model: 'mock-error-429', contents: 'hi' }));
    expect(e429).toBeInstanceOf(ApiError);
    expect((e429 as ApiError).status).toBe(429);
    const image = await caught(ai.models.generateContent({ model: MODEL, contents: [{ role: 'user', parts: [{ inlineData: { mimeType: 'image/png', data: 'iVBORw0KGgo=' } }, { text: 'what?' }] }] }));
    expect(image).toBeInstanceOf(ApiError);
    expect((image as ApiError).status).toBe(403);
    expect((image as ApiError).message).toMatch(/not scanned for personal data/);
    for (const model of ['mock-reset-mid', 'mock-malformed', 'mock-truncated', 'mock-error-mid']) {
      const run = async () => {
        for await (const c of await ai.models.generateContentStream({ model, contents: PROMPT })) void c;
      };
      expect(await caught(run()), model).toBeInstanceOf(Error);
    }
  });
});

describe('Gemini edge handling', () => {
  const post = (path: string, body: string, headers: Record<string, string> = { 'x-goog-api-key': KEY }) =>
    fetch(`${h.pledge.url}/gemini${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('a ?key= is moved to the x-goog-api-key header, never forwarded in the URL, never logged', async () => {
    const res = await post(`/v1beta/models/${MODEL}:generateContent?key=${KEY}`, JSON.stringify({ contents: [{ parts: [{ text: PROMPT }] }] }), {});
    expect(res.status).toBe(200);
    expect(res.headers.get('x-pledge-request-id')).toBeTruthy();
    const r = lastReceived();
    expect(r.headers['x-goog-api-key']).toBe(KEY);
    expect(r.query).toEqual({});
    await eventually(() => expect(h.logs.length).toBeGreaterThan(0));
    expect(JSON.stringify([h.logs, h.audit])).not.toContain(KEY);
  });

  it('malformed JSON, unknown methods and traversal-shaped model names get Gemini envelopes and never reach upstream', async () => {
    const before = h.mock.received.length;
    const bad = await post(`/v1beta/models/${MODEL}:generateContent`, '{"contents":');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 400, status: 'INVALID_ARGUMENT' } });
    for (const path of [`/v1beta/models/${MODEL}:nope`, '/v1beta/models/..%2F..%2Fadmin:generateContent', '/v1beta/models/http%3A%2F%2Fevil:generateContent']) {
      const res = await post(path, '{}');
      expect(res.status, path).toBe(404);
      expect(await res.json()).toMatchObject({ error: { code: 404, status: 'NOT_FOUND' } });
    }
    const dots = await post('/v1beta/models/..:generateContent', '{}');
    expect(dots.status).toBe(403);
    const err = await caught(legacy(`${h.pledge.url}/gemini`, '../../../admin').generateContent('hi'));
    expect(err).toBeInstanceOf(GoogleGenerativeAIFetchError);
    expect((err as GoogleGenerativeAIFetchError).status).toBe(404);
    expect(h.mock.received.length).toBe(before);
  });

  it('upstream unreachable is a typed 502 for both SDKs', async () => {
    const dead = await harness(`http://127.0.0.1:${await closedPort()}`);
    try {
      const a = await caught(genai(`${dead.pledge.url}/gemini`).models.generateContent({ model: MODEL, contents: 'hi' }));
      expect(a).toBeInstanceOf(ApiError);
      expect((a as ApiError).status).toBe(502);
      const b = await caught(legacy(`${dead.pledge.url}/gemini`).generateContent('hi'));
      expect(b).toBeInstanceOf(GoogleGenerativeAIFetchError);
      expect((b as GoogleGenerativeAIFetchError).status).toBe(502);
    } finally {
      await dead.close();
    }
  });

  it('an upstream that does not answer in time is a typed 504', async () => {
    const slow = await harness(undefined, 150);
    try {
      const err = await caught(genai(`${slow.pledge.url}/gemini`).models.generateContent({ model: 'mock-slow-1000', contents: 'hi' }));
      expect(err).toBeInstanceOf(ApiError);
      expect((err as ApiError).status).toBe(504);
    } finally {
      await slow.close();
    }
  });

  it('streamGenerateContent without alt=sse is a JSON array, restored whole', async () => {
    const res = await post(`/v1beta/models/${MODEL}:streamGenerateContent`, JSON.stringify({ contents: [{ parts: [{ text: PROMPT }] }] }));
    const body = (await res.json()) as { candidates: { content: { parts: { text: string }[] } }[] }[];
    expect(body[0]!.candidates[0]!.content.parts[0]!.text).toBe(`Echo: ${PROMPT}`);
  });

  it('one audit event per request, with usage and the no-switch note', async () => {
    await settled();
    const before = h.audit.length;
    await genai(`${h.pledge.url}/gemini`).models.generateContent({ model: MODEL, contents: PROMPT });
    await eventually(() => expect(h.audit.length).toBe(before + 1));
    expect(h.audit.at(-1)).toMatchObject({ provider: 'gemini', endpoint: 'generateContent', model: MODEL, status: 200, redactions: { EMAIL_ADDRESS: 2 }, tokens: { input: 17, output: 9 } });
    expect(h.audit.at(-1)!.no_training).toEqual(expect.arrayContaining(['gemini_no_switch', 'content_usage_header']));
    expect(JSON.stringify([h.logs, h.audit])).not.toContain(EMAIL);
  });
});
