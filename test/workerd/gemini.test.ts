import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { BASE, EMAIL, lastReceived, PROMPT, received, throughPledge, viaWorker } from './support.ts';

const KEY = 'AIza-test-client-key';
const MODEL = 'gemini-2.5-flash';
const post = (base: string, path: string, body: unknown) =>
  (base.startsWith(BASE) ? viaWorker : fetch)(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-goog-api-key': KEY }, body: JSON.stringify(body) });
const sawPersonalData = async () => throughPledge(await received()).some((r) => r.raw.includes(EMAIL));
const request = { systemInstruction: { parts: [{ text: `You assist ${EMAIL}.` }] }, contents: [{ role: 'user', parts: [{ text: PROMPT }] }] };

describe('Gemini wire format through the Worker (workerd)', () => {
  it('generateContent: exactly the direct answer; the provider saw placeholders only', async () => {
    const got = await post(`${BASE}/gemini`, `/v1beta/models/${MODEL}:generateContent`, request);
    expect(got.status).toBe(200);
    expect((await lastReceived()).raw).toContain('[EMAIL_ADDRESS_1]');
    const want = await post(env.MOCK_URL, `/v1beta/models/${MODEL}:generateContent`, request);
    expect(await got.json()).toEqual(await want.json());
    expect(await sawPersonalData()).toBe(false);
  });

  it('streamGenerateContent?alt=sse: the streamed text is restored', async () => {
    const res = await post(`${BASE}/gemini`, `/v1beta/models/${MODEL}:streamGenerateContent?alt=sse`, request);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const text = (await res.text())
      .split('\n')
      .filter((l) => l.startsWith('data: '))
      .map((l) => (JSON.parse(l.slice(6)) as { candidates?: { content?: { parts?: { text?: string }[] } }[] }).candidates?.[0]?.content?.parts?.[0]?.text ?? '')
      .join('');
    expect(text).toBe(`Echo: ${PROMPT}`);
    expect(await sawPersonalData()).toBe(false);
  });

  it('Pledge refusals use the Google error envelope', async () => {
    const res = await viaWorker(`${BASE}/gemini/v1beta/models/${MODEL}:generateContent`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-goog-api-key': KEY }, body: '{' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 400, status: 'INVALID_ARGUMENT' } });
  });
});
