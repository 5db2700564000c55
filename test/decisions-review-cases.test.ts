/**
 * Tool calls the decision tracker missed or tagged under another rule (found by review): Chat
 * Completions custom tools (`type: "custom"`, whole and streamed), a conditional rule listed before
 * an unconditional one for the same tool (a stream tagged early under the second), and Gemini's
 * streamGenerateContent without alt=sse, which answers with a JSON array of responses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deps } from '../src/core/deps.ts';
import type { DecisionRule } from '../src/core/policy/schema.ts';
import { openaiAdapter } from '../src/core/providers/openai/index.ts';
import { builtinAdapters } from '../src/core/providers/registry.ts';
import type { ReviewItem } from '../src/core/review/types.ts';
import { createDecisionTracker } from '../src/core/pipeline/decisions.ts';
import { newRecord } from '../src/core/pipeline/request-record.ts';
import { geminiRoutes } from '../mock/gemini.ts';
import { startHarness, type Harness } from './support/harness.ts';

function tracker(rules: DecisionRule[]) {
  const reviews: ReviewItem[] = [];
  const deps = { reviews: { create: async (item: ReviewItem) => void reviews.push(item) }, now: () => 0 } as unknown as Deps;
  const t = createDecisionTracker(deps, openaiAdapter, rules, newRecord('r1', 'openai', '/openai', 0));
  return { t, reviews };
}

describe('chat completions custom tool calls', () => {
  const rules: DecisionRule[] = [{ id: 'route', tools: ['route_lead'] }];
  it('non-streaming message.tool_calls[].custom is tagged', async () => {
    const { t, reviews } = tracker(rules);
    const body = { choices: [{ index: 0, message: { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'custom', custom: { name: 'route_lead', input: 'lead [PERSON_1] to sales' } }] }, finish_reason: 'tool_calls' }] };
    const ids = await t.fromResponse(body);
    expect(ids.length).toBe(1);
    expect(reviews.map((r) => r.tool)).toEqual(['route_lead']);
  });
  it('streamed delta.tool_calls[].custom is tagged', async () => {
    const { t, reviews } = tracker(rules);
    t.onStreamEvent({ choices: [{ index: 0, delta: { tool_calls: [{ index: 0, id: 'call_1', type: 'custom', custom: { name: 'route_lead', input: '' } }] } }] }, false);
    t.onStreamEvent({ choices: [{ index: 0, delta: { tool_calls: [{ index: 0, custom: { input: 'lead to sales' } }] } }] }, false);
    t.onStreamEvent({ choices: [{ index: 0, delta: {}, finish_reason: 'tool_calls' }] }, false);
    t.onStreamEvent(undefined, true);
    await t.persist();
    expect(reviews.map((r) => r.tool)).toEqual(['route_lead']);
  });
});

describe('rule order: stream vs whole', () => {
  const rules: DecisionRule[] = [
    { id: 'gold_routing', tools: ['route_lead'], when: { tier: 'gold' } },
    { id: 'any_routing', tools: ['route_lead'] },
  ];
  const args = JSON.stringify({ tier: 'gold' });
  it('whole answer: first matching rule', async () => {
    const { t, reviews } = tracker(rules);
    await t.fromResponse({ choices: [{ index: 0, message: { tool_calls: [{ id: 'c', type: 'function', function: { name: 'route_lead', arguments: args } }] } }] });
    expect(reviews.map((r) => r.rule)).toEqual(['gold_routing']);
  });
  it('stream: the same call should get the same rule', async () => {
    const { t, reviews } = tracker(rules);
    t.onStreamEvent({ choices: [{ index: 0, delta: { tool_calls: [{ index: 0, id: 'c', type: 'function', function: { name: 'route_lead', arguments: '' } }] } }] }, false);
    t.onStreamEvent({ choices: [{ index: 0, delta: { tool_calls: [{ index: 0, function: { arguments: args } }] } }] }, false);
    t.onStreamEvent(undefined, true);
    await t.persist();
    expect(reviews.map((r) => r.rule)).toEqual(['gold_routing']);
  });
});

describe('Gemini streamGenerateContent without alt=sse (JSON array answer)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ adapters: [...builtinAdapters], mockHandlers: [geminiRoutes()], upstreams: (u) => ({ openai: `${u}/v1`, gemini: u }) });
  });
  afterAll(() => h.close());
  const body = { contents: [{ role: 'user', parts: [{ text: 'Route the lead' }] }], tools: [{ functionDeclarations: [{ name: 'route_lead', parameters: { type: 'OBJECT', properties: {} } }] }] };
  const post = (path: string) => fetch(`${h.pledge.url}/gemini${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-goog-api-key': 'k' }, body: JSON.stringify(body) });
  it('generateContent is tagged (control)', async () => {
    const res = await post('/v1beta/models/gemini-2.5-flash:generateContent');
    expect(res.headers.get('x-pledge-review')).toBe('required');
  });
  it('streamGenerateContent (array of responses) carrying route_lead is tagged', async () => {
    const res = await post('/v1beta/models/gemini-2.5-flash:streamGenerateContent');
    const json = await res.json();
    expect(Array.isArray(json)).toBe(true);
    expect(JSON.stringify(json)).toContain('route_lead');
    expect(res.headers.get('x-pledge-review')).toBe('required');
  });
});
