import type { JsonObject, NoTrainingContext, NoTrainingResult, RouteDef } from '../types.ts';

/**
 * Gemini has no per-request training switch and no end-user id field. Whether prompts may be
 * trained on depends on the key's tier: the policy gate admits Gemini only where paid terms are
 * attested (when the policy requires it) and the attested terms go into every audit event.
 */
export async function geminiNoTraining(_body: JsonObject, _route: RouteDef, _ctx: NoTrainingContext): Promise<NoTrainingResult> {
  return { actions: ['gemini_no_switch'] };
}
