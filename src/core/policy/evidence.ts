/**
 * Aggregated evidence counters for one tenant and period, summed from audit events by the audit
 * store. Counts only: nothing here can carry content.
 */
export interface EvidenceCounters {
  /** Requests recorded in the audit trail. */
  requests: number;
  /** Requests per provider id (what traffic actually used each sub-processor). */
  requests_by_provider?: Record<string, number>;
  /** Values redacted, per entity type. */
  redactions: Record<string, number>;
  /** Requests where `store` was forced to false (OpenAI). */
  store_overrides: number;
  /** Other no-training rewrites by action, e.g. user_pseudonymized, metadata_dropped. */
  no_training_actions?: Record<string, number>;
  /** Refused requests by machine reason, e.g. training_endpoint, model_not_allowed, unknown_key. */
  refusals: Record<string, number>;
  decisions: { queued: number; approved: number; rejected: number };
  /** Requests that reached a provider whose no-training terms the policy does not attest. */
  unattested: number;
}

export function emptyEvidence(): EvidenceCounters {
  return {
    requests: 0,
    requests_by_provider: {},
    redactions: {},
    store_overrides: 0,
    no_training_actions: {},
    refusals: {},
    decisions: { queued: 0, approved: 0, rejected: 0 },
    unattested: 0,
  };
}
