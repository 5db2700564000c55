import type { Policy } from './schema.ts';
import { isAttested, requiredTerms } from './terms.ts';

export interface SubprocessorRow {
  provider: string;
  allowed: boolean;
  models: string[];
  endpoints: string[];
  region?: string | undefined;
  /** Configured upstream override (region pinning); absent means the runtime default. */
  upstream?: string | undefined;
  terms: Record<string, boolean>;
  /** True when the terms that keep the provider from training are attested. */
  attested: boolean;
  /** Terms that would count as attestation for this provider. */
  attestable_by: string[];
  require_attested_terms: boolean;
  /** Requests that actually reached it in the period. */
  requests: number;
  clause?: { source: string; quote: string } | undefined;
}

/**
 * The sub-processor list a policy allows, with the traffic each received. Providers that carried
 * traffic but are no longer in the policy are listed too, as not allowed.
 */
export function buildSubprocessorList(policy: Policy, requestsByProvider: Record<string, number> = {}): SubprocessorRow[] {
  const rows: SubprocessorRow[] = Object.entries(policy.providers).map(([provider, rule]) => ({
    provider,
    allowed: rule.allow,
    models: rule.models,
    endpoints: rule.endpoints,
    region: rule.region,
    upstream: rule.upstream,
    terms: { ...rule.terms },
    attested: isAttested(policy, provider),
    attestable_by: [...requiredTerms(provider)],
    require_attested_terms: rule.require_attested_terms,
    requests: requestsByProvider[provider] ?? 0,
    clause: rule.clause ? { source: rule.clause.source, quote: rule.clause.quote } : undefined,
  }));
  for (const [provider, n] of Object.entries(requestsByProvider)) {
    if (!Object.hasOwn(policy.providers, provider) && n > 0) {
      rows.push({ provider, allowed: false, models: [], endpoints: [], terms: {}, attested: false, attestable_by: [...requiredTerms(provider)], require_attested_terms: false, requests: n });
    }
  }
  return rows;
}
