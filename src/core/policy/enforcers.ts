import type { EvidenceCounters } from './evidence.ts';
import type { Policy } from './schema.ts';

export type EvidenceValue = number | Record<string, number>;
export type SettingValue = string | number | boolean | string[];

export interface Enforcer {
  description: string;
  /** The counters that show this enforcer at work. */
  evidence(c: EvidenceCounters): Record<string, EvidenceValue>;
  /** The policy settings it runs with, shown beside the counters. */
  settings?(p: Policy): Record<string, SettingValue>;
}

const pick = (record: Record<string, number> | undefined, keys: readonly string[]): Record<string, number> =>
  Object.fromEntries(keys.map((k) => [k, record?.[k] ?? 0]));

const sum = (record: Record<string, number> | undefined): number =>
  Object.values(record ?? {}).reduce((a, b) => a + b, 0);

const allowedProviders = (p: Policy): string[] =>
  Object.entries(p.providers)
    .filter(([, r]) => r.allow)
    .map(([id]) => id);

/**
 * What can enforce a promise, named in a policy's `clauses[].enforced_by`. Adding a row here is
 * adding a capability; `pledge policy check` rejects names that are not in this table.
 */
export const ENFORCERS = {
  'providers.allowlist': {
    description: 'Only the listed sub-processors, models and endpoints are reachable',
    evidence: (c) => ({
      requests_by_provider: { ...c.requests_by_provider },
      refused: pick(c.refusals, ['provider_not_allowed', 'model_not_allowed', 'endpoint_not_allowed']),
    }),
    settings: (p) => ({ providers: allowedProviders(p) }),
  },
  'providers.terms': {
    description: 'Attested account terms (DPA, ZDR, paid tier) are recorded per request; unattested traffic is flagged or refused',
    evidence: (c) => ({ unattested: c.unattested, refused: pick(c.refusals, ['terms_not_attested']) }),
  },
  'providers.region': {
    description: 'Upstream base URLs come from configuration and may be pinned per region',
    evidence: (c) => ({ requests_by_provider: { ...c.requests_by_provider } }),
  },
  'no_training.enforce': {
    description: 'Provider no-training rewrites on every request (OpenAI store:false, metadata dropped)',
    evidence: (c) => ({ store_overrides: c.store_overrides, actions: { ...c.no_training_actions } }),
  },
  'no_training.refuse_training_endpoints': {
    description: 'Fine-tuning jobs, fine-tune file uploads and tuned models are refused',
    evidence: (c) => ({ refused: pick(c.refusals, ['training_endpoint']) }),
  },
  'no_training.content_usage_header': {
    description: 'Content-Usage: train-ai=n is sent upstream (a signal, not enforcement)',
    evidence: (c) => ({ requests: c.requests }),
  },
  redaction: {
    description: 'Personal data is replaced by placeholders before it leaves; restored only in the response',
    evidence: (c) => ({ redacted_total: sum(c.redactions), redacted: { ...c.redactions }, refused: pick(c.refusals, ['blocked_entity', 'non_text_part']) }),
    settings: (p) => ({ entities: p.redaction.entities === 'all' ? 'all' : p.redaction.entities, mode: p.redaction.default_mode }),
  },
  'logging.pseudonymize': {
    description: 'End-user ids, tenant ids and IPs are replaced by keyed pseudonyms in logs and audit',
    evidence: (c) => ({ user_pseudonymized: c.no_training_actions?.['user_pseudonymized'] ?? 0 }),
    settings: (p) => ({ pseudonymize: p.logging.pseudonymize }),
  },
  'audit.metadata_only': {
    description: 'The audit trail keeps anonymized metadata only (an allowlisted event schema, no content)',
    evidence: (c) => ({ events: c.requests }),
  },
  'audit.hash_chain': {
    description: 'The audit trail is append-only and hash-chained; `pledge audit verify` detects edits',
    evidence: (c) => ({ events: c.requests }),
  },
  'logging.retention_days': {
    description: "Audit events older than the retention period are deleted (the deployment policy's period applies to the whole trail)",
    evidence: () => ({}),
    settings: (p) => ({ retention_days: p.logging.retention_days }),
  },
  decisions: {
    description: 'Automated decisions (tool calls the policy names) are queued for human review',
    evidence: (c) => ({ ...c.decisions }),
    settings: (p) => ({ rules: p.decisions.map((d) => d.id) }),
  },
  'tenancy.keys': {
    description: 'Each client key binds one tenant to one policy and credential; unknown and revoked keys are refused',
    evidence: (c) => ({ refused: pick(c.refusals, ['unknown_key', 'revoked_key']) }),
  },
  'tenancy.isolation': {
    description: "A tenant's key can never select another tenant's policy, credential or audit data",
    evidence: (c) => ({ refused: pick(c.refusals, ['unknown_key', 'revoked_key']) }),
  },
  'admin.rbac': {
    description: 'The admin API and UI require a staff token; staff actions are audited',
    evidence: () => ({}),
  },
  'subject.access': {
    description: '`pledge subject find` lists the audit events of one pseudonymous subject',
    evidence: () => ({}),
  },
  'subject.erase': {
    description: '`pledge subject erase` removes the audit events of one pseudonymous subject',
    evidence: () => ({}),
  },
  'subprocessors.report': {
    description: 'GET /admin/api/subprocessors lists the allowed sub-processors and the traffic each received',
    evidence: (c) => ({ requests_by_provider: { ...c.requests_by_provider } }),
    settings: (p) => ({ providers: allowedProviders(p) }),
  },
  'limits.max_body_bytes': {
    description: 'Oversized request bodies are refused before they are parsed',
    evidence: (c) => ({ refused: pick(c.refusals, ['body_too_large']) }),
    settings: (p) => ({ max_body_bytes: p.limits.max_body_bytes }),
  },
} satisfies Record<string, Enforcer>;

export type EnforcerId = keyof typeof ENFORCERS;
export const ENFORCER_IDS = Object.keys(ENFORCERS) as EnforcerId[];

export function isEnforcerId(id: string): id is EnforcerId {
  return Object.hasOwn(ENFORCERS, id);
}
