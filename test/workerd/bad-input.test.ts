import { env } from 'cloudflare:workers';
import { createExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import worker from '../../src/runtime/worker/index.ts';
import { BASE, received, viaWorker } from './support.ts';
import { countingBody } from '../support/counting-body.ts';

const LIMIT = 1_048_576; // policies/default.yaml limits.max_body_bytes
const chat = (init: RequestInit) => viaWorker(`${BASE}/openai/v1/chat/completions`, { method: 'POST', ...init, headers: { 'content-type': 'application/json', authorization: 'Bearer sk-x', ...init.headers } });

describe('bad input on Workers', () => {
  it('a declared Content-Length over the limit gets 413 before any byte is read', async () => {
    const { stream, state } = countingBody(40);
    const res = await chat({ body: stream, headers: { 'content-length': String(40 * 65_536) }, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: { code: 'pledge_body_too_large' } });
    // The runtime pumps at most one chunk into the request before the Worker runs; the rest is never read.
    expect(state.pulled).toBeLessThanOrEqual(1);
  });

  it('a body nested 20,000 levels deep gets 400 saying so, and nothing is forwarded', async () => {
    const before = (await received()).length;
    const depth = 20_000;
    const res = await chat({ body: `{"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}],"prediction":{"type":"content","content":${'['.repeat(depth)}"x"${']'.repeat(depth)}}}` });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'pledge_json_too_deep', message: 'The request body nests arrays and objects more than 1000 levels deep; nothing was sent upstream.' } });
    expect((await received()).length).toBe(before);
  });

  it('a streamed body with no length gets 413 as soon as it passes the limit, not after reading it all', async () => {
    const { stream, state } = countingBody(200);
    const res = await chat({ body: stream, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
    expect(state.pulled).toBeLessThan(LIMIT / 65_536 + 4);
  });

  it('missing secrets and bindings: every request gets 503 naming them, in the provider envelope, and nothing is forwarded', async () => {
    const before = (await received()).length;
    const broken = { ...env, PLEDGE_SECRET: undefined, PLEDGE_STORE: undefined } as unknown as Env;
    const openai = await worker.fetch(new Request(`${BASE}/openai/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"model":"gpt-4o-mini","messages":[]}' }), broken, createExecutionContext());
    expect(openai.status).toBe(503);
    expect(openai.headers.get('x-pledge-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const body = (await openai.json()) as { error: { message: string; code: string } };
    expect(body.error.code).toBe('pledge_misconfigured');
    expect(body.error.message).toContain('secret PLEDGE_SECRET is not set');
    expect(body.error.message).toContain('PLEDGE_STORE');
    expect(body.error.message).not.toContain('PLEDGE_ADMIN_TOKEN');
    const anthropic = await worker.fetch(new Request(`${BASE}/anthropic/v1/messages`, { method: 'POST', body: '{}' }), broken, createExecutionContext());
    expect(await anthropic.json()).toMatchObject({ type: 'error', error: { type: 'api_error' } });
    const health = await worker.fetch(new Request(`${BASE}/healthz`), broken, createExecutionContext());
    expect(health.status).toBe(503);
    expect((await received()).length).toBe(before);
  });

  it('a short secret or unknown policy is named too', async () => {
    const broken = { ...env, PLEDGE_ADMIN_TOKEN: 'short', PLEDGE_POLICY: 'nope' } as unknown as Env;
    const res = await worker.fetch(new Request(`${BASE}/openai/v1/models`), broken, createExecutionContext());
    const { error } = (await res.json()) as { error: { message: string } };
    expect(error.message).toContain('PLEDGE_ADMIN_TOKEN: must be at least 16 characters');
  });

  it('open mode is refused unless PLEDGE_ALLOW_OPEN_MODE is "1"', async () => {
    const closed = { ...env, PLEDGE_ALLOW_OPEN_MODE: '0' } as unknown as Env;
    const res = await worker.fetch(new Request(`${BASE}/openai/v1/models`, { headers: { authorization: 'Bearer sk-x' } }), closed, createExecutionContext());
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('PLEDGE_ALLOW_OPEN_MODE');
  });
});
