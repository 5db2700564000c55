/**
 * SECURITY.md: a value detected anywhere in a request is replaced everywhere in it, also where a
 * context guard passed it over ("v: 203.0.113.77" alone reads as a version). This held for
 * pseudonymized values only; a masked one went upstream as written in its other fields.
 */
import { describe, expect, it } from 'vitest';
import { redactRequestBody } from '../src/core/pipeline/redact-request.ts';
import { parsePolicy } from '../src/core/policy/parse.ts';
import { openaiAdapter } from '../src/core/providers/openai/index.ts';
import { createEngineCache } from '../src/core/redact/policy-engine.ts';
import { createVault } from '../src/core/redact/vault.ts';

const yaml = (mode: string) => `name: m
providers:
  openai: { models: ['*'], endpoints: ['*'] }
redaction: { entities: all, default_mode: ${mode}, non_text_parts: refuse }
no_training: { enforce: true, refuse_training_endpoints: true, content_usage_header: true }
logging: { retention_days: 30, pseudonymize: [user, tenant, ip] }
limits: { max_body_bytes: 1048576, upstream_timeout_ms: 10000, max_response_bytes: 1048576 }
`;
const IP = '203.0.113.77';

describe.each([['pseudonymize', '[IP_ADDRESS_1]'], ['mask', '[IP_ADDRESS]']])('default_mode %s', (mode, replacement) => {
  it('replaces a value found in one field where a guard skipped it in another', async () => {
    const r = await parsePolicy(yaml(mode), 'm.yaml');
    if (!r.ok) throw new Error(r.errors.join('\n'));
    const engine = createEngineCache()(r.value);
    const alone = { messages: [{ role: 'user', content: `v: ${IP}` }] };
    redactRequestBody(alone, openaiAdapter, engine, createVault());
    expect(alone.messages[0]!.content).toBe(`v: ${IP}`); // the guard, on its own
    const body = { model: 'gpt-4o-mini', messages: [{ role: 'user', content: `The server at ${IP} is down` }, { role: 'user', content: `v: ${IP}` }] };
    redactRequestBody(body, openaiAdapter, engine, createVault());
    expect(body.messages.map((m) => m.content)).toEqual([`The server at ${replacement} is down`, `v: ${replacement}`]);
  });
});
