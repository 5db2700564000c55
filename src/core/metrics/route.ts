import type { Hono } from 'hono';
import { PROMETHEUS_CONTENT_TYPE, renderPrometheus, type PledgeMetrics } from './metrics.ts';

/** `GET /metrics`: Prometheus text. Queue depths are read at scrape time. */
export function mountMetrics(app: Hono, metrics: PledgeMetrics, depths: { audit: () => number; review: () => Promise<number> }): void {
  app.get('/metrics', async (c) => {
    metrics.auditQueueDepth.set(depths.audit());
    metrics.reviewQueueDepth.set(await depths.review().catch(() => 0));
    return c.body(renderPrometheus(metrics), 200, { 'content-type': PROMETHEUS_CONTENT_TYPE });
  });
}
