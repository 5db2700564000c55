import type { AuditFilter, AuditStore } from '../audit/store.ts';
import { iterateRecords } from '../audit/store.ts';
import { emptyEvidence, type EvidenceCounters } from '../policy/evidence.ts';
import { requiredTerms } from '../policy/terms.ts';
import type { ReviewStore } from '../review/store.ts';

export interface RedactionSeries {
  /** Days (YYYY-MM-DD) in order, with redactions per entity on each. */
  days: { day: string; counts: Record<string, number> }[];
  entities: string[];
}

const bump = (o: Record<string, number>, k: string, n = 1) => void (o[k] = (o[k] ?? 0) + n);

/**
 * Evidence counters for the tenants and period, summed from audit events (one page at a time)
 * and from the review queue. Counts only.
 */
export async function aggregateEvidence(
  audit: AuditStore,
  reviews: ReviewStore,
  scope: { tenants: string[] | undefined; from?: string | undefined; to?: string | undefined },
): Promise<{ counters: EvidenceCounters; series: RedactionSeries }> {
  const c = emptyEvidence();
  const byDay = new Map<string, Record<string, number>>();
  const entities = new Set<string>();
  const filters: AuditFilter[] = (scope.tenants ?? [undefined]).map((tenant) => ({
    kind: 'request', ...(tenant !== undefined && { tenant }), ...(scope.from && { from: scope.from }), ...(scope.to && { to: scope.to }),
  }));
  for (const filter of filters) {
    for await (const { event: e } of iterateRecords(audit, filter)) {
      c.requests += 1;
      const reached = e.outcome !== 'refused' && e.outcome !== 'error';
      if (e.provider && reached) bump(c.requests_by_provider!, e.provider);
      if (e.outcome === 'refused' || e.refusal) bump(c.refusals, e.refusal ?? 'unspecified');
      for (const action of e.no_training ?? []) {
        if (action === 'store_false') c.store_overrides += 1;
        else bump(c.no_training_actions!, action);
      }
      if (e.provider && reached && e.terms && !requiredTerms(e.provider).some((t) => e.terms?.[t] === true)) c.unattested += 1;
      const redactions = Object.entries(e.redactions ?? {}).filter(([, n]) => n > 0);
      if (redactions.length === 0) continue;
      const day = e.ts.slice(0, 10);
      const counts = byDay.get(day) ?? {};
      byDay.set(day, counts);
      for (const [entity, n] of redactions) {
        bump(c.redactions, entity, n);
        bump(counts, entity, n);
        entities.add(entity);
      }
    }
  }
  const counts = await reviews.count({ ...(scope.tenants && { tenants: scope.tenants }), ...(scope.from && { from: scope.from }), ...(scope.to && { to: scope.to }) });
  c.decisions = { queued: counts.pending + counts.approved + counts.rejected, approved: counts.approved, rejected: counts.rejected };
  const days = [...byDay.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, counts]) => ({ day, counts }));
  return { counters: c, series: { days, entities: [...entities].sort() } };
}
