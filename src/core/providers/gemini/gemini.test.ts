import { describe, expect, it } from 'vitest';
import { basicEngine } from '../../../../test/support/basic-engine.ts';
import { redactRequestBody } from '../../pipeline/redact-request.ts';
import { restoreJsonValue } from '../../pipeline/restore-json.ts';
import { restoreSseBody, type StreamEnd } from '../../pipeline/sse-restore.ts';
import { createVault, type Vault } from '../../redact/vault.ts';
import type { JsonObject, ToolCallSnapshot } from '../types.ts';
import { geminiAdapter, readGeminiKey } from './index.ts';
import { geminiIsTerminator } from './stream.ts';

const EMAIL = 'ana.lima@example.com';
const SIG = 'CikB0e2Kb+opaque@sig.example==';

/** A multi-turn request as the Gemini SDKs send it: system instruction, function call and response, an image. */
const request = (): JsonObject => ({
  systemInstruction: { role: 'system', parts: [{ text: `You help ${EMAIL}.` }] },
  contents: [
    { role: 'user', parts: [{ text: `Write to ${EMAIL}` }] },
    { role: 'model', parts: [{ text: 'Sending.', thoughtSignature: SIG }, { functionCall: { name: 'send_followup', args: { to: EMAIL, cc: [EMAIL] } } }] },
    { role: 'user', parts: [{ functionResponse: { name: 'send_followup', response: { result: `delivered to ${EMAIL}` } } }] },
    { role: 'user', parts: [{ inlineData: { mimeType: 'image/png', data: 'aGVsbG8@example.com' } }, { fileData: { mimeType: 'application/pdf', fileUri: 'https://x/files/1' } }, { text: 'And these?' }] },
  ],
  tools: [{ functionDeclarations: [{ name: 'send_followup', description: 'Send mail', parameters: { type: 'OBJECT', properties: { to: { type: 'STRING' } } } }] }],
  generationConfig: { temperature: 0.2, responseMimeType: 'text/plain' },
  safetySettings: [{ category: 'HARM_CATEGORY_HARASSMENT', threshold: 'BLOCK_NONE' }],
});

describe('gemini text walker', () => {
  it('redacts systemInstruction, parts text, functionCall.args and functionResponse.response; skips media and signatures', () => {
    const body = request();
    const vault = createVault();
    const { nonTextParts } = redactRequestBody(body, geminiAdapter, basicEngine, vault);
    expect(nonTextParts).toBe(2);
    expect(vault.counts).toEqual({ EMAIL_ADDRESS: 5 });
    const text = JSON.stringify(body);
    expect(text.replace('aGVsbG8@example.com', '').replace(SIG, '')).not.toContain('@example.com');
    const contents = body.contents as { parts: JsonObject[] }[];
    expect(contents[1]!.parts[0]!.thoughtSignature).toBe(SIG);
    expect(contents[1]!.parts[1]).toEqual({ functionCall: { name: 'send_followup', args: { to: '[EMAIL_ADDRESS_1]', cc: ['[EMAIL_ADDRESS_1]'] } } });
    expect(contents[3]!.parts[0]).toEqual({ inlineData: { mimeType: 'image/png', data: 'aGVsbG8@example.com' } });
    expect(body.safetySettings).toEqual([{ category: 'HARM_CATEGORY_HARASSMENT', threshold: 'BLOCK_NONE' }]);
  });

  it('restores a whole response, including functionCall.args', () => {
    const vault = createVault();
    redactRequestBody({ contents: [{ parts: [{ text: `mail ${EMAIL}` }] }] }, geminiAdapter, basicEngine, vault);
    const response = {
      candidates: [{ content: { role: 'model', parts: [{ text: 'To [EMAIL_ADDRESS_1].' }, { functionCall: { name: 'send', args: { to: '[EMAIL_ADDRESS_1]' } } }] }, finishReason: 'STOP', index: 0 }],
      usageMetadata: { promptTokenCount: 4, candidatesTokenCount: 2, totalTokenCount: 6 },
    };
    expect(restoreJsonValue(response, geminiAdapter, vault)).toMatchObject({
      candidates: [{ content: { parts: [{ text: `To ${EMAIL}.` }, { functionCall: { args: { to: EMAIL } } }] } }],
    });
  });
});

const chunk = (parts: JsonObject[], extra: JsonObject = {}, cand: JsonObject = {}) =>
  `data: ${JSON.stringify({ candidates: [{ content: { parts, role: 'model' }, index: 0, ...cand }], modelVersion: 'gemini-x', responseId: 'r1', ...extra })}\r\n\r\n`;

async function pipe(vault: Vault, chunks: string[]): Promise<{ out: string; end: StreamEnd | undefined; data: JsonObject[] }> {
  let end: StreamEnd | undefined;
  let tagged = false;
  const takeReviewIds = () => (tagged ? [] : ((tagged = true), ['rev-1']));
  const enc = new TextEncoder();
  const src = new ReadableStream<Uint8Array>({ start(c) { for (const x of chunks) c.enqueue(enc.encode(x)); c.close(); } });
  const out = await new Response(restoreSseBody(src, geminiAdapter, vault, { onEvent: () => {}, upstreamFailed: () => false, takeReviewIds, onEnd: (e) => (end = e) }, { error: () => {}, cancel: () => {} })).text();
  const data = [...out.matchAll(/^data: (\{.*\})$/gm)].map((m) => JSON.parse(m[1]!) as JsonObject);
  return { out, end, data };
}

function vaultWithEmail(): Vault {
  const vault = createVault();
  redactRequestBody({ contents: [{ parts: [{ text: `x ${EMAIL}` }] }] }, geminiAdapter, basicEngine, vault);
  return vault;
}

type Chunk = { candidates?: { content?: { parts?: { text?: string; thought?: boolean }[] } }[] };
const textOf = (data: JsonObject[], thought = false) =>
  data.flatMap((d) => (d as Chunk).candidates?.[0]?.content?.parts ?? []).filter((p) => (p.thought === true) === thought).map((p) => p.text ?? '').join('');

describe('gemini stream restore', () => {
  it('restores a placeholder straddling two whole-response chunks; finishReason ends the stream', async () => {
    const { data, end, out } = await pipe(vaultWithEmail(), [chunk([{ text: 'Hi [EMAIL_' }]), chunk([{ text: 'ADDRESS_1], ok' }]), chunk([{ text: '' }], { usageMetadata: { promptTokenCount: 3 } }, { finishReason: 'STOP' })]);
    expect(end).toBe('complete');
    expect(textOf(data)).toBe(`Hi ${EMAIL}, ok`);
    // The review tag rides in the JSON chunk: a comment line would stall @google/generative-ai.
    expect(data[0]).toEqual({
      candidates: [{ content: { parts: [{ text: 'Hi ' }], role: 'model' }, index: 0 }], modelVersion: 'gemini-x', responseId: 'r1',
      pledgeReview: { review: 'required', ids: ['rev-1'] },
    });
    expect(out).not.toContain(': x-pledge-review');
  });

  it('keeps thoughts and answer text in separate channels', async () => {
    const { data } = await pipe(vaultWithEmail(), [chunk([{ text: 'think [EMAIL_ADD', thought: true }]), chunk([{ text: 'RESS_1]', thought: true }, { text: 'say [EMAIL_ADDRESS_1]' }], {}, { finishReason: 'STOP' })]);
    expect(textOf(data, true)).toBe(`think ${EMAIL}`);
    expect(textOf(data)).toBe(`say ${EMAIL}`);
  });

  it('held text is emitted before a chunk that carries no text (a function call)', async () => {
    const { data } = await pipe(vaultWithEmail(), [chunk([{ text: 'price [3' }]), chunk([{ functionCall: { name: 'f', args: { to: '[EMAIL_ADDRESS_1]' } } }], {}, { finishReason: 'STOP' })]);
    expect(textOf(data)).toBe('price [3');
    expect(JSON.stringify(data.at(-1))).toContain(EMAIL);
  });

  it('a stream that stops without a finishReason ends with an error chunk and an unfinished line', async () => {
    const { out, end } = await pipe(vaultWithEmail(), [chunk([{ text: 'Hi' }])]);
    expect(end).toBe('truncated');
    expect(out).toMatch(/data: \{"error":\{"code":500,"message":"[^"]+","status":"INTERNAL"\}\}\n\ndata:$/);
  });

  it('terminators: all candidates finished, blocked prompt, error chunk; not a finishReason key inside args', () => {
    expect(geminiIsTerminator(undefined, JSON.stringify({ candidates: [{ finishReason: 'STOP', index: 0 }] }))).toBe(true);
    expect(geminiIsTerminator(undefined, JSON.stringify({ candidates: [{ finishReason: 'STOP', index: 0 }, { index: 1 }] }))).toBe(false);
    expect(geminiIsTerminator(undefined, JSON.stringify({ promptFeedback: { blockReason: 'SAFETY' } }))).toBe(true);
    expect(geminiIsTerminator(undefined, JSON.stringify({ error: { code: 500, message: 'x', status: 'INTERNAL' } }))).toBe(true);
    expect(geminiIsTerminator(undefined, JSON.stringify({ candidates: [{ content: { parts: [{ functionCall: { name: 'f', args: { finishReason: 'x' } } }] }, index: 0 }] }))).toBe(false);
    expect(geminiIsTerminator(undefined, JSON.stringify({ candidates: [{ content: { parts: [{ text: '"finishReason": "STOP"' }] } }] }))).toBe(false);
  });
});

describe('gemini adapter data', () => {
  const match = (path: string) => {
    for (const r of geminiAdapter.routes) {
      const m = r.pattern.exec(path);
      if (m) return { endpoint: r.endpoint, model: r.modelOf({}, m), stream: r.isStream({}, new URL('http://x'), m) };
    }
    return undefined;
  };

  it('routes both API versions; the model comes from the path and admits identifier characters only', () => {
    expect(match('/v1beta/models/gemini-2.5-flash:generateContent')).toEqual({ endpoint: 'generateContent', model: 'gemini-2.5-flash', stream: false });
    expect(match('/v1/models/gemini-2.5-flash:streamGenerateContent')).toEqual({ endpoint: 'generateContent', model: 'gemini-2.5-flash', stream: true });
    expect(match('/v1/models/text-embedding-004:batchEmbedContents')?.endpoint).toBe('embedContent');
    expect(match('/v1beta/models/m:countTokens')?.endpoint).toBe('countTokens');
    expect(match('/v1beta/tunedModels')?.endpoint).toBe('tunedModels');
    for (const bad of ['/v1beta/models/a/b:generateContent', '/v1beta/models/..%2Fx:generateContent', '/v1beta/models/http:%2F%2Fe:generateContent', '/v1beta/models/m:deleteEverything', '/v2/models/m:generateContent']) {
      expect(match(bad), bad).toBeUndefined();
    }
  });

  it('reads the key from the header or ?key=; upstream gets only x-goog-api-key; key is a secret query param', () => {
    expect(readGeminiKey(new Headers({ 'x-goog-api-key': 'k1' }), new URL('http://x'))).toBe('k1');
    expect(readGeminiKey(new Headers(), new URL('http://x/?key=k2'))).toBe('k2');
    expect(geminiAdapter.upstreamHeaders(new Headers({ cookie: 'c', 'x-goog-api-key': 'k1' }), 'k1')).toEqual({ 'x-goog-api-key': 'k1' });
    expect(geminiAdapter.secretQueryParams).toContain('key');
  });

  it('finds function calls in responses and across stream chunks, and usage', () => {
    const body = { candidates: [{ content: { parts: [{ functionCall: { name: 'route_lead', args: { owner: '[PERSON_1]' } } }] }, index: 0 }], usageMetadata: { promptTokenCount: 7, candidatesTokenCount: 3 } };
    expect(geminiAdapter.toolCalls.fromResponse(body)).toEqual([{ key: 'c0.f0', name: 'route_lead', args: '{"owner":"[PERSON_1]"}', nameComplete: true }]);
    expect(geminiAdapter.usage(body)).toEqual({ input: 7, output: 3 });
    const acc = new Map<string, ToolCallSnapshot>();
    geminiAdapter.toolCalls.fromStreamEvent(body, acc);
    geminiAdapter.toolCalls.fromStreamEvent(body, acc);
    expect([...acc.keys()]).toEqual(['c0.f0', 'c0.f1']);
  });

  it('errors use the google.rpc envelope', () => {
    expect(geminiAdapter.error(429, 'slow', 'pledge_x').body).toEqual({
      error: { code: 429, message: 'slow', status: 'RESOURCE_EXHAUSTED', details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'pledge_x', domain: 'pledge' }] },
    });
    expect((geminiAdapter.error(504, 'm', 'c').body as { error: { status: string } }).error.status).toBe('DEADLINE_EXCEEDED');
  });
});
