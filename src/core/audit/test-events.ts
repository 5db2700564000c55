import type { AuditEvent } from './event.ts';

/** Test fixture: a plausible request event, metadata only. */
export function sampleEvent(n: number, patch: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: `evt_${n}`,
    ts: new Date(Date.UTC(2025, 0, 1) + n * 60_000).toISOString(),
    kind: 'request',
    request_id: `req_${n}`,
    tenant: n % 2 === 0 ? 't_even' : 't_odd',
    provider: n % 3 === 0 ? 'anthropic' : 'openai',
    model: 'gpt-4o-mini',
    endpoint: 'chat.completions',
    status: 200,
    outcome: 'ok',
    latency_ms: 120 + n,
    tokens: { input: 10, output: 20 },
    redactions: n % 4 === 0 ? { EMAIL_ADDRESS: 1 } : {},
    policy: { name: 'default', version: 'sha256:abc' },
    ...patch,
  };
}
