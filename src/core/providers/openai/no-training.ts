import { PledgeError } from '../../errors.ts';
import type { JsonObject, NoTrainingContext, NoTrainingResult, RouteDef } from '../types.ts';

/**
 * OpenAI: force `store: false` on chat completions and responses (stored completions feed
 * evals and distillation); drop chat `metadata`, which upstream accepts only with store;
 * replace `user` / `safety_identifier` with a keyed pseudonym.
 */
export async function openaiNoTraining(body: JsonObject, route: RouteDef, ctx: NoTrainingContext): Promise<NoTrainingResult> {
  const actions: string[] = [];
  // A Responses `conversation` keeps the request's input and output items upstream until deleted,
  // whatever `store` says: refused while no-training is enforced, not passed on as if stateless.
  if (route.endpoint === 'responses' && body.conversation !== undefined && body.conversation !== null) {
    throw new PledgeError('refused', 'Refused by Pledge: a Responses "conversation" keeps the prompt and the answer stored upstream, which this policy\'s no-training rule does not allow; send the history in "input" instead.', 'stateful_conversation');
  }
  if (route.endpoint === 'chat.completions' || route.endpoint === 'responses') {
    if (body.store !== false) {
      actions.push(body.store === true ? 'store_overridden' : 'store_false');
      body.store = false;
    }
    if (route.endpoint === 'chat.completions' && body.metadata !== undefined) {
      delete body.metadata;
      actions.push('metadata_dropped');
    }
  }
  const user = await pseudonymizeUserIds(body, ctx, actions);
  return user === undefined ? { actions } : { actions, user };
}

/** Replace OpenAI-shaped end-user identifiers (`user`, `safety_identifier`) by a keyed pseudonym. */
export async function pseudonymizeUserIds(body: JsonObject, ctx: NoTrainingContext, actions: string[]): Promise<string | undefined> {
  let user: string | undefined;
  for (const key of ['user', 'safety_identifier'] as const) {
    const raw = body[key];
    if (typeof raw === 'string' && raw.length > 0) {
      const pseudonym = await ctx.pseudonymize(raw);
      body[key] = pseudonym;
      user ??= pseudonym;
      actions.push(`${key}_pseudonymized`);
    }
  }
  return user;
}
