/**
 * Fault injection through Pledge against the mock provider, for every wire format: each case
 * gives the client a clear error in the provider's envelope, one audit event with the outcome,
 * no hang, and no content in logs. Faults are chosen by model name (mock/faults.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anthropicRoutes } from '../../mock/anthropic.ts';
import { geminiRoutes } from '../../mock/gemini.ts';
import { builtinAdapters } from '../../src/core/providers/registry.ts';
import { createEngineCache } from '../../src/core/redact/policy-engine.ts';
import { eventually, startHarness, type Harness, settled } from '../support/harness.ts';
import { CLIENT_KEY, EMAIL, PHONE, PROVIDERS, send, type ProviderRow } from './providers.ts';

const harness = (upstreamTimeoutMs?: number) =>
  startHarness({
    adapters: [...builtinAdapters],
    mockHandlers: [anthropicRoutes(), geminiRoutes()],
    upstreams: (u) => ({ openai: `${u}/v1`, anthropic: u, gemini: u }),
    // The real PII engine (the harness default detects e-mail addresses only).
    deps: { engineFor: createEngineCache(), ...(upstreamTimeoutMs !== undefined && { upstreamTimeoutMs }) },
  });

let h: Harness;
/** A short upstream timeout (headers only): slow first byte → 504, slow trickle still completes. */
let short: Harness;
const SHORT_TIMEOUT_MS = 600;

beforeAll(async () => {
  [h, short] = await Promise.all([harness(), harness(SHORT_TIMEOUT_MS)]);
});
afterAll(async () => {
  await Promise.all([h.close(), short.close()]);
});

/** The one audit event of the request that answered with this x-pledge-request-id. */
async function eventOf(hh: Harness, res: Response) {
  const id = res.headers.get('x-pledge-request-id');
  expect(id).toBeTruthy();
  await eventually(() => expect(hh.audit.filter((e) => e.request_id === id)).toHaveLength(1));
  return hh.audit.find((e) => e.request_id === id)!;
}

function expectNoContentInLogs(hh: Harness): void {
  const logs = JSON.stringify(hh.logs) + JSON.stringify(hh.audit);
  for (const secret of [EMAIL, PHONE, CLIENT_KEY, 'renewal', 'Echo:']) expect(logs).not.toContain(secret);
}

/** Upstream never saw the raw personal values (faults must not bypass redaction). */
function expectUpstreamSawNoPii(hh: Harness): void {
  for (const r of hh.mock.received) {
    expect(r.raw).not.toContain(EMAIL);
    expect(r.raw).not.toContain(PHONE);
  }
}

describe.each(PROVIDERS.map((p) => [p.name, p] as [string, ProviderRow]))('%s upstream faults', (_name, p) => {
  it.each([429, 500, 503])('upstream %i passes through in the envelope, retry hints kept, audited as upstream_error', async (status) => {
    const res = await send(h.pledge.url, p, `mock-error-${status}`, false);
    expect(res.status).toBe(status);
    expect(p.envelopeMessage(await res.json())).toBe(`mock ${status} for mock-error-${status}`);
    expect(res.headers.get('retry-after')).toBe(status === 500 ? null : '7');
    expect(res.headers.get('retry-after-ms')).toBe(status === 500 ? null : '7000');
    // The SDKs obey it: a provider's "do not retry" must reach them.
    expect(res.headers.get('x-should-retry')).toBe(status === 500 ? 'false' : null);
    const ev = await eventOf(h, res);
    expect(ev).toMatchObject({ status, outcome: 'upstream_error', provider: p.name });
    expect(ev.redactions?.EMAIL_ADDRESS).toBeGreaterThan(0);
  });

  it('upstream 429 on a streaming request is a whole JSON error, not a stream', async () => {
    const res = await send(h.pledge.url, p, 'mock-error-429', true);
    expect(res.status).toBe(429);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(p.envelopeMessage(await res.json())).toContain('mock 429');
    expect(await eventOf(h, res)).toMatchObject({ status: 429, outcome: 'upstream_error', stream: true });
  });

  it('slow first byte beyond the upstream timeout is a 504 in the envelope, audited', async () => {
    const res = await send(short.pledge.url, p, 'mock-slow-5000', false);
    expect(res.status).toBe(504);
    expect(p.envelopeMessage(await res.json())).toMatch(/did not respond in time/);
    expect(await eventOf(short, res)).toMatchObject({ status: 504, outcome: 'upstream_error', refusal: 'upstream_timeout' });
  });

  it('a slow trickle that outlasts the upstream timeout still completes, restored (the timeout is for headers)', async () => {
    const started = Date.now();
    const res = await send(short.pledge.url, p, 'mock-trickle', true);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(Date.now() - started).toBeGreaterThan(SHORT_TIMEOUT_MS);
    expect(text).toMatch(p.streamEnd);
    expect(text).not.toMatch(p.streamError);
    expect(text).not.toMatch(/\[EMAIL_ADDRESS_\d+\]/);
    expect(await eventOf(short, res)).toMatchObject({ status: 200, outcome: 'ok', stream: true });
  });

  it('connection reset before headers is a 502 in the envelope, audited', async () => {
    for (const stream of [false, true]) {
      const res = await send(h.pledge.url, p, 'mock-reset', stream);
      expect(res.status).toBe(502);
      expect(p.envelopeMessage(await res.json())).toMatch(/could not be reached/);
      expect(await eventOf(h, res)).toMatchObject({ status: 502, outcome: 'upstream_error', refusal: 'upstream_unreachable' });
    }
  });

  it.each(['mock-reset-mid', 'mock-malformed', 'mock-truncated'])('%s ends the stream with the provider error event, no hang, audited', async (model) => {
    const res = await send(h.pledge.url, p, model, true);
    if (model === 'mock-reset-mid' && res.status === 502) {
      // The mock destroys its socket right after writing; Node may drop the unflushed head with it,
      // which is a reset before headers. (mid-stream.test.ts resets after the head is on the wire.)
      expect(p.envelopeMessage(await res.json())).toMatch(/could not be reached/);
      expect(await eventOf(h, res)).toMatchObject({ outcome: 'upstream_error', status: 502 });
      return;
    }
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toMatch(p.streamError);
    // The error event is the last thing written: nothing of the broken upstream follows it.
    expect(text.slice(text.search(p.streamError))).not.toContain('oops');
    expect(text).not.toMatch(/\[(EMAIL_ADDRESS|PHONE_NUMBER)_\d+\]/);
    expect(await eventOf(h, res)).toMatchObject({ outcome: 'upstream_error', stream: true });
  });

  it('a client that aborts mid-stream aborts the upstream too, audited as client_abort', async () => {
    const abortedBefore = short.mock.aborted;
    const ctl = new AbortController();
    const res = await send(short.pledge.url, p, 'mock-trickle', true, { signal: ctl.signal });
    const reader = res.body!.getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    ctl.abort();
    await reader.read().catch(() => undefined);
    await eventually(() => expect(short.mock.aborted).toBeGreaterThan(abortedBefore), 5000);
    expect(await eventOf(short, res)).toMatchObject({ outcome: 'client_abort', stream: true });
  });

  it('a client that aborts before the upstream answers aborts the upstream too, audited as client_abort', async () => {
    const abortedBefore = short.mock.aborted;
    await settled();
    const auditBefore = short.audit.length;
    const ctl = new AbortController();
    const pending = send(short.pledge.url, p, 'mock-slow-400', false, { signal: ctl.signal }).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 150));
    ctl.abort();
    expect(await pending).toBeInstanceOf(Error);
    await eventually(() => expect(short.audit.slice(auditBefore).some((e) => e.outcome === 'client_abort' && e.stream === false && e.provider === p.name)).toBe(true), 5000);
    await eventually(() => expect(short.mock.aborted).toBeGreaterThan(abortedBefore), 5000);
  });

  it('no content, key or reply text reached a log line or audit event; upstream saw placeholders only', () => {
    expectNoContentInLogs(h);
    expectNoContentInLogs(short);
    expectUpstreamSawNoPii(h);
    expectUpstreamSawNoPii(short);
  });
});
