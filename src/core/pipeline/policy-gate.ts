import type { RedactionEngine } from '../deps.ts';
import { PledgeError } from '../errors.ts';
import { checkRequest } from '../policy/gate.ts';
import type { Policy } from '../policy/schema.ts';

/** Model names are identifiers; anything shaped like a URL or a path is refused (no SSRF). */
const SAFE_MODEL = /^(?!.*\.\.)(?!.*:\/\/)[\w.:@\/-]{1,200}$/;

/** Provider and endpoint checks, before the body is read. */
export function gateEndpoint(policy: Policy, provider: string, endpoint: string): void {
  const refusal = checkRequest(policy, { provider, endpoint });
  if (refusal) throw new PledgeError('refused', `Refused by Pledge: ${refusal.message}.`, refusal.reason);
}

/**
 * Model checks, once the body (or path) has named the model. `body`: the JSON body of a route that
 * reads its model from there. A `model` that is not a string is refused (400), and so is a body that
 * names none (a stored prompt choosing it upstream) while the policy allows only some models: the
 * allowlist cannot be checked.
 */
export function gateModel(policy: Policy, provider: string, endpoint: string, model: string | undefined, body?: Record<string, unknown>): void {
  if (model === undefined) {
    if (body === undefined) return;
    if (body.model !== undefined && body.model !== null) {
      throw new PledgeError('invalid_json', 'The request body\'s "model" must be a string.', 'invalid_model');
    }
    const rule = Object.hasOwn(policy.providers, provider) ? policy.providers[provider] : undefined;
    if (rule && !rule.models.includes('*')) {
      throw new PledgeError('refused', `Refused by Pledge: the request names no model, and policy "${policy.name}" allows only some models for ${provider}.`, 'model_not_named');
    }
    return;
  }
  if (!SAFE_MODEL.test(model)) throw new PledgeError('refused', 'Refused by Pledge: the model name is not a valid identifier.', 'invalid_model');
  const refusal = checkRequest(policy, { provider, endpoint, model });
  if (refusal) throw new PledgeError('refused', `Refused by Pledge: ${refusal.message}.`, refusal.reason);
}

/**
 * A fallback list of models (OpenRouter's `models`, tried in turn when one fails): every entry must
 * be a model the policy allows, or a request naming an allowed model could be served by another.
 */
export function gateFallbackModels(policy: Policy, provider: string, endpoint: string, models: unknown): void {
  if (!Array.isArray(models) || !models.every((m) => typeof m === 'string')) {
    throw new PledgeError('invalid_json', 'The request body\'s "models" must be a list of model names.', 'invalid_model');
  }
  for (const m of models) gateModel(policy, provider, endpoint, m);
}

/**
 * The model name as the audit event and the log line keep it. It is client-chosen text, so a name
 * that is not an identifier, or that carries a detected value (an e-mail, a phone number …), is
 * recorded as a marker instead. PERSON findings are ignored here: they are heuristic, and model
 * names such as "claude-sonnet-4-5" trip them.
 */
export function recordableModel(model: string, engine: RedactionEngine): string {
  let seen = recordable.get(engine);
  if (!seen) recordable.set(engine, (seen = new Map()));
  const hit = seen.get(model);
  if (hit !== undefined) return hit;
  const out = !SAFE_MODEL.test(model) ? '[invalid]' : engine.detect(model).some((f) => f.type !== 'PERSON') ? '[redacted]' : model;
  // Clients use a handful of model names; a bounded memo keeps the detector off the hot path.
  if (seen.size >= 256) seen.clear();
  seen.set(model, out);
  return out;
}

const recordable = new WeakMap<RedactionEngine, Map<string, string>>();
