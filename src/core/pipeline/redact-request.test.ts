import { describe, expect, it } from 'vitest';
import type { RedactionEngine } from '../deps.ts';
import { anthropicAdapter } from '../providers/anthropic/index.ts';
import { geminiAdapter } from '../providers/gemini/index.ts';
import { openaiAdapter } from '../providers/openai/index.ts';
import type { JsonObject } from '../providers/types.ts';
import { createVault } from '../redact/vault.ts';
import { createDetector, DEFAULT_DETECTOR_OPTIONS } from '../redact/engine.ts';
import { redactRequestBody } from './redact-request.ts';

const EMAIL = 'sneha.rao@example.com';
const emails: RedactionEngine = {
  detect: (text) => [...text.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)].map((m) => ({ type: 'EMAIL_ADDRESS', start: m.index, end: m.index + m[0].length })),
  modeOf: () => 'pseudonymize',
};

/** Tool payloads use the developer's own key names, which may collide with the provider's structural keys. */
describe('personal data inside tool payloads is redacted whatever its key name', () => {
  it('OpenAI: tool-call arguments (JSON text) with keys like user, id, name, type', () => {
    const args = JSON.stringify({ user: EMAIL, id: EMAIL, name: EMAIL, type: `contact ${EMAIL}` });
    const body = {
      model: 'gpt-4o-mini',
      messages: [{ role: 'assistant', tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'route_lead', arguments: args } }] }],
    } as JsonObject;
    redactRequestBody(body, openaiAdapter, emails, createVault());
    const sent = JSON.stringify(body);
    expect(sent).not.toContain(EMAIL);
    expect(sent).toContain('[EMAIL_ADDRESS_1]');
    // Structural fields of the envelope still pass as they are.
    expect(sent).toContain('"id":"call_1"');
  });

  it('Anthropic: tool_use.input with keys like name, data, id', () => {
    const body = {
      model: 'claude-sonnet-4-5',
      messages: [
        { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'route_lead', input: { name: EMAIL, data: `contact ${EMAIL}`, id: EMAIL, nested: { type: EMAIL } } }] },
      ],
    } as JsonObject;
    redactRequestBody(body, anthropicAdapter, emails, createVault());
    const sent = JSON.stringify(body);
    expect(sent).not.toContain(EMAIL);
    expect(sent).toContain('"name":"route_lead"');
    expect(sent).toContain('"id":"toolu_1"');
  });

  it('Gemini: functionCall.args and functionResponse.response with keys like name, id, category', () => {
    const body = {
      contents: [
        { role: 'model', parts: [{ functionCall: { name: 'route_lead', args: { name: EMAIL, id: EMAIL } } }] },
        { role: 'user', parts: [{ functionResponse: { name: 'route_lead', response: { name: EMAIL, category: EMAIL, mode: [EMAIL] } } }] },
      ],
    } as JsonObject;
    redactRequestBody(body, geminiAdapter, emails, createVault());
    const sent = JSON.stringify(body);
    expect(sent).not.toContain(EMAIL);
    expect(sent).toContain('"name":"route_lead"');
  });
});

/** Unlisted names under person-name keys of a tool's data (redact/name-fields.ts), with the real engine. */
describe('a name-shaped value under a person-name key is a name', () => {
  const engine: RedactionEngine = { detect: createDetector(DEFAULT_DETECTOR_OPTIONS), modeOf: () => 'pseudonymize' };

  it('OpenAI tool-call arguments, Anthropic tool_use.input and Gemini functionCall.args', () => {
    const openai = {
      model: 'gpt-4o-mini',
      messages: [{ role: 'assistant', tool_calls: [{ id: 'c1', type: 'function', function: { name: 'route_lead', arguments: JSON.stringify({ lead_name: 'Zorblat Qwenth', city: 'Pune' }) } }] }],
    } as JsonObject;
    const anthropic = {
      model: 'claude-sonnet-4-5',
      messages: [{ role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'book_meeting', input: { attendee: { firstName: 'Zorblat', lastName: 'Qwenth' } } }] }],
    } as JsonObject;
    const gemini = { contents: [{ role: 'model', parts: [{ functionCall: { name: 'schedule', args: { attendees: ['zorblat qwenth', 'Ravi Kumar'], room: 'Blue' } } }] }] } as JsonObject;
    for (const [body, adapter] of [[openai, openaiAdapter], [anthropic, anthropicAdapter], [gemini, geminiAdapter]] as const) {
      redactRequestBody(body, adapter, engine, createVault());
      const sent = JSON.stringify(body);
      expect(sent.toLowerCase()).not.toContain('zorblat');
      expect(sent.toLowerCase()).not.toContain('qwenth');
    }
    expect(JSON.stringify(openai)).toContain('Pune');
  });

  it('leaves everyday values and bare "name" keys to the detector alone; a "key: value" line of a name key is a name', () => {
    const body = {
      model: 'gpt-4o-mini',
      messages: [
        { role: 'user', content: 'lead export\ncustomer_name: Zorblat\nnote: call the Acme office' },
        { role: 'assistant', tool_calls: [{ id: 'c1', type: 'function', function: { name: 'f', arguments: JSON.stringify({ name: 'Acme Widget', contact_name: 'Sales Team', owner_name: 'Unknown' }) } }] },
      ],
    } as JsonObject;
    redactRequestBody(body, openaiAdapter, engine, createVault());
    const sent = JSON.stringify(body);
    for (const kept of ['Acme Widget', 'Sales Team', 'Unknown', 'call the Acme office']) expect(sent).toContain(kept);
    expect(sent).toContain('customer_name: [PERSON_1]');
  });
});
