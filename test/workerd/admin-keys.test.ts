import OpenAI from 'openai';
import { createExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { expect, it } from 'vitest';
import worker from '../../src/runtime/worker/index.ts';
import { BASE, PROMPT } from './support.ts';

it('an operator creates a client key with PLEDGE_ADMIN_TOKEN; with keys, open mode ends and the key works', async () => {
  // A fresh env object boots its own isolate state (key cache) and closes open mode, as in production.
  const prod = { ...env, PLEDGE_ALLOW_OPEN_MODE: '0' } as Env;
  const call: typeof fetch = (input, init) => worker.fetch(new Request(input, init) as Request<unknown, IncomingRequestCfProperties>, prod, createExecutionContext());
  const admin = { authorization: `Bearer ${env.PLEDGE_ADMIN_TOKEN}`, 'content-type': 'application/json' };
  const created = await call(`${BASE}/admin/api/keys`, { method: 'POST', headers: admin, body: JSON.stringify({ tenant: 'acme', policy: 'default' }) });
  expect(created.status).toBe(201);
  const { key, id } = (await created.json()) as { key: string; id: string };
  expect(key).toMatch(/^pk_live_/);
  try {
    const client = new OpenAI({ apiKey: key, baseURL: `${BASE}/openai/v1`, maxRetries: 0, fetch: call, defaultHeaders: { 'x-pledge-upstream-key': 'sk-provider' } });
    const got = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: PROMPT }] });
    expect(got.choices[0]!.message.content).toBe(`Echo: ${PROMPT}`);
    const stranger = new OpenAI({ apiKey: 'sk-not-a-pledge-key', baseURL: `${BASE}/openai/v1`, maxRetries: 0, fetch: call });
    await expect(stranger.models.list()).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
  } finally {
    // Revoke so the rest of the suite (same Durable Object) is back in open mode.
    expect((await call(`${BASE}/admin/api/keys/${id}`, { method: 'DELETE', headers: admin })).status).toBe(200);
  }
});
