import type { Policy, ProviderTerms } from './schema.ts';

type TermName = keyof ProviderTerms;

/**
 * Which attested terms make a provider safe from training on customer content. Any one listed
 * term suffices. This is data, not a branch per provider.
 *
 * - openai, anthropic: their commercial API terms exclude training by default, but "by default"
 *   is not evidence. We count the provider as attested when the policy records a signed DPA or a
 *   ZDR agreement, the contractual basis a compliance officer can point to.
 * - gemini: the free tier may use prompts to improve Google's models; only paid terms exclude it.
 *   A DPA alone does not count, because Google's data processing terms cover paid services only.
 * - azure: Azure OpenAI does not train on prompts, but keeps them for abuse monitoring and human
 *   review unless modified abuse monitoring is approved; that approval is what we attest.
 * - anything else (compat upstreams such as OpenRouter, vLLM): a ZDR agreement or a DPA.
 */
export const NO_TRAINING_TERMS = {
  openai: ['zdr', 'dpa'],
  anthropic: ['zdr', 'dpa'],
  gemini: ['paid_tier'],
  azure: ['modified_abuse_monitoring'],
} as const satisfies Record<string, readonly TermName[]>;

const FALLBACK_TERMS: readonly TermName[] = ['zdr', 'dpa'];

/**
 * Providers whose default terms let them train on prompts, so allowing one without attesting its
 * safe terms earns a policy warning: the term to attest, what it means, and the risk.
 */
export const TRAINS_UNLESS_ATTESTED = {
  gemini: { term: 'paid_tier', terms: 'paid terms', when: 'the key is on paid terms', risk: 'the free tier may train on prompts' },
} as const satisfies Record<string, { term: TermName; terms: string; when: string; risk: string }>;

export function trainsUnlessAttested(provider: string): (typeof TRAINS_UNLESS_ATTESTED)[keyof typeof TRAINS_UNLESS_ATTESTED] | undefined {
  return Object.hasOwn(TRAINS_UNLESS_ATTESTED, provider) ? TRAINS_UNLESS_ATTESTED[provider as keyof typeof TRAINS_UNLESS_ATTESTED] : undefined;
}

export function requiredTerms(provider: string): readonly TermName[] {
  return Object.hasOwn(NO_TRAINING_TERMS, provider)
    ? NO_TRAINING_TERMS[provider as keyof typeof NO_TRAINING_TERMS]
    : FALLBACK_TERMS;
}

/** The terms record for audit events (`terms` field), or undefined if the provider is not in the policy. */
export function attestedTerms(policy: Policy, provider: string): Record<string, boolean> | undefined {
  const rule = Object.hasOwn(policy.providers, provider) ? policy.providers[provider] : undefined;
  return rule ? { ...rule.terms } : undefined;
}

/** True when the policy attests terms that keep this provider from training on the traffic. */
export function isAttested(policy: Policy, provider: string): boolean {
  const terms = attestedTerms(policy, provider);
  return terms !== undefined && requiredTerms(provider).some((t) => terms[t] === true);
}
