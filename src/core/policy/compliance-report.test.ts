import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../audit/event.ts';
import { POLICY_SOURCES } from '../../generated/policies.ts';
import { buildComplianceReport, type ComplianceReport } from './compliance-report.ts';
import { emptyEvidence, foldAuditEvent } from './evidence.ts';
import { checkRequest, type GateRequest } from './gate.ts';
import { loadBundledPolicyRegistry } from './registry.ts';
import type { LoadedPolicy } from './schema.ts';
import { buildSubprocessorList } from './subprocessors.ts';
import { attestedTerms } from './terms.ts';

const registry = await loadBundledPolicyRegistry(POLICY_SOURCES);
const load = (name: string): LoadedPolicy => {
  const p = registry.get(name);
  if (!p) throw new Error(name);
  return p;
};

let n = 0;
/** What the pipeline records for one request: the gate decides, the event carries metadata only. */
function requestEvent(loaded: LoadedPolicy, req: GateRequest, extra: Partial<AuditEvent> = {}): AuditEvent {
  const refusal = checkRequest(loaded.policy, req);
  return {
    id: `e${++n}`,
    ts: '2026-01-01T00:00:00.000Z',
    kind: 'request',
    tenant: 't_acme',
    ...req,
    policy: { name: loaded.policy.name, version: loaded.versionHash },
    terms: attestedTerms(loaded.policy, req.provider),
    ...(refusal ? { outcome: 'refused', refusal: refusal.reason, status: 403 } : { outcome: 'ok', status: 200, ...extra }),
  };
}

function report(loaded: LoadedPolicy, events: AuditEvent[]): ComplianceReport {
  const counters = events.reduce(foldAuditEvent, emptyEvidence());
  return buildComplianceReport(loaded, counters, { tenant: 't_acme', from: '2026-01-01', to: '2026-02-01' });
}

const row = (r: ComplianceReport, clause: string) => {
  const found = r.rows.find((x) => x.clause === clause);
  if (!found) throw new Error(`no row ${clause}`);
  return found;
};
const evidenceOf = (r: ComplianceReport, clause: string, enforcer: string) =>
  row(r, clause).enforced_by.find((e) => e.enforcer === enforcer)?.evidence;

describe('compliance report: every seed promise, enforced and evidenced', () => {
  const allentics = load('allentics');

  it('no training: a fine-tune is refused and counted; store:false is forced and counted', () => {
    const r = report(allentics, [
      requestEvent(allentics, { provider: 'openai', model: 'gpt-4o-mini', endpoint: 'fine_tuning.jobs' }),
      requestEvent(allentics, { provider: 'openai', endpoint: 'files.fine_tune' }),
      requestEvent(allentics, { provider: 'openai', model: 'gpt-4o', endpoint: 'chat.completions' }, { no_training: ['store_false', 'metadata_dropped'] }),
    ]);
    const noTraining = row(r, 'no-training');
    expect(noTraining.quote).toBe('We do not use Customer Content to train general-purpose AI models.');
    expect(noTraining.source).toBe('000_20c7eb96e660faa8.txt §5 AI & Automated Processing Disclosure');
    expect(noTraining.rules).toEqual(['no_training']);
    expect(evidenceOf(r, 'no-training', 'no_training.refuse_training_endpoints')).toEqual({ refused: { training_endpoint: 2 } });
    expect(evidenceOf(r, 'no-training', 'no_training.enforce')).toEqual({ store_overrides: 1, actions: { metadata_dropped: 1 } });
    expect(noTraining.flags).toEqual([]);
  });

  it('no identifiable data: redactions per entity and pseudonymized user ids', () => {
    const r = report(allentics, [
      requestEvent(allentics, { provider: 'anthropic', model: 'claude-sonnet-4', endpoint: 'messages' }, { redactions: { PERSON: 2, EMAIL_ADDRESS: 1 }, no_training: ['user_pseudonymized'] }),
      requestEvent(allentics, { provider: 'openai', model: 'gpt-4o', endpoint: 'chat.completions' }, { redactions: { PHONE_NUMBER: 3 } }),
    ]);
    expect(evidenceOf(r, 'no-identifiable-training', 'redaction')).toMatchObject({ redacted_total: 6, redacted: { PERSON: 2, EMAIL_ADDRESS: 1, PHONE_NUMBER: 3 } });
    expect(evidenceOf(r, 'no-identifiable-training', 'logging.pseudonymize')).toEqual({ user_pseudonymized: 1 });
  });

  it('human control: routing decisions queued, approved and rejected; pending ones flagged', () => {
    const routed = requestEvent(allentics, { provider: 'openai', model: 'gpt-4o', endpoint: 'chat.completions' }, {
      decisions: [{ rule: 'lead-routing', tool: 'route_lead', review_id: 'r1' }, { rule: 'meeting-scheduling', tool: 'book_meeting', review_id: 'r2' }],
    });
    const staff = (action: string): AuditEvent => ({ id: `s${++n}`, ts: '2026-01-02T00:00:00.000Z', kind: 'staff', tenant: 't_acme', action, target: 'r1' });
    const r = report(allentics, [routed, staff('review.approve')]);
    expect(row(r, 'human-control').rules).toEqual(['decisions[0]', 'decisions[1]', 'decisions[2]']);
    expect(evidenceOf(r, 'human-control', 'decisions')).toEqual({ queued: 2, approved: 1, rejected: 0 });
    expect(row(r, 'human-control').flags).toEqual(['1 decision(s) still await review']);
  });

  it('sub-processors: gemini is refused for allentics and the list shows the traffic', () => {
    const events = [
      requestEvent(allentics, { provider: 'gemini', model: 'gemini-2.5-pro', endpoint: 'generateContent' }),
      requestEvent(allentics, { provider: 'openai', model: 'gpt-4o', endpoint: 'chat.completions' }),
    ];
    const r = report(allentics, events);
    expect(evidenceOf(r, 'subprocessors', 'providers.allowlist')).toEqual({
      requests_by_provider: { openai: 1 },
      refused: { provider_not_allowed: 1, model_not_allowed: 0, endpoint_not_allowed: 0 },
    });
    const list = buildSubprocessorList(allentics.policy, r.totals.requests_by_provider);
    expect(list.map((s) => [s.provider, s.allowed, s.attested, s.requests])).toEqual([
      ['openai', true, true, 1],
      ['anthropic', true, true, 0],
    ]);
  });

  it('retention: the configured 24 months is shown with the clause', () => {
    const r = report(allentics, []);
    expect(row(r, 'retention').quote).toBe('Platform logs: up to 24 months');
    expect(row(r, 'retention').enforced_by[0]).toMatchObject({ enforcer: 'logging.retention_days', settings: { retention_days: 730 } });
  });

  it('tenant isolation and RBAC: unknown and revoked keys are counted', () => {
    const refused = (refusal: string): AuditEvent => ({ id: `k${++n}`, ts: '2026-01-01T00:00:00.000Z', kind: 'request', tenant: 'unknown', outcome: 'refused', refusal, status: 401 });
    const r = report(allentics, [refused('unknown_key'), refused('unknown_key'), refused('revoked_key')]);
    expect(evidenceOf(r, 'rbac', 'tenancy.keys')).toEqual({ refused: { unknown_key: 2, revoked_key: 1 } });
  });

  it('asrsbot: unattested gemini is refused; unattested azure traffic is flagged', () => {
    const asrsbot = load('asrsbot');
    const gemini = requestEvent(asrsbot, { provider: 'gemini', model: 'gemini-2.5-flash', endpoint: 'generateContent' });
    expect(gemini).toMatchObject({ outcome: 'refused', refusal: 'terms_not_attested' });
    const azure = requestEvent(asrsbot, { provider: 'azure', model: 'gpt-4o', endpoint: 'chat.completions' });
    const r = report(asrsbot, [gemini, azure]);
    expect(evidenceOf(r, 'dpa', 'providers.terms')).toEqual({ unattested: 1, refused: { terms_not_attested: 1 } });
    expect(row(r, 'dpa').flags).toEqual(['1 request(s) reached a provider without attested no-training terms (azure)']);
    expect(r.flags).toContain('1 request(s) reached a provider without attested no-training terms (azure)');
  });

  it('default policy: gemini without paid terms passes but every request is flagged as unattested', () => {
    const def = load('default');
    const events = [requestEvent(def, { provider: 'gemini', model: 'gemini-2.5-pro', endpoint: 'generateContent' })];
    expect(events[0]?.outcome).toBe('ok');
    const counters = events.reduce(foldAuditEvent, emptyEvidence());
    expect(counters.unattested).toBe(1);
    expect(buildComplianceReport(def, counters).flags[0]).toMatch(/^1 request\(s\) reached a provider without attested no-training terms \(gemini\)/);
  });

  it('allclients: every clause has a row with its enforcers described', () => {
    const r = report(load('allclients'), []);
    expect(r.rows.map((x) => x.clause)).toContain('access-deletion');
    for (const x of r.rows) for (const e of x.enforced_by) expect(e.description).not.toBe('unknown enforcer');
  });
});
