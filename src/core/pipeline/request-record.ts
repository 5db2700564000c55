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

/** The metadata both the audit event and the log line carry. */
function commonFields(rec: RequestRecord, latency: number) {
  return {
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
    ...(rec.model !== undefined && { model: rec.model }),
    ...(rec.refusal !== undefined && { refusal: rec.refusal }),
    ...(rec.upstreamMs !== undefined && { upstream_latency_ms: Math.round(rec.upstreamMs * 100) / 100 }),
    ...(rec.tokens !== undefined && { tokens: rec.tokens }),
  };
}

/** Emit the request's one audit event, one log line and its metrics. Never throws. */
export function finishRecord(deps: Deps, rec: RequestRecord): void {
  const latency = Math.round(Math.max(0, deps.now() - rec.startedAt) * 100) / 100;
  const common = commonFields(rec, latency);
  try {
    const terms = rec.policy?.policy.providers[rec.provider]?.terms;
    const event: AuditEvent = {
      id: crypto.randomUUID(),
      ts: new Date(rec.startedAt).toISOString(),
      kind: 'request',
      ...common,
      ...(rec.user !== undefined && { user: rec.user }),
      ...(terms !== undefined && { terms: { ...terms } }),
      ...(rec.policy !== undefined && { policy: { name: rec.policy.policy.name, version: rec.policy.versionHash } }),
      ...(rec.decisions.length > 0 && { decisions: rec.decisions }),
    };
    deps.audit.record(event);
  } catch (err) {
    deps.logger.error({ msg: 'audit_record_failed', request_id: rec.requestId, error: err instanceof Error ? err.name : 'unknown' });
  }
  const line: RequestLogLine = {
    msg: 'request',
    route: rec.route,
    ...common,
    ...(rec.decisions.length > 0 && { review_ids: rec.decisions.map((d) => d.review_id) }),
  };
  deps.logger.info(line);
  if (deps.metrics) {
    deps.metrics.observeRequest({ provider: rec.provider, endpoint: rec.endpoint, status: rec.status }, latency, latency - (rec.upstreamMs ?? 0));
    deps.metrics.countRedactions(rec.redactions);
    if (rec.refusal) deps.metrics.countRefusal(rec.refusal);
  }
}
