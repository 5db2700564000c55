import type { AuditEvent } from '../audit/event.ts';
import type { Deps } from '../deps.ts';
import type { RequestLogLine } from '../log/logger.ts';
import type { LoadedPolicy } from '../policy/schema.ts';

/** What one request accumulates on its way through; becomes one audit event and one log line. */
export interface RequestRecord {
  requestId: string;
  startedAt: number;
  provider: string;
  route: string;
  endpoint: string;
  tenant: string;
  policy?: LoadedPolicy;
  model?: string;
  user?: string;
  stream: boolean;
  status: number;
  outcome: NonNullable<AuditEvent['outcome']>;
  refusal?: string;
  upstreamMs?: number;
  tokens?: { input: number; output: number };
  redactions: Record<string, number>;
  noTraining: string[];
  decisions: { rule: string; tool: string; review_id: string }[];
}

export function newRecord(requestId: string, provider: string, route: string, now: number): RequestRecord {
  return {
    requestId, startedAt: now, provider, route, endpoint: 'unknown', tenant: 'unknown', stream: false,
    status: 0, outcome: 'ok', redactions: {}, noTraining: [], decisions: [],
  };
}

/**
 * Emit the request's one audit event, one log line and its metrics. Never throws.
 *
 * The event is one object literal with its keys in ascending order (absent fields `undefined`,
 * which JSON drops): the append thread then gets the canonical JSON of every member but the
 * records whose keys are out of order (redaction counts, in the order entities were found) from
 * the native `JSON.stringify` (core/audit/canonical.ts), and the object has one shape. The
 * records are not sorted here: that cost (~3 µs) would fall on the request thread.
 */
export function finishRecord(deps: Deps, rec: RequestRecord): void {
  const latency = Math.round(Math.max(0, deps.now() - rec.startedAt) * 100) / 100;
  const upstreamMs = rec.upstreamMs === undefined ? undefined : Math.round(rec.upstreamMs * 100) / 100;
  const hasDecisions = rec.decisions.length > 0;
  try {
    const terms = rec.policy?.policy.providers[rec.provider]?.terms;
    const tokens = rec.tokens;
    const event: AuditEvent = {
      decisions: hasDecisions ? rec.decisions.map((d) => ({ review_id: d.review_id, rule: d.rule, tool: d.tool })) : undefined,
      endpoint: rec.endpoint,
      id: crypto.randomUUID(),
      kind: 'request',
      latency_ms: latency,
      model: rec.model,
      no_training: rec.noTraining,
      outcome: rec.outcome,
      policy: rec.policy === undefined ? undefined : { name: rec.policy.policy.name, version: rec.policy.versionHash },
      provider: rec.provider,
      redactions: rec.redactions,
      refusal: rec.refusal,
      request_id: rec.requestId,
      status: rec.status,
      stream: rec.stream,
      tenant: rec.tenant,
      terms,
      tokens: tokens === undefined ? undefined : { input: tokens.input, output: tokens.output },
      ts: new Date(rec.startedAt).toISOString(),
      upstream_latency_ms: upstreamMs,
      user: rec.user,
    };
    deps.audit.record(event);
  } catch (err) {
    deps.logger.error({ msg: 'audit_record_failed', request_id: rec.requestId, error: err instanceof Error ? err.name : 'unknown' });
  }
  const line: RequestLogLine = {
    msg: 'request',
    route: rec.route,
    request_id: rec.requestId,
    tenant: rec.tenant,
    provider: rec.provider,
    endpoint: rec.endpoint,
    stream: rec.stream,
    status: rec.status,
    outcome: rec.outcome,
    latency_ms: latency,
    redactions: rec.redactions,
    no_training: rec.noTraining,
    model: rec.model,
    refusal: rec.refusal,
    upstream_latency_ms: upstreamMs,
    tokens: rec.tokens,
    review_ids: hasDecisions ? rec.decisions.map((d) => d.review_id) : undefined,
  };
  deps.logger.info(line);
  if (deps.metrics) {
    deps.metrics.observeRequest({ provider: rec.provider, endpoint: rec.endpoint, status: rec.status }, latency, latency - (rec.upstreamMs ?? 0));
    deps.metrics.countRedactions(rec.redactions);
    if (rec.refusal) deps.metrics.countRefusal(rec.refusal);
  }
  deps.records?.closed();
}
