/**
 * An answer with more tool calls than Pledge checks for decision review in one answer (256) is not
 * passed on: a whole one gets a 502 in the provider's envelope, a stream ends with the provider's
 * error event before the call past the limit, and the calls tagged before it are queued for review.
 * A model asking for a few calls is unaffected.
 */
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendJson, startSse, type MockRequest } from '../../mock/types.ts';
import { MAX_TOOL_CALLS_PER_ANSWER } from '../../src/core/pipeline/decisions.ts';
import { eventually, startHarness, type Harness } from '../support/harness.ts';

/** OpenAI answers with `tools-<n>` tool calls of route_lead (a decision rule of the default policy). */
function manyToolCalls(req: MockRequest, res: ServerResponse): boolean {
  if (req.path !== '/many/v1/chat/completions') return false;
  const body = req.body as { model: string; stream?: boolean };
  const n = Number(/^tools-(\d+)$/.exec(body.model)?.[1] ?? 1);
  const calls = Array.from({ length: n }, (_, i) => ({ id: `call_${i}`, type: 'function', function: { name: 'route_lead', arguments: `{"lead":${i}}` } }));
  if (!body.stream) {
    sendJson(res, 200, { id: 'c', object: 'chat.completion', created: 1, model: body.model, choices: [{ index: 0, message: { role: 'assistant', content: null, tool_calls: calls }, finish_reason: 'tool_calls' }] });
    return true;
  }
  startSse(res);
  const chunk = (delta: unknown, finish: string | null = null) => `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 1, model: body.model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
  let out = chunk({ role: 'assistant', content: null });
  calls.forEach((c, i) => (out += chunk({ tool_calls: [{ index: i, ...c }] })));
  res.end(out + chunk({}, 'tool_calls') + 'data: [DONE]\n\n');
  return true;
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ mockHandlers: [manyToolCalls], upstreams: (u) => ({ openai: `${u}/many/v1` }) });
});
afterAll(async () => h.close());

const ask = (model: string, stream: boolean) => fetch(`${h.pledge.url}/openai/v1/chat/completions`, {
  method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer sk-x' },
  body: JSON.stringify({ model, stream, messages: [{ role: 'user', content: 'route the leads' }] }),
});

async function eventOf(res: Response) {
  const id = res.headers.get('x-pledge-request-id');
  await eventually(() => expect(h.audit.find((e) => e.request_id === id)).toBeDefined());
  return h.audit.find((e) => e.request_id === id)!;
}

describe('tool calls per answer', () => {
  const over = `tools-${MAX_TOOL_CALLS_PER_ANSWER + 1}`;

  it('a whole answer over the limit gets a 502 in the envelope; nothing is queued', async () => {
    const before = h.reviews.length;
    const res = await ask(over, false);
    expect(res.status).toBe(502);
    const body = (await res.json()) as { error: { message: string; code: string } };
    expect(body.error.code).toBe('pledge_too_many_tool_calls');
    expect(body.error.message).toContain(`more than ${MAX_TOOL_CALLS_PER_ANSWER} tool calls`);
    const event = await eventOf(res);
    expect([event.outcome, event.refusal]).toEqual(['upstream_error', 'too_many_tool_calls']);
    expect(h.reviews.length).toBe(before);
  });

  it('a stream over the limit ends with the error event before the call past it; the calls before it are queued', async () => {
    const before = h.reviews.length;
    const res = await ask(over, true);
    const text = await res.text();
    expect(text).toMatch(/data: \{"error":\{"message":"The upstream answer holds more than 256 tool calls[^"]*the stream was ended\./);
    expect(text).toContain('"id":"call_255"');
    expect(text).not.toContain('"id":"call_256"');
    expect(text).not.toContain('[DONE]');
    const event = await eventOf(res);
    expect([event.outcome, event.refusal]).toEqual(['upstream_error', 'too_many_tool_calls']);
    await eventually(() => expect(h.reviews.length - before).toBe(MAX_TOOL_CALLS_PER_ANSWER));
  });

  it.each([false, true])('an answer with a few calls passes, each queued for review (stream %s)', async (stream) => {
    const before = h.reviews.length;
    const res = await ask('tools-3', stream);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain('call_2');
    expect(text).not.toContain('too_many');
    await eventually(() => expect(h.reviews.length - before).toBe(3));
  });
});
