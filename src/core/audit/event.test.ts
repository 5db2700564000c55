import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { auditEventSchema, parseAuditEvent } from './event.ts';
import type { AuditEvent } from './event.ts';
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

/** A valid event with an unknown, content-bearing field added at each level. */
const unknownFieldVariants = (base: ReturnType<typeof sampleEvent>): unknown[] => [
      { ...base, prompt: 'hi' },
      { ...base, messages: [] },
      { ...base, ip: '203.0.113.7' },
      { ...base, tokens: { input: 1, output: 2, text: 'x' } },
      { ...base, policy: { name: 'p', version: 'v', body: 'x' } },
      { ...base, decisions: [{ rule: 'r', tool: 't', review_id: 'x', arguments: '{}' }] },
];

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
    for (const bad of unknownFieldVariants(base)) {
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

describe('parseAuditEvent', () => {
  /** Deterministic mutations of valid events: every field, wrong types, unknown keys at every level, odd objects. */
  function variants(): unknown[] {
    const out: unknown[] = [];
    const full = sampleEvent(3, {
      user: 'u_1', stream: true, refusal: 'model_not_allowed', upstream_latency_ms: 3.5, no_training: ['store_false'],
      terms: { no_training: true, zdr: false }, decisions: [{ rule: 'r', tool: 't', review_id: 'rv_1' }], actor: 'a', action: 'review.approve', target: 'x',
      redactions: { PERSON: 2, EMAIL_ADDRESS: 0 },
    });
    const values: unknown[] = [
      undefined, null, '', 'x', 'request', 'staff', 'ok', 'bogus', 0, -0, 1, -1, 1.5, 2 ** 60, Number.NaN, Infinity, true, false,
      [], ['a'], [1], [undefined], {}, { input: 1, output: 2 }, { input: 1 }, { input: 1, output: 2, text: 'x' }, { input: -1, output: 2 },
      { name: 'p', version: 'v' }, { name: 'p', version: 'v', body: 'b' }, { name: 'p' }, { PERSON: 1 }, { 'alice@example.com': 1 },
      { paid_tier: true }, { PERSON: -1 }, { PERSON: 1.5 }, [{ rule: 'r', tool: 't', review_id: 'x' }], [{ rule: 'r', tool: 't', review_id: 'x', arguments: '{}' }],
      [{ rule: 'r', tool: 't' }], Object.assign(Object.create(null), { PERSON: 1 }), new Date(0), Object.create({ PERSON: 1 }),
    ];
    const keys = [...Object.keys(auditEventSchema.shape), 'prompt', 'messages', 'ip', 'content', '__proto__'];
    for (const base of [sampleEvent(1), sampleEvent(4), full, JSON.parse(JSON.stringify(full)) as AuditEvent]) {
      out.push(base, { ...base }, Object.assign(Object.create(null), base), Object.assign(Object.create({ id: 'x' }), base));
      for (const key of keys) {
        for (const value of values) {
          const e: Record<string, unknown> = { ...base };
          Object.defineProperty(e, key, { value, enumerable: true, writable: true, configurable: true });
          out.push(e);
        }
        const without: Record<string, unknown> = { ...base };
        delete without[key];
        out.push(without);
      }
    }
    const sym: Record<string | symbol, unknown> = { ...full, redactions: { PERSON: 1 } };
    (sym.redactions as Record<symbol, number>)[Symbol('s')] = 1;
    out.push(sym, null, 'event', [], [full], new Date(0));
    return out;
  }

  it('accepts without copying only what the schema accepts, and hands everything else to the schema', () => {
    let fast = 0;
    let valid = 0;
    for (const v of variants()) {
      const schema = auditEventSchema.safeParse(v);
      let got: unknown;
      let threw = false;
      try {
        got = parseAuditEvent(v);
      } catch {
        threw = true;
      }
      expect(threw).toBe(!schema.success);
      if (!schema.success) continue;
      valid++;
      if (got === v) {
        fast++;
        // Same event as the schema's copy, as stored (JSON) and as hashed (canonical JSON).
        expect(JSON.parse(JSON.stringify(v))).toEqual(JSON.parse(JSON.stringify(schema.data)));
      } else {
        expect(got).toEqual(schema.data);
      }
    }
    expect(valid).toBeGreaterThan(200);
    expect(fast).toBeGreaterThan(valid * 0.8);
  });

  it('refuses an unknown or content-bearing field at every level', () => {
    const base = sampleEvent(1);
    for (const bad of [
      ...unknownFieldVariants(base),
      { ...base, redactions: { 'alice@example.com': 1 } },
      { ...base, terms: { 'my secret plan': true } },
    ]) {
      expect(() => parseAuditEvent(bad)).toThrow();
    }
    expect(parseAuditEvent(base)).toBe(base);
  });
});
