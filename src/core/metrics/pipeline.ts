import type { Metrics } from '../deps.ts';
import { createMetrics } from './metrics.ts';
import type { PledgeMetrics } from './metrics.ts';
import type { CounterSeries, HistogramSeries } from './registry.ts';

/** Distinct label combinations remembered; past this, series are resolved on each call. */
const MAX_MEMO = 1000;

/**
 * Adapts the Prometheus metrics to the pipeline's `deps.metrics` interface. The series for a
 * request's labels are resolved once per distinct (provider, endpoint, status) and entity, so a
 * request costs one map lookup for its three series instead of three label checks and objects.
 */
export function createPipelineMetrics(metrics: PledgeMetrics = createMetrics()): Metrics & { prometheus: PledgeMetrics } {
  type RequestSeries = { requests: CounterSeries; total: HistogramSeries; overhead: HistogramSeries };
  const requestSeries = new Map<string, RequestSeries>();
  const entitySeries = new Map<string, CounterSeries>();
  const resolveRequest = (provider: string, endpoint: string, status: number): RequestSeries => ({
    requests: metrics.requests.series({ provider, route: endpoint, status }),
    total: metrics.requestDuration.series({ provider, route: endpoint }),
    overhead: metrics.overheadDuration.series({ provider, route: endpoint }),
  });
  return {
    prometheus: metrics,
    observeRequest({ provider, endpoint, status }, totalMs, overheadMs) {
      const key = `${provider}\u0000${endpoint}\u0000${status}`;
      let s = requestSeries.get(key);
      if (!s) {
        s = resolveRequest(provider, endpoint, status);
        if (requestSeries.size < MAX_MEMO) requestSeries.set(key, s);
      }
      s.requests.inc();
      s.total.observe(totalMs / 1000);
      s.overhead.observe(Math.max(0, overheadMs) / 1000);
    },
    countRedactions(counts) {
      for (const entity in counts) {
        const n = counts[entity]!;
        if (!(n > 0)) continue;
        let s = entitySeries.get(entity);
        if (!s) {
          s = metrics.redactions.series({ entity });
          if (entitySeries.size < MAX_MEMO) entitySeries.set(entity, s);
        }
        s.inc(n);
      }
    },
    countRefusal(reason) {
      metrics.refusals.inc({ reason });
    },
  };
}
