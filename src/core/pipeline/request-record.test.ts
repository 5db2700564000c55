import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../audit/canonical.ts';
import { parseAuditEvent } from '../audit/event.ts';
import type { AuditEvent } from '../audit/event.ts';
import type { Deps } from '../deps.ts';
import type { LoadedPolicy } from '../policy/schema.ts';
import { finishRecord, newRecord } from './request-record.ts';

function capture() {
  const events: AuditEvent[] = [];
  const lines: object[] = [];
  const deps = {
    now: () => 1_767_225_600_250.5,
    audit: { record: (e: AuditEvent) => void events.push(parseAuditEvent(e)) },
    logger: { info: (o: object) => void lines.push(o), warn() {}, error() {} },
  } as unknown as Deps;
  return { deps, events, lines };
}

const policy = { policy: { name: 'crm', providers: { openai: { terms: { zdr: true, no_training: false } } } }, versionHash: 'sha256:v1' } as unknown as LoadedPolicy;

describe('finishRecord', () => {
  it('emits one event with its top-level keys in canonical order, and the log line', () => {
    const { deps, events, lines } = capture();
    const rec = newRecord('req_1', 'openai', 'openai', 1_767_225_600_000);
    Object.assign(rec, {
      endpoint: 'chat.completions', tenant: 't_1', policy, model: 'gpt-4o-mini', user: 'u_1', status: 200, upstreamMs: 120.456,
      tokens: { output: 9, input: 17 }, redactions: { PERSON: 2, EMAIL_ADDRESS: 1 }, noTraining: ['store_false'],
      decisions: [{ rule: 'r1', tool: 'send_email', review_id: 'rv_1' }],
    });
    finishRecord(deps, rec);
    expect(events).toHaveLength(1);
    const e = events[0]!;
    expect(Object.keys(e)).toEqual(Object.keys(e).sort());
    expect(canonicalJson(e)).toBe(canonicalJson(JSON.parse(JSON.stringify(e))));
    expect(JSON.parse(JSON.stringify(e))).toEqual({
      id: e.id, ts: '2026-01-01T00:00:00.000Z', kind: 'request', request_id: 'req_1', tenant: 't_1', user: 'u_1', provider: 'openai',
      model: 'gpt-4o-mini', endpoint: 'chat.completions', stream: false, status: 200, outcome: 'ok', latency_ms: 250.5,
      upstream_latency_ms: 120.46, tokens: { input: 17, output: 9 }, redactions: { EMAIL_ADDRESS: 1, PERSON: 2 }, no_training: ['store_false'],
      terms: { no_training: false, zdr: true }, policy: { name: 'crm', version: 'sha256:v1' }, decisions: [{ review_id: 'rv_1', rule: 'r1', tool: 'send_email' }],
    });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(JSON.stringify(lines[0]))).toEqual({
      msg: 'request', route: 'openai', request_id: 'req_1', tenant: 't_1', provider: 'openai', endpoint: 'chat.completions', stream: false,
      status: 200, outcome: 'ok', latency_ms: 250.5, redactions: { PERSON: 2, EMAIL_ADDRESS: 1 }, no_training: ['store_false'],
      model: 'gpt-4o-mini', upstream_latency_ms: 120.46, tokens: { output: 9, input: 17 }, review_ids: ['rv_1'],
    });
  });

  it('leaves out what the request did not have', () => {
    const { deps, events, lines } = capture();
    const rec = newRecord('req_2', 'anthropic', 'anthropic', 1_767_225_600_000);
    Object.assign(rec, { status: 403, outcome: 'refused', refusal: 'model_not_allowed' });
    finishRecord(deps, rec);
    const e = events[0]!;
    expect(canonicalJson(e)).toBe(JSON.stringify(e));
    expect(Object.keys(JSON.parse(JSON.stringify(e))).sort()).toEqual(
      ['endpoint', 'id', 'kind', 'latency_ms', 'no_training', 'outcome', 'provider', 'redactions', 'refusal', 'request_id', 'status', 'stream', 'tenant', 'ts'],
    );
    expect(Object.keys(JSON.parse(JSON.stringify(lines[0])))).not.toContain('review_ids');
  });
});
