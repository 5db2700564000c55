import type { Metrics } from '../deps.ts';
import { createMetrics } from './metrics.ts';
import type { PledgeMetrics } from './metrics.ts';

/** Adapts the Prometheus metrics to the pipeline's `deps.metrics` interface. */
export function createPipelineMetrics(metrics: PledgeMetrics = createMetrics()): Metrics & { prometheus: PledgeMetrics } {
  return {
    prometheus: metrics,
    observeRequest({ provider, endpoint, status }, totalMs, overheadMs) {
      metrics.requests.inc({ provider, route: endpoint, status });
      metrics.requestDuration.observe({ provider, route: endpoint }, totalMs / 1000);
      metrics.overheadDuration.observe({ provider, route: endpoint }, Math.max(0, overheadMs) / 1000);
    },
    countRedactions(counts) {
      for (const [entity, n] of Object.entries(counts)) if (n > 0) metrics.redactions.inc({ entity }, n);
    },
    countRefusal(reason) {
      metrics.refusals.inc({ reason });
    },
  };
}
