import type { JsonObject, RouteDef } from '../types.ts';

const streamFlag = (body: JsonObject) => body.stream === true;
const bodyModel = (body: JsonObject) => (typeof body.model === 'string' ? body.model : undefined);
const never = () => false;

/** Anthropic's REST routes, relative to the `/anthropic` prefix (the SDK appends `/v1/…`). */
export const anthropicRoutes = [
  { method: 'POST', pattern: /^\/v1\/messages$/, endpoint: 'messages', body: 'json', isStream: streamFlag, modelOf: bodyModel },
  { method: 'POST', pattern: /^\/v1\/messages\/count_tokens$/, endpoint: 'messages.count_tokens', body: 'json', isStream: never, modelOf: bodyModel },
] as const satisfies readonly RouteDef[];
