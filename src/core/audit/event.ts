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

const REDACTION_KEY = /^[A-Z][A-Z0-9_]{0,63}$/;
const TERM_KEY = /^[a-z][a-z0-9_]{0,63}$/;
const OUTCOMES: ReadonlySet<unknown> = new Set(auditEventSchema.shape.outcome.unwrap().options);
const KINDS: ReadonlySet<unknown> = new Set(auditEventSchema.shape.kind.options);

/**
 * Checks `value` against the allowlist and returns it: the one validation an event gets on each
 * side of the append (the writer on the request path, `sealEvents` in the store).
 *
 * A hand check decides the common case without copying: a plain object whose own fields are all
 * named by `auditEventSchema` and hold what it allows. It accepts nothing the schema refuses
 * (event.test.ts compares the two on generated events); whatever it does not accept goes to the
 * schema itself, which returns its copy or throws the ZodError naming the field. So the schema
 * stays the single allowlist, and an unknown or content-bearing field is refused as before.
 */
export function parseAuditEvent(value: unknown): AuditEvent {
  return isAllowedEvent(value) ? value : auditEventSchema.parse(value);
}

const isPlain = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};
const optString = (v: unknown) => v === undefined || typeof v === 'string';
const isCount = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isNonNegative = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** A plain object with only own enumerable string keys, each matching `key`, each value passing `ok`. */
function isCodeRecord(v: unknown, key: RegExp, ok: (x: unknown) => boolean): boolean {
  if (!isPlain(v) || Object.getOwnPropertySymbols(v).length > 0) return false;
  for (const k in v) if (!Object.hasOwn(v, k) || !key.test(k) || !ok(v[k])) return false;
  return true;
}

function isStrictStrings(v: unknown, a: string, b: string, c?: string): boolean {
  if (!isPlain(v)) return false;
  let n = 0;
  for (const k in v) {
    if (!Object.hasOwn(v, k) || (k !== a && k !== b && k !== c) || typeof v[k] !== 'string') return false;
    n++;
  }
  return n === (c === undefined ? 2 : 3);
}

function isAllowedEvent(v: unknown): v is AuditEvent {
  if (!isPlain(v)) return false;
  if (!Object.hasOwn(v, 'id') || !Object.hasOwn(v, 'ts') || !Object.hasOwn(v, 'kind') || !Object.hasOwn(v, 'tenant')) return false;
  if (typeof v.id !== 'string' || typeof v.ts !== 'string' || !KINDS.has(v.kind) || typeof v.tenant !== 'string') return false;
  for (const key in v) {
    if (!Object.hasOwn(v, key)) return false;
    const f = v[key];
    switch (key) {
      case 'id': case 'ts': case 'kind': case 'tenant':
        break;
      case 'request_id': case 'user': case 'provider': case 'model': case 'endpoint': case 'refusal':
      case 'actor': case 'action': case 'target':
        if (!optString(f)) return false;
        break;
      case 'stream':
        if (f !== undefined && typeof f !== 'boolean') return false;
        break;
      case 'status':
        if (f !== undefined && !(typeof f === 'number' && Number.isSafeInteger(f))) return false;
        break;
      case 'outcome':
        if (f !== undefined && !OUTCOMES.has(f)) return false;
        break;
      case 'latency_ms': case 'upstream_latency_ms':
        if (f !== undefined && !isNonNegative(f)) return false;
        break;
      case 'tokens':
        if (f !== undefined) {
          if (!isPlain(f)) return false;
          let n = 0;
          for (const k in f) {
            if (!Object.hasOwn(f, k) || (k !== 'input' && k !== 'output') || !isCount(f[k])) return false;
            n++;
          }
          if (n !== 2) return false;
        }
        break;
      case 'redactions':
        if (f !== undefined && !isCodeRecord(f, REDACTION_KEY, isCount)) return false;
        break;
      case 'terms':
        if (f !== undefined && !isCodeRecord(f, TERM_KEY, (x) => typeof x === 'boolean')) return false;
        break;
      case 'no_training':
        if (f !== undefined) {
          if (!Array.isArray(f)) return false;
          for (let i = 0; i < f.length; i++) if (typeof f[i] !== 'string') return false;
        }
        break;
      case 'policy':
        if (f !== undefined && !isStrictStrings(f, 'name', 'version')) return false;
        break;
      case 'decisions':
        if (f !== undefined) {
          if (!Array.isArray(f)) return false;
          for (let i = 0; i < f.length; i++) if (!isStrictStrings(f[i], 'rule', 'tool', 'review_id')) return false;
        }
        break;
      default:
        return false;
    }
  }
  return true;
}

/** Where the request path hands its one event. Must not block the response. */
export interface AuditSink {
  record(event: AuditEvent): void;
  /** False when new events cannot be taken (store failing, queue full): refuse changes that must be audited. */
  healthy?(): boolean;
}
