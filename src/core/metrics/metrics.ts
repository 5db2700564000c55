import { createRegistry } from './registry.ts';
import type { Counter, Gauge, Histogram, Registry } from './registry.ts';

export { PROMETHEUS_CONTENT_TYPE } from './registry.ts';

/** Label patterns: ids and codes only. Anything else (emails, IPs, keys, paths) renders as `other`. */
/** A provider id; OpenAI-compatible upstreams are `compat:<name>`, their names from configuration. */
const PROVIDER = /^[a-z][a-z0-9_-]{0,31}(?::[a-z0-9][a-z0-9_-]{0,31})?$/;
const ROUTE = /^[A-Za-z][A-Za-z0-9_.]{0,47}$/; // an endpoint id (chat.completions, generateContent), never a raw path
const STATUS = /^[1-5]\d\d$/;
const ENTITY = /^[A-Z][A-Z0-9_]{0,39}$/;
const REASON = /^[a-z][a-z0-9_]{0,39}$/;

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];
const OVERHEAD_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1];

export interface PledgeMetrics {
  registry: Registry;
  requests: Counter<'provider' | 'route' | 'status'>;
  /** Seconds from request received to response finished. */
  requestDuration: Histogram<'provider' | 'route'>;
  /** Seconds Pledge itself added (total minus upstream time). */
  overheadDuration: Histogram<'provider' | 'route'>;
  redactions: Counter<'entity'>;
  refusals: Counter<'reason'>;
  reviewQueueDepth: Gauge;
  auditQueueDepth: Gauge;
}

export function createMetrics(): PledgeMetrics {
  const registry = createRegistry();
  return {
    registry,
    requests: registry.counter('pledge_requests_total', 'Proxied requests by provider, route and response status.', { provider: PROVIDER, route: ROUTE, status: STATUS }),
    requestDuration: registry.histogram('pledge_request_duration_seconds', 'Total request latency.', { provider: PROVIDER, route: ROUTE }, LATENCY_BUCKETS),
    overheadDuration: registry.histogram('pledge_overhead_duration_seconds', 'Latency Pledge added on top of the upstream.', { provider: PROVIDER, route: ROUTE }, OVERHEAD_BUCKETS),
    redactions: registry.counter('pledge_redactions_total', 'Values redacted, by entity type.', { entity: ENTITY }),
    refusals: registry.counter('pledge_refusals_total', 'Requests refused, by reason code.', { reason: REASON }),
    reviewQueueDepth: registry.gauge('pledge_review_queue_depth', 'Automated decisions waiting for human review.'),
    auditQueueDepth: registry.gauge('pledge_audit_queue_depth', 'Audit events accepted but not yet committed to the store.'),
  };
}

/** The `GET /metrics` body (serve with PROMETHEUS_CONTENT_TYPE). */
export function renderPrometheus(metrics: PledgeMetrics): string {
  return metrics.registry.render();
}
