import type { JsonObject, NoTrainingContext, NoTrainingResult, RouteDef } from '../types.ts';

/**
 * Anthropic has no per-request training switch: `anthropic_no_switch` is noted and the policy's
 * attested account terms (ZDR …) go into every audit event. `metadata.user_id` becomes a keyed
 * pseudonym.
 */
export async function anthropicNoTraining(body: JsonObject, _route: RouteDef, ctx: NoTrainingContext): Promise<NoTrainingResult> {
  const actions = ['anthropic_no_switch'];
  const metadata = body.metadata;
  if (metadata === null || typeof metadata !== 'object' || Array.isArray(metadata)) return { actions };
  const meta = metadata as JsonObject;
  const raw = meta.user_id;
  if (typeof raw !== 'string' || raw.length === 0) return { actions };
  const user = await ctx.pseudonymize(raw);
  meta.user_id = user;
  actions.push('user_id_pseudonymized');
  return { actions, user };
}
