import type { JsonObject, RouteDef } from '../types.ts';

const streamFlag = (body: JsonObject) => body.stream === true;
const bodyModel = (body: JsonObject) => (typeof body.model === 'string' ? body.model : undefined);
const never = () => false;

/** OpenAI's REST routes under `/v1`, relative to the adapter prefix. */
export const openaiRoutes = [
  { method: 'POST', pattern: /^\/chat\/completions$/, endpoint: 'chat.completions', body: 'json', isStream: streamFlag, modelOf: bodyModel },
  { method: 'POST', pattern: /^\/responses$/, endpoint: 'responses', body: 'json', isStream: streamFlag, modelOf: bodyModel },
  { method: 'POST', pattern: /^\/embeddings$/, endpoint: 'embeddings', body: 'json', isStream: never, modelOf: bodyModel },
  { method: 'GET', pattern: /^\/models$/, endpoint: 'models', body: 'none', isStream: never, modelOf: () => undefined },
  { method: 'GET', pattern: /^\/models\/([\w.:-]+)$/, endpoint: 'models', body: 'none', isStream: never, modelOf: (_b, m) => m[1] },
  // Endpoints that feed training. Routed so the policy can refuse them with a clear error.
  { method: 'POST', pattern: /^\/fine_tuning\/jobs$/, endpoint: 'fine_tuning.jobs', body: 'json', isStream: never, modelOf: bodyModel },
  { method: 'POST', pattern: /^\/files$/, endpoint: 'files.fine_tune', body: 'none', isStream: never, modelOf: () => undefined },
] as const satisfies readonly RouteDef[];
