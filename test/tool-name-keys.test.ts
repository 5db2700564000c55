import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anthropicRoutes } from '../mock/anthropic.ts';
import { builtinAdapters } from '../src/core/providers/registry.ts';
import { createEngineCache } from '../src/core/redact/policy-engine.ts';
import { loadPolicyFile, startHarness, type Harness } from './support/harness.ts';

/**
 * Names the lexicon lacks, in a tool's data under person-name keys (src/core/redact/name-fields.ts),
 * through the real engine of the default policy and the real SDKs.
 */
const GIVEN = 'Zorblat';
const FAMILY = 'Qwenth';

let h: Harness;
beforeAll(async () => {
  const policy = await loadPolicyFile('default');
  h = await startHarness({
    policy,
    engine: createEngineCache()(policy),
    adapters: [...builtinAdapters],
    mockHandlers: [anthropicRoutes()],
    upstreams: (u) => ({ openai: `${u}/v1`, anthropic: u, gemini: u }),
  });
});
afterAll(() => h.close());

const leaked = (from: number) => h.mock.received.slice(from).some((r) => r.raw.includes(GIVEN) || r.raw.includes(FAMILY));

describe('an unlisted name under a person-name key of a tool call never reaches the provider', () => {
  it('OpenAI: tool-call arguments in the history', async () => {
    const client = new OpenAI({ apiKey: 'sk-test-client', baseURL: `${h.pledge.url}/openai/v1`, maxRetries: 0 });
    const before = h.mock.received.length;
    await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'user', content: 'Route the lead.' },
        { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'route_lead', arguments: JSON.stringify({ customer_name: `${GIVEN} ${FAMILY}`, city: 'Pune' }) } }] },
        { role: 'tool', tool_call_id: 'call_1', content: 'routed' },
      ],
    });
    expect(h.mock.received.length).toBeGreaterThan(before);
    expect(leaked(before)).toBe(false);
    expect(h.mock.received.at(-1)!.raw).toContain('Pune');
  });

  it('OpenAI: a tool result written as JSON text (a CRM lookup) in a "tool" message', async () => {
    const client = new OpenAI({ apiKey: 'sk-test-client', baseURL: `${h.pledge.url}/openai/v1`, maxRetries: 0 });
    const before = h.mock.received.length;
    await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'user', content: 'Who owns lead 42?' },
        { role: 'assistant', content: null, tool_calls: [{ id: 'call_2', type: 'function', function: { name: 'crm_lookup', arguments: '{"lead":42}' } }] },
        { role: 'tool', tool_call_id: 'call_2', content: JSON.stringify({ lead: 42, owner_name: `${GIVEN} ${FAMILY}`, stage: 'Proposal' }, null, 2) },
      ],
    });
    expect(leaked(before)).toBe(false);
    expect(h.mock.received.at(-1)!.raw).toContain('Proposal');
  });

  it('Anthropic: tool_use.input in the history', async () => {
    const client = new Anthropic({ apiKey: 'sk-ant-test-client', baseURL: `${h.pledge.url}/anthropic`, maxRetries: 0 });
    const before = h.mock.received.length;
    await client.messages.create({
      model: 'claude-mock-1',
      max_tokens: 64,
      messages: [
        { role: 'user', content: 'Book the meeting.' },
        { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'book_meeting', input: { attendee: { firstName: GIVEN, lastName: FAMILY }, room: 'Blue' } }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: 'booked' }] },
      ],
    });
    expect(h.mock.received.length).toBeGreaterThan(before);
    expect(leaked(before)).toBe(false);
    expect(h.mock.received.at(-1)!.raw).toContain('Blue');
  });
});
