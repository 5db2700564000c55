import OpenAI from 'openai';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allMockHandlers } from '../mock/handlers.ts';
import { startMockProvider, type MockProvider } from '../mock/server.ts';
import { startWranglerDev, type WranglerDev } from '../scripts/wrangler-dev.ts';

const EMAIL = 'sneha.rao+crm@example.co.in';
const PROMPT = `Please follow up with ${EMAIL} about the renewal; cc ${EMAIL}.`;

let mock: MockProvider;
let dev: WranglerDev;
let client: OpenAI;

beforeAll(async () => {
  mock = await startMockProvider({ handlers: allMockHandlers() });
  dev = await startWranglerDev({
    root: path.resolve(import.meta.dirname, '..'),
    vars: {
      PLEDGE_SECRET: 'wrangler-dev-test-secret-0123',
      PLEDGE_ADMIN_TOKEN: 'wrangler-dev-test-admin-0123',
      PLEDGE_ALLOW_OPEN_MODE: '1',
      PLEDGE_OPENAI_UPSTREAM: `${mock.url}/v1`,
    },
  });
  client = new OpenAI({ apiKey: 'sk-test-client', baseURL: `${dev.url}/openai/v1`, maxRetries: 0 });
}, 90_000);
afterAll(async () => {
  await dev?.close();
  await mock?.close();
});

describe('the Worker under `wrangler dev --local`, driven by the openai SDK', () => {
  it('chat and stream are restored; the provider saw placeholders only; one JSON log line per request', async () => {
    const chat = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: PROMPT }] }).withResponse();
    expect(chat.data.choices[0]!.message.content).toBe(`Echo: ${PROMPT}`);
    const stream = await client.chat.completions.create({ model: 'gpt-4o-mini', stream: true, messages: [{ role: 'user', content: PROMPT }] });
    let text = '';
    for await (const c of stream) text += c.choices[0]?.delta.content ?? '';
    expect(text).toBe(`Echo: ${PROMPT}`);
    expect(mock.received.some((r) => r.raw.includes(EMAIL))).toBe(false);
    expect(JSON.stringify(mock.received.at(-1)!.body)).toContain('[EMAIL_ADDRESS_1]');

    const requestId = chat.response.headers.get('x-pledge-request-id');
    await expect.poll(() => dev.output().includes(`"request_id":"${requestId}"`), { timeout: 5000 }).toBe(true);
    const line = dev.output().split('\n').find((l) => l.includes(`"request_id":"${requestId}"`))!;
    expect(JSON.parse(line.slice(line.indexOf('{')))).toMatchObject({ level: 30, msg: 'request', provider: 'openai', status: 200, redactions: { EMAIL_ADDRESS: 2 } });
    expect(dev.output()).not.toContain(EMAIL);
  });
});
