/**
 * A request body nested far deeper than any provider payload (the pipeline's walkers recurse) is
 * refused with a 400 in the provider's envelope that says so, not a 500, and nothing goes upstream.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anthropicRoutes } from '../mock/anthropic.ts';
import { geminiRoutes } from '../mock/gemini.ts';
import { anthropicAdapter } from '../src/core/providers/anthropic/index.ts';
import { geminiAdapter } from '../src/core/providers/gemini/index.ts';
import { openaiAdapter } from '../src/core/providers/openai/index.ts';
import { eventually, startHarness, type Harness } from './support/harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    adapters: [openaiAdapter, anthropicAdapter, geminiAdapter],
    mockHandlers: [anthropicRoutes(), geminiRoutes()],
    upstreams: (u) => ({ openai: `${u}/v1`, anthropic: u, gemini: u }),
  });
});
afterAll(async () => h.close());

/** `"x@example.com"` inside `depth` arrays, as JSON text (too deep to build by JSON.stringify). */
const nested = (depth: number) => `${'['.repeat(depth)}"deep.user@example.com"${']'.repeat(depth)}`;

type Envelope = { type?: string; error: { message: string; type?: string; code?: unknown; status?: string } };
/** `scanned`: whether the field holding the nesting is redacted (a structural key holding an object, response_format, is walked too: SECURITY.md). */
interface Row { name: string; path: string; headers: Record<string, string>; body: (nested: string) => string; kind: (b: Envelope) => unknown; scanned: boolean }

const providers: Row[] = [
  // response_format is a structural key holding an object: walked, so its nesting meets the redaction walk.
  { name: 'openai', path: '/openai/v1/chat/completions', headers: { authorization: 'Bearer sk-x' }, body: (v) => `{"model":"gpt-4o-mini","messages":[{"role":"user","content":[{"type":"text","text":"hi"}]}],"response_format":{"type":"json_schema","json_schema":{"name":"x","schema":{"examples":${v}}}}}`, kind: (b) => b.error.type, scanned: true },
  { name: 'openai, in a redacted field', path: '/openai/v1/chat/completions', headers: { authorization: 'Bearer sk-x' }, body: (v) => `{"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}],"prediction":{"type":"content","content":${v}}}`, kind: (b) => b.error.type, scanned: true },
  { name: 'anthropic', path: '/anthropic/v1/messages', headers: { 'x-api-key': 'sk-x', 'anthropic-version': '2023-06-01' }, body: (v) => `{"model":"claude-sonnet-4-5","max_tokens":16,"messages":[{"role":"user","content":"hi"}],"metadata":{"x":${v}}}`, kind: (b) => b.type === 'error' && b.error.type, scanned: true },
  { name: 'gemini', path: '/gemini/v1beta/models/gemini-2.5-flash:generateContent', headers: { 'x-goog-api-key': 'k' }, body: (v) => `{"contents":[{"role":"user","parts":[{"text":"hi"}]}],"labels":${v}}`, kind: (b) => b.error.status, scanned: true },
];

describe.each(providers)('$name: a body nested too deeply', (p) => {
  it('gets a 400 in the provider envelope that says why; nothing reaches upstream; audited', async () => {
    const before = h.mock.received.length;
    const res = await fetch(h.pledge.url + p.path, { method: 'POST', headers: { 'content-type': 'application/json', ...p.headers }, body: p.body(nested(20_000)) });
    expect(res.status).toBe(400);
    const body = (await res.json()) as Envelope;
    expect(body.error.message).toBe('The request body nests arrays and objects more than 1000 levels deep; nothing was sent upstream.');
    expect(p.kind(body)).toMatch(/invalid_request|INVALID_ARGUMENT/);
    expect(h.mock.received.length).toBe(before);
    const id = res.headers.get('x-pledge-request-id');
    await eventually(() => expect(h.audit.find((e) => e.request_id === id)?.refusal).toBe('json_too_deep'));
  });

  it('a body nested a few hundred levels still goes through (redacted where the field is scanned)', async () => {
    const res = await fetch(h.pledge.url + p.path, { method: 'POST', headers: { 'content-type': 'application/json', ...p.headers }, body: p.body(nested(300)) });
    expect(res.status).toBe(200);
    const raw = h.mock.received.at(-1)!.raw;
    expect(raw).toContain('['.repeat(300));
    expect(raw.includes('deep.user@example.com')).toBe(!p.scanned);
  });
});
