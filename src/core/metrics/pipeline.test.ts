import { expect, it } from 'vitest';
import { renderPrometheus } from './metrics.ts';
import { createPipelineMetrics } from './pipeline.ts';

it('records the pipeline’s observations under the Prometheus names, in seconds', () => {
  const m = createPipelineMetrics();
  m.observeRequest({ provider: 'gemini', endpoint: 'generateContent', status: 429 }, 1500, 4);
  m.countRedactions({ PERSON: 2, EMAIL_ADDRESS: 0 });
  m.countRefusal('audit_unavailable');
  const text = renderPrometheus(m.prometheus);
  expect(text).toContain('pledge_requests_total{provider="gemini",route="generateContent",status="429"} 1');
  expect(text).toContain('pledge_request_duration_seconds_sum{provider="gemini",route="generateContent"} 1.5');
  expect(text).toContain('pledge_overhead_duration_seconds_sum{provider="gemini",route="generateContent"} 0.004');
  expect(text).toContain('pledge_redactions_total{entity="PERSON"} 2');
  expect(text).not.toContain('EMAIL_ADDRESS');
  expect(text).toContain('pledge_refusals_total{reason="audit_unavailable"} 1');
});
