import Anthropic from '@anthropic-ai/sdk';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { remoteStore } from '../../src/runtime/worker/store/store-client.ts';
import { auditFor, BASE, storeStub, EMAIL, lastReceived, PROMPT, received, throughPledge, viaWorker } from './support.ts';

const KEY = 'sk-ant-test-client';
const MODEL = 'claude-mock-1';
const viaPledge = new Anthropic({ apiKey: KEY, baseURL: `${BASE}/anthropic`, maxRetries: 0, fetch: viaWorker });
const direct = new Anthropic({ apiKey: KEY, baseURL: env.MOCK_URL, maxRetries: 0 });
const sawPersonalData = async () => throughPledge(await received()).some((r) => r.raw.includes(EMAIL));

describe('anthropic SDK through the Worker (workerd)', () => {
  it('messages.create: exactly the direct answer; the provider saw placeholders only', async () => {
    const params = { model: MODEL, max_tokens: 256, system: `You work for ${EMAIL}'s team.`, messages: [{ role: 'user' as const, content: PROMPT }] };
    const got = await viaPledge.messages.create(params);
    expect((await lastReceived()).raw).toContain('[EMAIL_ADDRESS_1]');
    expect(got).toEqual(await direct.messages.create(params));
    expect(await sawPersonalData()).toBe(false);
  });

  it('messages.stream: text and final message equal the direct stream; metadata.user_id pseudonymized', async () => {
    const params = { model: MODEL, max_tokens: 256, metadata: { user_id: 'lead-owner-42' }, messages: [{ role: 'user' as const, content: PROMPT }] };
    const got = await viaPledge.messages.stream(params).finalMessage();
    const seen = await lastReceived();
    expect((seen.body as { metadata: { user_id: string } }).metadata.user_id).not.toBe('lead-owner-42');
    expect(seen.headers['x-api-key']).toBe(KEY);
    expect(got).toEqual(await direct.messages.stream(params).finalMessage());
    expect(await sawPersonalData()).toBe(false);
  });

  it('upstream errors keep their type; Pledge refusals use the Anthropic envelope', async () => {
    const err = await viaPledge.messages.create({ model: 'mock-error-429', max_tokens: 8, messages: [{ role: 'user', content: 'x' }] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.RateLimitError);
    const bad = await viaWorker(`${BASE}/anthropic/v1/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': KEY }, body: '{"model":' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } });
  });

  it('a decision tool is queued for review in the Durable Object and audited with the no-switch note', async () => {
    const tools = [{ name: 'schedule_meeting', input_schema: { type: 'object' as const, properties: {} } }];
    const { response } = await viaPledge.messages.create({ model: MODEL, max_tokens: 64, tools, messages: [{ role: 'user', content: `meet ${EMAIL}` }] }).withResponse();
    const reviewId = response.headers.get('x-pledge-review-id');
    expect(response.headers.get('x-pledge-review')).toBe('required');
    const record = await auditFor(response.headers.get('x-pledge-request-id'));
    expect(record.event.no_training).toEqual(expect.arrayContaining(['anthropic_no_switch']));
    expect(record.event.decisions?.[0]).toMatchObject({ tool: 'schedule_meeting', review_id: reviewId });
    expect(await remoteStore(storeStub, 'reviews').get(reviewId!)).toMatchObject({ provider: 'anthropic', args: '{"note":"meet [EMAIL_ADDRESS_1]"}' });
  });
});
