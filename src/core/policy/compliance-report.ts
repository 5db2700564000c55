import { ENFORCERS, isEnforcerId, type EvidenceValue, type SettingValue } from './enforcers.ts';
import type { EvidenceCounters } from './evidence.ts';
import type { Clause, LoadedPolicy, Policy } from './schema.ts';
import { isAttested } from './terms.ts';

export interface EnforcementEvidence {
  enforcer: string;
  description: string;
  settings: Record<string, SettingValue>;
  evidence: Record<string, EvidenceValue>;
}

export interface ComplianceRow {
  clause: string;
  title?: string | undefined;
  source: string;
  quote: string;
  /** Policy rules that cite this clause, e.g. `no_training`, `providers.openai`, `decisions[0]`. */
  rules: string[];
  enforced_by: EnforcementEvidence[];
  /** Things a compliance officer should look at, e.g. unattested traffic. Empty when all is well. */
  flags: string[];
}

export interface ComplianceReport {
  policy: { name: string; version: string; source?: string | undefined };
  tenant?: string | undefined;
  period?: { from?: string | undefined; to?: string | undefined } | undefined;
  totals: EvidenceCounters;
  rows: ComplianceRow[];
  /** Report-wide flags, also attached to the rows they concern. */
  flags: string[];
}

function citingRules(p: Policy): { rule: string; clause: Clause }[] {
  const out: { rule: string; clause: Clause }[] = [];
  const add = (rule: string, clause: Clause | undefined) => clause && out.push({ rule, clause });
  for (const [id, r] of Object.entries(p.providers)) add(`providers.${id}`, r.clause);
  add('redaction', p.redaction.clause);
  add('no_training', p.no_training.clause);
  add('logging', p.logging.clause);
  add('limits', p.limits.clause);
  p.decisions.forEach((d, i) => add(`decisions[${i}]`, d.clause));
  return out;
}

/** What needs a human's attention in this period, keyed by the enforcer it concerns. */
function findFlags(p: Policy, c: EvidenceCounters): Map<string, string[]> {
  const flags = new Map<string, string[]>();
  const add = (enforcer: string, text: string) => flags.set(enforcer, [...(flags.get(enforcer) ?? []), text]);
  if (c.unattested > 0) {
    const used = Object.entries(c.requests_by_provider ?? {}).filter(([id, n]) => n > 0 && !isAttested(p, id)).map(([id]) => id);
    const providers = used.length > 0 ? used : Object.keys(p.providers).filter((id) => p.providers[id]?.allow && !isAttested(p, id));
    add('providers.terms', `${c.unattested} request(s) reached a provider without attested no-training terms (${providers.join(', ') || 'provider since removed'})`);
  }
  for (const [provider, n] of Object.entries(c.requests_by_provider ?? {})) {
    if (n > 0 && !p.providers[provider]?.allow) add('providers.allowlist', `${n} request(s) used ${provider}, which the current policy does not allow (policy changed during the period?)`);
  }
  if (!p.no_training.enforce) add('no_training.enforce', 'no_training.enforce is off');
  if (!p.no_training.refuse_training_endpoints) add('no_training.refuse_training_endpoints', 'training endpoints are not refused');
  if (c.decisions.queued > c.decisions.approved + c.decisions.rejected) {
    add('decisions', `${c.decisions.queued - c.decisions.approved - c.decisions.rejected} decision(s) still await review`);
  }
  return flags;
}

function enforcement(id: string, p: Policy, c: EvidenceCounters): EnforcementEvidence {
  if (!isEnforcerId(id)) return { enforcer: id, description: 'unknown enforcer', settings: {}, evidence: {} };
  const e = ENFORCERS[id];
  return { enforcer: id, description: e.description, settings: 'settings' in e ? e.settings(p) : {}, evidence: e.evidence(c) };
}

/**
 * Per clause of the privacy policy: the promise, what enforces it, and the counters that show it
 * working. Pure: the audit store supplies the counters for a tenant and period.
 */
export function buildComplianceReport(
  loaded: LoadedPolicy,
  counters: EvidenceCounters,
  scope: { tenant?: string; from?: string; to?: string } = {},
): ComplianceReport {
  const p = loaded.policy;
  const flags = findFlags(p, counters);
  const citations = citingRules(p);
  const rows = p.clauses.map((clause): ComplianceRow => {
    const rules = citations.filter(({ clause: c }) => c.id === clause.id || (c.id === undefined && c.quote === clause.quote)).map(({ rule }) => rule);
    return {
      clause: clause.id,
      title: clause.title,
      source: clause.source,
      quote: clause.quote,
      rules,
      enforced_by: clause.enforced_by.map((id) => enforcement(id, p, counters)),
      flags: clause.enforced_by.flatMap((id) => flags.get(id) ?? []),
    };
  });
  return {
    policy: { name: p.name, version: loaded.versionHash, source: p.source },
    tenant: scope.tenant,
    period: scope.from || scope.to ? { from: scope.from, to: scope.to } : undefined,
    totals: counters,
    rows,
    flags: [...new Set([...flags.values()].flat())],
  };
}
