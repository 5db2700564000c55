import { openaiRoutes } from './openai.ts';
import { sendJson, type MockHandler } from './types.ts';

export interface OpenRouterMock {
  handler: MockHandler;
  /** The `provider` object of every request, as received (undefined when absent). */
  providers: unknown[];
}

/**
 * An OpenRouter-like upstream at `{prefix}` (default `/openrouter/api/v1`): OpenAI's wire format,
 * a bearer key required, and every request's `provider` routing object recorded so tests can see
 * whether `data_collection: "deny"` and `zdr: true` arrived.
 */
export function openrouterRoutes(opts: { prefix?: string; apiKey?: string } = {}): OpenRouterMock {
  const prefix = opts.prefix ?? '/openrouter/api/v1';
  const apiKey = opts.apiKey ?? 'or-test-key';
  const openai = openaiRoutes(prefix);
  const providers: unknown[] = [];
  const handler: MockHandler = async (req, res) => {
    if (!req.path.startsWith(`${prefix}/`)) return false;
    if (req.headers.authorization !== `Bearer ${apiKey}`) {
      return (sendJson(res, 401, { error: { message: 'No auth credentials found', code: 401 } }), true);
    }
    if (req.method === 'POST') providers.push((req.body as Record<string, unknown> | undefined)?.provider);
    return openai(req, res);
  };
  return { handler, providers };
}
