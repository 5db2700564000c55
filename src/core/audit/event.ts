import { z } from 'zod';

/**
 * One audit event: anonymized metadata only. The schema is strict and is the allowlist: a field
 * that is not named here cannot be stored. `event.test.ts` beside this file fails if a
 * content-bearing field is ever added. Record keys are codes (entity names, term names), never text.
 */
const tokenCounts = z.object({ input: z.number().int().nonnegative(), output: z.number().int().nonnegative() }).strict();

export const auditEventSchema = z
  .object({
    id: z.string(),
    ts: z.string().describe('ISO 8601 time the request started'),
    kind: z.enum(['request', 'staff']),
    request_id: z.string().optional(),
    tenant: z.string().describe('Pseudonymous tenant id'),
    user: z.string().optional().describe('Keyed pseudonym of the end-user identifier'),
    provider: z.string().optional(),
    model: z.string().optional(),
    endpoint: z.string().optional(),
    stream: z.boolean().optional(),
    status: z.number().int().optional(),
    outcome: z.enum(['ok', 'upstream_error', 'refused', 'error', 'client_abort']).optional(),
    refusal: z.string().optional().describe('Machine reason code, e.g. model_not_allowed'),
    latency_ms: z.number().nonnegative().optional(),
    upstream_latency_ms: z.number().nonnegative().optional(),
    tokens: tokenCounts.optional(),
    redactions: z.record(z.string().regex(/^[A-Z][A-Z0-9_]{0,63}$/), z.number().int().nonnegative()).optional(),
    no_training: z.array(z.string()).optional().describe('Rewrites applied, e.g. store_false, user_pseudonymized'),
    terms: z.record(z.string().regex(/^[a-z][a-z0-9_]{0,63}$/), z.boolean()).optional().describe('Attested account terms for the provider'),
    policy: z.object({ name: z.string(), version: z.string() }).strict().optional(),
    decisions: z.array(z.object({ rule: z.string(), tool: z.string(), review_id: z.string() }).strict()).optional(),
    actor: z.string().optional().describe('Staff actions: pseudonymous staff id'),
    action: z.string().optional().describe('Staff actions: e.g. review.approve, key.create, policy.reload'),
    target: z.string().optional().describe('Staff actions: id of the object acted on'),
  })
  .strict();

export type AuditEvent = z.infer<typeof auditEventSchema>;

/** Where the request path hands its one event. Must not block the response. */
export interface AuditSink {
  record(event: AuditEvent): void;
  /** False when new events cannot be taken (store failing, queue full): refuse changes that must be audited. */
  healthy?(): boolean;
}
