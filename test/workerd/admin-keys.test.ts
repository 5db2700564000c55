import OpenAI from 'openai';
import { createExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { expect, it } from 'vitest';
import worker from '../../src/runtime/worker/index.ts';
import { BASE, PROMPT } from './support.ts';

it('an operator creates a client key with PLEDGE_ADMIN_TOKEN; with keys, open mode ends and the key works', async () => {
  // A fresh env object boots its own isolate state (key cache) and closes open mode, as in production.
  // Its own Durable Object instance too: once a key exists open mode never returns, even after the
  // key is revoked, and the rest of the suite runs in open mode on the shared instance.
  const store = env.PLEDGE_STORE;
  const ownStore = { get: (id: DurableObjectId) => store.get(id), idFromName: (name: string) => store.idFromName(`${name}/admin-keys-test`) };
  const prod = { ...env, PLEDGE_ALLOW_OPEN_MODE: '0', PLEDGE_STORE: ownStore } as unknown as Env;
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
    // Revoking the only key refuses everyone: open mode does not come back.
    expect((await call(`${BASE}/admin/api/keys/${id}`, { method: 'DELETE', headers: admin })).status).toBe(200);
  }
  const keyless = await call(`${BASE}/openai/v1/models`, { headers: { authorization: 'Bearer sk-provider-key' } });
  expect(keyless.status).toBe(401);
});
