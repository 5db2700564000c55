import type { JsonObject, NoTrainingContext, NoTrainingResult, RouteDef } from '../types.ts';
import { pseudonymizeUserIds } from '../openai/no-training.ts';
import type { BodyRewrite } from './config.ts';

const isObject = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Apply one declared rewrite. Absent → set (`<name>_set`). A different client value → replaced
 * when `force` (`<name>_overridden`), else kept (`<name>_client_kept`). Equal → nothing to do.
 * A non-object where an object is needed (e.g. `provider: "x"`) counts as a differing value.
 */
export function applyRewrite(body: JsonObject, rw: BodyRewrite, force: boolean): string | undefined {
  let node = body;
  let replaced = false;
  for (const key of rw.path.slice(0, -1)) {
    const child = Object.hasOwn(node, key) ? node[key] : undefined;
    if (isObject(child)) {
      node = child;
      continue;
    }
    if (child !== undefined) {
      if (!force) return `${rw.name}_client_kept`;
      replaced = true;
    }
    const created: JsonObject = {};
    node[key] = created;
    node = created;
  }
  const leaf = rw.path[rw.path.length - 1]!;
  const current = Object.hasOwn(node, leaf) ? node[leaf] : undefined;
  if (current === rw.value) return undefined;
  if (current !== undefined && !force) return `${rw.name}_client_kept`;
  node[leaf] = rw.value;
  return replaced || current !== undefined ? `${rw.name}_overridden` : `${rw.name}_set`;
}

/** Declared body rewrites, then end-user identifiers replaced by a keyed pseudonym. */
export function compatNoTraining(rewrites: readonly BodyRewrite[], force: boolean) {
  return async function noTraining(body: JsonObject, route: RouteDef, ctx: NoTrainingContext): Promise<NoTrainingResult> {
    const actions: string[] = [];
    if (route.body === 'json') {
      for (const rw of rewrites) {
        if (rw.endpoints && !rw.endpoints.includes(route.endpoint)) continue;
        const action = applyRewrite(body, rw, force);
        if (action) actions.push(action);
      }
    }
    const user = await pseudonymizeUserIds(body, ctx, actions);
    return user === undefined ? { actions } : { actions, user };
  };
}
