import { openaiRoutes } from '../openai/routes.ts';
import type { JsonObject, RouteDef } from '../types.ts';

/** Re-mount an OpenAI route row under a path prefix (the prefix must add no capture groups). */
const under = (prefix: string, r: RouteDef): RouteDef => ({ ...r, pattern: new RegExp(`^${prefix}${r.pattern.source.slice(1)}`) });

const byEndpoint = (names: readonly string[]) => openaiRoutes.filter((r) => names.includes(r.endpoint) && r.method === 'POST');

/**
 * `/openai/deployments/{deployment}/…`: the deployment in the path is the model for policy
 * purposes. It is captured as one raw path segment; anything that is not a plain identifier
 * (`..`, `%2F`, `http:`) is refused by the policy gate's model check, never forwarded.
 */
const deploymentRows: RouteDef[] = byEndpoint(['chat.completions', 'responses', 'embeddings']).map((r) => ({
  ...r,
  pattern: new RegExp(`^/openai/deployments/([^/]+)${r.pattern.source.slice(1)}`),
  modelOf: (_body: JsonObject, m: RegExpExecArray) => m[1],
}));

/** Routes relative to the `/azure` prefix. Request and response bodies are OpenAI's wire format. */
export const azureRoutes: readonly RouteDef[] = [
  ...deploymentRows,
  // The AzureOpenAI client sends Responses (and model lists, training endpoints) without a deployment.
  ...openaiRoutes.filter((r) => r.endpoint !== 'chat.completions' && r.endpoint !== 'embeddings').map((r) => under('/openai', r)),
  // The newer unversioned form: `/openai/v1/…`, model in the body.
  ...openaiRoutes.map((r) => under('/openai/v1', r)),
];

/** The `/openai/v1/…` form, where `api-version` is optional. */
export const isV1Path = (relPath: string) => relPath.startsWith('/openai/v1/');
