import { matchesAny } from './glob.ts';
import type { Policy } from './schema.ts';
import { isAttested, requiredTerms } from './terms.ts';

/**
 * Endpoint names (as provider adapters name them in RouteDef.endpoint) that would hand customer
 * content to a provider for training. Adapters must use these names for such routes.
 */
export const TRAINING_ENDPOINTS = ['fine_tuning.jobs', 'files.fine_tune', 'tunedModels'] as const;

export type GateReason =
  | 'provider_not_allowed'
  | 'model_not_allowed'
  | 'endpoint_not_allowed'
  | 'training_endpoint'
  | 'terms_not_attested';

export interface GateRefusal {
  reason: GateReason;
  /** Safe to send to the client and to log: names only, never request content. */
  message: string;
}

export interface GateRequest {
  /** Provider id as adapters name it: openai, anthropic, gemini, azure, compat:<name>. */
  provider: string;
  /** Absent for routes that carry no model (file uploads, model lists). */
  model?: string | undefined;
  endpoint: string;
}

/** `fine_tuning.jobs`, and anything below it (`fine_tuning.jobs.cancel`, `tunedModels:generateContent`). */
export function isTrainingEndpoint(endpoint: string): boolean {
  return TRAINING_ENDPOINTS.some(
    (t) => endpoint === t || endpoint.startsWith(`${t}.`) || endpoint.startsWith(`${t}:`) || endpoint.startsWith(`${t}/`),
  );
}

/** Client-chosen names are echoed in errors, so keep them short and printable. */
function show(name: string): string {
  const clean = name.replace(/[^\x20-\x7e]/g, '?');
  return JSON.stringify(clean.length > 80 ? `${clean.slice(0, 80)}…` : clean);
}

/**
 * The policy gate: null when the request may proceed, otherwise the refusal. Order matters:
 * training endpoints are refused even when the endpoint allowlist is `*`.
 */
export function checkRequest(policy: Policy, req: GateRequest): GateRefusal | null {
  const rule = Object.hasOwn(policy.providers, req.provider) ? policy.providers[req.provider] : undefined;
  if (!rule || !rule.allow) {
    return {
      reason: 'provider_not_allowed',
      message: `provider ${show(req.provider)} is not an allowed sub-processor under policy "${policy.name}"`,
    };
  }
  if (policy.no_training.refuse_training_endpoints && isTrainingEndpoint(req.endpoint)) {
    return {
      reason: 'training_endpoint',
      message: `endpoint ${show(req.endpoint)} would let the provider train on customer content; policy "${policy.name}" refuses it`,
    };
  }
  if (!matchesAny(req.endpoint, rule.endpoints)) {
    return {
      reason: 'endpoint_not_allowed',
      message: `endpoint ${show(req.endpoint)} is not allowed for ${req.provider} under policy "${policy.name}"`,
    };
  }
  if (req.model !== undefined && !matchesAny(req.model, rule.models)) {
    return {
      reason: 'model_not_allowed',
      message: `model ${show(req.model)} is not allowed for ${req.provider} under policy "${policy.name}"`,
    };
  }
  if (rule.require_attested_terms && !isAttested(policy, req.provider)) {
    return {
      reason: 'terms_not_attested',
      message: `policy "${policy.name}" requires attested no-training terms for ${req.provider} (${requiredTerms(req.provider).join(' or ')}); none are attested`,
    };
  }
  return null;
}

/** Body size limit, checked from Content-Length or while reading. */
export function checkBodySize(policy: Policy, bytes: number): { reason: 'body_too_large'; message: string } | null {
  return bytes > policy.limits.max_body_bytes
    ? { reason: 'body_too_large', message: `request body exceeds ${policy.limits.max_body_bytes} bytes allowed by policy "${policy.name}"` }
    : null;
}
