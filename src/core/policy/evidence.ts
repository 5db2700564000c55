import type { AuditEvent } from '../audit/event.ts';
import { requiredTerms } from './terms.ts';

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

const bump = (record: Record<string, number>, key: string, by = 1) => {
  record[key] = (record[key] ?? 0) + by;
};

/**
 * Adds one audit event to the counters (mutates and returns `c`). The audit store may aggregate
 * in SQL instead; this is the reference meaning of each counter.
 */
export function foldAuditEvent(c: EvidenceCounters, e: AuditEvent): EvidenceCounters {
  if (e.kind === 'staff') {
    if (e.action === 'review.approve') c.decisions.approved++;
    if (e.action === 'review.reject') c.decisions.rejected++;
    return c;
  }
  c.requests++;
  if (e.outcome === 'refused') bump(c.refusals, e.refusal ?? 'unknown');
  const reachedProvider = e.provider !== undefined && e.outcome !== 'refused';
  if (e.provider && reachedProvider) {
    c.requests_by_provider ??= {};
    bump(c.requests_by_provider, e.provider);
    const terms = e.terms ?? {};
    if (!requiredTerms(e.provider).some((t) => terms[t] === true)) c.unattested++;
  }
  for (const [entity, n] of Object.entries(e.redactions ?? {})) bump(c.redactions, entity, n);
  for (const action of e.no_training ?? []) {
    if (action === 'store_false') c.store_overrides++;
    else bump((c.no_training_actions ??= {}), action);
  }
  c.decisions.queued += e.decisions?.length ?? 0;
  return c;
}
