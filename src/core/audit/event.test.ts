import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { auditEventSchema } from './event.ts';
import { sampleEvent } from './test-events.ts';

/**
 * The audit event is an allowlist. Adding a field means changing ALLOWED below, which is the
 * moment to ask: is this anonymized metadata? Content (prompts, completions, bodies), contact
 * data, IPs and keys never belong here.
 */
const ALLOWED = [
  'action', 'actor', 'decisions', 'decisions[]', 'decisions[].review_id', 'decisions[].rule', 'decisions[].tool', 'endpoint', 'id',
  'kind', 'latency_ms', 'model', 'no_training', 'no_training[]', 'outcome', 'policy', 'policy.name', 'policy.version',
  'provider', 'redactions', 'redactions{}', 'refusal', 'request_id', 'status', 'stream', 'target', 'tenant', 'terms',
  'terms{}', 'tokens', 'tokens.input', 'tokens.output', 'ts', 'upstream_latency_ms', 'user',
];

const CONTENT_NAMES = /^(prompt|prompts|content|contents|messages?|text|completion|completions|body|input|output|email|e_?mail_address|ip|ip_address|client_ip|key|api_key|apikey|authorization|headers?|cookie|query|response|raw|password|token|secret|name|phone|address|instructions|system|tools?_?args|arguments)$/i;
const ALLOWED_DESPITE_NAME = new Set(['tokens.input', 'tokens.output', 'policy.name']);

type JsonSchema = { type?: string; properties?: Record<string, JsonSchema>; items?: JsonSchema; additionalProperties?: JsonSchema | boolean };

function fieldPaths(schema: JsonSchema, prefix = ''): string[] {
  const out: string[] = [];
  for (const [name, child] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    out.push(path, ...fieldPaths(child, path));
    if (child.items) out.push(`${path}[]`, ...fieldPaths(child.items, `${path}[]`));
    if (typeof child.additionalProperties === 'object') out.push(`${path}{}`, ...fieldPaths(child.additionalProperties, `${path}{}`));
  }
  return out;
}

const paths = fieldPaths(z.toJSONSchema(auditEventSchema, { io: 'input' }) as JsonSchema);

describe('auditEventSchema allowlist', () => {
  it('has exactly the reviewed set of fields', () => {
    expect([...new Set(paths)].sort()).toEqual([...ALLOWED].sort());
  });

  it('has no content-bearing field name anywhere', () => {
    const offenders = paths.filter((p) => {
      const leaf = p.split(/[.[\]{}]+/).filter(Boolean).at(-1)!;
      return CONTENT_NAMES.test(leaf) && !ALLOWED_DESPITE_NAME.has(p);
    });
    expect(offenders).toEqual([]);
  });

  it('rejects unknown fields at every level', () => {
    const base = sampleEvent(1);
    expect(auditEventSchema.safeParse(base).success).toBe(true);
    for (const bad of [
      { ...base, prompt: 'hi' },
      { ...base, messages: [] },
      { ...base, ip: '203.0.113.7' },
      { ...base, tokens: { input: 1, output: 2, text: 'x' } },
      { ...base, policy: { name: 'p', version: 'v', body: 'x' } },
      { ...base, decisions: [{ rule: 'r', tool: 't', review_id: 'x', arguments: '{}' }] },
    ]) {
      expect(auditEventSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('accepts only codes as record keys, so a value cannot hide in a key', () => {
    const base = sampleEvent(1);
    expect(auditEventSchema.safeParse({ ...base, redactions: { 'alice@example.com': 1 } }).success).toBe(false);
    expect(auditEventSchema.safeParse({ ...base, terms: { 'my secret plan': true } }).success).toBe(false);
    expect(auditEventSchema.safeParse({ ...base, redactions: { EMPLOYEE_ID: 2 }, terms: { paid_tier: true } }).success).toBe(true);
  });
});
