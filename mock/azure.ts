import { openaiRoutes } from './openai.ts';
import { sendJson, type MockHandler } from './types.ts';

const azureError = (code: string, message: string) => ({ error: { code, message } });
const DATED = /^\d{4}-\d{2}-\d{2}(-preview)?$/;

export interface AzureMockOptions {
  /** The resource key the mock accepts in `api-key`. */
  apiKey?: string;
  /** The Entra ID token the mock accepts in `Authorization: Bearer`. */
  entraToken?: string;
}

/**
 * Azure OpenAI's path forms on the mock, served by the OpenAI wire-format handlers:
 * `/openai/deployments/{d}/chat/completions|responses|embeddings?api-version=…`,
 * `/openai/responses|models?api-version=…` and `/openai/v1/…` (api-version optional).
 * Like Azure: no api-version → 404 Resource not found, a bad one → 400, a bad key → 401.
 */
export function azureRoutes(opts: AzureMockOptions = {}): MockHandler {
  const apiKey = opts.apiKey ?? 'azure-test-key';
  const entraToken = opts.entraToken ?? 'entra-test-token';
  const openai = openaiRoutes('/v1');
  return async (req, res) => {
    if (!req.path.startsWith('/openai/')) return false;
    const v1 = req.path.startsWith('/openai/v1/');
    const version = req.url.searchParams.get('api-version');
    if (version === null && !v1) return (sendJson(res, 404, azureError('404', 'Resource not found')), true);
    if (version !== null && !DATED.test(version) && !(v1 && version === 'preview')) {
      return (sendJson(res, 400, azureError('BadRequest', 'API version not supported')), true);
    }
    const key = req.headers['api-key'];
    const bearer = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1];
    if (key !== apiKey && bearer !== entraToken && !(v1 && bearer === apiKey)) {
      const message = 'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.';
      return (sendJson(res, 401, azureError('401', message)), true);
    }
    const dep = /^\/openai\/deployments\/([^/]+)(\/.*)$/.exec(req.path);
    let path = v1 ? req.path.slice('/openai'.length) : `/v1${req.path.slice('/openai'.length)}`;
    let body = req.body;
    if (dep) {
      path = `/v1${dep[2]}`;
      const b = (body ?? {}) as Record<string, unknown>;
      body = { ...b, model: b.model ?? decodeURIComponent(dep[1]!) };
    }
    return openai({ ...req, path, body }, res);
  };
}
