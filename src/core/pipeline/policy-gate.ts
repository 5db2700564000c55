import { PledgeError } from '../errors.ts';
import type { Policy } from '../policy/schema.ts';
import { matchesAny } from '../util/glob.ts';

/** Endpoints that feed model training; refused unless the policy says otherwise. */
export const TRAINING_ENDPOINTS = ['fine_tuning.jobs', 'files.fine_tune', 'tunedModels'];

/** Model names are identifiers; anything shaped like a URL or a path is refused (no SSRF). */
const SAFE_MODEL = /^(?!.*\.\.)(?!.*:\/\/)[\w.:@\/-]{1,200}$/;

/** Provider and endpoint checks, before the body is read. */
export function gateEndpoint(policy: Policy, provider: string, endpoint: string): void {
  const rule = policy.providers[provider];
  if (!rule || !rule.allow) {
    throw new PledgeError('refused', `Provider "${provider}" is not an allowed sub-processor under policy "${policy.name}".`, 'provider_not_allowed');
  }
  if (TRAINING_ENDPOINTS.includes(endpoint) && policy.no_training.refuse_training_endpoints) {
    throw new PledgeError('refused', `Endpoint "${endpoint}" would train on customer content and is refused by policy "${policy.name}".`, 'training_endpoint');
  }
  if (!matchesAny(endpoint, rule.endpoints)) {
    throw new PledgeError('refused', `Endpoint "${endpoint}" is not allowed for provider "${provider}" under policy "${policy.name}".`, 'endpoint_not_allowed');
  }
  if (rule.require_attested_terms && !rule.terms.paid_tier && !rule.terms.zdr && !rule.terms.modified_abuse_monitoring) {
    throw new PledgeError('refused', `Provider "${provider}" requires attested no-training terms under policy "${policy.name}".`, 'terms_not_attested');
  }
}

/** Model checks, once the body (or path) has named the model. */
export function gateModel(policy: Policy, provider: string, model: string | undefined): void {
  if (model === undefined) return;
  if (!SAFE_MODEL.test(model)) {
    throw new PledgeError('refused', 'The model name is not a valid identifier.', 'invalid_model');
  }
  const rule = policy.providers[provider];
  if (rule && !matchesAny(model, rule.models)) {
    throw new PledgeError('refused', `Model "${model}" is not allowed for provider "${provider}" under policy "${policy.name}".`, 'model_not_allowed');
  }
}
