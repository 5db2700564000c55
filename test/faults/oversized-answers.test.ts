/**
 * Upstream answers larger than the policy's `limits.max_response_bytes`, for every wire format:
 * a whole answer over it is refused with a 502 in the provider's envelope (the rest of it is not
 * read), a stream event over it ends the stream with the provider's error event, and a stream
 * whose events are each small passes whatever its total. Each is audited, and nothing leaks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anthropicRoutes } from '../../mock/anthropic.ts';
import { geminiRoutes } from '../../mock/gemini.ts';
import { builtinAdapters } from '../../src/core/providers/registry.ts';
import { createEngineCache } from '../../src/core/redact/policy-engine.ts';
import { eventually, loadPolicyFile, startHarness, type Harness } from '../support/harness.ts';
import { EMAIL, PROMPT, PROVIDERS, type ProviderRow } from './providers.ts';

const LIMIT = 128 * 1024;
/** A prompt the mock echoes into an answer over LIMIT, with a personal value in it. */
const BIG = `${PROMPT} ${'Keep the notes short and plain. '.repeat(Math.ceil((LIMIT + 32 * 1024) / 32))}`;

let h: Harness;

beforeAll(async () => {
  const policy = await loadPolicyFile('default');
  h = await startHarness({
    adapters: [...builtinAdapters],
    mockHandlers: [anthropicRoutes(), geminiRoutes()],
    upstreams: (u) => ({ openai: `${u}/v1`, anthropic: u, gemini: u }),
    deps: { engineFor: createEngineCache() },
    policy: { ...policy, policy: { ...policy.policy, limits: { ...policy.policy.limits, max_response_bytes: LIMIT } } },
  });
});
afterAll(async () => {
  await h.close();
});

/** The provider's request with `prompt` in place of the fault suite's prompt. */
function send(p: ProviderRow, model: string, stream: boolean, prompt: string): Promise<Response> {
  const body = JSON.stringify(p.body(model, stream)).replace(JSON.stringify(PROMPT).slice(1, -1), JSON.stringify(prompt).slice(1, -1));
  return fetch(h.pledge.url + p.path(model, stream), { method: 'POST', headers: { 'content-type': 'application/json', ...p.headers }, body });
}

async function eventOf(res: Response) {
  const id = res.headers.get('x-pledge-request-id');
  expect(id).toBeTruthy();
  await eventually(() => expect(h.audit.filter((e) => e.request_id === id)).toHaveLength(1));
  return h.audit.find((e) => e.request_id === id)!;
}

function expectNothingLeaked(): void {
  const logs = JSON.stringify(h.logs) + JSON.stringify(h.audit);
  expect(logs).not.toContain(EMAIL);
  expect(logs).not.toContain('Keep the notes');
  for (const r of h.mock.received) expect(r.raw).not.toContain(EMAIL);
}

describe.each(PROVIDERS.map((p) => [p.name, p] as [string, ProviderRow]))('%s answers over limits.max_response_bytes', (_name, p) => {
  it('a whole answer over the limit is refused with a 502 in the provider envelope, audited as upstream_too_large', async () => {
    const res = await send(p, 'mock-model', false, BIG);
    expect(res.status).toBe(502);
    const message = p.envelopeMessage(await res.json());
    expect(message).toContain(`exceeds the ${LIMIT} bytes`);
    expect(message).toContain('limits.max_response_bytes');
    const event = await eventOf(res);
    expect(event.outcome).toBe('upstream_error');
    expect(event.refusal).toBe('upstream_too_large');
    expectNothingLeaked();
  });

  it('a whole answer under the limit passes, restored', async () => {
    const res = await send(p, 'mock-model', false, PROMPT);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(EMAIL);
  });

  it('a stream event over the limit ends the stream with the provider error event', async () => {
    const res = await send(p, 'mock-one-event', true, BIG);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toMatch(p.streamError);
    expect(text).toContain('limits.max_response_bytes');
    expect(text).not.toMatch(p.streamEnd);
    expect(text.length).toBeLessThan(LIMIT);
    const event = await eventOf(res);
    expect(event.outcome).toBe('upstream_error');
    expectNothingLeaked();
  });

  it('a stream of small events passes whole, though its total is over the limit', async () => {
    const res = await send(p, 'mock-model', true, BIG);
    const text = await res.text();
    expect(text).toMatch(p.streamEnd);
    expect(text).not.toMatch(p.streamError);
    expect(text.length).toBeGreaterThan(LIMIT);
    expect(text).toContain(EMAIL.slice(0, 4));
    expect((await eventOf(res)).outcome).toBe('ok');
  });
});
