import { describe, expect, it } from 'vitest';
import { createMetrics, renderPrometheus } from './metrics.ts';

describe('Prometheus metrics', () => {
  it('renders counters, cumulative histograms and gauges in text format 0.0.4', () => {
    const m = createMetrics();
    m.requests.inc({ provider: 'openai', route: 'chat.completions', status: 200 });
    m.requests.inc({ provider: 'openai', route: 'chat.completions', status: 200 });
    m.requestDuration.observe({ provider: 'openai', route: 'chat.completions' }, 0.3);
    m.overheadDuration.observe({ provider: 'openai', route: 'chat.completions' }, 0.002);
    m.redactions.inc({ entity: 'EMAIL_ADDRESS' }, 3);
    m.refusals.inc({ reason: 'model_not_allowed' });
    m.reviewQueueDepth.set(4);
    let backlog = 7;
    m.auditQueueDepth.collect(() => backlog);
    backlog = 9;
    const text = renderPrometheus(m);
    expect(text).toContain('# TYPE pledge_requests_total counter');
    expect(text).toContain('pledge_requests_total{provider="openai",route="chat.completions",status="200"} 2');
    expect(text).toContain('pledge_request_duration_seconds_bucket{provider="openai",route="chat.completions",le="0.25"} 0');
    expect(text).toContain('pledge_request_duration_seconds_bucket{provider="openai",route="chat.completions",le="0.5"} 1');
    expect(text).toContain('pledge_request_duration_seconds_bucket{provider="openai",route="chat.completions",le="+Inf"} 1');
    expect(text).toContain('pledge_request_duration_seconds_sum{provider="openai",route="chat.completions"} 0.3');
    expect(text).toContain('pledge_overhead_duration_seconds_count{provider="openai",route="chat.completions"} 1');
    expect(text).toContain('pledge_redactions_total{entity="EMAIL_ADDRESS"} 3');
    expect(text).toContain('pledge_refusals_total{reason="model_not_allowed"} 1');
    expect(text).toContain('pledge_review_queue_depth 4');
    expect(text).toContain('pledge_audit_queue_depth 9');
  });

  it('counts each observation in every bucket whose bound is at or above it, through a series handle too', () => {
    const m = createMetrics();
    const labels = { provider: 'openai', route: 'chat.completions' };
    const handle = m.overheadDuration.series(labels);
    for (const v of [0.0005, 0.0007, 0.001, 0.02, 0.3, 5]) handle.observe(v);
    m.overheadDuration.observe(labels, 0.001);
    handle.observe(Number.NaN);
    const text = renderPrometheus(m);
    const bucket = (le: string) => new RegExp(`pledge_overhead_duration_seconds_bucket\\{provider="openai",route="chat.completions",le="${le}"\\} (\\d+)`).exec(text)?.[1];
    expect([bucket('0.0005'), bucket('0.001'), bucket('0.0025'), bucket('0.025'), bucket('0.25'), bucket('0.5'), bucket('1'), bucket('\\+Inf')]).toEqual(['1', '4', '4', '5', '5', '6', '6', '7']);
    expect(text).toContain('pledge_overhead_duration_seconds_count{provider="openai",route="chat.completions"} 7');
    m.redactions.series({ entity: 'PERSON' }).inc(2);
    m.redactions.inc({ entity: 'PERSON' });
    expect(renderPrometheus(m)).toContain('pledge_redactions_total{entity="PERSON"} 3');
  });

  it('never lets content, a key or an identity become a label value', () => {
    const m = createMetrics();
    const leaks = ['alice@example.com', '203.0.113.7', 'sk-proj-abc123DEF456', '/openai/v1/users/alice/chat', 'John Smith', 'x"}\nevil 1'];
    for (const v of leaks) {
      m.requests.inc({ provider: v, route: v, status: v });
      m.redactions.inc({ entity: v });
      m.refusals.inc({ reason: v });
    }
    const text = renderPrometheus(m);
    for (const v of leaks) expect(text).not.toContain(v);
    expect(text).toContain('pledge_requests_total{provider="other",route="other",status="other"} 6');
  });

  it('keeps each OpenAI-compatible upstream (compat:<name>) as its own provider series', () => {
    const m = createMetrics();
    m.requests.inc({ provider: 'compat:openrouter', route: 'chat.completions', status: 200 });
    m.requests.inc({ provider: 'compat:groq', route: 'chat.completions', status: 200 });
    const text = renderPrometheus(m);
    expect(text).toContain('pledge_requests_total{provider="compat:openrouter",route="chat.completions",status="200"} 1');
    expect(text).toContain('pledge_requests_total{provider="compat:groq",route="chat.completions",status="200"} 1');
    expect(text).not.toContain('provider="other"');
  });

  it('caps the number of series per metric', () => {
    const m = createMetrics();
    for (let i = 0; i < 2000; i += 1) m.refusals.inc({ reason: `reason_${i}` });
    const lines = renderPrometheus(m).split('\n').filter((l) => l.startsWith('pledge_refusals_total{'));
    expect(lines.length).toBeLessThanOrEqual(501);
    expect(lines).toContain('pledge_refusals_total{reason="other"} 1500');
  });
});
